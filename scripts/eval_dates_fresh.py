"""Scores DocPipe's date mentions on WikiWars (TIMEX3 edition), a fresh public date check.

WikiWars (Mazur and Dale 2010, "WikiWars: a new corpus for research on temporal expressions",
EMNLP; CC-BY-SA 3.0, its text being English Wikipedia's) is 22 Wikipedia articles on wars, about
120,000 tokens, hand-annotated with temporal expressions; the TIMEX3 edition used here (inline
TimeML, one .tml file per article, 2,317 type=DATE expressions) is the one HeidelTime-class
taggers are compared on. DocPipe was never run on it before issue 15's eleventh round. It is not
stored in this repository: it is read from --wikiwars-dir (default WIKIWARS_DIR or ../wikiwars
relative to the repository root), where scripts/eval_dates_fresh.sh puts it; every file's SHA-256
must match scripts/eval-data/wikiwars-timex3.sha256.

HALVES (fixed): the 22 articles sorted by file name; even positions (01, 03, ... 21) are the
**dev** half (read for error analysis), odd positions (02, 04, ... 22) the **check** half (scored
only at the start and the end of a round, never read for errors: no error file is written for it).

Everything else is scripts/eval_dates.py's method and code: plain text of <TEXT>, the corpus's
document creation time (its DCT TIMEX3, the day the articles were downloaded) as each document's
metadata `date`, docpipe clean -> segment -> extract -> export jsonl, gold spans mapped onto the
cleaned text, and "value F1" (relaxed span with the right TimeML value; precision over DocPipe's
mentions, recall over gold DATE expressions; mentions overlapping a gold TIME, DURATION or SET
are left out). Prints a markdown table; writes OUTPUT/fresh-date-scores.json and, for the dev
half, OUTPUT/date-errors-dev.txt.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_dates import PIPELINE, gold_spans, parse_tml, prf, score_document  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUMS = os.path.join(ROOT, "scripts", "eval-data", "wikiwars-timex3.sha256")
HALVES = {"dev": 0, "check": 1}


def expected_files():
    files = {}
    with open(SUMS, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                digest, name = line.split()
                files[name] = digest
    return files



def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wikiwars-dir", default=os.environ.get("WIKIWARS_DIR", os.path.join(ROOT, "..", "wikiwars")))
    parser.add_argument("--half", default="dev", help="dev (even articles, default), check (odd) or both")
    parser.add_argument("--docpipe", default=os.path.join(ROOT, ".build", "release", "docpipe"))
    parser.add_argument("--output", default=os.path.join(ROOT, "out", "eval-dates-fresh"))
    args = parser.parse_args()
    if args.half not in ("dev", "check", "both"):
        sys.exit("--half must be dev, check or both")
    files = expected_files()
    for name, digest in files.items():
        path = os.path.join(args.wikiwars_dir, name)
        if not os.path.exists(path):
            sys.exit(f"{path} not found: run scripts/eval_dates_fresh.sh, or see docs/benchmarks.md (WikiWars)")
        with open(path, "rb") as handle:
            if hashlib.sha256(handle.read()).hexdigest() != digest:
                sys.exit(f"{path} is not the file the figures were measured on (SHA-256 differs)")
    out = os.path.abspath(args.output)
    os.makedirs(out, exist_ok=True)

    halves = ["dev", "check"] if args.half == "both" else [args.half]
    docs = []
    for index, name in enumerate(sorted(files)):
        half = "dev" if index % 2 == HALVES["dev"] else "check"
        if half not in halves:
            continue
        with open(os.path.join(args.wikiwars_dir, name), "rb") as handle:
            text, dct, spans = parse_tml(handle.read())
        docs.append(dict(id=name.split(".")[0], half=half, text=text, dct=dct, spans=spans))

    pipeline = os.path.join(out, "eval-dates-fresh.yaml")
    with open(pipeline, "w", encoding="utf-8") as handle:
        handle.write(PIPELINE.format(reference=""))
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"], "metadata": {"date": d["dct"]}}) + "\n" for d in docs)
    result_dir = os.path.join(out, "run")
    subprocess.run([args.docpipe, "run", pipeline, "--input", "-", "--output", result_dir, "--no-cache", "--quiet", "--jobs", "1"],
                   input=lines, text=True, check=True)
    produced = {}
    with open(os.path.join(result_dir, "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            produced[row["id"]] = row

    report = {}
    for half in halves:
        total = dict(gold=0, system=0, strict=0, relaxed=0, value=0, relaxed_gold=0, lost=0, docs=0)
        error_lines = []
        for doc in docs:
            if doc["half"] != half:
                continue
            row = produced[doc["id"]]
            gold, others, lost = gold_spans(doc, row["text"])
            counts, errors = score_document(gold, others, row.get("dates", []), row["text"], doc["dct"])
            for key, count in counts.items():
                total[key] += count
            total["lost"] += lost
            total["docs"] += 1
            if errors:
                error_lines.append(f"{doc['id']} (DCT {doc['dct']})")
                error_lines.extend(errors)
        if half == "dev":
            with open(os.path.join(out, "date-errors-dev.txt"), "w", encoding="utf-8") as handle:
                handle.write("\n".join(error_lines) + "\n")
        report[half] = dict(counts=total,
                            strict=prf(total["strict"], total["system"], total["strict"], total["gold"]),
                            relaxed=prf(total["relaxed"], total["system"], total["relaxed_gold"], total["gold"]),
                            value=prf(total["value"], total["system"], total["value"], total["gold"]),
                            value_accuracy=total["value"] / total["relaxed_gold"] if total["relaxed_gold"] else 0.0)
    with open(os.path.join(out, "fresh-date-scores.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2, sort_keys=True)

    print("WikiWars (TIMEX3), DATE with the right ISO value")
    print()
    print("| half | docs | gold DATE | DocPipe | strict P / R / F1 | relaxed P / R / F1 | value accuracy | value P / R / **F1** |")
    print("|---|---:|---:|---:|---|---|---:|---|")
    for half, figures in report.items():
        c = figures["counts"]
        fmt = lambda t: " / ".join(f"{x:.3f}" for x in t)
        print(f"| {half} | {c['docs']} | {c['gold']} | {c['system']} | {fmt(figures['strict'])} | {fmt(figures['relaxed'])} | "
              f"{figures['value_accuracy']:.3f} | {figures['value'][0]:.3f} / {figures['value'][1]:.3f} / **{figures['value'][2]:.3f}** |")
    if "dev" in report:
        print(f"\nerrors (dev half): {os.path.join(out, 'date-errors-dev.txt')}")


if __name__ == "__main__":
    main()
