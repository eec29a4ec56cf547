import DocPipe
import DocPipeTesting
import Foundation
import Testing

@testable import DocumentFormats

/// Builds small EPUB books.
enum EPUBFixture {
    static func chapter(_ heading: String, _ paragraphs: [String]) -> String {
        "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>\(heading)</title></head><body><h1>\(heading)</h1>"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</body></html>"
    }

    /// A book whose manifest lists the chapters in another order than the spine.
    static func book(chapters: [(path: String, xhtml: String)], spine: [String], extraSpine: String = "", extraManifest: String = "") -> Data {
        let manifest = chapters.reversed().map { #"<item id="\#($0.path)" href="\#($0.path)" media-type="application/xhtml+xml"/>"# }.joined()
        let opf = """
            <?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\
            <dc:title>The Lighthouse Year</dc:title><dc:creator>Pell Amsel</dc:creator><dc:date>2019-05-02</dc:date><dc:language>en</dc:language></metadata>\
            <manifest>\(manifest)\(extraManifest)<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml"/></manifest>\
            <spine>\(spine.map { #"<itemref idref="\#($0)"/>"# }.joined())\(extraSpine)</spine></package>
            """
        return ZipFixture.zip([
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", #"<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"#),
            ("OEBPS/content.opf", opf),
            ("OEBPS/nav.xhtml", chapter("Contents", ["Chapter One", "Chapter Two"])),
        ] + chapters.map { ("OEBPS/" + $0.path, $0.xhtml) })
    }
}

@Suite struct EPUBConverterTests {
    let converter = EPUBConverter()
    let one = EPUBFixture.chapter("Chapter One", ["The keeper climbed the tower every evening to light the lamp for the boats.", "Winter brought storms that lasted a week."])
    let two = EPUBFixture.chapter("Chapter Two", ["In spring the supply ship returned with oil, letters and a new lens for the lamp."])

    @Test("an EPUB is recognised by its leading mimetype entry; a DOCX is not")
    func recognisesByContent() {
        #expect(converter.recognizes(EPUBFixture.book(chapters: [("one.xhtml", one)], spine: ["one.xhtml"])))
        #expect(!converter.recognizes(ZipFixture.zip([("word/document.xml", "<w:document/>")])))
    }

    @Test("chapters come in spine order, not manifest order; linear=no items are left out")
    func readsSpineOrder() throws {
        let data = EPUBFixture.book(chapters: [("one.xhtml", one), ("two.xhtml", two)], spine: ["one.xhtml", "two.xhtml"], extraSpine: #"<itemref idref="nav" linear="no"/>"#)
        let document = try converter.convert(data, source: "book.epub")
        let keeper = try #require(document.text.range(of: "The keeper climbed the tower"))
        let ship = try #require(document.text.range(of: "In spring the supply ship returned"))
        #expect(keeper.lowerBound < ship.lowerBound)
        #expect(!document.text.contains("Contents"))
        #expect(document.blocks.first?.kind == "heading")
        #expect(document.blocks.first?.part == "OEBPS/one.xhtml")
        #expect(document.blocks.last?.part == "OEBPS/two.xhtml")
    }

    @Test("title, author and date come from the package metadata")
    func readsMetadata() throws {
        let document = try converter.convert(EPUBFixture.book(chapters: [("one.xhtml", one)], spine: ["one.xhtml"]), source: "book.epub")
        #expect(document.metadata.title == "The Lighthouse Year")
        #expect(document.metadata.author == "Pell Amsel")
        #expect(document.metadata.date == "2019-05-02")
        #expect(document.metadata.extra["declared_language"] == .string("en"))
    }

    @Test("a chapter missing from the container is a warning; an EPUB without a container file fails")
    func missingParts() throws {
        let data = EPUBFixture.book(
            chapters: [("one.xhtml", one)], spine: ["one.xhtml"], extraSpine: #"<itemref idref="gone"/>"#,
            extraManifest: #"<item id="gone" href="gone.xhtml" media-type="application/xhtml+xml"/>"#)
        let document = try converter.convert(data, source: "book.epub")
        #expect(document.warnings == ["EPUB chapter OEBPS/gone.xhtml is listed in the spine but missing from the container"])
        #expect(document.text.contains("The keeper climbed the tower"))
        let broken = ZipFixture.zip([("mimetype", "application/epub+zip"), ("OEBPS/one.xhtml", one)])
        #expect {
            try converter.convert(broken, source: "broken.epub")
        } throws: { error in
            "\(error)".contains("META-INF/container.xml")
        }
    }

    @Test("relative paths in the package are resolved against its folder")
    func resolvesPaths() {
        #expect(EPUBPackage.resolve("OEBPS/text/../one.xhtml") == "OEBPS/one.xhtml")
        #expect(EPUBPackage.resolve("./a/./b.xhtml") == "a/b.xhtml")
    }

    @Test("a chapter the spine lists once per anchor is read once")
    func chapterListedPerAnchorIsReadOnce() throws {
        let anchors = #"<item id="one-a" href="one.xhtml#a7" media-type="application/xhtml+xml"/><item id="one-b" href="one.xhtml#b9" media-type="application/xhtml+xml"/>"#
        let book = EPUBFixture.book(chapters: [("one.xhtml", one), ("two.xhtml", two)], spine: ["one.xhtml"],
                                    extraSpine: #"<itemref idref="one-a"/><itemref idref="one-b"/><itemref idref="two.xhtml"/>"#, extraManifest: anchors)
        let text = try converter.convert(book, source: "anchors.epub").text
        #expect(text.components(separatedBy: "Winter brought storms that lasted a week.").count == 2)
        let evening = try #require(text.range(of: "every evening"))
        let spring = try #require(text.range(of: "In spring"))
        #expect(evening.lowerBound < spring.lowerBound)
    }
}
