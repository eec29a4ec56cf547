#!/usr/bin/env python3
"""Scores DocPipe's converted-and-cleaned text against hand-written expected text, per format.

The corpus and the expected text are in scripts/eval-data/formats/ (README.md there):
manifest.tsv names each document, its format, the part of it that has expected text
(`page=N`, `part=PATH`, `until=TEXT` or `all`) and the expected-text file in gold/.

The predicted text is the `text` of documents.jsonl (written by `docpipe run` with clean and an
export to jsonl), narrowed to the same part through `source_blocks` (`page`, `part`) or cut after
the paragraph holding the `until` text. A mailbox's prediction is its messages' texts in order.

Scoring is eval_html.py's: lower-cased `\\w+` tokens, multisets of 4-token shingles (and, for
comparison, of single tokens), per-document precision and recall, averaged over the documents of
a format; F1 of the two means. Prints one row per document and per format, and the whole as JSON
with --json.

Usage: eval_formats.py DOCUMENTS.jsonl [--data scripts/eval-data/formats] [--json OUT]
"""
import argparse
import csv
import json
import os
import re
import statistics
import sys
from collections import Counter

TOKEN_RE = re.compile(r'\w+', re.UNICODE)


def tokens(text):
    return [t.lower() for t in TOKEN_RE.findall(text or '')]


def shingles(toks, n):
    if n == 1:
        return Counter(toks)
    return Counter(tuple(toks[i:i + n]) for i in range(0, max(1, len(toks) - n + 1)) if toks[i:i + n])


def precision_recall(gold, pred, n):
    g, p = shingles(tokens(gold), n), shingles(tokens(pred), n)
    tp = sum(min(g[k], p[k]) for k in g.keys() & p.keys())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def f1(precision, recall):
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def narrow(document, selection):
    """The part of a document's text that the expected text covers."""
    text = document.get('text', '')
    blocks = document.get('source_blocks') or []
    if selection == 'all':
        return text
    key, _, value = selection.partition('=')
    if key in ('page', 'part'):
        wanted = [b for b in blocks if str(b.get(key)) == value]
        return '\n\n'.join(text[b['start']:b['end']] for b in wanted)
    if key == 'until':
        index = text.find(value)
        if index < 0:
            return text
        end = text.find('\n\n', index)
        return text if end < 0 else text[:end]
    raise ValueError(f'unknown selection {selection!r}')


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument('documents')
    parser.add_argument('--data', default=os.path.join(root, 'scripts', 'eval-data', 'formats'))
    parser.add_argument('--json', help='write the figures as JSON to this file')
    args = parser.parse_args()

    documents = {}
    with open(args.documents, encoding='utf-8') as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                documents[record['id']] = record
    with open(os.path.join(args.data, 'manifest.tsv'), encoding='utf-8') as handle:
        rows = list(csv.DictReader(handle, delimiter='\t'))

    results = []
    for row in rows:
        stem = os.path.splitext(row['file'])[0]
        if row['format'] == 'mbox':
            children = sorted((k for k in documents if k.startswith(stem + '/message-')),
                              key=lambda k: int(k.rsplit('-', 1)[1]))
            predicted = '\n\n'.join(documents[k].get('text', '') for k in children)
            found = bool(children)
        else:
            found = stem in documents
            predicted = narrow(documents[stem], row['selection']) if found else ''
        with open(os.path.join(args.data, 'gold', row['gold']), encoding='utf-8') as handle:
            gold = handle.read()
        p4, r4 = precision_recall(gold, predicted, 4)
        p1, r1 = precision_recall(gold, predicted, 1)
        results.append({'id': row['id'], 'format': row['format'], 'found': found,
                        'gold_tokens': len(tokens(gold)), 'precision': p4, 'recall': r4,
                        'f1': f1(p4, r4), 'token_f1': f1(p1, r1)})

    print(f"{'document':38} {'format':6} {'tokens':>6} {'P':>6} {'R':>6} {'F1':>6} {'tokF1':>6}")
    for r in results:
        flag = '' if r['found'] else '  (not in the output)'
        print(f"{r['id']:38} {r['format']:6} {r['gold_tokens']:6d} {r['precision']:6.3f} {r['recall']:6.3f} "
              f"{r['f1']:6.3f} {r['token_f1']:6.3f}{flag}")
    summary = {}
    print()
    print(f"{'format':8} {'docs':>4} {'P':>6} {'R':>6} {'F1':>6} {'tokF1':>6}")
    for fmt in sorted({r['format'] for r in results}):
        rows_f = [r for r in results if r['format'] == fmt]
        precision = statistics.mean(r['precision'] for r in rows_f)
        recall = statistics.mean(r['recall'] for r in rows_f)
        token_f1 = statistics.mean(r['token_f1'] for r in rows_f)
        summary[fmt] = {'documents': len(rows_f), 'precision': precision, 'recall': recall,
                        'f1': f1(precision, recall), 'token_f1': token_f1}
        print(f"{fmt:8} {len(rows_f):4d} {precision:6.3f} {recall:6.3f} {f1(precision, recall):6.3f} {token_f1:6.3f}")
    if args.json:
        with open(args.json, 'w', encoding='utf-8') as handle:
            json.dump({'documents': results, 'formats': summary}, handle, indent=2)
    return 0 if all(r['found'] for r in results) else 1


if __name__ == '__main__':
    sys.exit(main())
