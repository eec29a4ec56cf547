"""Sorts the errors of a WikiGold dev-half run into classes: boundary, missed, wrong type, spurious.

Usage: python3 scripts/wikigold_error_classes.py OUTPUT [CLASS]
  OUTPUT is the folder scripts/eval_wikigold.sh dev wrote (its documents.jsonl), or the one
  scripts/eval_gum.sh dev wrote (its gum-gold.jsonl is then read instead of WikiGold, and
  predictions overlapping GUM's unscored mentions are dropped as its scorer drops them); WIKIGOLD_DIR
  (default ../wikigold) holds wikigold.conll.txt. Only the dev half (even documents) is read: the
  check half is never read here. With CLASS (a substring of a class name, or FP), the gold
  entities of the matching classes are listed.

Each gold PER/ORG/LOC span is: TP (same span and type); wrong type (same span, other label, or
a label that is not scored: untyped:LABEL); boundary (a predicted span overlaps it), sorted by
how the spans differ; missed (nothing overlaps it), split into sentence-initial, single-word and
multi-word names. Predicted PER/ORG/LOC spans that overlap no gold span are counted as FP.
"""
import json, os, sys, re
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_conll import read_conll, rebuild, alignment, LABEL_MAP

out = sys.argv[1]
verbose = sys.argv[2] if len(sys.argv) > 2 else None
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
texts, gold, ignored = {}, {}, {}
if os.path.exists(os.path.join(out, "gum-gold.jsonl")):
    for line in open(os.path.join(out, "gum-gold.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        texts[d["id"]], gold[d["id"]] = d["text"], [tuple(g) for g in d["gold"]]
        ignored[d["id"]] = [tuple(r) for r in d["ignored"]]
else:
    docs = read_conll(os.path.join(os.environ.get("WIKIGOLD_DIR", os.path.join(ROOT, "..", "wikigold")), "wikigold.conll.txt"))
    for i, d in enumerate(docs):
        if i % 2: continue
        k = f"wikigold-{i:03d}"
        texts[k], gold[k] = rebuild(d)
pred = {}
for line in open(os.path.join(out, "documents.jsonl")):
    doc = json.loads(line)
    m = alignment(doc["text"], texts[doc["id"]])
    spans = []
    for e in doc.get("entities", []):
        s, en = e["start"], e["end"]
        if m is not None:
            s, last = m[s], m[en - 1]
            if s is None or last is None: continue
            en = last + 1
        spans.append((s, en, e["label"]))
    exact = {(g[0], g[1]) for g in gold[doc["id"]]}
    pred[doc["id"]] = [p for p in spans if (p[0], p[1]) in exact
                       or not any(p[0] < r[1] and r[0] < p[1] for r in ignored.get(doc["id"], []))]

cls = Counter(); ex = defaultdict(list)
fpcls = Counter(); fpex = defaultdict(list)
def sub_boundary(t, g, p):
    gs, ge, ps, pe = g[0], g[1], p[0], p[1]
    gt, pt = t[gs:ge], t[ps:pe]
    if ps < gs and pe == ge and t[ps:gs].strip() in ("The", "the"): return "pred adds leading The"
    if gs < ps and pe == ge and t[gs:ps].strip() in ("The", "the"): return "gold has leading The, pred drops"
    if ps == gs and pe < ge:
        tail = t[pe:ge]
        if re.match(r"^\s*(of|and|&|for|de|the|in|on|at|to)\b", tail): return "pred stops before of/and/& etc"
        if re.match(r"^\s*(Inc|Ltd|Corp|Co|F\.C|FC|plc|LLC|S\.A|AG|GmbH)\b", tail): return "pred drops company suffix"
        if re.match(r"^-", tail): return "pred stops at hyphen"
        return "pred ends early (other)"
    if ps == gs and pe > ge:
        tail = t[ge:pe]
        if re.match(r"^'s?", tail): return "pred adds possessive"
        return "pred ends late"
    if gs < ps and pe == ge:
        head = t[gs:ps]
        if re.search(r"\b(of|and|&|for|the)\s*$", head): return "pred starts after of/and"
        return "pred starts late"
    if ps < gs and pe == ge: return "pred starts early"
    if ps <= gs and pe >= ge: return "pred contains gold (both sides)"
    if ps >= gs and pe <= ge: return "pred inside gold"
    return "crossing"

for k in texts:
    t = texts[k]; G = gold[k]; P = pred[k]
    typed = set((s, e, LABEL_MAP[l]) for s, e, l in P if l in LABEL_MAP)
    for g in G:
        if g in typed: cls["TP"] += 1; continue
        same = [p for p in P if p[0] == g[0] and p[1] == g[1]]
        if same:
            l = same[0][2]
            c = f"wrong type gold {g[2]} pred {LABEL_MAP.get(l, 'untyped:'+l)}"
            cls[c] += 1; ex[c].append(t[g[0]:g[1]]); continue
        ov = [p for p in P if p[0] < g[1] and g[0] < p[1]]
        if ov:
            p = min(ov, key=lambda p: abs(p[0]-g[0]) + abs(p[1]-g[1]))
            c = "boundary: " + sub_boundary(t, g, p)
            typ = "typed-right" if LABEL_MAP.get(p[2]) == g[2] else "typed-other"
            cls[c] += 1; ex[c].append(f"{g[2]} {t[g[0]:g[1]]!r} <- {p[2]} {t[p[0]:p[1]]!r}")
            cls["boundary total " + g[2]] += 1
            continue
        text = t[g[0]:g[1]]
        ls = t.rfind("\n", 0, g[0]) + 1
        before = t[ls:g[0]]
        if not before.strip(): c = "missed: sentence-initial"
        elif " " not in text: c = "missed: single word"
        else: c = "missed: multiword"
        cls[c] += 1; cls["missed total " + g[2]] += 1; ex[c].append(f"{g[2]} {text!r}")
    gsp = set((s, e) for s, e, _ in G)
    for p in P:
        if p[2] not in LABEL_MAP: continue
        if (p[0], p[1]) in gsp: continue
        ov = [g for g in G if p[0] < g[1] and g[0] < p[1]]
        if ov: continue
        fpcls["FP no overlap " + LABEL_MAP[p[2]]] += 1
        fpex[LABEL_MAP[p[2]]].append(t[p[0]:p[1]])
for c, n in sorted(cls.items(), key=lambda x: -x[1]): print(f"{n:5} {c}")
for c, n in sorted(fpcls.items(), key=lambda x: -x[1]): print(f"{n:5} {c}")
if verbose:
    for c in ex:
        if verbose in c:
            print("==", c); print("\n".join(ex[c]))
    if verbose.startswith("FP"):
        for l, v in fpex.items(): print("== FP", l); print(Counter(v).most_common())
