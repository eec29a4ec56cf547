#!/usr/bin/env python3
"""Accuracy of DocPipe's `language` stage (CLD2) and of two Python peers (langid.py, Lingua) on
public multilingual test sentences, for short texts (one sentence) and long texts (five sentences
of the same language joined into a paragraph), per language and overall.

Data: the test sentences bundled with Lingua (github.com/pemistahl/lingua, Apache-2.0;
src/accuracyReport/resources/language-testdata/sentences/<code>.txt, 1000 sentences per language
drawn from the Leipzig Wortschatz web corpora). They are read from a clone or a bare mirror of that
repository at a pinned commit, never copied into this repository (see scripts/eval-data/README.md).
"""

import argparse
import json
import os
import subprocess
import sys
import time

COMMIT = "8aa23cd523c9e13464159e7f35571c1169c9ec94"
DATA_PATH = "src/accuracyReport/resources/language-testdata/sentences/{code}.txt"
LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "cs", "ru", "uk", "kk",
             "zh", "ja", "ko", "ar", "fa", "he", "hi", "tr", "vi", "el"]
LONG_SENTENCES = 5


def read_sentences(repo, code):
    """The language's test sentences, from a working tree or a bare git mirror of Lingua."""
    path = DATA_PATH.format(code=code)
    if os.path.isfile(os.path.join(repo, path)):
        with open(os.path.join(repo, path), encoding="utf-8") as handle:
            text = handle.read()
    else:
        text = subprocess.run(["git", "--git-dir", repo, "show", f"{COMMIT}:{path}"],
                              check=True, capture_output=True).stdout.decode("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def build_items(repo, limit):
    """(id, language, kind, text) for every short and long text."""
    items = []
    for code in LANGUAGES:
        sentences = read_sentences(repo, code)[:limit]
        for index, sentence in enumerate(sentences):
            items.append((f"short-{code}-{index:04d}", code, "short", sentence))
        for index in range(len(sentences) // LONG_SENTENCES):
            chunk = sentences[index * LONG_SENTENCES:(index + 1) * LONG_SENTENCES]
            items.append((f"long-{code}-{index:04d}", code, "long", " ".join(chunk)))
    return items


def run_docpipe(docpipe, pipeline, items, output):
    """DocPipe's language for each item, through the real binary and the `language` stage."""
    lines = "".join(json.dumps({"id": item_id, "text": text}, ensure_ascii=False) + "\n"
                    for item_id, _, _, text in items)
    started = time.perf_counter()
    subprocess.run([docpipe, "run", pipeline, "--input", "-", "--output", output, "--quiet", "--no-cache"],
                   input=lines.encode("utf-8"), check=True)
    seconds = time.perf_counter() - started
    found = {}
    with open(os.path.join(output, "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            document = json.loads(line)
            found[document["id"]] = document["metadata"].get("language", "und")
    return found, seconds


def run_langid(items):
    import langid
    identifier = langid.langid.LanguageIdentifier.from_modelstring(langid.langid.model, norm_probs=True)
    started = time.perf_counter()
    found = {item_id: identifier.classify(text)[0] for item_id, _, _, text in items}
    return found, time.perf_counter() - started


def run_lingua(items):
    from lingua import LanguageDetectorBuilder
    detector = LanguageDetectorBuilder.from_all_languages().build()
    started = time.perf_counter()
    found = {}
    for item_id, _, _, text in items:
        language = detector.detect_language_of(text)
        found[item_id] = language.iso_code_639_1.name.lower() if language else "und"
    return found, time.perf_counter() - started


def cached_peer(output, key, items, run):
    """A peer's answers, reused from OUTPUT/predictions-KEY.json when it holds the same texts
    (the peers are slow and do not change; DocPipe always runs)."""
    path = os.path.join(output, f"predictions-{key}.json")
    ids = [item_id for item_id, _, _, _ in items]
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            cached = json.load(handle)
        if cached.get("commit") == COMMIT and cached.get("ids") == ids:
            return cached["found"], cached["seconds"]
    found, seconds = run(items)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"commit": COMMIT, "ids": ids, "found": found, "seconds": seconds}, handle)
    return found, seconds


def normalise(code):
    """One spelling per language: Norwegian variants and Chinese scripts folded."""
    code = (code or "und").lower().split("-")[0]
    return {"iw": "he", "nb": "no", "nn": "no", "zh_tw": "zh"}.get(code, code)


def accuracy(found, items, kind, code=None):
    chosen = [(item_id, language) for item_id, language, item_kind, _ in items
              if item_kind == kind and (code is None or language == code)]
    right = sum(1 for item_id, language in chosen if normalise(found.get(item_id)) == language)
    return right, len(chosen)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docpipe", required=True, help="path of the docpipe binary")
    parser.add_argument("--data", required=True, help="clone or bare mirror of github.com/pemistahl/lingua")
    parser.add_argument("--output", default="out/eval-language", help="folder for the DocPipe run and results")
    parser.add_argument("--limit", type=int, default=1000, help="sentences per language (default all 1000)")
    parser.add_argument("--pipeline", default=os.path.join(os.path.dirname(__file__), "eval", "language.yaml"))
    args = parser.parse_args()

    items = build_items(args.data, args.limit)
    os.makedirs(args.output, exist_ok=True)
    systems = {}
    systems["DocPipe (CLD2)"] = run_docpipe(args.docpipe, args.pipeline, items, os.path.join(args.output, "run"))
    systems["langid.py 1.1.6"] = cached_peer(args.output, "langid", items, run_langid)
    systems["Lingua 2.1.1"] = cached_peer(args.output, "lingua", items, run_lingua)
    names = list(systems)
    for name, (_, seconds) in systems.items():
        print(f"{name}: {seconds:.1f} s for {len(items)} texts (wall clock on a shared machine; not a speed figure)",
              file=sys.stderr)

    report = {"commit": COMMIT, "languages": LANGUAGES, "systems": {}}
    for kind in ("short", "long"):
        count = sum(1 for item in items if item[2] == kind)
        print(f"\n## {kind} texts ({count}; {'one sentence' if kind == 'short' else f'{LONG_SENTENCES} sentences'} each)")
        print("| language | " + " | ".join(names) + " |")
        print("|---|" + "---:|" * len(names))
        for code in LANGUAGES:
            cells = []
            for name in names:
                right, total = accuracy(systems[name][0], items, kind, code)
                cells.append(f"{100 * right / total:.1f}")
                report["systems"].setdefault(name, {}).setdefault(kind, {})[code] = right / total
            print(f"| {code} | " + " | ".join(cells) + " |")
        cells = []
        for name in names:
            right, total = accuracy(systems[name][0], items, kind)
            cells.append(f"**{100 * right / total:.1f}**")
            report["systems"][name][kind]["overall"] = right / total
        print("| overall | " + " | ".join(cells) + " |")
    with open(os.path.join(args.output, "language-accuracy.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1, sort_keys=True)
    print(f"\nresults: {os.path.join(args.output, 'language-accuracy.json')}", file=sys.stderr)


if __name__ == "__main__":
    main()
