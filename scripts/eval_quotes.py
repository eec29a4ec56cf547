"""Scores DocPipe's quotes and speakers against the hand-annotated dev set, beside a nearest-name baseline.

Gold: scripts/eval-data/quotes-dev.jsonl, or with --gold the second and third dev sets
(quotes-dev2.jsonl, quotes-dev3.jsonl, quotes-dev4.jsonl, quotes-dev5.jsonl, quotes-dev6.jsonl, and
quotes-dev7.jsonl, whose articles come from extraction_dev.jsonl's `body` and stories_dev.jsonl's `text`,
quotes-dev8.jsonl, 29 single-quoted Daily Mail articles, and quotes-dev9.jsonl, 28 mixed-style articles, and quotes-dev10.jsonl, 47 articles chosen for single quotes, and quotes-dev11.jsonl, 30 articles chosen for many speakers and long quotes, and quotes-dev12.jsonl, 37
single-quoted Daily Mail articles of the CNN/DailyMail training split that carry their own text, and quotes-dev13.jsonl,
34 Daily Mail and CNN articles of the training and validation splits that carry theirs, and quotes-dev14.jsonl,
26 single-quoted Daily Mail articles of the training split that carry theirs), the first check set scripts/eval-data/quotes-check.jsonl
(a dev set since extract version 11's round) or the held-out set quotes-check2.jsonl
(see scripts/eval-data/README.md): every quotation of the
news articles with its speaker (full name, or the organisation), the speaker's kind and whether
the quote is single-quoted. The articles themselves are read from EVAL_DIR (default
../shared/eval relative to the repository root) and never copied into the repository, except
dev12's, dev13's and dev14's, which no file there holds: their lines carry their article in an `article` field.

What it does: sends the articles as JSON Lines through the release docpipe with
scripts/eval/quotes.yaml (clean -> segment -> extract -> export jsonl), finds every gold quote in
the cleaned text DocPipe produced (its n-th occurrence, whitespace runs matched loosely), and
scores the `quotes` layer:

* quote detected: a predicted quote matches a gold quote when their character spans overlap.
  Recall = gold quotes overlapped by some prediction; precision = predictions overlapping some gold
  quote. One prediction may cover several gold pieces (a quote running over several paragraphs is
  annotated piece by piece) and count for each.
* quote with the right speaker: as above, and the predicted speaker matches the gold one. A
  person matches when the normalised names are equal, or when the prediction contains the gold
  surname and no word that is not in the gold name ("Woods" and "Tiger Woods" match
  "Tiger Woods"; "Tiger" does not). An organisation matches when either name's words contain the
  other's (the shorter having at least two words) or an alias (an acronym) is equal. Any speaker
  also matches an alias of the gold's `speaker_aliases` exactly (a person the article also calls by
  a given name or surname-first form, "Lula" or "Lau", or spells two ways). A gold quote
  with no named speaker (a crowd, an anonymous source) matches a prediction with no speaker.
  Normalisation: diacritics dropped, lower case, titles (Mr, Dr, Professor...), a leading "the",
  possessive 's, punctuation and suffixes (Jr, III) removed.
* breakdowns: single-quoted / double-quoted (gold by its `single` flag; predictions by the mark
  before them in the cleaned text), organisation speakers (gold of kind organisation;
  predictions overlapping one, or labelled ORG) and person speakers (the same with kind person
  and label PERSON).
* nearest-name baseline: DocPipe's own quote spans, each given the canonical name of the PERSON
  entity nearest to it (by characters, outside any quote) in the same DocPipe output.

Prints a markdown table, then (except for the held-out check2) the wrong speakers by kind (another speaker of the article, a
non-speaker, a longer or shorter name of the right person, none) and the articles where most gold
quotes are wrong, then detection errors (gold quotes missed, spurious predictions) apart from
attribution errors (detected with a wrong name or with no speaker) for all, single- and
double-quoted quotes, with the chains among them (runs of two or more consecutive gold quotes given
the same wrong name); writes every miss, false alarm and wrong speaker to OUTPUT/quote-errors.txt
and the figures to OUTPUT/quote-scores.json (the breakdown to OUTPUT/quote-error-breakdown.json).
"""
import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = {"cnndm": "summ_cnndm.jsonl", "bbc": "summ_bbc.jsonl"}
# Source files whose article text is not in the `article` field: dev7 reads the article-extraction
# benchmark's ground-truth bodies and the Straits Times / CNA stories (see scripts/eval-data/README.md).
EXTRA_SETS = {"extraction": ("extraction_dev.jsonl", "body"), "stories": ("stories_dev.jsonl", "text")}
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "judge",
    "president", "senator", "sen", "rep", "governor", "gov", "mayor", "general", "gen", "captain", "capt",
    "rev", "reverend", "father", "sister", "detective", "inspector", "officer", "chief", "coach", "justice",
    "the",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
SINGLE_MARKS = "'\u2018\u2019"


def words(name):
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    tokens = re.findall(r"[a-z0-9]+", text)
    while tokens and tokens[0] in TITLES:
        tokens = tokens[1:]
    while tokens and tokens[-1] in SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def speaker_matches(predicted, gold_quote):
    gold = gold_quote["speaker"]
    if gold is None:
        return not predicted
    if not predicted:
        return False
    p = words(predicted)
    g = words(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    for alias in gold_quote.get("speaker_aliases", []):
        if p == words(alias):
            return True
    if gold_quote["kind"] == "organisation":
        shorter, longer = (p, g) if len(p) <= len(g) else (g, p)
        return len(shorter) >= 2 and all(w in longer for w in shorter)
    return g[-1] in p and all(w in g for w in p)


def select_articles(eval_dir, keys):
    wanted = {(s, i) for s, i in keys}
    found = {}
    sources = {name: (file_name, "article") for name, file_name in SETS.items()}
    sources.update(EXTRA_SETS)
    for set_name, (file_name, field) in sources.items():
        if not any(s == set_name for s, _ in wanted):
            continue
        with open(os.path.join(eval_dir, file_name), encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    if (set_name, row["id"]) in wanted:
                        found[(set_name, row["id"])] = row[field]
    missing = wanted - set(found)
    if missing:
        sys.exit(f"articles missing from {eval_dir}: {sorted(missing)[:3]}")
    return found


def load_gold(path):
    """The gold quotes of a set file, by "set:id" key."""
    gold = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                gold[f"{row['set']}:{row['id']}"] = row["quotes"]
    return gold


def embedded_articles(path):
    """The article texts a set file carries itself (field `article`, as dev12 does: its articles are
    in no file of EVAL_DIR), by (set, id)."""
    found = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                if "article" in row:
                    found[(row["set"], row["id"])] = row["article"]
    return found


def run_docpipe(docpipe, pipeline, articles, out, env=None):
    """Runs docpipe over the articles (keyed by (set, id)) and returns its documents by id."""
    lines = "".join(json.dumps({"id": f"{s}:{i}", "text": text}, ensure_ascii=False) + "\n"
                    for (s, i), text in sorted(articles.items()))
    subprocess.run([docpipe, "run", pipeline, "--input", "-", "--output", out, "--quiet", "--no-cache"],
                   input=lines.encode("utf-8"), check=True, env=env)
    docs = {}
    with open(os.path.join(out, "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                docs[doc["id"]] = doc
    return docs


def locate(text, quote):
    """The [start, end) of the gold quote's n-th occurrence in the cleaned text, or None."""
    pattern = r"\s+".join(re.escape(part) for part in quote["text"].split())
    matches = list(re.finditer(pattern, text))
    index = quote.get("occurrence", 0)
    if index < len(matches):
        return matches[index].start(), matches[index].end()
    return None


def overlaps(a, b):
    return min(a[1], b[1]) > max(a[0], b[0])


def nearest_person(doc, span, quote_spans):
    best = None
    for entity in doc.get("entities", []):
        if entity["label"] != "PERSON":
            continue
        if any(overlaps((entity["start"], entity["end"]), q) for q in quote_spans):
            continue
        distance = span[0] - entity["end"] if entity["end"] <= span[0] else entity["start"] - span[1]
        if distance < 0:
            continue
        if best is None or distance < best[0]:
            best = (distance, entity.get("canonical") or entity["text"])
    return best[1] if best else None


def prf(tp_p, n_pred, tp_r, n_gold):
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "pred": n_pred, "gold": n_gold}


def score(docs, gold_by_key, speaker_of, category=None):
    """P/R/F1 of detection and of quote-with-right-speaker over the gold quotes and predictions in a category."""
    n_gold = n_pred = det_r = det_p = spk_r = spk_p = 0
    for key, doc in docs.items():
        text = doc["text"]
        golds = [g for g in gold_by_key[key] if g["span"] is not None]
        preds = doc.get("quotes", [])
        for g in golds:
            if category and not category(g, None, text):
                continue
            n_gold += 1
            hits = [p for p in preds if overlaps((p["start"], p["end"]), g["span"])]
            det_r += bool(hits)
            spk_r += any(speaker_matches(speaker_of(doc, p), g) for p in hits)
        for p in preds:
            span = (p["start"], p["end"])
            hits = [g for g in golds if overlaps(span, g["span"])]
            if category and not category(hits[0] if hits else None, p, text):
                continue
            n_pred += 1
            det_p += bool(hits)
            spk_p += any(speaker_matches(speaker_of(doc, p), g) for g in hits)
    return {"detected": prf(det_p, n_pred, det_r, n_gold), "speaker": prf(spk_p, n_pred, spk_r, n_gold)}


BRITISH = str.maketrans({"\u201c": "\u2018", "\u201d": "\u2019", '"': "'"})


def british_style(articles, gold):
    """The articles and gold with every double quotation mark turned single (“ ” " → ‘ ’ '): quotes
    written as before, but in British style. Every gold quote then counts as single-quoted."""
    articles = {key: text.translate(BRITISH) for key, text in articles.items()}
    for quotes in gold.values():
        for quote in quotes:
            quote["text"] = quote["text"].translate(BRITISH)
            quote["single"] = True
    return articles, gold


def is_single_mark(text, start):
    return start > 0 and text[start - 1] in SINGLE_MARKS


CATEGORIES = {
    "single-quoted": lambda g, p, text: g["single"] if g else is_single_mark(text, p["start"]),
    "double-quoted": lambda g, p, text: (not g["single"]) if g else not is_single_mark(text, p["start"]),
    "organisation speakers": lambda g, p, text: (g["kind"] == "organisation") if g
    else (p.get("speaker_label") == "ORG"),
    "person speakers": lambda g, p, text: (g["kind"] == "person") if g
    else (p.get("speaker_label") == "PERSON"),
}


# Sets scored for the table only: no error list, no per-article breakdown (nobody tunes on them).
HELD_OUT_SETS = {"quotes-check2"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", default=os.environ.get("EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval")))
    parser.add_argument("--docpipe", default=os.path.join(ROOT, ".build", "release", "docpipe"))
    parser.add_argument("--output", default=os.path.join(ROOT, "out", "eval-quotes"))
    parser.add_argument("--gold", default=os.path.join(ROOT, "scripts", "eval-data", "quotes-dev.jsonl"))
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "scripts", "eval", "quotes.yaml"))
    parser.add_argument("--style", choices=["as-written", "british"], default=os.environ.get("STYLE", "as-written"),
                        help="british: turn every double quotation mark of the articles and the gold into a single one "
                             "first, so a set shows what single marks alone cost")
    args = parser.parse_args()
    out = os.path.abspath(args.output)
    os.makedirs(out, exist_ok=True)

    gold = load_gold(args.gold)
    articles = embedded_articles(args.gold)
    articles.update(select_articles(args.eval_dir, [key.split(":", 1) for key in gold
                                                    if tuple(key.split(":", 1)) not in articles]))
    if args.style == "british":
        articles, gold = british_style(articles, gold)
    docs = run_docpipe(args.docpipe, args.pipeline, articles, out)
    if set(docs) != set(gold):
        sys.exit(f"docpipe produced {len(docs)} documents for {len(gold)} articles")

    unplaced = []
    for key, quotes in gold.items():
        for quote in quotes:
            quote["span"] = locate(docs[key]["text"], quote)
            if quote["span"] is None:
                unplaced.append((key, quote["text"][:60]))

    def docpipe_speaker(doc, p):
        return p.get("speaker")

    def baseline_speaker(doc, p):
        spans = [(q["start"], q["end"]) for q in doc.get("quotes", [])]
        return nearest_person(doc, (p["start"], p["end"]), spans)

    systems = {"DocPipe": docpipe_speaker, "nearest-name baseline": baseline_speaker}
    results = {}
    for name, speaker_of in systems.items():
        results[name] = {"all": score(docs, gold, speaker_of)}
        for label, category in CATEGORIES.items():
            results[name][label] = score(docs, gold, speaker_of, category)

    n_quotes = sum(len(q) for q in gold.values())
    set_name = os.path.splitext(os.path.basename(args.gold))[0]
    print(f"# Quotes and speakers, {set_name}: {len(gold)} articles, {n_quotes} gold quotes "
          f"({sum(q['single'] for v in gold.values() for q in v)} single-quoted, "
          f"{sum(q['kind'] == 'organisation' for v in gold.values() for q in v)} organisation speakers, "
          f"{sum(q['speaker'] is None for v in gold.values() for q in v)} unnamed)\n")
    if unplaced:
        print(f"{len(unplaced)} gold quotes not found in the cleaned text (counted as misses): {unplaced[:3]}\n")
    print("| system | subset | quote + right speaker P / R / F1 | quote detected P / R / F1 |")
    print("|---|---|---|---|")
    for name, by_subset in results.items():
        for subset, figures in by_subset.items():
            s, d = figures["speaker"], figures["detected"]
            print(f"| {name} | {subset} ({d['gold']} gold, {d['pred']} predicted) | "
                  f"{s['p']:.3f} / {s['r']:.3f} / **{s['f1']:.3f}** | {d['p']:.3f} / {d['r']:.3f} / {d['f1']:.3f} |")

    with open(os.path.join(out, "quote-scores.json"), "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)
    if set_name in HELD_OUT_SETS:
        print(f"\n{set_name} is held out: its errors and breakdown are not written, only the table above.")
        with contextlib.suppress(FileNotFoundError):
            os.remove(os.path.join(out, "quote-errors.txt"))
        return
    with open(os.path.join(out, "quote-errors.txt"), "w", encoding="utf-8") as handle:
        for key in sorted(docs):
            doc, text = docs[key], docs[key]["text"]
            handle.write(f"##### {key}\n")
            preds = doc.get("quotes", [])
            for g in gold[key]:
                if g["span"] is None:
                    handle.write(f"UNPLACED  {g['text'][:80]!r}\n")
                    continue
                hits = [p for p in preds if overlaps((p["start"], p["end"]), g["span"])]
                if not hits:
                    context = text[max(0, g["span"][0] - 70):g["span"][0]].replace("\n", " / ")
                    handle.write(f"MISSED    [{g['speaker']}] ...{context}<<{g['text'][:70]}>>\n")
                elif not any(speaker_matches(p.get("speaker"), g) for p in hits):
                    handle.write(f"SPEAKER   gold [{g['speaker']}] got {[p.get('speaker') for p in hits]} "
                                 f"<<{g['text'][:70]}>>\n")
            for p in preds:
                if not any(overlaps((p["start"], p["end"]), g["span"]) for g in gold[key] if g["span"]):
                    context = text[max(0, p["start"] - 50):p["start"]].replace("\n", " / ")
                    handle.write(f"FALSE     [{p.get('speaker')}] ...{context}<<{p['text'][:70]}>>\n")
    print_breakdown(docs, gold)
    breakdowns = {"all": error_breakdown(docs, gold)}
    for label in ("single-quoted", "double-quoted"):
        breakdowns[label] = error_breakdown(docs, gold, CATEGORIES[label])
    print_error_breakdown(breakdowns)
    with open(os.path.join(out, "quote-error-breakdown.json"), "w", encoding="utf-8") as handle:
        json.dump(breakdowns, handle, indent=2)
    print(f"\nErrors: {os.path.join(out, 'quote-errors.txt')}")


def wrong_speaker_kind(predicted, gold_quote, article_golds):
    """Why a detected gold quote has the wrong speaker: `none` (no speaker given), `other speaker`
    (a speaker of another gold quote of the same article), `longer/shorter name` (a name sharing a
    word with the right one: "Charlotte" or "Professor X of Y" for "X"), or `non-speaker`."""
    if not predicted:
        return "none"
    others = [g for g in article_golds if g["speaker"] and g["speaker"] != gold_quote["speaker"]]
    if any(speaker_matches(predicted, g) for g in others):
        return "other speaker"
    if gold_quote["speaker"] and set(words(predicted)) & set(words(gold_quote["speaker"])):
        return "longer/shorter name"
    return "non-speaker"


def error_breakdown(docs, gold, category=None):
    """Detection errors apart from attribution errors over the gold quotes (and predictions) of a
    category, and the chains among the attribution errors.

    Detection: gold quotes no prediction overlaps (`missed`) and predictions that overlap no gold
    quote (`spurious`). Attribution: detected gold quotes whose speaker is wrong, split into a wrong
    name (`wrong_named`) and no speaker where the gold names one (`no_speaker`). A chain is a run of
    two or more gold quotes of an article, consecutive in text order among the category's gold
    quotes, all detected and given the same wrong name (normalised words): one early decision
    carried through a run of quotes. `chains`, `chain_quotes` and `longest_chain` count them."""
    counts = {"gold": 0, "right": 0, "missed": 0, "wrong_named": 0, "no_speaker": 0, "spurious": 0,
              "chains": 0, "chain_quotes": 0, "longest_chain": 0}
    for key, doc in docs.items():
        text = doc["text"]
        preds = doc.get("quotes", [])
        golds = sorted((g for g in gold[key] if g["span"] is not None
                        and (category is None or category(g, None, text))), key=lambda g: g["span"])
        run_name, run_length = None, 0

        def close_run():
            if run_length >= 2:
                counts["chains"] += 1
                counts["chain_quotes"] += run_length
                counts["longest_chain"] = max(counts["longest_chain"], run_length)

        for g in golds:
            counts["gold"] += 1
            hits = [p for p in preds if overlaps((p["start"], p["end"]), g["span"])]
            wrong_name = None
            if not hits:
                counts["missed"] += 1
            elif any(speaker_matches(p.get("speaker"), g) for p in hits):
                counts["right"] += 1
            elif hits[0].get("speaker"):
                counts["wrong_named"] += 1
                wrong_name = tuple(words(hits[0]["speaker"]))
            else:
                counts["no_speaker"] += 1
            if wrong_name is not None and wrong_name == run_name:
                run_length += 1
            else:
                close_run()
                run_name, run_length = wrong_name, 1 if wrong_name is not None else 0
        close_run()
        all_golds = [g for g in gold[key] if g["span"] is not None]
        for p in preds:
            if category and not category(None, p, text):
                continue
            if not any(overlaps((p["start"], p["end"]), g["span"]) for g in all_golds):
                counts["spurious"] += 1
    return counts


def print_error_breakdown(breakdowns):
    """Prints detection against attribution errors, and chains of one wrong name, by subset."""
    print("\n| subset | gold | right | missed (detection) | spurious (detection) | wrong name (attribution) "
          "| no speaker (attribution) | chains of one wrong name: runs / quotes / longest |")
    print("|---|---|---|---|---|---|---|---|")
    for subset, c in breakdowns.items():
        print(f"| {subset} | {c['gold']} | {c['right']} | {c['missed']} | {c['spurious']} | {c['wrong_named']} "
              f"| {c['no_speaker']} | {c['chains']} / {c['chain_quotes']} / {c['longest_chain']} |")


def print_breakdown(docs, gold):
    """Prints the wrong speakers by kind and the articles where most gold quotes are wrong."""
    kinds = {"other speaker": 0, "non-speaker": 0, "longer/shorter name": 0, "none": 0}
    missed = 0
    articles = []
    for key in sorted(docs):
        preds = docs[key].get("quotes", [])
        golds = [g for g in gold[key] if g["span"] is not None]
        right = 0
        for g in golds:
            hits = [p for p in preds if overlaps((p["start"], p["end"]), g["span"])]
            if not hits:
                missed += 1
            elif any(speaker_matches(p.get("speaker"), g) for p in hits):
                right += 1
            else:
                kinds[wrong_speaker_kind(hits[0].get("speaker"), g, golds)] += 1
        articles.append((key, right, len(gold[key])))
    print("\nWrong speakers of detected gold quotes: " + ", ".join(f"{n} {kind}" for kind, n in kinds.items())
          + f"; {missed} gold quotes not detected.")
    failing = [(key, right, total) for key, right, total in articles if total >= 2 and right * 2 < total]
    print(f"Articles with most of their quotes wrong ({len(failing)} of {len(articles)}): "
          + (", ".join(f"{key.split(':', 1)[1][:16]} {right}/{total}" for key, right, total in failing) or "none"))


if __name__ == "__main__":
    main()
