#!/usr/bin/env python3
"""A DocPipe stage in Python (standard library only): scores each sentence with a small lexicon.

Protocol: DocPipe starts this program once and writes one document per line on stdin (the
documents.jsonl schema). For each line, print one JSON object with the layers to add, then flush.
Here the layer is `lexicon`: [{"start", "end", "score"}] per sentence, where score is
(positive words - negative words) / words.
"""
import json
import re
import sys

POSITIVE = {"calm", "peace", "peaceful", "agree", "agreed", "stable", "stability", "support", "good",
            "improve", "improved", "hope", "success", "successful", "welcome", "safe", "secure"}
NEGATIVE = {"unrest", "violence", "violent", "riot", "riots", "killed", "dead", "death", "deaths",
            "crisis", "protest", "protests", "attack", "attacked", "fear", "threat", "war", "bad"}
WORD = re.compile(r"[A-Za-z']+")


def score(text):
    words = [w.lower() for w in WORD.findall(text)]
    if not words:
        return 0.0
    positive = sum(w in POSITIVE for w in words)
    negative = sum(w in NEGATIVE for w in words)
    return round((positive - negative) / len(words), 4)


def main():
    for line in sys.stdin:
        document = json.loads(line)
        text = document["text"]
        sentences = document.get("sentences") or [{"start": 0, "end": len(text)}]
        layer = [{"start": s["start"], "end": s["end"], "score": score(text[s["start"]:s["end"]])}
                 for s in sentences]
        print(json.dumps({"lexicon": layer}), flush=True)


if __name__ == "__main__":
    main()
