#!/usr/bin/env python3
"""Writes synthetic multi-page PDFs for the PDF reading benchmark (scripts/bench_pdf.sh).

Each page: a running header, a page number, two columns of generated English-like sentences
(some words hyphenated at line ends). Helvetica, no embedded fonts, standard library only.
Usage: gen_bench_pdfs.py OUTPUT_FOLDER DOCUMENTS PAGES
"""
import os
import random
import sys

WORDS = ("the council harbour ferry island winter budget school road bridge lamp keeper village "
         "market river report season harvest storm letter office station valley northern southern "
         "committee meeting evening morning supply repair planning survey estimate annual").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def column_lines(rng, width_chars=48, lines=52):
    text = " ".join(sentence(rng) for _ in range(40))
    out, line = [], ""
    for word in text.split():
        if len(line) + 1 + len(word) > width_chars:
            if len(word) > 6 and rng.random() < 0.2:
                cut = len(word) // 2
                out.append(line + " " + word[:cut] + "-")
                line = word[cut:]
            else:
                out.append(line)
                line = word
        else:
            line = (line + " " + word).strip()
        if len(out) == lines:
            break
    return out


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(pages, title):
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for items in pages:
        content = "".join("BT /F1 %g Tf %g %g Td (%s) Tj ET\n" % (s, x, y, escape(t)) for x, y, s, t in items).encode("latin-1")
        number = len(objects) + 1
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (number + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(number)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    objects.append(b"<< /Title (%s) /Author (Bench Writer) /CreationDate (D:20240101000000Z) >>" % title.encode())
    out = b"%PDF-1.4\n"
    offsets = []
    for index, obj in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (index + 1) + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, len(objects), xref)
    return out


def main():
    folder, documents, page_count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(19)
    for d in range(documents):
        pages = []
        for p in range(page_count):
            items = [(72, 750, 9, "Synthetic Benchmark Report %d" % d), (300, 40, 9, str(p + 1))]
            for c, x in enumerate((72, 324)):
                for i, line in enumerate(column_lines(rng)):
                    items.append((x, 700 - 12 * i, 9, line))
            pages.append(items)
        with open(os.path.join(folder, "report-%03d.pdf" % d), "wb") as handle:
            handle.write(pdf(pages, "Report %d" % d))


if __name__ == "__main__":
    main()
