"""Trains extract's entity typer (Sources/ExtractStage/EntityTyper.swift) on public annotated text.

The typer re-types the mentions the rules find as PER, ORG, LOC or other, from the features
extract computes itself (EntityFeatures.swift): a docpipe binary run with DOCPIPE_ENTITY_FEATURES
set writes every mention's rules' label (before the typer, so any build will do), canonical name
and feature names. This script:

  1. rebuilds the training documents' texts from their tokens (scripts/eval_conll.py's rebuild):
     CoNLL-2003 English train (Reuters, research terms; never dev or test) and the Broad Twitter
     Corpus (CC-BY 4.0, each tweet a document), and the dev sets the margin is chosen on:
     CoNLL-2003 dev and the WikiGold dev half (even documents; the check half is never read);
  2. runs docpipe (pipeline scripts/eval/entities-conll.yaml) on each set with the export on;
  3. gives each training mention a target: the type of the gold PER/ORG/LOC span it overlaps most
     (its exact span, else the largest overlap), else "other" (MISC, not a name, a stray word);
  4. fits a multinomial logistic regression (numpy, L2, full-batch Adam) over the hashed feature
     names (FNV-1a, 32 bits, as Swift hashes them), without the rules' label unless
     --with-rule-features; features seen fewer than --min-count times are dropped, and so are
     weights below --prune after training;
  5. simulates the stage on the dev sets for each margin (mentions of one entity average their
     scores, the model's kind replaces the rules' only by the margin, and in mode "demote", the
     stage's, never gives a type to a name the rules left as NORP/MISC) and reports exact-span F1;
  6. with --write-swift MARGIN, writes Sources/ExtractStage/Generated/EntityTyperWeights.swift.

The dev sets choose the margin and the regularisation only; they are never trained on.
"""
import argparse
import functools
import base64
import json
import os
import struct
import subprocess
import sys
import tempfile
from collections import defaultdict

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_conll import alignment, read_conll, rebuild, score  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["PER", "ORG", "LOC", "OTHER"]
KIND_OF_LABEL = {"PERSON": 0, "ORG": 1, "GPE": 2, "LOC": 2, "FAC": 2, "NORP": 3, "MISC": 3}
BTC_SECTIONS = ["a", "b", "e", "f", "g", "h"]


@functools.lru_cache(maxsize=None)
def fnv1a32(text):
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def fnv1a64_name(text):
    """The export file's name: FNV-1a (64 bits) over the cleaned text's code points (SpeakerFeatureExport)."""
    value = 0xCBF29CE484222325
    for char in text:
        value = ((value ^ ord(char)) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return format(value, "x") + ".jsonl"


def conll_documents(path, prefix, keep=None):
    texts, gold = {}, {}
    for index, document in enumerate(read_conll(path)):
        if keep is not None and not keep(index):
            continue
        key = f"{prefix}-{index:04d}"
        texts[key], gold[key] = rebuild(document)
    return texts, gold


def tweet_documents(paths):
    """Each tweet of the Broad Twitter Corpus (CoNLL form, tweets separated by blank lines) a document."""
    texts, gold = {}, {}
    count = 0
    for path in paths:
        for sentences in read_conll(path):
            for sentence in sentences:
                key = f"btc-{count:05d}"
                texts[key], gold[key] = rebuild([sentence])
                count += 1
    return texts, gold


def run_docpipe(docpipe, texts, work, reuse):
    """Runs docpipe with the feature export on; returns per document (cleaned text, entities, export rows)."""
    out = os.path.join(work, "out")
    features = os.path.join(work, "features")
    lines = "".join(json.dumps({"id": key, "text": text}) + "\n" for key, text in texts.items())
    env = dict(os.environ, DOCPIPE_ENTITY_FEATURES=features)
    if not (reuse and os.path.exists(os.path.join(out, "documents.jsonl"))):
        subprocess.run([docpipe, "run", os.path.join(ROOT, "scripts", "eval", "entities-conll.yaml"), "--input", "-",
                        "--output", out, "--quiet", "--no-cache"], input=lines.encode("utf-8"), check=True, env=env)
    result = {}
    with open(os.path.join(out, "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            doc = json.loads(line)
            rows = {}
            path = os.path.join(features, fnv1a64_name(doc["text"]))
            if os.path.exists(path):
                with open(path, encoding="utf-8") as rows_file:
                    for row_line in rows_file:
                        row = json.loads(row_line)
                        rows[(row["start"], row["end"])] = row
            result[doc["id"]] = (doc["text"], doc.get("entities", []), rows)
    return result


def to_original(start, end, mapping):
    if mapping is None:
        return start, end
    first, last = mapping[start], mapping[end - 1] if end > start else None
    if first is None or last is None:
        return None
    return first, last + 1


def target(span, gold_spans):
    if span is None:
        return 3
    start, end = span
    best, overlap = 3, 0
    for g_start, g_end, kind in gold_spans:
        if (g_start, g_end) == (start, end):
            return KINDS.index(kind)
        shared = min(end, g_end) - max(start, g_start)
        if shared > overlap:
            best, overlap = KINDS.index(kind), shared
    return best


def is_rule_feature(name):
    return name.startswith("rule=") or "|rule=" in name


def samples(texts, gold, runs, drop_rule):
    rows, targets = [], []
    for key, text in texts.items():
        cleaned, _, exported = runs[key]
        mapping = alignment(cleaned, text)
        for (start, end), row in sorted(exported.items()):
            rows.append([fnv1a32(name) for name in row["features"] if not (drop_rule and is_rule_feature(name))])
            targets.append(target(to_original(start, end, mapping), gold[key]))
    return rows, np.array(targets)


class Model:
    def __init__(self, weights):
        self.weights = weights

    def scores(self, names):
        total = np.zeros(4)
        for name in names:
            value = self.weights.get(fnv1a32(name))
            if value is not None:
                total += value
        return total


def fit(rows, targets, min_count, l2, iterations, sample_weight):
    counts = defaultdict(int)
    for row in rows:
        for h in set(row):
            counts[h] += 1
    kept = sorted(h for h, n in counts.items() if n >= min_count)
    column = {h: i for i, h in enumerate(kept)}
    indices, lengths = [], []
    for row in rows:
        cols = sorted({column[h] for h in row if h in column})
        indices.extend(cols)
        lengths.append(len(cols))
    indices = np.array(indices, dtype=np.int64)
    lengths = np.array(lengths)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    n, f = len(rows), len(kept)
    y = np.zeros((n, 4))
    y[np.arange(n), targets] = 1
    w = np.zeros((f, 4))
    m, v = np.zeros_like(w), np.zeros_like(w)
    beta1, beta2, rate = 0.9, 0.999, 0.05
    sample_weight = sample_weight / sample_weight.sum()
    for step in range(1, iterations + 1):
        logits = np.add.reduceat(w[indices], starts, axis=0)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g_rows = (p - y) * sample_weight[:, None]
        spread = np.repeat(g_rows, lengths, axis=0)
        grad = np.stack([np.bincount(indices, weights=spread[:, c], minlength=f) for c in range(4)], axis=1) + l2 * w
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        w -= rate * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + 1e-8)
    return {h: w[i] for h, i in column.items()}


def prune(weights, threshold):
    return {h: value for h, value in weights.items() if np.abs(value).max() >= threshold}


def mention_scores(model, runs):
    """Each exported mention's scores under a model, by document and span."""
    return {key: {span: model.scores(row["features"]) for span, row in exported.items()}
            for key, (_, _, exported) in runs.items()}


def simulate(scores, texts, gold, runs, alignments, margin, mode="all"):
    """The stage's relabelling replayed on exported mentions; returns eval_conll's score dict."""
    predicted = {}
    for key, text in texts.items():
        cleaned, entities, exported = runs[key]
        groups = defaultdict(list)
        for span, row in exported.items():
            if span in scores[key]:
                groups[(row["canonical"], row["label"])].append(scores[key][span])
        averages = {group: np.mean(values, axis=0) for group, values in groups.items()}
        spans = []
        for entity in entities:
            row = exported.get((entity["start"], entity["end"]))
            kind = KIND_OF_LABEL[row["label"] if row is not None else entity["label"]]
            if row is not None and scores[key]:
                average = averages[(row["canonical"], row["label"])]
                allowed = average.copy()
                if mode in ("types", "promote"):
                    allowed[3] = -np.inf
                best = int(np.argmax(allowed))
                if mode in ("types", "demote") and kind == 3:
                    best = kind
                if best != kind and average[best] - average[kind] >= margin:
                    kind = best
            if kind == 3:
                continue
            spans.append((entity["start"], entity["end"], kind))
        mapped = []
        for start, end, kind in spans:
            original = to_original(start, end, alignments[key])
            if original is not None:
                mapped.append((original[0], original[1], KINDS[kind]))
        predicted[key] = mapped
    return score(gold, predicted)


def write_swift(weights, margin, path, note):
    items = sorted(weights.items())
    largest = max(float(np.abs(value).max()) for _, value in items)
    scale = largest / 32767
    packed = bytearray()
    for h, value in items:
        packed += struct.pack("<I4h", h, *[int(round(x / scale)) for x in value])
    encoded = base64.b64encode(bytes(packed)).decode("ascii")
    lines = [encoded[i:i + 120] for i in range(0, len(encoded), 120)]
    body = "\\\n".join(lines)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("// Generated by scripts/train_entity_typer.py; do not edit by hand.\n\n")
        handle.write(f"/// The entity typer's weights: {len(items)} hashed features, {note}.\n")
        handle.write("enum EntityTyperWeights {\n")
        handle.write("    /// Base64 of 12-byte records: feature hash (UInt32) and four Int16 weights, little-endian.\n")
        handle.write(f'    static let packed = """\n{body}\n"""\n')
        handle.write("    /// What one unit of a packed weight is worth.\n")
        handle.write(f"    static let scale: Float = {scale!r}\n")
        handle.write("    /// How much better than the rules' kind the model's kind must score to replace it.\n")
        handle.write(f"    static let margin: Float = {margin!r}\n")
        handle.write("}\n")
    return len(items), len(packed)


def table_row(name, s):
    return (f"| {name} | {s['ALL']['f1']:.3f} | {s['ALL']['precision']:.3f} | {s['ALL']['recall']:.3f} | "
            f"{s['PER']['f1']:.3f} | {s['ORG']['f1']:.3f} | {s['LOC']['f1']:.3f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docpipe", default=os.path.join(ROOT, ".build", "release", "docpipe"))
    parser.add_argument("--conll-dir", default=os.environ.get("CONLL_DIR", os.path.join(ROOT, "..", "conll2003")))
    parser.add_argument("--btc-dir", default=os.environ.get("BTC_DIR", os.path.join(ROOT, "..", "btc")))
    parser.add_argument("--wikigold-dir", default=os.environ.get("WIKIGOLD_DIR", os.path.join(ROOT, "..", "wikigold")))
    parser.add_argument("--work", default=None, help="folder for docpipe's runs (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="reuse the docpipe runs already in --work")
    parser.add_argument("--with-rule-features", action="store_true",
                        help="train with the rules' label among the features (it then learns to copy the rules)")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--l2", default="0.0001", help="comma-separated L2 strengths to try")
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--btc-weight", type=float, default=1.0, help="weight of a tweet's mention against a CoNLL one")
    parser.add_argument("--prune", type=float, default=0.05)
    parser.add_argument("--margins", default="1,1.5,2,2.5,3")
    parser.add_argument("--modes", default="demote", help="all (any kind may replace any), types (PER/ORG/LOC among themselves), promote (also OTHER to a type, never a type to OTHER), demote (a type to any kind, OTHER stays)")
    parser.add_argument("--write-swift", type=float, default=None, metavar="MARGIN")
    args = parser.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="entity-typer-")
    sets = {
        "conll-train": conll_documents(os.path.join(args.conll_dir, "train.txt"), "train"),
        "btc": tweet_documents([os.path.join(args.btc_dir, f"{s}.conll") for s in BTC_SECTIONS]),
        "conll-dev": conll_documents(os.path.join(args.conll_dir, "valid.txt"), "dev"),
        "wikigold-dev": conll_documents(os.path.join(args.wikigold_dir, "wikigold.conll.txt"), "wikigold", keep=lambda i: i % 2 == 0),
    }
    runs = {}
    for name, (texts, _) in sets.items():
        runs[name] = run_docpipe(args.docpipe, texts, os.path.join(work, name), args.reuse)
        print(f"{name}: {len(texts)} documents, {sum(len(r[2]) for r in runs[name].values())} mentions", file=sys.stderr)

    rows, targets, weights = [], [], []
    for name in ("conll-train", "btc"):
        texts, gold = sets[name]
        r, t = samples(texts, gold, runs[name], not args.with_rule_features)
        rows += r
        targets.append(t)
        weights.append(np.full(len(r), args.btc_weight if name == "btc" else 1.0))
        print(f"{name}: targets " + ", ".join(f"{k} {int((t == i).sum())}" for i, k in enumerate(KINDS)), file=sys.stderr)
    targets = np.concatenate(targets)
    sample_weight = np.concatenate(weights)

    margins = [float(x) for x in args.margins.split(",")]
    dev_sets = ("conll-dev", "wikigold-dev")
    alignments = {name: {key: alignment(runs[name][key][0], text) for key, text in sets[name][0].items()} for name in dev_sets}
    best = None
    print("| dev set, margin | F1 | P | R | PER F1 | ORG F1 | LOC F1 |")
    print("|---|---|---|---|---|---|---|")
    for name in dev_sets:
        empty = {key: {} for key in runs[name]}
        print(table_row(f"{name}, rules", simulate(empty, *sets[name], runs[name], alignments[name], 0)))
    for l2 in [float(x) for x in args.l2.split(",")]:
        model = Model(prune(fit(rows, targets, args.min_count, l2, args.iterations, sample_weight), args.prune))
        print(f"| L2 {l2}: {len(model.weights)} features after pruning | | | | | | |")
        scores = {name: mention_scores(model, runs[name]) for name in dev_sets}
        for mode in args.modes.split(","):
            for margin in margins:
                results = [simulate(scores[name], *sets[name], runs[name], alignments[name], margin, mode) for name in dev_sets]
                for name, result in zip(dev_sets, results):
                    print(table_row(f"{name}, {mode}, {margin}", result))
                mean = sum(r["ALL"]["f1"] for r in results) / 2
                if best is None or mean > best[0]:
                    best = (mean, l2, margin, model, mode)
        sys.stdout.flush()
    print(f"\nbest mean dev F1 {best[0]:.3f}: L2 {best[1]}, margin {best[2]}, mode {best[4]}")
    if args.write_swift is not None:
        model = best[3]
        path = os.path.join(ROOT, "Sources", "ExtractStage", "Generated", "EntityTyperWeights.swift")
        note = (f"L2 {best[1]}, min count {args.min_count}, pruned below {args.prune}; trained on CoNLL-2003 train and the "
                f"Broad Twitter Corpus")
        count, size = write_swift(model.weights, args.write_swift, path, note)
        print(f"wrote {path}: {count} features, {size} bytes packed")


if __name__ == "__main__":
    main()
