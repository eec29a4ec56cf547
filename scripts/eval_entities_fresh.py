#!/usr/bin/env python3
"""Scores DocPipe's PER/ORG/LOC entities on the fresh-genre check (issue 15, ninth round).

Gold: scripts/eval-data/entities-fresh.jsonl, 36 short news items written for this check (sport,
business, science, celebrity, wire copy; no corpus or evaluation text), each with every PER, ORG
and LOC mention in CoNLL-2003 style (nationalities, events, works, products, missions and storms
are not entities). See scripts/eval-data/README.md.

DocPipe's labels map to CoNLL's: PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, NORP dropped.
Scoring: per-document multisets of (normalized surface, label), exact match, micro P/R/F1 overall
and per label, and label-agnostic ("names"). Normalization as in eval_entities_gold.py (space runs
collapse; edge punctuation, a leading "the" and a trailing possessive are removed).
Usage: python3 scripts/eval_entities_fresh.py --docpipe .build/release/docpipe [--output DIR]
       [--errors]   (print every false positive and false negative)
"""
import argparse
import json
import os
import subprocess
import tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, "scripts", "eval-data", "entities-fresh.jsonl")
MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
LABELS = ["PER", "ORG", "LOC"]
_EDGE = " \t\r\n\u00a0.,;:!?\"'“”‘’«»()[]{}<>-–—…*/\\|"
PIPELINE = """name: entities-fresh
on_error: skip
stages:
  - clean
  - segment
  - extract
  - export:
      formats: [jsonl]
"""


def normalize(surface):
    text = " ".join(surface.split())
    while True:
        before = text
        text = text.strip(_EDGE)
        if text.lower().startswith("the "):
            text = text[4:]
        for tail in ("'s", "’s"):
            if text.endswith(tail):
                text = text[: -len(tail)]
        if text == before:
            return text


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docpipe", required=True)
    ap.add_argument("--output")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    gold = [json.loads(line) for line in open(GOLD, encoding="utf-8") if line.strip()]
    out = args.output or tempfile.mkdtemp(prefix="entities-fresh-")
    os.makedirs(out, exist_ok=True)
    pipeline = os.path.join(out, "pipeline.yaml")
    with open(pipeline, "w", encoding="utf-8") as handle:
        handle.write(PIPELINE)
    data = "".join(json.dumps({"id": g["id"], "text": g["text"]}, ensure_ascii=False) + "\n" for g in gold)
    subprocess.run([args.docpipe, "run", pipeline, "--input", "-", "--output", os.path.join(out, "run"),
                    "--quiet", "--no-cache"], input=data.encode("utf-8"), check=True, stderr=subprocess.DEVNULL)
    docs = {}
    with open(os.path.join(out, "run", "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                docs[doc["id"]] = doc
    counts = {label: Counter() for label in LABELS + ["ALL", "NAMES"]}
    errors = []
    for g in gold:
        want = Counter((normalize(e["text"]), e["label"]) for e in g["entities"])
        got = Counter()
        for e in docs.get(g["id"], {}).get("entities", []):
            label = MAP.get(e.get("label"))
            if label:
                got[(normalize(e["text"]), label)] += 1
        for key in set(want) | set(got):
            tp = min(want[key], got[key])
            fp, fn = got[key] - tp, want[key] - tp
            for name in (key[1], "ALL"):
                counts[name].update(tp=tp, fp=fp, fn=fn)
            if fp:
                errors.append((g["id"], "FP", key, fp))
            if fn:
                errors.append((g["id"], "FN", key, fn))
        want_n = Counter(k[0] for k in want.elements())
        got_n = Counter(k[0] for k in got.elements())
        for key in set(want_n) | set(got_n):
            tp = min(want_n[key], got_n[key])
            counts["NAMES"].update(tp=tp, fp=got_n[key] - tp, fn=want_n[key] - tp)
    scores = {}
    print(f"| fresh check ({len(gold)} items) | P | R | F1 | gold |")
    print("|---|---|---|---|---|")
    for name in ["ALL"] + LABELS + ["NAMES"]:
        c = counts[name]
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        scores[name] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}
        title = {"ALL": "PER/ORG/LOC typed", "NAMES": "names (untyped)"}.get(name, name)
        print(f"| {title} | {p:.3f} | {r:.3f} | {f:.3f} | {c['tp'] + c['fn']} |")
    with open(os.path.join(out, "entities-fresh-scores.json"), "w", encoding="utf-8") as handle:
        json.dump(scores, handle, indent=1)
    with open(os.path.join(out, "entities-fresh-errors.txt"), "w", encoding="utf-8") as handle:
        for doc_id, kind, (text, label), n in sorted(errors):
            handle.write(f"{doc_id}\t{kind}\t{label}\t{text}\t{n}\n")
    if args.errors:
        for doc_id, kind, (text, label), n in sorted(errors):
            print(f"{doc_id}\t{kind}\t{label}\t{text}" + (f"\tx{n}" if n > 1 else ""))


if __name__ == "__main__":
    main()
