"""Counts the kinds of entity error per type on WikiGold dev, GUM dev or re3d, without one name.

Usage: python3 scripts/entity_error_counts.py wikigold|gum|re3d OUTPUT
  OUTPUT is the folder scripts/eval_wikigold.sh dev, scripts/eval_gum.sh dev or
  scripts/eval_re3d.sh wrote (its documents.jsonl). WIKIGOLD_DIR and RE3D_DIR (default
  ../wikigold, ../re3d) hold the data. Only counts are printed, never a name or a sentence, so it
  may run on re3d, the blind set (issue 15: its errors are never read). Only WikiGold's dev half
  (even documents) is read.

Each gold PER/ORG/LOC name is: TP (same span and type); type->X (same span, predicted X, "X" for
a label that is not scored); bound-longer / bound-shorter / bound-cross->same|X (a prediction
overlaps it: contains it, lies inside it, or crosses it; typed the same or X); miss-one or
miss-multi (nothing overlaps a one-word or longer name). A scored prediction that overlaps no
gold name (nor, on GUM and re3d, a name their scorers leave out) is FP-spurious, counted under
its own type.
"""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_conll import LABEL_MAP, docpipe_spans, read_conll, rebuild  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(kind, out):
    """Texts, gold spans and left-out spans of a set, by document id."""
    texts, gold, ignored = {}, {}, {}
    if kind == "re3d":
        import eval_re3d
        documents, _ = eval_re3d.load(os.environ.get("RE3D_DIR", os.path.join(ROOT, "..", "re3d")))
        lower_seen = {t for _, ss in documents for s in ss for t, _ in s if t[:1].islower()}
        for index, (name, sentences) in enumerate(documents):
            key = f"re3d-{index:02d}-{name}"
            texts[key], gold[key], ignored[key] = eval_re3d.convert(sentences, lower_seen)
    elif kind == "gum":
        for line in open(os.path.join(out, "gum-gold.jsonl"), encoding="utf-8"):
            d = json.loads(line)
            texts[d["id"]], gold[d["id"]] = d["text"], [tuple(g) for g in d["gold"]]
            ignored[d["id"]] = [tuple(r) for r in d["ignored"]]
    else:
        path = os.path.join(os.environ.get("WIKIGOLD_DIR", os.path.join(ROOT, "..", "wikigold")), "wikigold.conll.txt")
        for index, document in enumerate(read_conll(path)):
            if index % 2:
                continue
            key = f"wikigold-{index:03d}"
            texts[key], gold[key] = rebuild(document)
            ignored[key] = []
    return texts, gold, ignored


def main():
    kind, out = sys.argv[1], sys.argv[2]
    texts, gold, ignored = load(kind, out)
    counts = Counter()
    for line in open(os.path.join(out, "documents.jsonl"), encoding="utf-8"):
        doc = json.loads(line)
        key = doc["id"]
        if key not in texts:
            continue
        exact = {(g[0], g[1]) for g in gold[key]}
        spans = [(s, e, LABEL_MAP.get(label, "X")) for s, e, label in docpipe_spans(doc, texts[key])
                 if (s, e) in exact or not any(s < r[1] and r[0] < e for r in ignored[key])]
        for start, end, label in gold[key]:
            if (start, end, label) in spans:
                counts[(label, "TP")] += 1
                continue
            same = [p for p in spans if (p[0], p[1]) == (start, end)]
            if same:
                counts[(label, "type->" + same[0][2])] += 1
                continue
            overlapping = [p for p in spans if p[0] < end and start < p[1]]
            if overlapping:
                p = overlapping[0]
                side = "longer" if p[0] <= start and p[1] >= end else "shorter" if p[0] >= start and p[1] <= end else "cross"
                counts[(label, f"bound-{side}->" + ("same" if p[2] == label else p[2]))] += 1
                continue
            counts[(label, "miss-multi" if " " in texts[key][start:end] else "miss-one")] += 1
        for start, end, label in spans:
            if label != "X" and (start, end) not in exact and not any(start < g[1] and g[0] < end for g in gold[key]):
                counts[(label, "FP-spurious")] += 1
    for label in ("PER", "ORG", "LOC"):
        kinds = sorted(((k, n) for (t, k), n in counts.items() if t == label), key=lambda item: (-item[1], item[0]))
        print(label, ", ".join(f"{k}={n}" for k, n in kinds))


if __name__ == "__main__":
    main()
