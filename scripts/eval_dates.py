"""Scores DocPipe's date mentions against TimeML DATE expressions of the TempEval-3 training data.

Data: the TempEval-3 training release "TBAQ-cleaned" (TimeBank 1.2 and the AQUAINT TimeML corpus,
cleaned by the TempEval-3 organisers; UzZaman et al., SemEval 2013). Only TRAINING documents are
used; the TempEval-3 "platinum" test set is never read. The documents are not stored in this
repository (see scripts/eval-data/README.md): the script reads them from
  * --tbaq-dir DIR   a folder holding the release's AQUAINT/ and TimeBank/ folders, or
  * --tbaq-git DIR   a git directory of a repository holding them under data/TBAQ-cleaned/
                     (the public mirror github.com/jspotter/TempEval-3, read with `git show`).

SPLITS (fixed; scripts/eval-data/dates-dev-ids.txt lists them and the script checks it): the 256
documents of both folders sorted by document id; position % 5 == 0 is "dev" (52 documents, the
set the rules may be tuned on), position % 5 == 2 is "check" (51 documents, looked at only as
aggregate figures, never per error).

What it does: converts each document's <TEXT> to plain text (tags dropped, entities decoded) and
remembers every TIMEX3 span; the document creation time (the DCT TIMEX3's value) becomes the
document's metadata `date` (--dct-format varies how it is written, to test that the pipeline reads
common forms). It runs docpipe (clean -> segment -> extract -> export jsonl) on the documents as
JSON Lines on stdin, maps every gold span into the cleaned text (alignment of the non-space
characters of both texts), and scores DocPipe's `dates` layer against the gold TIMEX3 type=DATE
expressions:
  * strict span: same start and end (after trimming a final full stop from either);
  * relaxed span: any overlap; one-to-one, a range mention ("from 1994 to 1997") may match two;
  * value: DocPipe's ISO value written the TimeML way (a Monday-Sunday range is "YYYY-Www", a
    Saturday-Sunday range "YYYY-Www-WE", a quarter's months "YYYY-Qn", a season's months
    "YYYY-SP/SU/FA/WI", a half's six months "YYYY-H1/H2", a decade's years "YYY", a century's "YY", a year range's two ends the two
    gold expressions, "now"/"currently"/"nowadays"/"at present" at the creation day
    "PRESENT_REF") must equal the gold value exactly (gold "199X"/"19XX" are read as "199"/"19",
    and a gold week written with one digit, "2000-W7", as "2000-W07");
  * "value F1" (TempEval-3 style): a true positive is a relaxed match with the right value;
    precision over DocPipe's mentions, recall over gold DATE expressions. A range mention that
    matches two gold expressions counts twice for recall but once for precision, as one mention
    right when both of its values (its spans, for strict) are (before issue 15's fifteenth round
    it counted twice for precision too, which put WikiWars' strict precision above 1.0).
DocPipe mentions overlapping a gold TIMEX3 of another type (DURATION, TIME, SET) are neither true
nor false positives (DocPipe's dates carry no type). Prints a markdown table; writes the errors to
OUTPUT/date-errors-<split>.txt and the figures to OUTPUT/date-scores.json.
"""
import argparse
import difflib
import html
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IDS_FILE = os.path.join(ROOT, "scripts", "eval-data", "dates-dev-ids.txt")
FOLDERS = ("AQUAINT", "TimeBank")
SPLITS = {"dev": 0, "check": 2}
# The other training documents (positions % 5 == 1, 3, 4: 153 documents), read for errors only
# with --splits train (added in the second date round to widen the error analysis beyond dev).
TRAIN_REMAINDERS = (1, 3, 4)

PIPELINE = """# written by scripts/eval_dates.py
name: eval-dates
on_error: fail
{reference}stages:
  - clean
  - segment
  - extract:
      keyphrases: 0
  - export:
      formats: [jsonl]
"""


def list_documents(tbaq_dir, tbaq_git):
    """(folder, file name) of every .tml document, and a reader of one document's bytes."""
    names = []
    if tbaq_dir:
        for folder in FOLDERS:
            for name in os.listdir(os.path.join(tbaq_dir, folder)):
                if name.endswith(".tml") and not name.startswith("._"):
                    names.append((folder, name))

        def read(folder, name):
            with open(os.path.join(tbaq_dir, folder, name), "rb") as handle:
                return handle.read()
    else:
        listing = subprocess.run(["git", "--git-dir", tbaq_git, "ls-tree", "-r", "--name-only", "HEAD", "data/TBAQ-cleaned/"],
                                 check=True, capture_output=True, text=True).stdout.split("\n")
        for path in listing:
            parts = path.split("/")
            if len(parts) == 4 and parts[2] in FOLDERS and parts[3].endswith(".tml") and not parts[3].startswith("._"):
                names.append((parts[2], parts[3]))

        def read(folder, name):
            return subprocess.run(["git", "--git-dir", tbaq_git, "show", f"HEAD:data/TBAQ-cleaned/{folder}/{name}"],
                                  check=True, capture_output=True).stdout
    names.sort(key=lambda item: item[1])
    return names, read


def split_of(position):
    for split, remainder in SPLITS.items():
        if position % 5 == remainder:
            return split
    if position % 5 in TRAIN_REMAINDERS:
        return "train"
    return None


def parse_tml(data):
    """(plain text of <TEXT>, DCT value, [(start, end, type, value, text)]) of one TimeML document."""
    root = ET.fromstring(data)
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value")
            break
    body = root.find("TEXT")
    pieces, spans = [], []
    length = 0

    def walk(element):
        nonlocal length
        if element.text:
            pieces.append(element.text)
            length += len(element.text)
        for child in element:
            start = length
            walk(child)
            if child.tag == "TIMEX3":
                spans.append((start, length, child.get("type"), child.get("value"), "".join(child.itertext())))
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)

    walk(body)
    return "".join(pieces), dct, spans


def write_dct(dct, style):
    day = date.fromisoformat(dct[:10])
    if style == "iso":
        return dct
    if style == "long":
        return day.strftime("%B ") + str(day.day) + day.strftime(", %Y")
    if style == "rfc2822":
        return day.strftime("%a, %d %b %Y 09:30:00 +0000")
    if style == "isotime":
        return day.isoformat() + "T09:30:00Z"
    if style == "none":
        return None
    raise ValueError(style)


def align(raw, cleaned):
    """A map from raw-text offsets to cleaned-text offsets (None where a character was dropped)."""
    raw_index = [i for i, c in enumerate(raw) if not c.isspace()]
    clean_index = [i for i, c in enumerate(cleaned) if not c.isspace()]
    a = "".join(raw[i] for i in raw_index)
    b = "".join(cleaned[i] for i in clean_index)
    mapping = [None] * (len(raw) + 1)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapping[raw_index[block.a + k]] = clean_index[block.b + k]
    return mapping


def map_span(mapping, start, end):
    inside = [mapping[i] for i in range(start, end) if mapping[i] is not None]
    if not inside:
        return None
    return min(inside), max(inside) + 1


PRESENT_WORDS = {"now", "currently", "nowadays", "at present"}


def timeml_year(value):
    """A DocPipe value whose year is astronomical and before 1 ("-0479", "0000-06") written the
    TimeML way ("BC0480", "BC0001-06"); every other value unchanged."""
    if value and (value.startswith("-") or value.startswith("0000")):
        negative = value.startswith("-")
        year, _, rest = value.lstrip("-").partition("-")
        if year.isdigit():
            bc = (int(year) if negative else 0) + 1
            return f"BC{bc:04d}" + (f"-{rest}" if rest else "")
    return value


def shift_year(value, years):
    """An ISO value ("-0480-06", "9520-06") with its astronomical year moved by a number of years,
    so that periods before the common era are read like any other (then shifted back)."""
    negative = value.startswith("-")
    year, _, rest = value.lstrip("-").partition("-")
    if not year.isdigit():
        return value
    moved = (-int(year) if negative else int(year)) + years
    text = ("-" if moved < 0 else "") + f"{abs(moved):04d}"
    return text + (f"-{rest}" if rest else "")


def timeml_values(mention, dct):
    """The TimeML values a DocPipe mention stands for: one, or two for a range of two expressions."""
    value, end = mention.get("value"), mention.get("end_value")
    if value is None:
        return [mention.get("reference")]
    if value.startswith("-") or value.startswith("0000"):
        if end is None:
            return [timeml_year(value)]
        shifted = [shift_year(value, 10000), shift_year(end, 10000)]
        return [timeml_year(shift_year(v, -10000)) for v in timeml_values(dict(mention, value=shifted[0], end_value=shifted[1]), dct)]
    if mention["text"].lower() in PRESENT_WORDS and value == dct[:10]:
        return ["PRESENT_REF"]
    if end is None:
        return [value]
    if len(value) == 10 and len(end) == 10:
        first, last = date.fromisoformat(value), date.fromisoformat(end)
        year, week, weekday = first.isocalendar()
        if weekday == 1 and last - first == timedelta(days=6):
            return [f"{year:04d}-W{week:02d}"]
        if weekday == 6 and last - first == timedelta(days=1):
            return [f"{year:04d}-W{week:02d}-WE"]
    if len(value) == 7 and len(end) == 7 and value[:4] <= end[:4]:
        months = (value[5:], end[5:])
        quarters = {("01", "03"): "Q1", ("04", "06"): "Q2", ("07", "09"): "Q3", ("10", "12"): "Q4"}
        seasons = {("03", "05"): "SP", ("06", "08"): "SU", ("09", "11"): "FA"}
        halves = {("01", "06"): "H1", ("07", "12"): "H2"}
        if value[:4] == end[:4] and months in halves:
            return [f"{value[:4]}-{halves[months]}"]
        if value[:4] == end[:4] and months in quarters:
            return [f"{value[:4]}-{quarters[months]}"]
        if value[:4] == end[:4] and months in seasons:
            return [f"{value[:4]}-{seasons[months]}"]
        if months == ("12", "02") and int(end[:4]) == int(value[:4]) + 1:
            return [f"{value[:4]}-WI"]
    if len(value) == 4 and len(end) == 4 and value.isdigit() and end.isdigit():
        if value.endswith("0") and end.endswith("9") and int(end) - int(value) == 9:
            return [value[:3]]
        if value.endswith("00") and end.endswith("99") and int(end) - int(value) == 99:
            return [value[:2]]
    return [value, end]


def trim(start, end, text_of):
    if end > start and text_of(start, end).endswith("."):
        return start, end - 1
    return start, end


def score_document(gold, others, system, cleaned, dct):
    """Matches one document's mentions; returns counts and error lines."""
    counts = dict(gold=len(gold), system=0, strict=0, relaxed=0, value=0, relaxed_gold=0, strict_system=0, value_system=0)
    errors = []
    text_of = lambda s, e: cleaned[s:e]
    kept = []
    for mention in system:
        s, e = mention["start"], mention["end"]
        if any(s < oe and os_ < e for os_, oe, _ in others) and not any(s < ge and gs < e for gs, ge, _, _ in gold):
            continue
        kept.append(mention)
    counts["system"] = len(kept)
    used_gold = set()
    for mention in kept:
        s, e = mention["start"], mention["end"]
        values = timeml_values(mention, dct)
        overlapping = [i for i, (gs, ge, _, _) in enumerate(gold) if s < ge and gs < e and i not in used_gold]
        matched = overlapping[: max(1, len(values))] if len(values) > 1 else overlapping[:1]
        if not matched:
            errors.append(f"  FP  {cleaned[s:e]!r} -> {mention.get('value')}{'..' + mention['end_value'] if mention.get('end_value') else ''}")
            continue
        counts["relaxed"] += 1
        strict_all = value_all = True
        for k, i in enumerate(matched):
            used_gold.add(i)
            counts["relaxed_gold"] += 1
            gs, ge, gvalue, gtext = gold[i]
            predicted = values[k] if k < len(values) else values[-1]
            if trim(s, e, text_of) == trim(gs, ge, text_of) or (len(matched) > 1 and gs >= s and ge <= e):
                counts["strict"] += 1
            else:
                strict_all = False
            if predicted == gvalue:
                counts["value"] += 1
            else:
                value_all = False
                context = cleaned[max(0, s - 70):e + 40].replace("\n", " ")
                errors.append(f"  VAL {gtext!r} gold {gvalue} | docpipe {cleaned[s:e]!r} -> {predicted} | …{context}…")
            if trim(s, e, text_of) != trim(gs, ge, text_of) and len(matched) == 1:
                errors.append(f"  SPAN gold {gtext!r} | docpipe {cleaned[s:e]!r}")
        counts["strict_system"] += strict_all
        counts["value_system"] += value_all
    for i, (gs, ge, gvalue, gtext) in enumerate(gold):
        if i not in used_gold:
            if gs < 0:
                errors.append(f"  FN  {gtext!r} gold {gvalue} | dropped by clean")
            else:
                context = cleaned[max(0, gs - 70):ge + 40].replace("\n", " ")
                errors.append(f"  FN  {gtext!r} gold {gvalue} | …{context}…")
    return counts, errors


def prf(tp_p, system, tp_r, gold):
    p = tp_p / system if system else 0.0
    r = tp_r / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f



def gold_spans(doc, cleaned):
    """A document's gold DATE spans (start, end, value, text; (-1, -1) when clean removed them), its
    other TIMEX spans (start, end, kind) mapped onto the cleaned text, and how many DATEs were lost."""
    mapping = align(doc["text"], cleaned)
    gold, others, lost = [], [], 0
    for start, end, kind, value, text in doc["spans"]:
        mapped = map_span(mapping, start, end)
        if kind == "DATE" and value and re.fullmatch(r"\d{3}X|\d{2}XX", value):
            value = value.rstrip("X")
        if kind == "DATE" and value and re.fullmatch(r"\d{4}-W\d", value):
            value = value[:6] + "0" + value[6:]
        if kind == "DATE":
            if mapped is None:
                lost += 1
                gold.append((-1, -1, value, text))
            else:
                gold.append((mapped[0], mapped[1], value, text))
        elif mapped is not None:
            others.append((mapped[0], mapped[1], kind))
    return gold, others, lost

def run_docpipe(docpipe, pipeline, rows, output):
    """Runs docpipe over the documents (dicts with id, text, metadata) as JSON Lines on standard
    input, one job, and returns its output documents by id."""
    lines = "".join(json.dumps(row) + "\n" for row in rows)
    result_dir = os.path.join(output, "run")
    subprocess.run([docpipe, "run", pipeline, "--input", "-", "--output", result_dir, "--no-cache", "--quiet", "--jobs", "1"],
                   input=lines, text=True, check=True)
    produced = {}
    with open(os.path.join(result_dir, "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            produced[row["id"]] = row
    return produced


def score_documents(docs, produced):
    """The figures of a group of documents against DocPipe's output, and their error lines."""
    total = dict(gold=0, system=0, strict=0, relaxed=0, value=0, relaxed_gold=0, strict_system=0, value_system=0, lost=0, docs=0)
    error_lines = []
    for doc in docs:
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
    figures = dict(counts=total,
                   strict=prf(total["strict_system"], total["system"], total["strict"], total["gold"]),
                   relaxed=prf(total["relaxed"], total["system"], total["relaxed_gold"], total["gold"]),
                   value=prf(total["value_system"], total["system"], total["value"], total["gold"]),
                   value_accuracy=total["value"] / total["relaxed_gold"] if total["relaxed_gold"] else 0.0)
    return figures, error_lines


def print_table(report, column):
    """The markdown table of a report (figures by split or half)."""
    print(f"| {column} | docs | gold DATE | DocPipe | strict P / R / F1 | relaxed P / R / F1 | value accuracy | value P / R / **F1** |")
    print("|---|---:|---:|---:|---|---|---:|---|")
    for name, figures in report.items():
        c = figures["counts"]
        fmt = lambda t: " / ".join(f"{x:.3f}" for x in t)
        print(f"| {name} | {c['docs']} | {c['gold']} | {c['system']} | {fmt(figures['strict'])} | {fmt(figures['relaxed'])} | "
              f"{figures['value_accuracy']:.3f} | {figures['value'][0]:.3f} / {figures['value'][1]:.3f} / **{figures['value'][2]:.3f}** |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docpipe", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--tbaq-dir")
    parser.add_argument("--tbaq-git")
    parser.add_argument("--splits", default="dev,check")
    parser.add_argument("--dct-format", default="iso", choices=["iso", "long", "rfc2822", "isotime", "none"])
    parser.add_argument("--reference-date", help="pipeline reference_date (fallback anchor)")
    args = parser.parse_args()
    if not args.tbaq_dir and not args.tbaq_git:
        sys.exit("eval_dates: give --tbaq-dir or --tbaq-git (see scripts/eval-data/README.md)")
    os.makedirs(args.output, exist_ok=True)

    names, read = list_documents(args.tbaq_dir, args.tbaq_git)
    expected = {}
    with open(IDS_FILE, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                split, folder, name = line.split()
                expected[(folder, name)] = split
    found = {(folder, name): split_of(i) for i, (folder, name) in enumerate(names) if split_of(i)}
    if {key: split for key, split in found.items() if split in SPLITS} != expected:
        sys.exit(f"eval_dates: the documents found ({len(names)}) do not give the splits of {IDS_FILE}")

    wanted = set(args.splits.split(","))
    docs = []
    for (folder, name), split in sorted(found.items(), key=lambda item: item[0][1]):
        if split not in wanted:
            continue
        text, dct, spans = parse_tml(read(folder, name))
        docs.append(dict(id=name[:-4], split=split, text=text, dct=dct, spans=spans))

    pipeline = os.path.join(args.output, "eval-dates.yaml")
    with open(pipeline, "w", encoding="utf-8") as handle:
        reference = f"reference_date: {args.reference_date}\n" if args.reference_date else ""
        handle.write(PIPELINE.format(reference=reference))
    rows = []
    for doc in docs:
        metadata = {}
        written = write_dct(doc["dct"], args.dct_format)
        if written:
            metadata["date"] = written
        rows.append({"id": doc["id"], "text": doc["text"], "metadata": metadata})
    produced = run_docpipe(args.docpipe, pipeline, rows, args.output)

    report = {}
    for split in [s for s in list(SPLITS) + ["train"] if s in wanted]:
        report[split], error_lines = score_documents([doc for doc in docs if doc["split"] == split], produced)
        with open(os.path.join(args.output, f"date-errors-{split}.txt"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(error_lines) + "\n")

    print(f"DCT written as: {args.dct_format}" + (f"; reference_date {args.reference_date}" if args.reference_date else ""))
    print()
    print_table(report, "split")
    lost = sum(f["counts"]["lost"] for f in report.values())
    if lost:
        print(f"\n{lost} gold DATE expressions fall in text that clean removed (counted as misses).")
    with open(os.path.join(args.output, "date-scores.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2, sort_keys=True)


if __name__ == "__main__":
    main()
