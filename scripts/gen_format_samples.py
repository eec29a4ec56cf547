#!/usr/bin/env python3
"""Writes the sample corpus of pipelines/mixed-formats.yaml: corpus/mixed-formats/ with one small
document per format DocPipe reads (PDF, DOCX, ODT, EPUB, e-mail, plain text). The texts are
written for DocPipe (public domain, CC0); the files are generated, so re-running this script
gives the same bytes. Standard library only.
Usage: python3 scripts/gen_format_samples.py [FOLDER]
"""
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from gen_bench_pdfs import pdf  # noqa: E402

STAMP = (2024, 1, 1, 0, 0, 0)


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w") as archive:
        for index, (name, text) in enumerate(entries):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_STORED if index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(info, text)


def report_pdf(folder):
    left = [["The harbour board met on the fourth of March to review", "the state of the two lighthouses on the northern", "cape. Both towers need new glazing before the", "autumn storms, and the keepers asked for a second", "boat."],
            ["The treasurer reported that the repair fund holds", "enough for the glazing but not for the boat. The", "board agreed to ask the regional council for a", "grant and to delay the boat until the spring."]]
    right = [["Ships logged by the keepers rose by a tenth over the", "year. Most were fishing boats from the southern", "villages; a few were cargo ships bound for the", "river ports."],
             ["The next meeting will review the keepers' winter", "rota and the price of lamp oil, which rose sharply", "after the refinery on the coast closed."]]
    pages = []
    for number in (1, 2):
        items = [(72, 750, 9, "Harbour Board Minutes"), (300, 40, 9, str(number))]
        for i, line in enumerate(left[number - 1]):
            items.append((72, 700 - 12 * i, 9, line))
        for i, line in enumerate(right[number - 1]):
            items.append((336, 700 - 12 * i, 9, line))
        pages.append(items)
    with open(os.path.join(folder, "harbour-minutes.pdf"), "wb") as handle:
        handle.write(pdf(pages, "Harbour Board Minutes, March"))


def memo_docx(folder):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = ('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Ferry Timetable Changes</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>From May the morning ferry will leave the island at seven, half an hour earlier than now, '
            'so that pupils reach the mainland school before the first lesson.</w:t></w:r>'
            '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
            '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Morning ferry at 07:00</w:t></w:r></w:p>'
            '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Evening ferry waits for the last train</w:t></w:r></w:p>'
            '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Crossing</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Departure</w:t></w:r></w:p></w:tc></w:tr>'
            '<w:tr><w:tc><w:p><w:r><w:t>Morning</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>07:00</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    footnotes = (f'<w:footnotes {w}><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
                 '<w:r><w:t>Agreed with the school board in February.</w:t></w:r></w:p></w:footnote></w:footnotes>')
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
            '<dc:title>Ferry Timetable Memo</dc:title><dc:creator>Tove Lind</dc:creator>'
            '<dcterms:created>2024-02-20T10:00:00Z</dcterms:created></cp:coreProperties>')
    write_zip(os.path.join(folder, "ferry-memo.docx"), [
        ("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>"),
        ("word/footnotes.xml", footnotes),
        ("docProps/core.xml", core),
    ])


def wells_odt(folder):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<office:document-content {ns}><office:body><office:text>'
               '<text:h text:outline-level="1">Village Wells Survey</text:h>'
               '<text:p>Three of the five village wells still give clean water after the dry summer. '
               'The two on the hill will be deepened before winter.</text:p>'
               '</office:text></office:body></office:document-content>')
    meta = ('<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<office:meta><dc:title>Village Wells Survey</dc:title><meta:initial-creator>Rune Okafor</meta:initial-creator>'
            '<meta:creation-date>2023-09-02T09:00:00</meta:creation-date></office:meta></office:document-meta>')
    write_zip(os.path.join(folder, "wells-survey.odt"), [
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", content),
        ("meta.xml", meta),
    ])


def roads_epub(folder):
    def chapter(title, text):
        return (f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{title}</title></head>'
                f'<body><h1>{title}</h1><p>{text}</p></body></html>')
    opf = ('<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           '<dc:title>Salt Roads</dc:title><dc:creator>Ada Fenn</dc:creator><dc:date>2019</dc:date><dc:language>en</dc:language></metadata>'
           '<manifest><item id="b" href="text/return.xhtml" media-type="application/xhtml+xml"/>'
           '<item id="a" href="text/journey.xhtml" media-type="application/xhtml+xml"/></manifest>'
           '<spine><itemref idref="a"/><itemref idref="b"/></spine></package>')
    write_zip(os.path.join(folder, "salt-roads.epub"), [
        ("mimetype", "application/epub+zip"),
        ("META-INF/container.xml", '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
                                   '<rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'),
        ("OEBPS/book.opf", opf),
        ("OEBPS/text/journey.xhtml", chapter("The Journey", "The salt traders left the village in March, when the snow on the pass had begun to melt, and reached the coast after eleven days.")),
        ("OEBPS/text/return.xhtml", chapter("The Return", "They came back over the pass in June with salt, dried fish and news of a new harbour being built on the cape.")),
    ])


def oil_eml(folder):
    message = ("From: Ines Harrow <ines@example.org>\r\nTo: Tove Lind <tove@example.org>\r\n"
               "Subject: Lamp oil for the winter\r\nDate: Tue, 14 Nov 2023 09:30:00 +0100\r\n"
               "Message-ID: <lamp-oil-1@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
               "Dear Tove,\r\n\r\nthe supply ship will bring forty barrels of lamp oil next week,\r\n"
               "enough to keep both towers lit for the whole winter.\r\n\r\n"
               "On Monday, Tove Lind wrote:\r\n> How much oil do we need for the winter?\r\n\r\n"
               "-- \r\nInes Harrow\r\nHarbour office\r\n")
    with open(os.path.join(folder, "lamp-oil.eml"), "w", newline="") as handle:
        handle.write(message)


def note_txt(folder):
    with open(os.path.join(folder, "keeper-note.txt"), "w") as handle:
        handle.write("Keeper's note\n\nThe lens of the north tower was cleaned on Sunday. "
                     "The south tower's clockwork needs oil and a new spring before the end of the month.\n")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "corpus", "mixed-formats")
    os.makedirs(folder, exist_ok=True)
    for write in (report_pdf, memo_docx, wells_odt, roads_epub, oil_eml, note_txt):
        write(folder)


if __name__ == "__main__":
    main()
