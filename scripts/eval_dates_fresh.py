"""Scores DocPipe's date mentions on a fresh public date check: WikiWars (TIMEX3), MEANTIME (news) or tweets.

WikiWars (Mazur and Dale 2010, "WikiWars: a new corpus for research on temporal expressions",
EMNLP; CC-BY-SA 3.0, its text being English Wikipedia's) is 22 Wikipedia articles on wars, about
120,000 tokens, hand-annotated with temporal expressions; the TIMEX3 edition used here (inline
TimeML, one .tml file per article, 2,317 type=DATE expressions) is the one HeidelTime-class
taggers are compared on. DocPipe was never run on it before issue 15's eleventh round. It is not
stored in this repository: it is read from --wikiwars-dir (default WIKIWARS_DIR or ../wikiwars
relative to the repository root), where scripts/eval_dates_fresh.sh puts it; every file's SHA-256
must match scripts/eval-data/wikiwars-timex3.sha256.

MEANTIME (--corpus meantime; Minard et al. 2016, "MEANTIME, the NewsReader Multilingual Event and
Time Corpus", LREC) is 120 English Wikinews articles (news on Apple, Airbus/Boeing, General
Motors and stock markets, 2004-2011; Wikinews text CC BY 2.5) whose title, dateline and first
sentences carry TimeML TIMEX3 annotation. The copy read here is the CAT XML export distributed in
github.com/newsreader/eso-and-ceo (121 files: one article appears twice, under two ids); every
file's SHA-256 must match scripts/eval-data/meantime-cat.sha256. Each document is the annotated
body rebuilt from its tokens as one paragraph (`` and '' read as straight quotes, no space before
closing punctuation); the title and the dateline are left out and not scored (see
parse_meantime), the dateline's day is the document's `date`. 264 DATE expressions are scored
(DATE TIMEX3 with no words, the "empty" ones TimeML anchors durations with, are not).

Tweets (--corpus tweets; Zhong, Sun and Cambria 2017, "Time Expression Analysis and Recognition
Using Syntactic Token Types and General Heuristic Rules", ACL) are English tweets of 2009-2015, one
TimeML file per tweet with its creation day as DCT, annotated with TIMEX3. Only the 742 tweets of
the training set are read (the 200 of its test set never are); the copy is the one in
temporal-data/original_datasets/tweets/trainingset/ of
github.com/semantic-systems/coypu-temporal-extraction-service-machamp (Apache-2.0 repository; the
tweets' text is Twitter users', the annotation Zhong et al.'s, no licence of its own is stated, so
it is read from --data-dir and never stored here); every file's SHA-256 must match
scripts/eval-data/tweets-timex3.sha256. 554 DATE expressions. The annotation writes some values
outside TimeML's forms, and they are read as TimeML writes them (see parse_tweets): a year as
"2014-XX-XX" (TimeML "2014"), a month as "2013-10-XX" ("2013-10"), a weekday's day as
"2014-12-12-WXX-5" ("2014-12-12"), a week as "2015-01-W02" ("2015-W02").

HALVES (fixed, every corpus): the documents sorted by file name; even positions (WikiWars 01, 03, ... 21) are
the **dev** half (read for error analysis), odd positions (WikiWars 02, 04, ... 22) the **check** half (scored
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
import sys
import xml.etree.ElementTree as ET
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_dates import PIPELINE, parse_tml, print_table, run_docpipe, score_documents  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = {
    "wikiwars": dict(title="WikiWars (TIMEX3)", sums="wikiwars-timex3.sha256", env="WIKIWARS_DIR", folder="wikiwars"),
    "meantime": dict(title="MEANTIME (English Wikinews, TIMEX3)", sums="meantime-cat.sha256", env="MEANTIME_DIR", folder="meantime"),
    "tweets": dict(title="Tweets (Zhong et al. 2017, TIMEX3, training set)", sums="tweets-timex3.sha256", env="TWEETS_DIR", folder="tweets-timex3"),
}
HALVES = {"dev": 0, "check": 1}
CLOSING = {",", ".", ";", ":", "!", "?", ")", "]", "%", "''", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
OPENING = {"(", "[", "``", "$"}


def parse_meantime(data):
    """(plain text, creation date, [(start, end, type, value, text)]) of one MEANTIME CAT XML document.

    The text is the article's annotated body: the sentences after the title (sentence 0) and the
    dateline (sentence 1) up to the last one any markable touches. The title and the dateline stay
    out, as TimeML's DCT and a web page's headline do (docpipe clean would drop one or both), so
    their TIMEX3 are not scored; the dateline's value (its CREATION_TIME, else its words) is the
    creation date (one file writes its CREATION_TIME "03-02-2009": the dateline's words are read
    whenever the value is not YYYY-MM-DD)."""
    root = ET.fromstring(data)
    tokens = [(t.get("t_id"), t.text or "", int(t.get("sentence"))) for t in root.iter("token")]
    sentence_of = {tid: sentence for tid, _, sentence in tokens}
    markables = root.find("Markables")
    last = max((sentence_of[a.get("t_id")] for m in markables for a in m.iter("token_anchor")), default=1)
    pieces, offsets, length, previous = [], {}, 0, None
    for tid, word, sentence in tokens:
        if sentence < 2:
            continue
        if sentence > last:
            break
        shown = '"' if word in ("``", "''") else word
        if previous is not None:
            gap = "" if word in CLOSING or previous in OPENING else " "
            pieces.append(gap)
            length += len(gap)
        offsets[tid] = (length, length + len(shown))
        pieces.append(shown)
        length += len(shown)
        previous = word
    text = "".join(pieces)
    dct, spans = None, []
    for timex in markables.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value")
        anchors = [offsets[a.get("t_id")] for a in timex.iter("token_anchor") if a.get("t_id") in offsets]
        if not anchors:
            continue
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        spans.append((start, end, timex.get("type"), timex.get("value"), text[start:end]))
    if dct is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
        line = " ".join(word for _, word, sentence in tokens if sentence == 1).replace(" ,", ",")
        dct = datetime.strptime(line, "%B %d, %Y").date().isoformat()
    return text, dct, spans


def tweet_value(value):
    """A tweet annotation's DATE value written the TimeML way: "2014-XX-XX" -> "2014",
    "2013-10-XX" -> "2013-10", "2014-12-12-WXX-5" -> "2014-12-12", "2015-01-W02" -> "2015-W02";
    every other value unchanged."""
    if value is None:
        return value
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}-WXX-\d", value):
        return value[:10]
    if re.fullmatch(r"\d{4}-\d{2}-W\d{2}(-WE)?", value):
        return value[:4] + value[7:]
    if re.fullmatch(r"\d{4}(-\d{2})?(-XX)+", value):
        return re.sub(r"(-XX)+$", "", value)
    return value


def parse_tweets(data):
    """(plain text, creation date, spans) of one tweet: parse_tml's, DATE values read by tweet_value."""
    text, dct, spans = parse_tml(data)
    return text, dct, [(s, e, kind, tweet_value(value) if kind == "DATE" else value, t) for s, e, kind, value, t in spans]


def expected_files(sums):
    files = {}
    with open(sums, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                digest, name = line.rstrip("\n").split("  ", 1)
                files[name] = digest
    return files



def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="wikiwars", choices=sorted(CORPORA))
    parser.add_argument("--data-dir", help="folder holding the corpus' files (default WIKIWARS_DIR/MEANTIME_DIR/TWEETS_DIR or ../wikiwars, ../meantime, ../tweets-timex3)")
    parser.add_argument("--wikiwars-dir", help="the same as --data-dir (kept for WikiWars' older commands)")
    parser.add_argument("--half", default="dev", help="dev (even articles, default), check (odd) or both")
    parser.add_argument("--docpipe", default=os.path.join(ROOT, ".build", "release", "docpipe"))
    parser.add_argument("--output", default=os.path.join(ROOT, "out", "eval-dates-fresh"))
    args = parser.parse_args()
    if args.half not in ("dev", "check", "both"):
        sys.exit("--half must be dev, check or both")
    corpus = CORPORA[args.corpus]
    data_dir = args.data_dir or args.wikiwars_dir or os.environ.get(corpus["env"], os.path.join(ROOT, "..", corpus["folder"]))
    files = expected_files(os.path.join(ROOT, "scripts", "eval-data", corpus["sums"]))
    for name, digest in files.items():
        path = os.path.join(data_dir, name)
        if not os.path.exists(path):
            sys.exit(f"{path} not found: run scripts/eval_dates_fresh.sh --corpus {args.corpus}, or see docs/benchmarks.md")
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
        with open(os.path.join(data_dir, name), "rb") as handle:
            reader = {"meantime": parse_meantime, "tweets": parse_tweets}.get(args.corpus, parse_tml)
            text, dct, spans = reader(handle.read())
        docs.append(dict(id=name[:-4], half=half, text=text, dct=dct, spans=spans))

    pipeline = os.path.join(out, "eval-dates-fresh.yaml")
    with open(pipeline, "w", encoding="utf-8") as handle:
        handle.write(PIPELINE.format(reference=""))
    rows = [{"id": d["id"], "text": d["text"], "metadata": {"date": d["dct"]}} for d in docs]
    produced = run_docpipe(args.docpipe, pipeline, rows, out)

    report = {}
    for half in halves:
        report[half], error_lines = score_documents([doc for doc in docs if doc["half"] == half], produced)
        if half == "dev":
            with open(os.path.join(out, "date-errors-dev.txt"), "w", encoding="utf-8") as handle:
                handle.write("\n".join(error_lines) + "\n")
    with open(os.path.join(out, "fresh-date-scores.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2, sort_keys=True)

    print(f"{corpus['title']}, DATE with the right ISO value")
    print()
    print_table(report, "half")
    if "dev" in report:
        print(f"\nerrors (dev half): {os.path.join(out, 'date-errors-dev.txt')}")


if __name__ == "__main__":
    main()
