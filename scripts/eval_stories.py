#!/usr/bin/env python3
"""Story clustering evaluation (scripts/eval_stories.sh) on $EVAL_DIR/stories_dev.jsonl.

prepare OUT.jsonl            the set as docpipe's stdin JSON Lines (id, text, metadata.title/date)
score DOCUMENTS.jsonl        B-cubed precision, recall and F1 of the `story` of each exported
                             document against the set's `story` labels (singletons included),
                             beside the trivial clusterings (every article alone, all in one)
score-batch OUT_DIR TRUTH.jsonl  the generated many-story corpus (scripts/gen_batch.py --stories):
                             B-cubed against the generator's stories, duplicates found against its
                             copies, and the rows of csv/stories.csv against the stories
Only the DEV file is read; the source repository's test file is held out and never used.
"""
import json
import os
import sys


def gold():
    path = os.path.join(os.environ.get("EVAL_DIR", "../shared/eval"), "stories_dev.jsonl")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def bcubed(predicted, truth):
    ids = list(truth)
    by_pred, by_true = {}, {}
    for i in ids:
        by_pred.setdefault(predicted[i], set()).add(i)
        by_true.setdefault(truth[i], set()).add(i)
    p = r = 0.0
    for i in ids:
        same_pred = by_pred[predicted[i]]
        same_true = by_true[truth[i]]
        both = len(same_pred & same_true)
        p += both / len(same_pred)
        r += both / len(same_true)
    p, r = p / len(ids), r / len(ids)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score_batch(out_dir, truth_file):
    truth = {}
    copy_of = {}
    with open(truth_file) as f:
        for line in f:
            row = json.loads(line)
            truth[row["id"]] = row["story"]
            copy_of[row["id"]] = row["copy_of"]
    predicted, marked = {}, {}
    with open(os.path.join(out_dir, "documents.jsonl"), encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            predicted[doc["id"]] = doc.get("story") or ("alone-" + doc["id"])
            marked[doc["id"]] = (doc.get("duplicate") or {}).get("duplicate_of")
    ids = [i for i in truth if i in predicted]
    p, r, f1 = bcubed({i: predicted[i] for i in ids}, {i: truth[i] for i in ids})
    copies = [i for i in ids if copy_of[i]]
    found = sum(1 for i in copies if marked[i])
    exact_target = sum(1 for i in copies if marked[i] == copy_of[i])
    other_story = sum(1 for i in ids if marked[i] and truth.get(marked[i]) != truth[i])
    outlets = sum(1 for i in ids if marked[i] and not copy_of[i])
    import csv
    with open(os.path.join(out_dir, "csv", "stories.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    in_rows = sum(int(row["documents"]) for row in rows)
    print(f"documents: {len(ids)}; generated stories: {len(set(truth.values()))}; story rows: {len(rows)} "
          f"(holding {in_rows} documents, {len(set(predicted.values()))} distinct story ids on documents)")
    print(f"duplicates: {found} of {len(copies)} syndicated copies marked ({exact_target} pointing at the generator's original, "
          f"the others at an earlier copy within the threshold); {outlets} other articles marked "
          f"(template-built outlets' articles of one story within the threshold); {other_story} marks across stories")
    print(f"stories B-cubed: P {p:.3f} R {r:.3f} F1 {f1:.3f}")


def main():
    command = sys.argv[1]
    if command == "score-batch":
        score_batch(sys.argv[2], sys.argv[3])
        return
    items = gold()
    if command == "prepare":
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            for item in items:
                metadata = {"title": item["title"]}
                if item.get("date"):
                    metadata["date"] = item["date"]
                f.write(json.dumps({"id": item["id"], "text": item["text"], "metadata": metadata}, ensure_ascii=False) + "\n")
        return
    truth = {item["id"]: item["story"] for item in items}
    predicted = {}
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            predicted[doc["id"]] = doc.get("story") or ("alone-" + doc["id"])
    missing = [i for i in truth if i not in predicted]
    for i in missing:
        predicted[i] = "missing-" + i
    rows = [("DocPipe stories", predicted),
            ("every article alone", {i: i for i in truth}),
            ("all in one story", {i: "one" for i in truth})]
    stories = len(set(predicted.values()))
    print(f"{len(truth)} articles, {len(set(truth.values()))} gold stories, {stories} predicted stories"
          + (f", {len(missing)} missing" if missing else ""))
    print("| clustering | B-cubed P | B-cubed R | B-cubed F1 |")
    print("|---|---|---|---|")
    for label, clustering in rows:
        p, r, f1 = bcubed(clustering, truth)
        print(f"| {label} | {p:.3f} | {r:.3f} | {f1:.3f} |")


if __name__ == "__main__":
    main()
