#!/usr/bin/env python3
"""Compares a run of issue 17's seventh round (bounded conflict groups) with one of an earlier
build over the same input: corpus.json equal outside `conflicts` and the summary's
`disagreements`; each new group equivalent to the old full list (values and counts, the 20 most
reported values when there are more, the first 3 figures per value, subject cluster); the
`conflicts.csv` rows the same multiset. Usage: compare_bounded_conflicts.py OLD_OUT NEW_OUT
"""
import csv, json, sys, collections
old, new = sys.argv[1], sys.argv[2]
a = json.load(open(f"{old}/corpus.json")); b = json.load(open(f"{new}/corpus.json"))
for k in sorted(set(a) | set(b)):
    if k in ("conflicts", "summary"): continue
    print(k, "equal" if a.get(k) == b.get(k) else "DIFFERENT")
sa, sb = a.get("summary", {}), b.get("summary", {})
print("summary.sentences", "equal" if sa.get("sentences") == sb.get("sentences") else "DIFFERENT")
print("summary.agreements", "equal" if sa.get("agreements") == sb.get("agreements") else "DIFFERENT")
ca, cb = a.get("conflicts", []), b.get("conflicts", [])
print("conflict groups", len(ca), len(cb))
bad = 0
for ga, gb in zip(ca, cb):
    if (ga["unit"], ga.get("subject")) != (gb["unit"], gb.get("subject")): bad += 1; continue
    byv = collections.defaultdict(list)
    for f in ga["figures"]: byv[f["value"]].append(f)
    vals = [{"value": v, "documents": len({f["doc"] for f in fs}), "figures": len(fs)} for v, fs in sorted(byv.items())]
    if len(vals) > 20:
        top = sorted(vals, key=lambda x: (-x["documents"], -x["figures"], x["value"]))[:20]
        vals = sorted(top, key=lambda x: x["value"])
    if vals != gb["values"] or gb["figure_count"] != len(ga["figures"]) or gb["value_count"] != len(byv): bad += 1; continue
    if (gb["lowest"], gb["highest"]) != (min(byv), max(byv)): bad += 1; continue
    cited = [f for v in [x["value"] for x in vals] for f in byv[v][:3]]
    if cited != gb["figures"]: bad += 1; continue
    if ga.get("subject_cluster_id") != gb.get("subject_cluster_id"): bad += 1
print("conflict groups differing (values, counts, cited, subject cluster)", bad)
da, db = sa.get("disagreements", []), sb.get("disagreements", [])
print("disagreements", len(da), len(db), "kinds equal" if [d["kind"] for d in da] == [d["kind"] for d in db] else "kinds DIFFERENT")
def rows(d):
    with open(f"{d}/csv/conflicts.csv", newline="") as h: return sorted(tuple(r) for r in csv.reader(h))
try:
    ra, rb = rows(old), rows(new)
    print("conflicts.csv rows", len(ra), len(rb), "same multiset" if ra == rb else "DIFFERENT")
except FileNotFoundError as e: print(e)
import os
print("corpus.json bytes", os.path.getsize(f"{old}/corpus.json"), os.path.getsize(f"{new}/corpus.json"))
