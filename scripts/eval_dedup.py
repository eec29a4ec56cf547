#!/usr/bin/env python3
"""Near-duplicate evaluation (scripts/eval_dedup.sh).

generate OUT.jsonl TRUTH.json [--copies N] [--seed S]
    Builds a corpus from the public texts in $EVAL_DIR (BBC, CNN/DM, article-extraction bodies,
    news clusters): every text once, plus N edited copies of randomly chosen texts, each with
    word edits (substitute, delete, insert) at a rate drawn uniformly from 0 to 6 %, so the
    copies' word-5-gram Jaccard with their source spreads from 1 down to about 0.5. The order is
    shuffled. TRUTH.json gets every pair of documents with word-5-gram Jaccard >= 0.8, computed
    exactly (words: Python's \\w+ on lowercased text).
score DOCUMENTS.jsonl TRUTH.json
    Precision: share of predicted pairs (document, its duplicate_of) whose exact Jaccard is >= 0.8.
    Recall: share of true pairs (Jaccard >= 0.8) whose later document is marked as a duplicate.
    Same-group recall: share of true pairs whose two documents end in the same duplicate group
    (duplicate_of names one first copy, and near-duplication is not transitive: C may be within
    0.8 of both A and B while A and B are not, so C can join only one group; this caps it).
datatrove-input OUT_DIR IN.jsonl
    Writes the corpus as datatrove's JsonlReader reads it ({"id","text"}) for the benchmark.
"""
import argparse
import itertools
import json
import os
import random
import re
import sys
from collections import defaultdict

WORD = re.compile(r"\w+")


def words(text):
    return WORD.findall(text.lower())


def shingles(text, n=5):
    w = words(text)
    if not w:
        return set()
    if len(w) < n:
        return {" ".join(w)}
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def public_texts(eval_dir):
    texts = []
    for name, field in (("summ_bbc.jsonl", "article"), ("summ_cnndm.jsonl", "article"),
                        ("extraction_dev.jsonl", "body"), ("stories_dev.jsonl", "text")):
        path = os.path.join(eval_dir, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get(field) or ""
                if len(words(text)) >= 50:
                    texts.append(text)
    return texts


def edited(text, rate, rng, vocabulary):
    tokens = text.split()
    out = []
    for token in tokens:
        r = rng.random()
        if r < rate / 3:
            out.append(rng.choice(vocabulary))
        elif r < 2 * rate / 3:
            continue
        elif r < rate:
            out.append(token)
            out.append(rng.choice(vocabulary))
        else:
            out.append(token)
    return " ".join(out)


def generate(args):
    rng = random.Random(args.seed)
    bases = public_texts(os.environ.get("EVAL_DIR", "../shared/eval"))
    if not bases:
        sys.exit("eval_dedup: no evaluation texts found (set EVAL_DIR)")
    vocabulary = sorted({w for text in bases[:50] for w in text.split() if w.isalpha()})
    docs = [("base", text) for text in bases]
    for _ in range(args.copies):
        source = rng.randrange(len(bases))
        rate = rng.uniform(0, 0.06)
        docs.append(("copy", edited(bases[source], rate, rng, vocabulary)))
    for _ in range(args.repeat - 1):
        docs += docs[:len(bases) + args.copies]
    rng.shuffle(docs)
    ids = [f"d{i:06d}" for i in range(len(docs))]
    with open(args.out, "w", encoding="utf-8") as f:
        for id_, (_, text) in zip(ids, docs):
            f.write(json.dumps({"id": id_, "text": text}, ensure_ascii=False) + "\n")
    sets = [shingles(text) for _, text in docs]
    index = defaultdict(list)
    for i, s in enumerate(sets):
        for sh in s:
            index[sh].append(i)
    candidates = set()
    for members in index.values():
        if 1 < len(members) <= 200:
            candidates.update(itertools.combinations(members, 2))
    pairs = {}
    for a, b in candidates:
        union = len(sets[a] | sets[b])
        j = len(sets[a] & sets[b]) / union if union else 0
        if j >= 0.5:
            pairs[f"{ids[a]} {ids[b]}"] = round(j, 4)
    with open(args.truth, "w") as f:
        json.dump({"documents": len(docs), "pairs_over_half": pairs}, f)
    positives = sum(1 for j in pairs.values() if j >= 0.8)
    print(f"generated {len(docs)} documents ({len(bases)} texts, {args.copies} edited copies); "
          f"{positives} pairs with Jaccard >= 0.8, {len(pairs) - positives} between 0.5 and 0.8", file=sys.stderr)


def score(args):
    truth = json.load(open(args.truth))
    jaccard = truth["pairs_over_half"]
    def j(a, b):
        return jaccard.get(f"{min(a, b)} {max(a, b)}", 0.0)
    root = {}
    predicted = []
    with open(args.documents, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            dup = doc.get("duplicate")
            root[doc["id"]] = dup["duplicate_of"] if dup else doc["id"]
            if dup:
                predicted.append((doc["id"], dup["duplicate_of"]))
    correct = sum(1 for a, b in predicted if j(a, b) >= 0.8)
    positives = [tuple(key.split()) for key, value in jaccard.items() if value >= 0.8]
    marked = {a for a, _ in predicted}
    # ids are in input order: the later document of a pair is the one that must be marked
    found = sum(1 for a, b in positives if max(a, b) in marked)
    def first(doc):
        while root.get(doc, doc) != doc:
            doc = root[doc]
        return doc
    grouped = sum(1 for a, b in positives if first(a) == first(b))
    precision = correct / len(predicted) if predicted else 1.0
    recall = found / len(positives) if positives else 1.0
    pair_recall = grouped / len(positives) if positives else 1.0
    print(f"| {args.label} | {truth['documents']} | {len(positives)} | {len(predicted)} | {precision:.4f} | {recall:.4f} | {pair_recall:.4f} |")


def datatrove_input(args):
    os.makedirs(args.out_dir, exist_ok=True)
    with open(args.input, encoding="utf-8") as src, open(os.path.join(args.out_dir, "corpus.jsonl"), "w", encoding="utf-8") as dst:
        for line in src:
            doc = json.loads(line)
            dst.write(json.dumps({"id": doc["id"], "text": doc["text"]}, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate")
    g.add_argument("out")
    g.add_argument("truth")
    g.add_argument("--copies", type=int, default=1000)
    g.add_argument("--repeat", type=int, default=1, help="concatenate the corpus this many times (speed runs)")
    g.add_argument("--seed", type=int, default=20)
    s = sub.add_parser("score")
    s.add_argument("documents")
    s.add_argument("truth")
    s.add_argument("--label", default="DocPipe dedup")
    d = sub.add_parser("datatrove-input")
    d.add_argument("out_dir")
    d.add_argument("input")
    args = parser.parse_args()
    {"generate": generate, "score": score, "datatrove-input": datatrove_input}[args.command](args)


if __name__ == "__main__":
    main()
