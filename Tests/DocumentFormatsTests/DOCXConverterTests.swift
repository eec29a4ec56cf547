import DocPipe
import DocPipeTesting
import Foundation
import Testing

@testable import DocumentFormats

/// Builds small DOCX files: a body of WordprocessingML, optional styles, footnotes and core properties.
enum DOCXFixture {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    static func paragraph(_ text: String, style: String? = nil, list: Bool = false) -> String {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if list { properties += #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"# }
        return "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static func docx(body: String, footnotes: [String] = [], title: String? = nil, creator: String? = nil, created: String? = nil) -> Data {
        var entries: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(namespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>"),
            ("word/styles.xml", """
                <?xml version="1.0"?><w:styles \(namespaces)>
                <w:style w:type="paragraph" w:styleId="Berschrift1"><w:name w:val="heading 1"/></w:style>
                <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
                </w:styles>
                """),
        ]
        if !footnotes.isEmpty {
            let notes = footnotes.enumerated().map { #"<w:footnote w:id="\#($0.offset + 1)"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>\#($0.element)</w:t></w:r></w:p></w:footnote>"# }
            entries.append(("word/footnotes.xml", "<?xml version=\"1.0\"?><w:footnotes \(namespaces)><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\(notes.joined())</w:footnotes>"))
        }
        var properties = ""
        if let title { properties += "<dc:title>\(title)</dc:title>" }
        if let creator { properties += "<dc:creator>\(creator)</dc:creator>" }
        if let created { properties += #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(created)</dcterms:created>"# }
        entries.append(("docProps/core.xml", """
            <?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\(properties)</cp:coreProperties>
            """))
        return ZipFixture.zip(entries)
    }
}

@Suite struct DOCXConverterTests {
    let converter = DOCXConverter()

    @Test("a DOCX is recognised by its zip entries; another zip or text is not")
    func recognisesByContent() {
        #expect(converter.recognizes(DOCXFixture.docx(body: DOCXFixture.paragraph("Hello"))))
        #expect(!converter.recognizes(ZipFixture.zip([("notes.txt", "just a zip")])))
        #expect(!converter.recognizes(Data("PK but not a zip at all, only text".utf8)))
    }

    @Test("headings by style, list items, table rows and paragraphs come in document order")
    func readsStructure() throws {
        let body = DOCXFixture.paragraph("Annual Plan", style: "Berschrift1")
            + DOCXFixture.paragraph("The board met twice this spring.")
            + DOCXFixture.paragraph("Repair the bridge", list: true)
            + DOCXFixture.paragraph("Paint the school", list: true)
            + "<w:tbl><w:tr><w:tc>\(DOCXFixture.paragraph("Item"))</w:tc><w:tc>\(DOCXFixture.paragraph("Cost"))</w:tc></w:tr>"
            + "<w:tr><w:tc>\(DOCXFixture.paragraph("Bridge"))</w:tc><w:tc>\(DOCXFixture.paragraph("12,000"))</w:tc></w:tr></w:tbl>"
        let document = try converter.convert(DOCXFixture.docx(body: body), source: "plan.docx")
        #expect(document.text == "Annual Plan\n\nThe board met twice this spring.\n\n- Repair the bridge\n\n- Paint the school\n\nItem | Cost\n\nBridge | 12,000")
        #expect(document.blocks.map(\.kind) == ["heading", "paragraph", "listItem", "listItem", "tableRow", "tableRow"])
        #expect(document.blocks.allSatisfy { $0.part == "word/document.xml" })
    }

    @Test("footnotes follow the body, referenced as [N] where they are cited")
    func readsFootnotes() throws {
        let body = #"<w:p><w:r><w:t>The budget grew.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#
        let document = try converter.convert(DOCXFixture.docx(body: body, footnotes: ["Figures from the treasurer."]), source: "plan.docx")
        #expect(document.text == "The budget grew.[1]\n\n[1] Figures from the treasurer.")
        #expect(document.blocks.last?.kind == "footnote")
    }

    @Test("deleted text, field codes and the fallback copy of alternate content are not read")
    func skipsHiddenText() throws {
        let body = #"<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>"#
            + #"<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>text</w:t></w:r></w:p>"#
        let document = try converter.convert(DOCXFixture.docx(body: body), source: "plan.docx")
        #expect(document.text == "Kept text")
    }

    @Test("title, author and date come from the core properties")
    func readsCoreProperties() throws {
        let data = DOCXFixture.docx(body: DOCXFixture.paragraph("Text."), title: "Spring Plan", creator: "Odile Brann", created: "2022-04-01T08:30:00Z")
        let document = try converter.convert(data, source: "plan.docx")
        #expect(document.metadata.title == "Spring Plan")
        #expect(document.metadata.author == "Odile Brann")
        #expect(document.metadata.date == "2022-04-01")
        #expect(document.metadata.extra["created"] == .string("2022-04-01T08:30:00Z"))
    }

    @Test("an entry that expands past the limit is refused as a possible zip bomb")
    func refusesZipBomb() throws {
        let data = DOCXFixture.docx(body: DOCXFixture.paragraph(String(repeating: "a", count: 300_000)))
        var archive = ZipArchive(data: data)
        archive.maxEntryBytes = 100_000
        #expect(data.count < 100_000)
        #expect {
            try archive.read(["word/document.xml"])
        } throws: { error in
            "\(error)".contains("zip bomb")
        }
    }

    @Test("a truncated DOCX is still recognised, and fails with a message about the zip container")
    func truncatedFails() throws {
        let data = DOCXFixture.docx(body: DOCXFixture.paragraph("Some text that will be cut off."))
        let cut = data.prefix(data.count / 2)
        #expect(converter.recognizes(cut))
        #expect {
            try converter.convert(cut, source: "cut.docx")
        } throws: { error in
            "\(error)".contains("zip container")
        }
    }
}
