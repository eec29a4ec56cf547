#!/usr/bin/env python3
"""Anchor years on news whose writing year is known but not given (scripts/eval_date_anchor.sh).

write OUT_DIR SET
    Writes the articles of a public set in $EVAL_DIR as text files (title line, blank line, text)
    into OUT_DIR/in: `stories` (stories_dev.jsonl: Straits Times and CNA news of September 2022)
    or `bbc` (summ_bbc.jsonl: BBC news of 2004 and 2005). Neither set carries a date, so the
    pipeline's reference date (2022-09-15 for both) is the only anchor DocPipe is given: right for
    the first set, years off for the second.
score DOCUMENTS.jsonl SET
    Every date mention written without a four-digit number whose value is a month or a day
    ("Monday", "this week", "March 16", "last month") got its year from an anchor. It counts as
    right when its value's year lies within a year of the set's writing years (2021-2023 for
    `stories`, 2003-2006 for `bbc`); years, decades and centuries ("three years ago", "this
    century") and mentions without a calendar value are left out. Prints the share of such mentions that are right and
    the share of documents whose every such mention is right.
"""
import json
import os
import re
import sys

SETS = {
    "stories": ("stories_dev.jsonl", range(2021, 2024)),
    "bbc": ("summ_bbc.jsonl", range(2003, 2007)),
}
YEAR_WRITTEN = re.compile(r"\d{4}|'\d\d\b")
VALUE_MONTH = re.compile(r"^\d{4}-\d\d")


def write(out_dir, name):
    path = os.path.join(os.environ.get("EVAL_DIR", "../shared/eval"), SETS[name][0])
    os.makedirs(os.path.join(out_dir, "in"), exist_ok=True)
    for line in open(path, encoding="utf-8"):
        item = json.loads(line)
        body = item["text"] if name == "stories" else item["article"]
        if name == "stories":
            body = "\n\n".join(body.split("\n"))
        file_name = item["id"].replace("/", "-") + ".txt"
        with open(os.path.join(out_dir, "in", file_name), "w", encoding="utf-8") as handle:
            handle.write(item["title"] + "\n\n" + body)


def score(documents, name):
    years = SETS[name][1]
    mentions = right = documents_total = documents_right = 0
    for line in open(documents, encoding="utf-8"):
        doc = json.loads(line)
        counted = [m for m in doc.get("dates", [])
                   if not YEAR_WRITTEN.search(m["text"]) and VALUE_MONTH.match(m.get("value") or "")]
        good = [m for m in counted if int(m["value"][:4]) in years]
        mentions += len(counted)
        right += len(good)
        if counted:
            documents_total += 1
            documents_right += len(good) == len(counted)
    print(f"| {name} | {documents_total} | {documents_right / max(documents_total, 1):.3f} | "
          f"{mentions} | {right / max(mentions, 1):.3f} |")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("write", "score") or sys.argv[3] not in SETS:
        sys.exit("usage: eval_date_anchor.py write OUT_DIR stories|bbc | score DOCUMENTS.jsonl stories|bbc")
    (write if sys.argv[1] == "write" else score)(sys.argv[2], sys.argv[3])
