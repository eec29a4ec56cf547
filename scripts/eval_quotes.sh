#!/usr/bin/env bash
# Precision/recall of DocPipe's quotes and speakers, and of a nearest-name baseline, against the
# hand-annotated dev set scripts/eval-data/quotes-dev.jsonl (40 news articles read from EVAL_DIR,
# default ../shared/eval; see scripts/eval-data/README.md).
# Usage: bash scripts/eval_quotes.sh   (OUTPUT=dir for results, default out/eval-quotes-dev or -check;
#        DOCPIPE_BIN=path of a built docpipe to skip the build; VENV=path of a ready virtualenv;
#        EVAL_DIR=folder of the evaluation sets; SET=check scores the fresh check set
#        scripts/eval-data/quotes-check.jsonl instead of the dev set; SET=dev2 the second dev set
#        scripts/eval-data/quotes-dev2.jsonl; SET=dev3 the third dev set scripts/eval-data/quotes-dev3.jsonl;
#        SET=dev4 the fourth dev set scripts/eval-data/quotes-dev4.jsonl;
#        SET=dev5 the fifth dev set scripts/eval-data/quotes-dev5.jsonl (20 BBC articles);
#        SET=dev6 the sixth dev set scripts/eval-data/quotes-dev6.jsonl (25 single-quoted Daily Mail articles);
#        SET=dev7 the seventh dev set scripts/eval-data/quotes-dev7.jsonl (27 articles of other publishers);
#        SET=dev8 the eighth dev set scripts/eval-data/quotes-dev8.jsonl (29 single-quoted Daily Mail articles);
#        SET=dev9 the ninth dev set scripts/eval-data/quotes-dev9.jsonl (28 BBC, CNN, other publishers, Daily Mail);
#        SET=dev10 the tenth dev set scripts/eval-data/quotes-dev10.jsonl (47 articles, single quotes chosen);
#        STYLE=british turns every double quotation mark of the articles and the gold single first;
#        SET=dev11 the eleventh dev set scripts/eval-data/quotes-dev11.jsonl (30 articles, many speakers);
#        SET=dev12 the twelfth dev set scripts/eval-data/quotes-dev12.jsonl (37 single-quoted Daily Mail articles
#        of the CNN/DailyMail training split, text carried in the file);
#        SET=dev13 the thirteenth dev set scripts/eval-data/quotes-dev13.jsonl (34 articles, 17 Daily Mail and 17 CNN,
#        of the CNN/DailyMail training and validation splits, text carried in the file);
#        SET=dev14 the fourteenth dev set scripts/eval-data/quotes-dev14.jsonl (26 single-quoted Daily Mail articles,
#        training-split rows 100-199 of a 200-row copy, text carried in the file);
#        SET=check2 the held-out set scripts/eval-data/quotes-check2.jsonl)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
PY=$(bash scripts/venv.sh)
set_name=${SET:-dev}
case "$set_name" in dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|check|check2) ;; *) echo "SET must be dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, check or check2" >&2; exit 2 ;; esac
"$PY" scripts/eval_quotes.py --docpipe "$DOCPIPE_BIN" --output "${OUTPUT:-$root/out/eval-quotes-$set_name${STYLE:+-$STYLE}}" \
  --gold "$root/scripts/eval-data/quotes-$set_name.jsonl" \
  ${EVAL_DIR:+--eval-dir "$EVAL_DIR"}
