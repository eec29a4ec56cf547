#!/usr/bin/env python3
"""Scores HTML main-text extraction on the article-extraction benchmark's DEV pages.

Scoring is the benchmark's evaluate.py method (scrapinghub/article-extraction-benchmark):
`\\w+` tokens, multisets of 4-token shingles, per-page TP/FP/FN normalised to sum 1, precision and
recall averaged over pages, F1 of the two means, bootstrap (1000 resamples) for the ± figures.

Usage: eval_html.py PREDICTIONS.jsonl [--gold EXTRACTION_DEV.jsonl] [--worst N]
PREDICTIONS has one {"id", "text", "seconds"} object per line.
"""
import argparse
import json
import os
import random
import re
import statistics
import sys
from collections import Counter

TOKEN_RE = re.compile(r'\w+', re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def shingles(text, n=4):
    tokens = TOKEN_RE.findall(text or '')
    result = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i:i + n])
        if shingle:
            result.append(shingle)
    return dict(Counter(result))


def tp_fp_fn(true, pred):
    true_shingles, pred_shingles = shingles(true), shingles(pred)
    tp = fp = fn = 0.
    for key in set(true_shingles) | set(pred_shingles):
        t, p = true_shingles.get(key, 0), pred_shingles.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    values = [tp, fp, fn]
    s = sum(values)
    if s > 0:
        values = [x / s for x in values]
    return tuple(values)


def precision_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.
    if tp == fp == 0:
        return 0.
    return tp / (tp + fp)


def recall_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.
    if tp == fn == 0:
        return 0.
    return tp / (tp + fn)


def metrics(rows):
    precision = statistics.mean([precision_score(*r) for r in rows if r[0] + r[1] > 0])
    recall = statistics.mean([recall_score(*r) for r in rows if r[0] + r[2] > 0])
    return {'f1': 2 * precision * recall / (precision + recall), 'precision': precision, 'recall': recall}


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    eval_dir = os.environ.get('EVAL_DIR', os.path.join(root, '..', 'shared', 'eval'))
    parser = argparse.ArgumentParser()
    parser.add_argument('predictions')
    parser.add_argument('--gold', default=os.path.join(eval_dir, 'extraction_dev.jsonl'))
    parser.add_argument('--worst', type=int, default=0, help='list the N pages with the lowest F1')
    parser.add_argument('--n-bootstrap', type=int, default=1000)
    args = parser.parse_args()

    gold = {}
    with open(args.gold, encoding='utf8') as f:
        for line in f:
            row = json.loads(line)
            gold[row['id']] = row
    predicted = {}
    with open(args.predictions, encoding='utf8') as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                predicted[row['id']] = row
    missing = sorted(set(gold) - set(predicted))
    if missing:
        sys.exit(f'{len(missing)} pages have no prediction, e.g. {missing[0]}')

    ids = sorted(gold)
    rows = [tp_fp_fn(gold[i]['body'], predicted[i].get('text', '')) for i in ids]
    result = metrics(rows)
    random.seed(0)
    samples = {}
    for _ in range(args.n_bootstrap):
        picked = [rows[random.randint(0, len(rows) - 1)] for _ in rows]
        for key, value in metrics(picked).items():
            samples.setdefault(key, []).append(value)
    seconds = sum(float(predicted[i].get('seconds', 0)) for i in ids)
    exact = sum(TOKEN_RE.findall(gold[i]['body']) == TOKEN_RE.findall(predicted[i].get('text', '')) for i in ids)
    empty = sum(not TOKEN_RE.findall(predicted[i].get('text', '')) for i in ids)
    print(f'pages      {len(ids)}  (empty predictions: {empty}, exact token match: {exact})')
    for key in ('f1', 'precision', 'recall'):
        print(f'{key:<10} {result[key]:.3f} ± {1.96 * statistics.stdev(samples[key]):.3f}')
    if seconds > 0:
        print(f'speed      {len(ids) / seconds:.0f} pages/s  ({1000 * seconds / len(ids):.2f} ms/page wall, one thread)')
    cpu = sum(float(predicted[i].get('cpu_seconds', 0)) for i in ids)
    if cpu > 0:
        print(f'cpu speed  {len(ids) / cpu:.0f} pages/s  ({1000 * cpu / len(ids):.2f} ms/page thread CPU time)')
    if args.worst:
        scored = []
        for i, r in zip(ids, rows):
            p, rc = precision_score(*r), recall_score(*r)
            scored.append((2 * p * rc / (p + rc) if p + rc else 0., p, rc, i))
        for f1, p, rc, i in sorted(scored)[:args.worst]:
            print(f'  {f1:.3f}  P {p:.3f}  R {rc:.3f}  {i[:12]}  {gold[i]["url"]}')


if __name__ == '__main__':
    main()
