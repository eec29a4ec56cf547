"""pySBD side of the segment benchmarks (English, clean=False), one core.

Usage:
  python scripts/bench_segment.py FOLDER           seconds spent in Segmenter.segment over every
                                                   .txt file of FOLDER (reading excluded)
  python scripts/bench_segment.py --golden FILE    pySBD's score on the golden rules (JSON Lines with
                                                   text and sentences), scored as the eval README says
"""
import json
import pathlib
import sys
import time

import pysbd


def time_folder(folder: pathlib.Path) -> None:
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


def score_golden(path: pathlib.Path) -> None:
    segmenter = pysbd.Segmenter(language="en", clean=False)
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    failing = []
    for case in cases:
        output = [segment.strip() for segment in segmenter.segment(case["text"]) if segment.strip()]
        if output != case["sentences"]:
            failing.append(case["id"])
    print(f"pysbd golden rules: {len(cases) - len(failing)}/{len(cases)} pass; failing ids: {failing or 'none'}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--golden":
        score_golden(pathlib.Path(sys.argv[2]))
    elif len(sys.argv) == 2:
        time_folder(pathlib.Path(sys.argv[1]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
