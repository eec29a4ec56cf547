"""Sorts the error lines scripts/eval_dates.py and scripts/eval_dates_fresh.py write (date-errors-*.txt)
into kinds, for the tables of docs/benchmarks.md.

Usage: python3 scripts/date_error_classes.py FILE [FILE ...]   (one column per file)

Kinds (a miss or a wrong value counts once; SPAN lines are strict-span only and FP lines are
DocPipe's mentions no gold DATE overlaps, both counted apart):
  vague      gold PAST_REF / FUTURE_REF / PRESENT_REF, a value with X, or no value
  duration   gold a duration (P1D, P1Y-#1) or a period with INTERSECT
  informal   missed, gold a day: chat short forms, weekdays in lower case or short, "xmas"
  anchor     wrong value, same granularity, another year, the gold year within a year of the
             document's date (the document's date or a relative expression went wrong)
  narrative  the same, the gold year two or more years from the document's date (the wrong year
             in a history narrative: the last year written was not the one the text had reached)
  granular   wrong value of another granularity or part ("2014" for "2014-10")
  other-val  wrong value otherwise (another day or month of the right year)
  missed     missed, a calendar value (anaphors, event-named days, numeric days, ...)
  clean      the gold text fell in text `clean` dropped
"""
import re
import sys

INFORMAL = re.compile(r"^(tdy|2day|tday|tmr|tmrw|tmw|tmro|tmrow|trmw|2moro|2morow|2morrow|tomoro|tomorow|tommorow|tommorrow|yday|ytday|ystd|yest|"
                      r"x'?mas|(this|next|last|on) (mon|tues?|weds?|thu|thurs?|fri|sat|sun)|(mon|tues|wednes|thurs|fri|satur|sun)day)$")
KINDS = ["vague", "duration", "informal", "missed", "anchor", "narrative", "granular", "other-val", "clean"]
DOCUMENT = re.compile(r"^\S.* \(DCT (-?\d{4})")


def kind_of(line, dct_year=None):
    m = re.match(r"\s+FN\s+(['\"])(.*)\1 gold (\S+)(.*)", line)
    if m:
        text, gold, rest = m.group(2), m.group(3), m.group(4)
        if "dropped by clean" in rest:
            return "clean"
        if gold in ("PAST_REF", "FUTURE_REF", "PRESENT_REF", "None", "null") or "X" in gold:
            return "vague"
        if gold.startswith("P") or "INTERSECT" in rest or "INTERSECT" in gold:
            return "duration"
        lower = text.lower()
        if INFORMAL.match(lower) and not (lower.endswith("day") and text[0].isupper() and " " not in text):
            return "informal"
        return "missed"
    m = re.match(r"\s+VAL\s+(['\"])(.*)\1 gold (\S+).*?-> (\S+) \|", line)
    if m:
        gold, got = m.group(3), m.group(4)
        if gold in ("PAST_REF", "FUTURE_REF", "PRESENT_REF", "None", "null") or "X" in gold:
            return "vague"
        if gold.startswith("P") or "INTERSECT" in line.split("|")[0]:
            return "duration"
        shape = lambda v: re.sub(r"\d", "9", v)
        if shape(gold) != shape(got):
            return "granular"
        if gold[:4] != got[:4]:
            year = re.match(r"\d{4}", gold)
            if gold.startswith("BC") or dct_year is not None and year and abs(int(year.group(0)) - dct_year) >= 2:
                return "narrative"
            return "anchor"
        return "other-val"
    return None


def main():
    columns = []
    for path in sys.argv[1:]:
        counts = dict.fromkeys(KINDS + ["SPAN", "FP"], 0)
        with open(path, encoding="utf-8") as handle:
            dct_year = None
            for line in handle:
                document = DOCUMENT.match(line)
                if document:
                    dct_year = int(document.group(1))
                kind = kind_of(line, dct_year)
                if kind:
                    counts[kind] += 1
                elif re.match(r"\s+SPAN ", line):
                    counts["SPAN"] += 1
                elif re.match(r"\s+FP ", line):
                    counts["FP"] += 1
        columns.append(counts)
    print("| kind | " + " | ".join(sys.argv[1:]) + " |")
    print("|---|" + "---:|" * len(columns))
    for kind in KINDS + ["SPAN", "FP"]:
        print(f"| {kind} | " + " | ".join(str(c[kind]) for c in columns) + " |")


if __name__ == "__main__":
    main()
