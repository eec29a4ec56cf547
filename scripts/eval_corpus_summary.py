#!/usr/bin/env python3
"""Corpus-summary evaluation for DocPipe's summarize stage on news stories without references.

prepare: writes one JSON Lines input per multi-article story of $EVAL_DIR/stories_dev.jsonl.
score:   reads OUT/<story>/{documents.jsonl,corpus.json} and scores DocPipe's corpus summary beside
         two baselines built from the same sentences (DocPipe's `sentences` layer):
         - "first sentences": the first sentence of each article, then the second of each, ... (the
           corpus summary the issue describes: mostly each article's first sentence);
         - "centroid": the sentences closest to the story's TF-IDF centroid, none with a cosine
           above 0.5 to one already taken (Radev et al. 2004, MEAD's core).
         - "sumy LexRank" / "sumy TextRank": sumy 0.13's graph rankers over the same sentences
           (Porter stemmer, English stop words), as the article evaluation's peers.
         Every system gives as many sentences as DocPipe's summary has.
         Stories are split by a fixed rule (`part`): dev when the first byte of sha256(story id) is
         even, else held-out; `score --only dev` prints the dev part alone (for tuning).

Measures (mean over stories; words are rouge-score tokens, Porter-stemmed, English stop words
dropped for the coverage measures):
  shared-1 / shared-2  share of the story's SHARED content covered: words (bigrams) that occur in
                       two or more of its articles, each weighted by the number of articles using it
                       (an automatic pyramid: content several sources report weighs more);
  head R-1 / R-2       rouge-score recall of the story's headlines (all its articles' titles,
                       written by the outlets' editors, never seen by the systems);
  sources              distinct articles cited / min(sentences, articles);
  words                mean summary length in words.
"""
import argparse
import collections
import hashlib
import json
import math
import os
import re
import statistics
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL_DIR = os.environ.get("EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval"))


def stories():
    with open(os.path.join(EVAL_DIR, "stories_dev.jsonl"), encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    grouped = collections.OrderedDict()
    for row in rows:
        if not row["singleton"]:
            grouped.setdefault(row["story"], []).append(row)
    return {k: v for k, v in grouped.items() if len(v) >= 2}


def prepare(args):
    os.makedirs(args.out, exist_ok=True)
    for story, rows in stories().items():
        with open(os.path.join(args.out, story + ".jsonl"), "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps({"id": row["id"], "text": row["text"], "metadata": {}}, ensure_ascii=False) + "\n")


_STEMMER = None


def tokens(text, stem):
    """rouge-score's tokens of a text, Porter-stemmed (as rouge-score stems) when `stem`."""
    global _STEMMER
    from rouge_score import tokenize
    if stem and _STEMMER is None:
        from nltk.stem import porter
        _STEMMER = porter.PorterStemmer()
    return tokenize.tokenize(text, _STEMMER if stem else None)


def content(text, stem, stops):
    return [t for t in tokens(text, stem) if t not in stops and len(t) > 1]


def shared_coverage(summary, articles, stem, stops, n):
    def grams(text):
        words = content(text, stem, stops)
        return set(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    counts = collections.Counter()
    for article in articles:
        counts.update(grams(article))
    shared = {g: c for g, c in counts.items() if c >= 2}
    total = sum(shared.values())
    if not total:
        return None
    have = grams(" ".join(summary))
    return sum(c for g, c in shared.items() if g in have) / total


def centroid_pick(sentences, k, stem, stops):
    bags = [collections.Counter(content(s, stem, stops)) for _, s in sentences]
    df = collections.Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)

    def vector(bag):
        v = {t: (1 + math.log(c)) * math.log(1 + n / df[t]) for t, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        return {t: x / norm for t, x in v.items()}
    vectors = [vector(b) for b in bags]
    centre = collections.Counter()
    for v in vectors:
        centre.update(v)

    def dot(a, b):
        return sum(x * b.get(t, 0) for t, x in a.items())
    order = sorted(range(n), key=lambda i: -dot(vectors[i], centre))
    chosen = []
    for i in order:
        if len(sentences[i][1].split()) < 5 or any(dot(vectors[i], vectors[j]) > 0.5 for j in chosen):
            continue
        chosen.append(i)
        if len(chosen) == k:
            break
    return [sentences[i] for i in sorted(chosen)]


def part(story):
    """dev or held-out, by the first byte of the story id's SHA-256."""
    return "dev" if hashlib.sha256(story.encode()).digest()[0] % 2 == 0 else "held-out"


def sumy_pick(sentences, k, method):
    """sumy's LexRank or TextRank over the given sentences (one per line, so sumy keeps them whole)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    class Words:
        """Words as \\w+ runs (sumy's own tokenizer needs NLTK data), as in eval_summaries.py."""
        language = "english"

        def to_words(self, sentence):
            return re.findall(r"\w+", sentence)

        def to_sentences(self, paragraph):
            return [paragraph]
    tokenizer = Words()
    document = ObjectDocumentModel([Paragraph([Sentence(text, tokenizer) for _, text in sentences])])
    summarizer = (LexRankSummarizer if method == "lexrank" else TextRankSummarizer)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    chosen = {str(s) for s in summarizer(document, k)}
    return [x for x in sentences if x[1] in chosen][:k]


def score(args):
    from rouge_score import rouge_scorer
    from sumy.utils import get_stop_words
    from nltk.stem import porter
    stemmer = porter.PorterStemmer()
    stops = set(stemmer.stem(w) for w in get_stop_words("english")) | set(get_stop_words("english"))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    titles = {row["id"]: row["title"] for rows in stories().values() for row in rows}
    results = collections.defaultdict(lambda: collections.defaultdict(lambda: collections.defaultdict(list)))
    agreements = []
    for story in sorted(os.listdir(args.out)):
        folder = os.path.join(args.out, story)
        with open(os.path.join(folder, "documents.jsonl"), encoding="utf-8") as handle:
            docs = [json.loads(line) for line in handle if line.strip()]
        with open(os.path.join(folder, "corpus.json"), encoding="utf-8") as handle:
            corpus = json.load(handle)
        where = part(story)
        if args.only and where != args.only:
            continue
        summary = corpus.get("summary", {})
        picked = [(c["doc"], c["text"]) for c in summary.get("sentences", [])]
        agreements.append(len(summary.get("agreements") or []))
        k = len(picked)
        if k == 0:
            continue
        per_doc = [[(d["id"], d["text"][s["start"]:s["end"]].strip()) for s in d.get("sentences", [])] for d in docs]
        per_doc = [[x for x in sents if len(x[1].split()) >= 5] for sents in per_doc]
        firsts = []
        depth = 0
        while len(firsts) < k and any(len(s) > depth for s in per_doc):
            for sents in per_doc:
                if len(sents) > depth and len(firsts) < k:
                    firsts.append(sents[depth])
            depth += 1
        everything = [x for sents in per_doc for x in sents]
        systems = {"DocPipe corpus summary": picked, "first sentences": firsts,
                   "centroid": centroid_pick(everything, k, True, stops),
                   "sumy LexRank": sumy_pick(everything, k, "lexrank"),
                   "sumy TextRank": sumy_pick(everything, k, "textrank")}
        articles = [d["text"] for d in docs]
        headlines = "\n".join(titles[d["id"]] for d in docs)
        for name, chosen in systems.items():
            texts = [t for _, t in chosen]
            r = results[where][name]
            for n in (1, 2):
                value = shared_coverage(texts, articles, True, stops, n)
                if value is not None:
                    r[f"shared-{n}"].append(value * 100)
            rouge = scorer.score(headlines, " ".join(texts))
            r["head R-1"].append(rouge["rouge1"].recall * 100)
            r["head R-2"].append(rouge["rouge2"].recall * 100)
            r["sources"].append(len({d for d, _ in chosen}) / min(k, len(docs)) * 100)
            r["words"].append(sum(len(t.split()) for t in texts))
    columns = ["shared-1", "shared-2", "head R-1", "head R-2", "sources", "words"]
    parts = [p for p in ("dev", "held-out") if p in results]
    for where in parts + (["all"] if len(parts) > 1 else []):
        chosen = [results[p] for p in parts] if where == "all" else [results[where]]
        count = sum(len(r["DocPipe corpus summary"]["words"]) for r in chosen)
        print(f"| corpus summary, {where} ({count} stories of stories_dev) | " + " | ".join(columns) + " |")
        print("|---" * (len(columns) + 1) + "|")
        for name in chosen[0]:
            print(f"| {name} | " + " | ".join(f"{statistics.fmean([v for r in chosen for v in r[name][c]]):.1f}" for c in columns) + " |")
        print()
    print(f"DocPipe: {statistics.fmean(agreements):.1f} agreement groups per story on average;"
          f" {sum(1 for a in agreements if a)} of {len(agreements)} stories have at least one.")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--out", required=True)
    s = sub.add_parser("score")
    s.add_argument("out", help="folder of per-story output folders")
    s.add_argument("--only", choices=["dev", "held-out"], help="score one part of the stories only")
    args = parser.parse_args()
    {"prepare": prepare, "score": score}[args.command](args)


if __name__ == "__main__":
    main()
