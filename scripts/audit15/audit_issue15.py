#!/usr/bin/env python3
"""Runs the issue-15 audit (scripts/audit15/cases.py) through a built docpipe and prints one row
per case and check: pass or fail, with what docpipe gave. Exit status 0 always (it is a report).
Usage: python3 scripts/audit15/audit_issue15.py --docpipe .build/release/docpipe [--output DIR]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C  # noqa: E402

PIPELINE = """name: audit15
on_error: skip
{reference}stages:
  - clean
  - segment
  - extract{extract}
  - summarize:
      sentences: 2
  - export:
      formats: [jsonl]
"""


def write_pipeline(folder, reference=None, extract=""):
    path = os.path.join(folder, "pipeline.yaml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(PIPELINE.format(reference=f"reference_date: {reference}\n" if reference else "",
                                     extract=extract))
    return path


def run(docpipe, pipeline, out, inputs=None, stdin_docs=None, extra=(), cache=False):
    args = [docpipe, "run", pipeline, "--output", out, "--quiet"]
    args += [] if cache else ["--no-cache"]
    data = None
    if stdin_docs is not None:
        args += ["--input", "-"]
        data = "".join(json.dumps({"id": d["id"], "text": d["text"], "metadata": d.get("metadata", {})},
                                  ensure_ascii=False) + "\n" for d in stdin_docs).encode("utf-8")
    for path in inputs or []:
        args += ["--input", path]
    args += list(extra)
    subprocess.run(args, input=data, check=True, stderr=subprocess.DEVNULL)
    docs = {}
    with open(os.path.join(out, "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                docs[doc["id"]] = doc
    with open(os.path.join(out, "corpus.json"), encoding="utf-8") as handle:
        corpus = json.load(handle)
    return docs, corpus


def overlaps(a, b):
    return min(a[1], b[1]) > max(a[0], b[0])


def find_all(text, needle):
    start, spans = 0, []
    while True:
        i = text.find(needle, start)
        if i < 0:
            return spans
        spans.append((i, i + len(needle)))
        start = i + 1


def check(doc, spec):
    """(ok, what docpipe gave) for one check."""
    kind, args = spec[0], spec[1:]
    text = doc.get("text", "")
    dates = doc.get("dates", [])
    ents = doc.get("entities", [])
    qtys = doc.get("quantities", [])
    if kind in ("date", "date_inferred"):
        expr, value = args[0], args[1]
        hits = [d for d in dates if d["text"] == expr]
        got = [(d["text"], d.get("value"), d.get("end_value"), d.get("inferred")) for d in dates]
        if not hits:
            return False, f"dates: {got}"
        d = hits[0]
        ok = d.get("value") == value
        if len(args) > 2:
            ok = ok and d.get("end_value") == args[2]
        if kind == "date_inferred":
            ok = ok and d.get("inferred") is True
        return ok, f"{(d['text'], d.get('value'), d.get('end_value'), d.get('inferred'))}"
    if kind == "date_ref":
        hits = [d for d in dates if d["text"] == args[0]]
        got = [(d["text"], d.get("value"), d.get("reference")) for d in dates]
        return bool(hits) and hits[0].get("reference") == args[1], f"dates: {got}"
    if kind == "date_span":
        return any(d["text"] == args[0] for d in dates), f"dates: {[d['text'] for d in dates]}"
    if kind == "ent":
        hits = [e for e in ents if e["text"] == args[0]]
        return any(e["label"] == args[1] for e in hits), \
            f"{[(e['text'], e['label']) for e in hits] or [(e['text'], e['label']) for e in ents]}"
    if kind == "not_ent":
        spans = find_all(text, args[0])
        bad = [(e["text"], e["label"]) for e in ents
               if e["label"] in args[1] and any(overlaps((e["start"], e["end"]), s) for s in spans)]
        return not bad and bool(spans), f"{bad}" if spans else "text not found"
    if kind == "canon":
        hits = [e for e in ents if e["text"] == args[0]]
        return bool(hits) and all(e.get("canonical") == args[1] for e in hits), \
            f"{[(e['text'], e['label'], e.get('canonical')) for e in hits]}"
    if kind == "qty":
        hits = [q for q in qtys if args[0] in q["text"] or q["text"] in args[0]]
        ok = any(q.get("value") == args[1] and q.get("unit") == args[2] for q in hits)
        return ok, f"{[(q['text'], q.get('value'), q.get('unit')) for q in hits] or [(q['text'], q.get('value'), q.get('unit')) for q in qtys]}"
    if kind == "no_qty_text":
        bad = [q["text"] for q in qtys if q["text"] == args[0]]
        return not bad, f"{[(q['text'], q.get('unit')) for q in qtys]}"
    if kind == "no_unit":
        bad = [q["text"] for q in qtys if q.get("unit") == args[0]]
        return not bad, f"{[(q['text'], q.get('unit')) for q in qtys]}"
    if kind == "meta":
        got = doc.get("metadata", {}).get(args[0])
        return got == args[1], f"{args[0]}={got!r}"
    if kind == "text_has":
        return args[0] in text, text[:80]
    if kind == "text_lacks":
        return args[0] not in text, "present" if args[0] in text else "absent"
    if kind == "one_sentence":
        spans = find_all(text, args[0])
        sents = [(s["start"], s["end"]) for s in doc.get("sentences", [])]
        ok = bool(spans) and all(any(s[0] <= a and b <= s[1] for s in sents) for a, b in spans)
        return ok, f"sentences: {[text[a:b][:60] for a, b in sents]}"
    if kind == "kp_none_of":
        kps = [k["text"] for k in doc.get("keyphrases", [])]
        bad = [k for k in kps if k in args[0]]
        return not bad, f"keyphrases: {kps}"
    raise ValueError(kind)


def report(rows, case, doc):
    if doc is None:
        for spec in case["checks"]:
            rows.append((case["id"], case["bullet"], spec, False, "document missing"))
        return
    for spec in case["checks"]:
        ok, got = check(doc, spec)
        rows.append((case["id"], case["bullet"], spec, ok, got))


def timeline_rows(corpus):
    rows = []
    timeline = corpus.get("timeline", [])
    texts = [(t.get("date"), t.get("text", "")[:70], len(t.get("sources", []) or [])) for t in timeline]
    writing = [t for t in timeline if "wrote" in t.get("text", "") or "said on Friday" in t.get("text", "")]
    rows.append(("timeline", "timeline lists events, not the act of writing", ("no_writing_rows",), not writing,
                 f"{texts}"))
    dissolved = [t for t in timeline if t.get("date") == "2024-04-09"]
    rows.append(("timeline", "one row per event with its sources", ("one_row", "2024-04-09"),
                 len(dissolved) == 1 and len(dissolved[0].get("sources", []) or []) >= 2,
                 f"{[(t.get('date'), len(t.get('sources', []) or [])) for t in dissolved]}"))
    conflicts = corpus.get("date_conflicts", [])
    ok = any({d.get("date") for d in c.get("dates", [])} >= {"2024-04-10", "2024-04-11"} for c in conflicts)
    rows.append(("timeline", "date conflicts reported", ("date_conflict", "resigned"), ok,
                 f"{[(c.get('event'), [d.get('date') for d in c.get('dates', [])]) for c in conflicts]}"))
    return rows


def timeline_rows_2(corpus):
    timeline = corpus.get("timeline", [])
    texts = [(t.get("date"), t.get("text", "")[:60], len(t.get("sources", []) or [])) for t in timeline]
    collapsed = [t for t in timeline if t.get("date") == "2024-05-01"]
    rows = [("timeline-2", "one row per event when sources date it relative to their own days", ("one_row", "2024-05-01"),
             len(collapsed) == 1 and len(collapsed[0].get("sources", []) or []) >= 2, f"{texts}")]
    writing = [t for t in timeline if "wrote" in t.get("text", "")]
    rows.append(("timeline-2", "a columnist's day of writing is no event", ("no_writing_rows",), not writing, f"{texts}"))
    return rows


def knowledge_rows(docpipe, folder):
    rows = []
    base = os.path.join(folder, "knowledge")
    os.makedirs(base, exist_ok=True)
    tsv = os.path.join(base, "teams.tsv")
    with open(tsv, "w", encoding="utf-8") as handle:
        handle.write("# teams\nKestrel Vale\tORG\tKestrel Vale Rowing Club\nAshby Marsh\tCOMPANY\n")
    pipeline = write_pipeline(base, extract=":\n      entities:\n        gazetteers: [teams.tsv]")
    done = subprocess.run([docpipe, "validate", pipeline], capture_output=True, text=True)
    message = (done.stdout + done.stderr).strip()
    rows.append(("knowledge", "gazetteer errors name file:line", ("validate", "teams.tsv:3"),
                 done.returncode == 2 and "teams.tsv:3" in message, message[-160:]))
    with open(tsv, "w", encoding="utf-8") as handle:
        handle.write("Kestrel Vale\tORG\tKestrel Vale Rowing Club\n")
    patterns = os.path.join(base, "rules.jsonl")
    with open(patterns, "w", encoding="utf-8") as handle:
        handle.write('{"label": "FAC", "pattern": [{"is_capitalized": true, "op": "+"}, {"lower": "boathouse"}]}\n'
                     '{"label": "ORG", "pattern": [{"lowr": "x"}]}\n')
    pipeline = write_pipeline(base, extract=":\n      entities:\n        gazetteers: [teams.tsv]\n        patterns: rules.jsonl")
    done = subprocess.run([docpipe, "validate", pipeline], capture_output=True, text=True)
    message = (done.stdout + done.stderr).strip()
    rows.append(("knowledge", "pattern errors name file:line", ("validate", "rules.jsonl:2"),
                 done.returncode == 2 and "rules.jsonl:2" in message, message[-160:]))
    with open(patterns, "w", encoding="utf-8") as handle:
        handle.write('{"label": "FAC", "pattern": [{"is_capitalized": true, "op": "+"}, {"lower": "boathouse"}]}\n')
    doc = [dict(id="k1", text="Kestrel Vale won the regatta and celebrated at the Millbrook Boathouse on Sunday.")]
    out = os.path.join(base, "out")
    docs, _ = run(docpipe, pipeline, out, stdin_docs=doc, cache=True)
    ents = {(e["text"], e["label"], e.get("canonical")) for e in docs["k1"].get("entities", [])}
    rows.append(("knowledge", "gazetteer and pattern names are used", ("ents",),
                 ("Kestrel Vale", "ORG", "Kestrel Vale Rowing Club") in ents and ("Millbrook Boathouse", "FAC", "Millbrook Boathouse") in ents,
                 f"{sorted(ents)}"))
    with open(tsv, "w", encoding="utf-8") as handle:
        handle.write("Kestrel Vale\tGPE\n")
    docs, _ = run(docpipe, pipeline, out, stdin_docs=doc, cache=True)
    ents = {(e["text"], e["label"]) for e in docs["k1"].get("entities", [])}
    rows.append(("knowledge", "an edited gazetteer changes the cache key", ("rerun",),
                 ("Kestrel Vale", "GPE") in ents, f"{sorted(ents)}"))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--docpipe", required=True)
    parser.add_argument("--output", default=None)
    parser.add_argument("--json", default=None, help="write the rows as JSON here")
    options = parser.parse_args()
    docpipe = os.path.abspath(options.docpipe)
    folder = options.output or tempfile.mkdtemp(prefix="audit15-")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    rows = []

    pipeline = write_pipeline(folder)
    docs, _ = run(docpipe, pipeline, os.path.join(folder, "a"), stdin_docs=C.CASES)
    for case in C.CASES:
        report(rows, case, docs.get(case["id"]))

    ref_folder = os.path.join(folder, "ref")
    os.makedirs(ref_folder)
    pipeline = write_pipeline(ref_folder, reference="2000-01-01")
    docs, _ = run(docpipe, pipeline, os.path.join(ref_folder, "out"), stdin_docs=C.REFERENCE_CASES,
                  extra=["--reference-date", C.REFERENCE_DATE])
    for case in C.REFERENCE_CASES:
        report(rows, case, docs.get(case["id"]))

    files = os.path.join(folder, "files")
    os.makedirs(files)
    for case in C.FILE_CASES:
        with open(os.path.join(files, f"{case['id']}.{case['ext']}"), "wb") as handle:
            handle.write(case["raw"])
    pipeline = write_pipeline(folder)
    docs, _ = run(docpipe, pipeline, os.path.join(folder, "c"), inputs=[files])
    by_stem = {os.path.splitext(os.path.basename(k))[0]: v for k, v in docs.items()}
    for case in C.FILE_CASES:
        report(rows, case, by_stem.get(case["id"]))

    _, corpus = run(docpipe, pipeline, os.path.join(folder, "b"), stdin_docs=C.TIMELINE_DOCS)
    rows += timeline_rows(corpus)
    _, corpus = run(docpipe, pipeline, os.path.join(folder, "b2"), stdin_docs=C.TIMELINE_DOCS_2)
    rows += timeline_rows_2(corpus)
    rows += knowledge_rows(docpipe, folder)

    passed = sum(1 for r in rows if r[3])
    for case_id, bullet, spec, ok, got in rows:
        mark = "pass" if ok else "FAIL"
        print(f"{mark}  {case_id:22} {str(spec)[:70]:70}  {'' if ok else got[:300]}")
    print(f"\n{passed}/{len(rows)} checks pass")
    if options.json:
        with open(options.json, "w", encoding="utf-8") as handle:
            json.dump([dict(case=r[0], bullet=r[1], check=list(r[2]), ok=r[3], got=r[4]) for r in rows], handle,
                      ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
