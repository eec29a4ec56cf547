#!/usr/bin/env python3
"""Generates a batch of synthetic news-like documents for the batch benchmark.

Sizes run from empty and tiny to several MB (mostly a few KB, a few large ones); some files are
not valid UTF-8 and some are empty. Deterministic for a given seed.
usage: gen_batch.py OUT_DIR [COUNT] [SEED]
"""
import os
import random
import sys

WORDS = ("the government said officials protest police minister capital region price fuel talks "
         "security forces troops agreement report week president parliament city people economy "
         "market energy companies workers strike court election opposition statement news agency "
         "border crisis leaders meeting summit country international alliance foreign ministry").split()
NAMES = ["Anna Petrova", "John Smith", "Marat Aliyev", "Li Wei", "Maria Garcia", "Oleg Ivanov"]
PLACES = ["Almaty", "Geneva", "Moscow", "Berlin", "Nairobi", "Lima", "Kazakhstan", "Ukraine"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 24))]
    words[0] = words[0].capitalize()
    if rng.random() < 0.5:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(NAMES))
    if rng.random() < 0.4:
        words.insert(rng.randint(1, len(words) - 1), "in " + rng.choice(PLACES))
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words) - 1), f"{rng.randint(2, 5000):,} {rng.choice(['troops', 'people', 'workers'])}")
    text = " ".join(words) + "."
    if rng.random() < 0.15:
        text = f'"{text[:-1]}," {rng.choice(NAMES)} said on Jan. {rng.randint(1, 28)}.'
    return text


def article(rng, target):
    parts = [f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} in {rng.choice(PLACES)}", ""]
    size = 0
    while size < target:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(1, 5)))
        parts.append(paragraph)
        parts.append("")
        size += len(paragraph) + 2
    return "\n".join(parts)


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    os.makedirs(out, exist_ok=True)
    total = 0
    for index in range(count):
        roll = rng.random()
        path = os.path.join(out, f"doc{index:06d}.txt")
        if roll < 0.01:
            data = b""
        elif roll < 0.02:
            data = article(rng, rng.randint(200, 4000)).encode() + b"\xff\xfe broken \xc3\x28 bytes"
        elif roll < 0.022:
            data = article(rng, rng.randint(1_000_000, 4_000_000)).encode()
        elif roll < 0.2:
            data = article(rng, rng.randint(20, 300)).encode()
        else:
            data = article(rng, int(rng.lognormvariate(8.3, 0.8))).encode()
        with open(path, "wb") as handle:
            handle.write(data)
        total += len(data)
    print(f"{count} documents, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
