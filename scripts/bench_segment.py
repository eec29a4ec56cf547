"""Times pySBD (English, clean=False) on every .txt file of a folder, one core.

Usage: python scripts/bench_segment.py FOLDER
Prints the seconds spent in Segmenter.segment, summed over the files (reading excluded).
"""
import pathlib
import sys
import time

import pysbd


def main() -> None:
    folder = pathlib.Path(sys.argv[1])
    segmenter = pysbd.Segmenter(language="en", clean=False)
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    elapsed = 0.0
    sentences = 0
    for text in texts:
        start = time.perf_counter()
        sentences += len(segmenter.segment(text))
        elapsed += time.perf_counter() - start
    print(f"pysbd: {sentences} sentences", file=sys.stderr)
    print(f"{elapsed:.6f}")


if __name__ == "__main__":
    main()
