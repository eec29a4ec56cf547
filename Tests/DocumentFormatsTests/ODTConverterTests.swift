import DocPipe
import DocPipeTesting
import Foundation
import Testing

@testable import DocumentFormats

@Suite struct ODTConverterTests {
    let converter = ODTConverter()

    static func odt(_ body: String) -> Data {
        let namespaces = #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0""#
        return ZipFixture.zip([
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", "<?xml version=\"1.0\"?><office:document-content \(namespaces)><office:body><office:text>\(body)</office:text></office:body></office:document-content>"),
            ("meta.xml", #"<?xml version="1.0"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>Well Survey</dc:title><meta:initial-creator>Rune Okafor</meta:initial-creator><meta:creation-date>2020-02-29T12:00:00</meta:creation-date></office:meta></office:document-meta>"#),
        ])
    }

    @Test("an ODT is recognised by its leading mimetype; a DOCX is not")
    func recognisesByContent() {
        #expect(converter.recognizes(Self.odt("<text:p>Hi</text:p>")))
        #expect(!converter.recognizes(ZipFixture.zip([("word/document.xml", "<w:document/>")])))
    }

    @Test("headings, paragraphs with spaces and notes, list items and table rows come in order; notes follow")
    func readsStructure() throws {
        let body = #"<text:h text:outline-level="1">Village Wells</text:h>"#
            + #"<text:p>Three wells<text:s text:c="2"/>were dug.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>In the dry year.</text:p></text:note-body></text:note></text:p>"#
            + #"<text:list><text:list-item><text:p>North well</text:p></text:list-item><text:list-item><text:p>South well</text:p></text:list-item></text:list>"#
            + #"<table:table><table:table-row><table:table-cell><text:p>Depth</text:p></table:table-cell><table:table-cell><text:p>12 m</text:p></table:table-cell></table:table-row></table:table>"#
        let document = try converter.convert(Self.odt(body), source: "wells.odt")
        #expect(document.text == "Village Wells\n\nThree wells were dug.[1]\n\n- North well\n\n- South well\n\nDepth | 12 m\n\n[1] In the dry year.")
        #expect(document.blocks.map(\.kind) == ["heading", "paragraph", "listItem", "listItem", "tableRow", "footnote"])
    }

    @Test("title, author and date come from meta.xml")
    func readsMetadata() throws {
        let document = try converter.convert(Self.odt("<text:p>Text.</text:p>"), source: "wells.odt")
        #expect(document.metadata.title == "Well Survey")
        #expect(document.metadata.author == "Rune Okafor")
        #expect(document.metadata.date == "2020-02-29")
    }
}
