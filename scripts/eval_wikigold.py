"""Scores DocPipe's (and optionally spaCy's) PER/ORG/LOC entities on WikiGold, a fresh public check.

WikiGold (Balasuriya et al. 2009, "Named entity recognition in Wikipedia"; CC-BY 4.0) is 145
Wikipedia articles hand-annotated with CoNLL-2003's four types in CoNLL's two-column IOB form.
DocPipe was never tuned on it before issue 15's tenth round. The file is not stored in the
repository: it is read from --wikigold-dir (default WIKIGOLD_DIR or ../wikigold relative to the
repository root) and fetched there by scripts/eval_wikigold.sh when missing; docs/benchmarks.md
says where it comes from.

The documents are split in two fixed halves by their position in the file: even positions are the
**dev** half (read for error analysis), odd positions the **check** half (scored only at the start
and the end of a round, never read for errors: no error file is written for it).

Everything else is scripts/eval_conll.py's method: each document's text is rebuilt from its tokens
with code-point offsets, the docpipe binary runs pipeline scripts/eval/entities-conll.yaml on all
of them, labels map to CoNLL's (PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC; MISC and the rest
are not scored) and exact-span typed precision, recall and F1 are reported overall and per type.

Writes OUTPUT/wikigold-scores.json, OUTPUT/wikigold-errors.txt (dev half only) and prints a
markdown table.
"""
import argparse
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_conll import (docpipe_documents, docpipe_spans, load_spacy, print_scores, read_conll, rebuild,  # noqa: E402
                        score, spacy_spans, write_errors)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILE = "wikigold.conll.txt"
SHA256 = "c797a64d0cf73ed058363f77671486bcfd413e70fda1726ad4a6ba624455225f"
HALVES = {"dev": 0, "check": 1}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wikigold-dir", default=os.environ.get("WIKIGOLD_DIR", os.path.join(ROOT, "..", "wikigold")))
    parser.add_argument("--half", default="dev", help="dev (even documents, default), check (odd) or all")
    parser.add_argument("--docpipe", default=os.path.join(ROOT, ".build", "release", "docpipe"))
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "scripts", "eval", "entities-conll.yaml"))
    parser.add_argument("--output", default=os.path.join(ROOT, "out", "eval-wikigold"))
    parser.add_argument("--spacy", action="store_true", help="also score spaCy en_core_web_sm")
    args = parser.parse_args()
    if args.half not in ("dev", "check", "all"):
        sys.exit("--half must be dev, check or all")
    path = os.path.join(args.wikigold_dir, FILE)
    if not os.path.exists(path):
        sys.exit(f"{path} not found: run scripts/eval_wikigold.sh, or see docs/benchmarks.md (WikiGold)")
    with open(path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    if digest != SHA256:
        print(f"warning: {path} is not the file the figures were measured on (sha256 {digest})", file=sys.stderr)
    out = os.path.abspath(args.output)
    os.makedirs(out, exist_ok=True)

    documents = read_conll(path)
    texts, gold = {}, {}
    for index, document in enumerate(documents):
        if args.half != "all" and index % 2 != HALVES[args.half]:
            continue
        key = f"wikigold-{index:03d}"
        texts[key], gold[key] = rebuild(document)

    documents = docpipe_documents(args.docpipe, args.pipeline, out, texts)
    predicted = {key: docpipe_spans(documents[key], texts[key]) for key in texts}

    systems = {"DocPipe": predicted}
    if args.spacy:
        systems["spaCy en_core_web_sm"] = spacy_spans(load_spacy(), texts)
    scores = {name: score(gold, spans) for name, spans in systems.items()}
    report = {"half": args.half, "documents": len(texts), "gold_entities": sum(len(v) for v in gold.values()),
              "sha256": digest, "scores": scores}
    with open(os.path.join(out, "wikigold-scores.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)

    if args.half == "dev":
        write_errors(os.path.join(out, "wikigold-errors.txt"), texts, gold, predicted)

    print(f"WikiGold {args.half} half: {len(texts)} documents, {report['gold_entities']} PER/ORG/LOC entities")
    print()
    print_scores(scores)
    if args.half == "dev":
        print()
        print(f"errors: {os.path.join(out, 'wikigold-errors.txt')}")


if __name__ == "__main__":
    main()
