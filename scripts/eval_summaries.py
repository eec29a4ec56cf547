#!/usr/bin/env python3
"""Summarization evaluation for DocPipe's summarize stage.

prepare: writes DocPipe JSON Lines input ({"id", "text", "metadata"}) for one data set.
score:   scores OUTPUT/documents.jsonl with rouge-score (use_stemmer=True, F x 100) against the
         references, beside Lead-k computed on the same sentences and the peers measured in issue 5.
         With --split it prints each part of the fixed dev / held-out split (see `part`) and the
         whole set, beside Lead-k, sumy TextRank and sumy LexRank computed here on pySBD sentences.

The split: an article is in the DEV half when the first byte of sha256(id) is even, else in the
HELD-OUT half. Weights are tuned on DEV only (`--only dev` prints nothing of the held-out half).

The data sets are described in $EVAL_DIR/README.md (default: <repo>/../shared/eval).
"""
import argparse
import hashlib
import json
import os
import statistics
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL_DIR = os.environ.get("EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval"))
FILES = {"bbc": "summ_bbc.jsonl", "cnndm": "summ_cnndm.jsonl"}

PEERS = {
    ("bbc", "3"): [("Lead-3", 46.5, 37.4, 35.6, None, None), ("sumy LexRank", 51.4, 43.4, 39.9, None, None),
                   ("sumy TextRank", 62.6, 56.5, 48.5, None, None)],
    ("bbc", "ref"): [("Lead-k", 64.5, 51.6, 41.2, None, None), ("sumy LexRank", 66.1, 54.0, 42.9, None, None),
                     ("sumy TextRank", 78.3, 71.5, 50.9, None, None)],
    ("cnndm", "3"): [("Lead-3", 41.1, 18.9, 26.3, 37.3, 83), ("sumy LexRank", 31.9, 13.4, 20.4, 28.5, 145),
                     ("sumy TextRank", 28.3, 12.8, 18.8, 25.5, 201)],
}


def part(doc_id):
    """The fixed split: "dev" when the first byte of sha256(id) is even, else "held-out"."""
    return "dev" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def load(dataset):
    path = os.path.join(EVAL_DIR, FILES[dataset])
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def prepare(args):
    rows = load(args.dataset)
    segmenter = None
    if args.presegment:
        import pysbd
        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    for row in rows:
        metadata = {}
        if row.get("title"):
            metadata["title"] = row["title"]
        if args.length == "ref":
            metadata["summary_sentences"] = int(row["n_summary_sentences"])
        doc = {"id": row["id"], "text": row["article"], "metadata": metadata}
        if segmenter is not None:
            spans = []
            for s in segmenter.segment(row["article"]):
                start, end = s.start, s.end
                while end > start and row["article"][end - 1].isspace():
                    end -= 1
                if end > start:
                    spans.append({"start": start, "end": end})
            doc["sentences"] = spans
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


def pysbd_sentences(text):
    import pysbd
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return [x.strip() for x in segmenter.segment(text) if x.strip()]


def peer_summaries(dataset, length):
    """Lead-k, sumy TextRank and sumy LexRank (0.13.0, Porter stemmer, English stop words) on pySBD
    sentences of each article, as the peers of issue 5 were measured: {name: {id: [sentences]}}."""
    import re
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    class Words:
        language = "english"

        def to_words(self, sentence):
            return re.findall(r"\w+", sentence)

        def to_sentences(self, paragraph):
            return [paragraph]

    words = Words()
    peers = {"Lead-k (pySBD sentences)": {}, "sumy TextRank": {}, "sumy LexRank": {}}
    summarizers = {}
    for name, cls in (("sumy TextRank", TextRankSummarizer), ("sumy LexRank", LexRankSummarizer)):
        summarizer = cls(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        summarizers[name] = summarizer
    for row in load(dataset):
        sents = pysbd_sentences(row["article"])
        k = int(row["n_summary_sentences"]) if length == "ref" else 3
        peers["Lead-k (pySBD sentences)"][row["id"]] = sents[:k]
        model = ObjectDocumentModel([Paragraph([Sentence(x, words) for x in sents])])
        for name, summarizer in summarizers.items():
            peers[name][row["id"]] = [str(x) for x in summarizer(model, k)]
    return peers


def split_tables(args, rows, docs, keys, scorer):
    """Prints one table: every system on the dev half, the held-out half and the whole set."""
    label = args.label
    systems = {label: {}, "Lead-k (DocPipe's sentences)": {}}
    for doc in docs:
        row = rows[doc["id"]]
        sentences = sentences_of(doc)
        k = int(row["n_summary_sentences"]) if args.length == "ref" else 3
        systems[label][doc["id"]] = [sentences[i] for i in doc.get("summary", {}).get("sentences", [])]
        systems["Lead-k (DocPipe's sentences)"][doc["id"]] = sentences[:k]
    if not args.rows_only:
        systems.update(peer_summaries(args.dataset, args.length))
    parts = ["dev"] if args.only == "dev" else ["dev", "held-out", "all"]
    counts = {p: sum(1 for d in docs if p == "all" or part(d["id"]) == p) for p in parts}
    names = ["R-1", "R-2", "R-L"] + (["R-Lsum"] if args.dataset == "cnndm" else [])
    if not args.rows_only:
        title = ("3 sentences" if args.length == "3" else "reference length") + f" ({args.dataset})"
        heads = [f"{p} ({counts[p]}) {'/'.join(names)}" for p in parts]
        print(f"| {title} | " + " | ".join(heads) + " | mean words |")
        print("|---" * (len(parts) + 2) + "|")
    joiner = "\n" if args.dataset == "cnndm" else " "
    for name, summaries in systems.items():
        if args.rows_only and name != label:
            continue
        per_part = {p: [] for p in parts}
        lengths = []
        for doc in docs:
            picked = summaries.get(doc["id"], [])
            scores = scorer.score(rows[doc["id"]]["summary"], joiner.join(picked))
            values = [scores[key].fmeasure * 100 for key in keys]
            for p in parts:
                if p == "all" or part(doc["id"]) == p:
                    per_part[p].append(values)
            if args.only != "dev" or part(doc["id"]) == "dev":
                lengths.append(sum(len(s.split()) for s in picked))
        cells = [" / ".join(f"{m:.1f}" for m in (statistics.fmean(c) for c in zip(*per_part[p]))) for p in parts]
        print(f"| {name} | " + " | ".join(cells) + f" | {statistics.fmean(lengths):.0f} |")


def sentences_of(doc):
    text = doc["text"]
    return [text[s["start"]:s["end"]].strip() for s in doc.get("sentences", [])]


def score(args):
    from rouge_score import rouge_scorer
    rows = {row["id"]: row for row in load(args.dataset)}
    with open(args.documents, encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    missing = [d["id"] for d in docs if "sentences" not in d]
    if missing:
        sys.exit(f"{len(missing)} documents have no sentences layer (is the segment stage in the pipeline?)")
    keys = ["rouge1", "rouge2", "rougeL"] + (["rougeLsum"] if args.dataset == "cnndm" else [])
    scorer = rouge_scorer.RougeScorer(keys, use_stemmer=True)
    if args.split or args.only:
        split_tables(args, rows, docs, keys, scorer)
        report_timing(args)
        return
    label = args.label
    systems = {label: [], "Lead (same sentences)": []}
    words = {label: [], "Lead (same sentences)": []}
    for doc in docs:
        row = rows[doc["id"]]
        sentences = sentences_of(doc)
        k = int(row["n_summary_sentences"]) if args.length == "ref" else 3
        chosen = [sentences[i] for i in doc.get("summary", {}).get("sentences", [])]
        lead = sentences[:k]
        for name, picked in ((label, chosen), ("Lead (same sentences)", lead)):
            joiner = "\n" if args.dataset == "cnndm" else " "
            scores = scorer.score(row["summary"], joiner.join(picked))
            systems[name].append([scores[key].fmeasure * 100 for key in keys])
            words[name].append(sum(len(s.split()) for s in picked))
    header = "| " + ("3 sentences" if args.length == "3" else "reference length") + f" ({args.dataset}, {len(docs)} articles)"
    cols = ["R-1", "R-2", "R-L"] + (["R-Lsum"] if args.dataset == "cnndm" else []) + ["mean words"]
    if not args.rows_only:
        print(header + " | " + " | ".join(cols) + " |")
        print("|---" * (len(cols) + 1) + "|")
    for peer in [] if args.rows_only else PEERS.get((args.dataset, args.length), []):
        name, *vals = peer
        cells = [f"{v:.1f}" for v in vals[:3]]
        if args.dataset == "cnndm":
            cells.append(f"{vals[3]:.1f}")
        cells.append("" if vals[4] is None else f"{vals[4]}")
        print(f"| {name} (issue 5) | " + " | ".join(cells) + " |")
    for name in systems:
        if args.rows_only and name != label:
            continue
        means = [statistics.fmean(column) for column in zip(*systems[name])]
        cells = [f"{m:.1f}" for m in means] + [f"{statistics.fmean(words[name]):.0f}"]
        print(f"| {name} | " + " | ".join(cells) + " |")
    report_timing(args)


def report_timing(args):
    label = args.label
    if args.run_report and os.path.exists(args.run_report):
        with open(args.run_report, encoding="utf-8") as handle:
            report = json.load(handle)
        for stage in report.get("stages", []):
            if stage.get("stage") == "summarize" and stage.get("documents"):
                per = stage["process_seconds"] / stage["documents"] * 1000
                line = (f"{args.dataset} {args.length}, {label}: summarize {per:.2f} ms per article (process_seconds / documents, {stage['documents']} documents;"
                      " sumy LexRank: 93 ms per article in issue 5)")
                if args.timing_file:
                    with open(args.timing_file, "a", encoding="utf-8") as out:
                        out.write(line + "\n")
                else:
                    print(line)


def sumy_speed(args):
    """Times sumy LexRank (3 sentences) on pySBD sentences, as the issue's peer figure was measured."""
    import re
    import time
    import pysbd
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    class Words:
        language = "english"

        def to_words(self, sentence):
            return re.findall(r"\w+", sentence)

        def to_sentences(self, paragraph):
            return [paragraph]

    rows = load(args.dataset)[: args.articles]
    segmenter = pysbd.Segmenter(language="en", clean=False)
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    words = Words()
    start = time.perf_counter()
    sentences = [[x for x in segmenter.segment(row["article"]) if x.strip()] for row in rows]
    split = time.perf_counter()
    for sents in sentences:
        summarizer(ObjectDocumentModel([Paragraph([Sentence(x, words) for x in sents])]), 3)
    end = time.perf_counter()
    n = len(rows)
    print(f"- {args.dataset}: sumy LexRank {(end - split) / n * 1000:.1f} ms per article on given sentences"
          f" (+ {(split - start) / n * 1000:.1f} ms pySBD), first {n} articles, measured here")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("dataset", choices=FILES)
    p.add_argument("--length", choices=["3", "ref"], default="3")
    p.add_argument("--presegment", action="store_true", help="add pySBD sentences as a sentences layer")
    p.add_argument("--out", default="-")
    s = sub.add_parser("score")
    s.add_argument("dataset", choices=FILES)
    s.add_argument("documents", help="OUTPUT/documents.jsonl")
    s.add_argument("--length", choices=["3", "ref"], default="3")
    s.add_argument("--run-report", help="OUTPUT/run.json, for the time per article")
    s.add_argument("--timing-file", help="append the time per article here instead of printing it")
    s.add_argument("--label", default="DocPipe", help="the row name for DocPipe's summaries")
    s.add_argument("--rows-only", action="store_true", help="print only DocPipe's row (a second configuration)")
    s.add_argument("--split", action="store_true", help="score the dev half, the held-out half and the whole set, with baselines computed here")
    s.add_argument("--only", choices=["dev"], help="score the dev half alone (for tuning; implies --split)")
    t = sub.add_parser("sumy-speed")
    t.add_argument("dataset", choices=FILES)
    t.add_argument("--articles", type=int, default=50)
    args = parser.parse_args()
    if not os.path.isdir(EVAL_DIR):
        sys.exit(f"evaluation data not found at {EVAL_DIR} (set EVAL_DIR)")
    {"prepare": prepare, "score": score, "sumy-speed": sumy_speed}[args.command](args)


if __name__ == "__main__":
    main()
