#!/usr/bin/env python3
"""Checks a run's exports against issue 18 (standard library only); scripts/check_exports.sh drives it.

jsonl MD_DIR   turns scripts/gen_batch.py --stories output (Markdown with title/date front matter)
               into DocPipe JSON Lines input on stdout, each document with an extra metadata key
               `views` (a number derived from its id) beside title and date.
check OUT      checks OUT (a run with export formats jsonl, csv, sqlite, markdown, html):
  identity     every entity cluster of corpus.json has one id and one canonical name; every
               entity mention (but MISC) carries cluster_id and cluster, the same for every mention
               of one (doc, canonical, label); a quote's speaker carries the cluster of the entity
               of its document that goes by the speaker's name; timeline rows name exactly the
               clusters mentioned in their cited sentences; conflict subjects carry their cluster;
               the same in csv/*.csv and in docpipe.sqlite (row for row), and SQLite's foreign keys
               hold (PRAGMA foreign_key_check) with an index on every cluster_id column;
  metadata     the --extra keys reach documents.jsonl and the extra_metadata column of CSV and SQLite;
  layers       each --layer is a CSV file and an SQLite table with one row per record, described in
               manifest.json's layer_tables;
  reports      report.html / report.md under 2 MB, one article page per document, index pages;
               the charts (timeline, entity graph, mentions by source, one per conflict) are SVG
               with role="img", a title and a description, and each has its text alternative.
Prints one line per check and exits 1 when any fails.
"""
import argparse
import collections
import csv
import glob
import hashlib
import json
import os
import re
import sqlite3
import sys

REPORT_CAP = 2_000_000
STANDARD_METADATA = {"title", "author", "publisher", "section", "date"}
failures = []


def check(name, ok, detail=""):
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}")
    if not ok:
        failures.append(name)


def to_jsonl(args):
    for path in sorted(glob.glob(os.path.join(args.folder, "*.md"))):
        with open(path, encoding="utf-8") as handle:
            raw = handle.read()
        _, front, body = raw.split("---\n", 2)
        fields = dict(line.split(": ", 1) for line in front.strip().splitlines())
        doc = os.path.splitext(os.path.basename(path))[0]
        views = int(hashlib.sha256(doc.encode()).hexdigest()[:6], 16) % 100000
        metadata = {"title": fields["title"], "date": fields["date"], "views": views}
        print(json.dumps({"id": doc, "text": body.strip() + "\n", "metadata": metadata}, ensure_ascii=False))


def read_csv(out, name):
    path = os.path.join(out, "csv", name + ".csv")
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def blank(value):
    return None if value in (None, "") else value


def check_run(args):
    out = args.out
    with open(os.path.join(out, "corpus.json"), encoding="utf-8") as handle:
        corpus = json.load(handle)
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)

    clusters = {}
    for cluster in corpus.get("entities", []):
        if cluster["id"] in clusters:
            check("cluster ids unique", False, cluster["id"])
        clusters[cluster["id"]] = cluster
    names = {c["canonical"] for c in clusters.values()}
    check("entity clusters in corpus.json", len(clusters) > 0, f"{len(clusters)} clusters")

    timelines = [("corpus", corpus.get("timeline", []))] + [(s["id"], s.get("timeline", [])) for s in corpus.get("stories", [])]
    conflict_lists = [("corpus", corpus.get("conflicts", []))] + [(s["id"], s.get("conflicts", [])) for s in corpus.get("stories", [])]
    wanted = collections.defaultdict(set)
    for _, timeline in timelines:
        for entry in timeline:
            for cite in [entry] + (entry.get("sources") or []):
                wanted[cite["doc"]].add(cite["index"])
    sentence_clusters = {}

    mentions = {}
    quotes = {}
    extras = {}
    layer_rows = collections.Counter()
    bad_mention = bad_identity = bad_quote = quoted_with_cluster = speakers = 0
    docs = 0
    with open(os.path.join(out, "documents.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            docs += 1
            did = doc["id"]
            per_name = collections.defaultdict(set)
            by_canonical = {}
            for m in doc.get("entities") or []:
                cid = m.get("cluster_id")
                mentions[(did, m["start"], m["end"])] = cid
                if m["label"] == "MISC":
                    continue
                if cid is None or cid not in clusters or m.get("cluster") != clusters[cid]["canonical"]:
                    bad_mention += 1
                    continue
                per_name[(m["canonical"], m["label"])].add(cid)
                by_canonical.setdefault((m["canonical"], m["label"]), cid)
            bad_identity += sum(1 for ids in per_name.values() if len(ids) > 1)
            for q in doc.get("quotes") or []:
                cid = q.get("speaker_cluster_id")
                quotes[(did, q["start"], q["end"])] = cid
                if q.get("speaker") is None:
                    continue
                speakers += 1
                expected = by_canonical.get((q["speaker"], q.get("speaker_label")))
                if cid is not None:
                    quoted_with_cluster += 1
                if expected is not None and (cid != expected or q.get("speaker_cluster") != clusters[expected]["canonical"]):
                    bad_quote += 1
                if cid is not None and cid not in clusters:
                    bad_quote += 1
            meta = doc.get("metadata") or {}
            extras[did] = {k: v for k, v in meta.items() if k not in STANDARD_METADATA}
            for layer in args.layer:
                layer_rows[layer] += len(doc.get(layer) or [])
            if did in wanted:
                spans = doc.get("sentences") or []
                if isinstance(spans, dict):
                    spans = [{"start": s, "end": e} for s, e in zip(spans["start"], spans["end"])]
                for index in wanted[did]:
                    span = spans[index]
                    inside = [m for m in doc.get("entities") or [] if m.get("cluster_id") and span["start"] <= m["start"] and m["end"] <= span["end"]]
                    sentence_clusters[(did, index)] = [m["cluster_id"] for m in sorted(inside, key=lambda m: m["start"])]
    check("documents.jsonl", docs > 0, f"{docs} documents, {len(mentions)} entity mentions, {len(quotes)} quotes")
    check("jsonl: every non-MISC mention carries its cluster's id and canonical name", bad_mention == 0, f"{bad_mention} without")
    check("jsonl: one cluster per (doc, canonical, label)", bad_identity == 0, f"{bad_identity} names with several")
    check("jsonl: quote speakers carry the cluster of the entity named so", bad_quote == 0,
          f"{quoted_with_cluster} of {speakers} attributed quotes linked; {bad_quote} wrong")

    bad_timeline = entries = 0
    for _, timeline in timelines:
        for entry in timeline:
            entries += 1
            expected = []
            for cite in [entry] + (entry.get("sources") or []):
                for cid in sentence_clusters.get((cite["doc"], cite["index"]), []):
                    if cid not in expected:
                        expected.append(cid)
            got = [e["cluster_id"] for e in entry.get("entities") or []]
            if set(got) != set(expected) or any(clusters.get(e["cluster_id"], {}).get("canonical") != e["cluster"] for e in entry.get("entities") or []):
                bad_timeline += 1
    check("corpus.json: timeline rows (corpus and stories) name the clusters of their sentences", bad_timeline == 0, f"{entries} rows, {bad_timeline} wrong")
    bad_conflict = groups = linked = 0
    for _, conflicts in conflict_lists:
        for group in conflicts:
            groups += 1
            cid = group.get("subject_cluster_id")
            if cid is not None:
                linked += 1
                if cid not in clusters or group.get("subject_cluster") != clusters[cid]["canonical"]:
                    bad_conflict += 1
            elif group.get("subject") in names:
                bad_conflict += 1
    check("corpus.json: conflict subjects carry their cluster", bad_conflict == 0, f"{groups} groups, {linked} linked, {bad_conflict} wrong")

    # CSV
    rows = read_csv(out, "entities")
    got = {(r["doc"], int(r["start"]), int(r["end"])): blank(r["cluster_id"]) for r in rows}
    check("csv: entities.csv row for row with documents.jsonl, same cluster_id", got == mentions, f"{len(rows)} rows")
    rows = read_csv(out, "quotes")
    got = {(r["doc"], int(r["start"]), int(r["end"])): blank(r["speaker_cluster_id"]) for r in rows}
    check("csv: quotes.csv row for row, same speaker_cluster_id", got == quotes, f"{len(rows)} rows")
    crow = read_csv(out, "entity_clusters")
    check("csv: entity_clusters.csv has every cluster once", sorted(r["id"] for r in crow) == sorted(clusters), f"{len(crow)} rows")
    trows = read_csv(out, "timeline")
    expected_ids = [" | ".join(e["cluster_id"] for e in entry.get("entities") or []) for entry in corpus.get("timeline", [])]
    check("csv: timeline.csv carries each row's cluster ids", [r["cluster_ids"] for r in trows] == expected_ids, f"{len(trows)} rows")
    frows = read_csv(out, "conflicts")
    groups_json = corpus.get("conflicts", [])
    wrong = sum(1 for r in frows if not (1 <= int(r["group"]) <= len(groups_json))
                or blank(r["subject_cluster_id"]) != groups_json[int(r["group"]) - 1].get("subject_cluster_id"))
    check("csv: conflicts.csv carries its group's subject_cluster_id", wrong == 0, f"{len(frows)} rows, {wrong} wrong")
    per_group = {}
    for r in frows:
        per_group[int(r["group"])] = per_group.get(int(r["group"]), 0) + 1
    expected_counts = {n + 1: g["figure_count"] for n, g in enumerate(groups_json)}
    check("csv: conflicts.csv lists every figure of each group (figure_count rows)", per_group == {k: v for k, v in expected_counts.items() if v}, f"{len(per_group)} groups")
    too_many = sum(1 for g in groups_json for v in g["values"] if sum(1 for f in g["figures"] if f["value"] == v["value"]) > 3)
    check("corpus.json: a conflict group cites at most 3 figures per value", too_many == 0, f"{too_many} values over")
    drows = read_csv(out, "documents")
    csv_extras = {r["id"]: json.loads(r["extra_metadata"]) if r["extra_metadata"] else {} for r in drows}
    check("csv: documents.csv extra_metadata equals the documents' extra keys", csv_extras == extras, f"{len(drows)} rows")
    for key in args.extra:
        have = sum(1 for e in extras.values() if key in e)
        check(f"metadata key {key!r} kept", have > 0 and have >= docs * 0.9, f"in {have} of {docs} documents")

    # SQLite
    db = sqlite3.connect(os.path.join(out, "docpipe.sqlite"))
    violations = db.execute("PRAGMA foreign_key_check").fetchall()
    check("sqlite: PRAGMA foreign_key_check", not violations, f"{len(violations)} violations")
    for table, column in [("entities", "cluster_id"), ("quotes", "speaker_cluster_id"), ("cluster_documents", "cluster_id"),
                          ("timeline_entities", "cluster_id"), ("conflicts", "subject_cluster_id")]:
        keys = {(r[3], r[2]) for r in db.execute(f'PRAGMA foreign_key_list("{table}")')}
        indexed = any(db.execute(f'PRAGMA index_info("{ix[1]}")').fetchone()[2] == column
                      for ix in db.execute(f'PRAGMA index_list("{table}")'))
        check(f"sqlite: {table}.{column} references entity_clusters and is indexed", (column, "entity_clusters") in keys and indexed)
    got = {(d, s, e): c for d, s, e, c in db.execute("SELECT doc, start, \"end\", cluster_id FROM entities")}
    check("sqlite: entities row for row with documents.jsonl, same cluster_id", got == mentions)
    got = {(d, s, e): c for d, s, e, c in db.execute("SELECT doc, start, \"end\", speaker_cluster_id FROM quotes")}
    check("sqlite: quotes row for row, same speaker_cluster_id", got == quotes)
    several = db.execute("SELECT count(*) FROM (SELECT speaker_cluster_id FROM quotes WHERE speaker_cluster_id IS NOT NULL "
                         "GROUP BY speaker_cluster_id HAVING count(DISTINCT speaker_cluster) > 1)").fetchone()[0]
    check("sqlite: one name per speaker cluster", several == 0)
    sql_extras = {i: json.loads(e) if e else {} for i, e in db.execute("SELECT id, extra_metadata FROM documents")}
    check("sqlite: documents.extra_metadata equals the documents' extra keys", sql_extras == extras)
    n = db.execute("SELECT count(*) FROM timeline_entities").fetchone()[0]
    check("sqlite: timeline_entities", n == sum(len(e.get("entities") or []) for e in corpus.get("timeline", [])), f"{n} rows")

    # layer tables
    described = {t.get("layer"): t for t in manifest.get("layer_tables", [])}
    for layer in args.layer:
        table = described.get(layer)
        check(f"manifest.json describes layer {layer!r}", table is not None, json.dumps(table)[:200] if table else "")
        csv_path = os.path.join(out, "csv", f"layer_{layer}.csv")
        csv_rows = len(read_csv(out, f"layer_{layer}")) if os.path.exists(csv_path) else -1
        check(f"csv/layer_{layer}.csv has one row per record", csv_rows == layer_rows[layer], f"{csv_rows} rows, {layer_rows[layer]} records")
        sql_rows = db.execute(f'SELECT count(*) FROM "layer_{layer}"').fetchone()[0]
        check(f"sqlite layer_{layer} has one row per record", sql_rows == layer_rows[layer], f"{sql_rows} rows")

    # reports
    for name in ("report.html", "report.md"):
        size = os.path.getsize(os.path.join(out, name))
        check(f"{name} under {REPORT_CAP:,} bytes", size < REPORT_CAP, f"{size:,} bytes")
    for ext in ("html", "md"):
        pages = glob.glob(os.path.join(out, "report", "articles", f"*.{ext}"))
        indexes = glob.glob(os.path.join(out, "report", f"index-*.{ext}"))
        expect_pages = docs if docs > 25 else 0
        check(f"report/articles/*.{ext}: one page per document", len(pages) == expect_pages, f"{len(pages)} pages, {len(indexes)} index pages")
        largest = max((os.path.getsize(p) for p in pages + indexes), default=0)
        check(f"report pages (.{ext}) each under {REPORT_CAP:,} bytes", largest < REPORT_CAP, f"largest {largest:,} bytes")
    with open(os.path.join(out, "report.html"), encoding="utf-8") as handle:
        html = handle.read()
    check("report.html fetches nothing (no http(s) src/href to load)", not re.search(r'(src|href)="https?:|@import|url\(https?:', html))
    charts = re.findall(r'<svg class="chart" id="([^"]+)"[^>]*>', html)
    unlabelled = 0
    for chart in charts:
        tag = re.search(rf'<svg class="chart" id="{re.escape(chart)}"[^>]*>', html).group(0)
        title = re.search(rf'<title id="{re.escape(chart)}-title">([^<]+)</title>', html)
        desc = re.search(rf'<desc id="{re.escape(chart)}-desc">([^<]+)</desc>', html)
        if not ('role="img"' in tag and title and desc):
            unlabelled += 1
    kinds = {"timeline": "chart-timeline", "entity graph": "chart-entity-graph", "mentions by source": "chart-source-bars"}
    for kind, prefix in kinds.items():
        check(f"report.html: {kind} chart", any(c == prefix for c in charts))
    section = html.split("<h2>Conflicting figures</h2>", 1)[-1].split("<h2", 1)[0] if "<h2>Conflicting figures</h2>" in html else ""
    conflict_charts = re.findall(r'<svg class="chart" id="chart-conflict-\d+"', section)
    shown = min(len(corpus.get("conflicts", [])), 30)
    check("report.html: one chart per shown conflict", len(conflict_charts) == shown, f"{len(conflict_charts)} charts for {shown} conflicts shown"
          f" (and {sum(1 for c in charts if c.startswith('chart-conflict-')) - len(conflict_charts)} in the story sections)")
    check("report.html: every chart has role=img, title and description", unlabelled == 0, f"{len(charts)} charts, {unlabelled} without")
    for prefix in ("chart-entity-graph", "chart-source-bars"):
        after = html.split(f'id="{prefix}"', 1)[-1][:200000]
        check(f"{prefix}: followed by its table text alternative", re.search(r'</figure>\s*<details class="alt">.*?<table', after, re.S) is not None)
    check("timeline chart: the timeline table is its text alternative", re.search(r'<table[^>]*>.*?<th[^>]*>\s*Date', html, re.S | re.I) is not None)
    print(f"\n{len(failures)} check(s) failed" if failures else "\nall checks passed")
    sys.exit(1 if failures else 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    j = sub.add_parser("jsonl")
    j.add_argument("folder")
    c = sub.add_parser("check")
    c.add_argument("out")
    c.add_argument("--layer", action="append", default=[])
    c.add_argument("--extra", action="append", default=[])
    args = parser.parse_args()
    {"jsonl": to_jsonl, "check": check_run}[args.command](args)


if __name__ == "__main__":
    main()
