#!/usr/bin/env python3
"""A custom `command` stage for scripts/check_exports.sh (standard library only).

Adds the span layer `figure_mentions` — every number written with digits followed by a word,
as {start, end, value, unit, detail: {digits, grouped}} (a nested value, exported as JSON) — and
the metadata key `figure_count`, so the check sees a team's own layer and metadata reach every export.
Protocol as in docs/examples/python-lexicon: one document per stdin line, one answer per line.
"""
import json
import re
import sys

FIGURE = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)\s+([A-Za-z]+)")


def main():
    for line in sys.stdin:
        document = json.loads(line)
        layer = []
        for match in FIGURE.finditer(document["text"]):
            digits = match.group(1)
            layer.append({"start": match.start(), "end": match.end(), "value": float(digits.replace(",", "")),
                          "unit": match.group(2).lower(),
                          "detail": {"digits": sum(c.isdigit() for c in digits), "grouped": "," in digits}})
        print(json.dumps({"figure_mentions": layer, "metadata": {"figure_count": len(layer)}}), flush=True)


if __name__ == "__main__":
    main()
