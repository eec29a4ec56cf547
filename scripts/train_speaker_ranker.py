"""Trains DocPipe's speaker ranker on the hand-annotated quote sets and evaluates it leave-one-set-out.

What it does:

1. Runs the release docpipe over each quote set's articles (scripts/eval/quotes.yaml, as
   scripts/eval_quotes.py does) with DOCPIPE_SPEAKER_FEATURES set, so extract writes, for every quote
   it keeps, its candidate speakers and their features (see Sources/ExtractStage/SpeakerCandidates.swift).
2. Labels each candidate with the gold speaker of the gold quotes the predicted quote overlaps
   (eval_quotes.speaker_matches; the "no one" candidate is right for a gold quote with no speaker).
3. Trains a conditional logit (softmax over a quote's candidates, L2-regularised, numpy only) on the
   quotes with at least one right and one wrong candidate.
4. Leave-one-set-out: for each set, trains on the others and scores the set with the real scorer
   (eval_quotes.score) twice: the rules' picks, and the ranker's (the best candidate replaces the
   rules' pick when it scores at least MARGIN above it, as SpeakerRanker.swift does).
5. With --write-swift, trains on all sets and writes Sources/ExtractStage/Generated/SpeakerRankerWeights.swift.

Sets: dev, dev2, dev3, check, dev4, dev5 (scripts/eval-data/quotes-<set>.jsonl), and dev6 and dev7 when their files
are in scripts/eval-data or in a folder given with --also. check2 is held out: never trained on; with
--held-out check2 it is scored once (the ranker trained on all the sets), its table row only.

Usage: VENV=/work/venv-eval bash scripts/train_speaker_ranker.sh [--margins 0,1,2] [--write-swift MARGIN]
Needs numpy (scripts/requirements-ranker.txt; the eval virtualenv has it through spaCy).
"""
import argparse
import json
import math
import os
import pickle
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_quotes  # noqa: E402

ROOT = eval_quotes.ROOT
SETS = ["dev", "dev2", "dev3", "check", "dev4", "dev5", "dev6", "dev7"]
WEIGHTS_FILE = os.path.join(ROOT, "Sources", "ExtractStage", "Generated", "SpeakerRankerWeights.swift")


def fnv_name(text):
    h = 0xCBF29CE484222325
    for c in text:
        h ^= ord(c)
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return format(h, "x") + ".jsonl"


def gold_path(name, also):
    for folder in [os.path.join(ROOT, "scripts", "eval-data")] + also:
        path = os.path.join(folder, f"quotes-{name}.jsonl")
        if os.path.exists(path):
            return path
    return None


def load_set(name, path, docpipe, eval_dir, work):
    gold = eval_quotes.load_gold(path)
    articles = eval_quotes.select_articles(eval_dir, [key.split(":", 1) for key in gold])
    out = os.path.join(work, name)
    features = os.path.join(work, name + "-features")
    os.makedirs(features, exist_ok=True)
    env = dict(os.environ, DOCPIPE_SPEAKER_FEATURES=features)
    docs = eval_quotes.run_docpipe(docpipe, os.path.join(ROOT, "scripts", "eval", "quotes.yaml"), articles, out, env=env)
    for key, quotes in gold.items():
        for quote in quotes:
            quote["span"] = eval_quotes.locate(docs[key]["text"], quote)
    items = []
    for key, doc in docs.items():
        file = os.path.join(features, fnv_name(doc["text"]))
        rows = {}
        if os.path.exists(file):
            with open(file, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        row = json.loads(line)
                        rows[row["start"]] = row
        golds = [g for g in gold[key] if g["span"] is not None]
        for p in doc.get("quotes", []):
            row = rows.get(p["start"])
            if row is None:
                continue
            hits = [g for g in golds if eval_quotes.overlaps((p["start"], p["end"]), g["span"])]
            cands = row["candidates"]
            labels = [any(eval_quotes.speaker_matches(c["name"] or None, g) for g in hits) for c in cands]
            items.append({"doc": key, "start": p["start"], "candidates": cands, "labels": labels, "gold": bool(hits),
                          "docpipe": p.get("speaker")})
    return {"name": name, "docs": docs, "gold": gold, "items": items}


def feature_names(items):
    names = sorted({f for item in items for c in item["candidates"] for f in c["features"]})
    return names


def matrix(item, index):
    x = np.zeros((len(item["candidates"]), len(index)))
    for row, c in enumerate(item["candidates"]):
        for f, v in c["features"].items():
            if f in index:
                x[row, index[f]] = v
    return x


def train(items, l2=0.05, steps=1500, rate=0.05):
    names = feature_names(items)
    index = {f: i for i, f in enumerate(names)}
    blocks, labels, groups = [], [], []
    for item in items:
        y = np.array(item["labels"], dtype=float)
        if 0 < y.sum() < len(y):
            blocks.append(matrix(item, index))
            labels.append(y)
            groups.append(len(y))
    x = np.vstack(blocks)
    y = np.concatenate(labels)
    starts = np.concatenate([[0], np.cumsum(groups)[:-1]])
    owner = np.repeat(np.arange(len(groups)), groups)
    n = len(groups)
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, steps + 1):
        s = x @ w
        s = s - np.maximum.reduceat(s, starts)[owner]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[owner]
        q = p * y
        q = q / np.add.reduceat(q, starts)[owner]
        grad = l2 * w + x.T @ (p - q) / n
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return dict(zip(names, w))


def score_candidate(weights, c):
    return sum(weights.get(f, 0.0) * v for f, v in c["features"].items())


def rule_pick(item):
    for c in item["candidates"]:
        if c["features"].get("rule", 0) > 0:
            return c
    return next(c for c in item["candidates"] if not c["name"])


def ranker_pick(item, weights, margin):
    cands = item["candidates"]
    best = max(cands, key=lambda c: score_candidate(weights, c))
    ruled = rule_pick(item)
    if best["name"] == ruled["name"]:
        return ruled
    return best if score_candidate(weights, best) - score_candidate(weights, ruled) >= margin else ruled


def evaluate(dataset, pick):
    chosen = {(item["doc"], item["start"]): pick(item) for item in dataset["items"]}

    def speaker_of(doc, p):
        c = chosen.get((doc["id"], p["start"]))
        if c is None:
            return p.get("speaker")
        return c["name"] or None

    result = eval_quotes.score(dataset["docs"], dataset["gold"], speaker_of)["speaker"]["f1"]
    single = eval_quotes.score(dataset["docs"], dataset["gold"], speaker_of, eval_quotes.CATEGORIES["single-quoted"])["speaker"]["f1"]
    return result, single


def write_swift(weights, margin, set_names):
    lines = [
        "// Generated by scripts/train_speaker_ranker.py; do not edit by hand.",
        f"// Trained on the quote sets {', '.join(set_names)} (scripts/eval-data/quotes-<set>.jsonl, hand-annotated",
        "// quotes of ../shared/eval articles): a conditional logit over each quote's candidate speakers.",
        "",
        "/// The speaker ranker's weights, learnt from the hand-annotated quote sets.",
        "enum SpeakerRankerWeights {",
        "    /// Weight by feature name.",
        "    static let weights: [String: Double] = [",
    ]
    for name in sorted(weights):
        if abs(weights[name]) >= 1e-4:
            lines.append(f'        "{name}": {weights[name]:.4f},')
    lines += [
        "    ]",
        "    /// How much better than the rules' pick a candidate must score to replace it.",
        f"    static let margin: Double = {margin}",
        "}",
        "",
    ]
    with open(WEIGHTS_FILE, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))


def run_sets(args):
    work = tempfile.mkdtemp(prefix="speaker-ranker-")
    datasets = []
    for name in SETS:
        path = gold_path(name, args.also)
        if path is None:
            print(f"(set {name}: no gold file, left out)", file=sys.stderr)
            continue
        datasets.append(load_set(name, path, args.docpipe, args.eval_dir, work))
    return datasets


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docpipe", default=os.path.join(ROOT, ".build", "release", "docpipe"))
    parser.add_argument("--eval-dir", default=os.environ.get("EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval")))
    parser.add_argument("--also", action="append", default=[], help="another folder holding quotes-<set>.jsonl files")
    parser.add_argument("--margins", default="0,0.5,1,2")
    parser.add_argument("--l2", type=float, default=0.05)
    parser.add_argument("--write-swift", type=float, default=None, metavar="MARGIN",
                        help="train on all sets and write the Swift weights with this margin")
    parser.add_argument("--weights-json", default=None, help="also write the all-sets weights as JSON here")
    parser.add_argument("--held-out", default=None, metavar="SET",
                        help="also train on all sets and score this held-out set (e.g. check2) once: its table row only")
    parser.add_argument("--reuse", default=None, help="a pickle of the labelled sets: read when it exists, else written (for quick re-training)")
    parser.add_argument("--dump", default=None, help="write the labelled candidates of every set here (JSON) for inspection")
    args = parser.parse_args()
    margins = [float(m) for m in args.margins.split(",")]

    if args.reuse and os.path.exists(args.reuse):
        with open(args.reuse, "rb") as handle:
            datasets = pickle.load(handle)
    else:
        datasets = run_sets(args)
        if args.reuse:
            with open(args.reuse, "wb") as handle:
                pickle.dump(datasets, handle)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as handle:
            json.dump([{"name": d["name"], "items": d["items"]} for d in datasets], handle)
    n_items = sum(len(d["items"]) for d in datasets)
    differing = sum(1 for d in datasets for it in d["items"] if (rule_pick(it)["name"] or None) != it["docpipe"])
    if differing:
        print(f"({differing} quotes where docpipe's output differs from the rules' pick: the ranker is wired in)\n")
    usable = sum(1 for d in datasets for it in d["items"] if 0 < sum(it["labels"]) < len(it["labels"]))
    reachable = sum(1 for d in datasets for it in d["items"] if it["gold"] and any(it["labels"]))
    with_gold = sum(1 for d in datasets for it in d["items"] if it["gold"])
    print(f"# Speaker ranker, leave-one-set-out: {len(datasets)} sets, {n_items} predicted quotes with candidates, "
          f"{with_gold} overlapping a gold quote, {reachable} with the right speaker among the candidates, "
          f"{usable} usable for training\n")

    header = "| set | rules F1 (single) | " + " | ".join(f"ranker m={m:g} F1 (single)" for m in margins) + " |"
    print(header)
    print("|---" * (2 + len(margins)) + "|")
    totals = {"rules": []}
    for m in margins:
        totals[m] = []
    for held in datasets:
        training = [it for d in datasets if d is not held for it in d["items"]]
        weights = train(training, l2=args.l2)
        rules = evaluate(held, rule_pick)
        totals["rules"].append(rules[0])
        cells = [f"{rules[0]:.3f} ({rules[1]:.3f})"]
        for m in margins:
            ranked = evaluate(held, lambda it: ranker_pick(it, weights, m))
            totals[m].append(ranked[0])
            cells.append(f"{ranked[0]:.3f} ({ranked[1]:.3f})")
        print(f"| {held['name']} | " + " | ".join(cells) + " |")
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0
    print("| **mean** | " + " | ".join([f"**{mean(totals['rules']):.3f}**"] + [f"**{mean(totals[m]):.3f}**" for m in margins]) + " |")

    if args.held_out:
        weights = train([it for d in datasets for it in d["items"]], l2=args.l2)
        path = gold_path(args.held_out, args.also)
        held = load_set(args.held_out, path, args.docpipe, args.eval_dir, tempfile.mkdtemp(prefix="speaker-ranker-held-"))
        rules = evaluate(held, rule_pick)
        cells = [f"{rules[0]:.3f} ({rules[1]:.3f})"]
        for m in margins:
            ranked = evaluate(held, lambda it: ranker_pick(it, weights, m))
            cells.append(f"{ranked[0]:.3f} ({ranked[1]:.3f})")
        print(f"| held-out {args.held_out}, trained on all {len(datasets)} sets | " + " | ".join(cells) + " |")

    if args.write_swift is not None or args.weights_json:
        weights = train([it for d in datasets for it in d["items"]], l2=args.l2)
        if args.weights_json:
            with open(args.weights_json, "w", encoding="utf-8") as handle:
                json.dump(weights, handle, indent=1, sort_keys=True)
        if args.write_swift is not None:
            write_swift(weights, args.write_swift, [d["name"] for d in datasets])
            print(f"\nWrote {os.path.relpath(WEIGHTS_FILE, ROOT)} (margin {args.write_swift:g})")
        print("\nWeights (all sets): " + ", ".join(f"{k} {v:+.2f}" for k, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))))


if __name__ == "__main__":
    main()
