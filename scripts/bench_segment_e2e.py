#!/usr/bin/env python3
"""spaCy's blank English model with its rule-based sentencizer over every file of a folder, as a
whole process, writing each file's sentence offsets: the peer of a segment-only DocPipe run in
scripts/bench_segment_e2e.sh. usage: bench_segment_e2e.py FOLDER OUT"""
import os
import sys

import spacy

nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
nlp.max_length = 10**8
folder, target = sys.argv[1], sys.argv[2]
with open(target, "w", encoding="utf-8") as out:
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            doc = nlp(f.read())
        out.write(repr([(s.start_char, s.end_char) for s in doc.sents]) + "\n")
