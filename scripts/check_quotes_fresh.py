"""Checks that a quote set carrying its own article texts (quotes-dev12.jsonl ... quotes-dev14.jsonl) shares no article
with the evaluation sets: no id, URL hash, first 300 characters (whitespace runs folded) or first 300
letters and digits (spaces and punctuation dropped, for copies whose spacing around full stops was
changed, as dev14's source did) in common with any line of EVAL_DIR/*.jsonl or of the other
scripts/eval-data/quotes-*.jsonl sets, and that no article is in the set twice.

Usage: python3 scripts/check_quotes_fresh.py [--eval-dir DIR] scripts/eval-data/quotes-dev13.jsonl
Exits 1 and names the article when one is shared; prints the counts compared otherwise.
"""
import argparse
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEX_ID = re.compile(r"[0-9a-f]{40}")


def head(text):
    return re.sub(r"\s+", " ", text).strip()[:300]


def letters(text):
    """The first 300 letters and digits: an opening that survives re-spacing and dropped full stops."""
    return "".join(ch for ch in text if ch.isalnum())[:300]


def fingerprints(row):
    """The ids (a 40-hex story hash wherever it appears: id, URL) and article openings of a line."""
    ids, heads = set(), set()
    for key, value in row.items():
        if not isinstance(value, str):
            continue
        if key in ("id", "url", "story_id", "hash"):
            ids.add(value)
            ids.update(HEX_ID.findall(value))
        if len(value) > 300:
            heads.add(head(value))
            heads.add(letters(value))
    return ids, heads


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", default=os.environ.get("EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval")))
    parser.add_argument("fresh")
    args = parser.parse_args()
    others = sorted(glob.glob(os.path.join(args.eval_dir, "*.jsonl")))
    others += [p for p in sorted(glob.glob(os.path.join(ROOT, "scripts", "eval-data", "quotes-*.jsonl")))
               if os.path.abspath(p) != os.path.abspath(args.fresh)]
    seen_ids, seen_heads, lines = set(), set(), 0
    for path in others:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    ids, heads = fingerprints(json.loads(line))
                    seen_ids |= ids
                    seen_heads |= heads
                    lines += 1
    shared = 0
    with open(args.fresh, encoding="utf-8") as handle:
        fresh = [json.loads(line) for line in handle if line.strip()]
    own_ids, own_heads = set(), set()
    for row in fresh:
        story = row["id"]
        if story in seen_ids or head(row["article"]) in seen_heads or letters(row["article"]) in seen_heads:
            print(f"shared article: {row['set']}:{story}")
            shared += 1
        elif story in own_ids or head(row["article"]) in own_heads or letters(row["article"]) in own_heads:
            print(f"article twice in the set: {row['set']}:{story}")
            shared += 1
        own_ids.add(story)
        own_heads.add(head(row["article"]))
        own_heads.add(letters(row["article"]))
    print(f"{len(fresh)} articles checked against {lines} lines of {len(others)} files: {shared} shared")
    sys.exit(1 if shared else 0)


if __name__ == "__main__":
    main()
