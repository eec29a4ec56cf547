import DocPipe
import Testing

@testable import CleanStage

@Suite struct ConvertedDocumentTests {
    /// A document as a converter hands it over: paragraphs one per line, blocks with pages.
    func converted(_ paragraphs: [String], source: String = "report.pdf", format: String = "pdf", kinds: [String]? = nil, pages: Bool = true) -> Document {
        var document = Document(id: "r", source: source, text: paragraphs.joined(separator: "\n\n"), metadata: Metadata(title: "Given Title", extra: ["format": .string(format)]))
        var offset = 0
        var blocks: [SourceBlock] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let count = paragraph.unicodeScalars.count
            blocks.append(SourceBlock(start: offset, end: offset + count, kind: kinds?[index] ?? "paragraph", page: pages ? index + 1 : nil, box: pages ? [72, 90, 300, 120] : nil))
            offset += count + 2
        }
        document[SourceBlocks.self] = blocks
        return document
    }

    @Test("a converted document keeps its blocks, rewritten to point into the cleaned text with their pages; a removed paragraph loses its block")
    func keepsBlocks() throws {
        var document = converted([Fixture.councilApproves, "* * * * *", Fixture.mayorSigns])
        try CleanStage(options: CleanOptions(), context: StageContext(pipelineName: "test")).process(&document)
        let blocks = try #require(document[SourceBlocks.self])
        let scalars = Array(document.text.unicodeScalars)
        #expect(!document.text.contains("* * *"))
        #expect(blocks.count == 2)
        for block in blocks {
            let text = String(String.UnicodeScalarView(scalars[block.start..<block.end]))
            #expect(Fixture.paragraphs(document).contains(text))
        }
        #expect(blocks.first?.page == 1)
        #expect(blocks.last?.page == 3)
        #expect(blocks.last?.box == [72, 90, 300, 120])
        #expect(document.metadata.title == "Given Title")
    }

    @Test("headings, list items and table rows of a converted document are kept, and no line leaves as metadata")
    func trustsStructure() throws {
        var document = Document(id: "m", source: "memo.docx", text: "Ferry Timetable Changes\n\n\(Fixture.councilApproves)\n\n- Morning ferry at 07:00\n\nCrossing | Departure")
        let kinds = ["heading", "paragraph", "listItem", "tableRow"]
        var offset = 0
        var blocks: [SourceBlock] = []
        for (kind, paragraph) in zip(kinds, document.text.components(separatedBy: "\n\n")) {
            blocks.append(SourceBlock(start: offset, end: offset + paragraph.unicodeScalars.count, kind: kind, part: "word/document.xml"))
            offset += paragraph.unicodeScalars.count + 2
        }
        document[SourceBlocks.self] = blocks
        try CleanStage(options: CleanOptions(), context: StageContext(pipelineName: "test")).process(&document)
        #expect(Fixture.paragraphs(document) == ["Ferry Timetable Changes", Fixture.councilApproves, "- Morning ferry at 07:00", "Crossing | Departure"])
        #expect(document[SourceBlocks.self]?.map(\.kind) == kinds)
    }

    @Test("Markdown-looking text in a converted document is read as plain paragraphs")
    func readsAsText() throws {
        var document = converted(["# Not a heading marker here, a literal hash sign starts this line of the report.", "See [the annex](annex) for more tables and the figures of the survey."])
        try CleanStage(options: CleanOptions(), context: StageContext(pipelineName: "test")).process(&document)
        #expect(document.text.contains("[the annex](annex)"))
    }

    func cleaned(_ document: Document, configure: (inout CleanOptions) -> Void = { _ in }) throws -> Document {
        var options = CleanOptions()
        configure(&options)
        var document = document
        try CleanStage(options: options, context: StageContext(pipelineName: "test")).process(&document)
        return document
    }

    @Test("an e-mail's greeting, short lines and sign-off stay: a converted document is not judged as a web page")
    func keepsShortMailParagraphs() throws {
        let paragraphs = ["Hi Priya,", "Quick question.", Fixture.councilApproves, "Can you check the totals before Friday?", "Thanks,", "Tomas Berg"]
        let document = try cleaned(converted(paragraphs, source: "note.eml", format: "email"))
        #expect(Fixture.paragraphs(document) == paragraphs)
        #expect(Fixture.removed(document).isEmpty)
    }

    @Test("a DOCX's one-line paragraphs and an ODT's title page stay, in the converter's order")
    func keepsTitlePageAndOneLiners() throws {
        let docx = ["Draft", "Harbour Lighting Upgrade", "Prepared for the Port Committee", "March 2024", Fixture.membersArgue, "Next steps", "Costs"]
        #expect(Fixture.paragraphs(try cleaned(converted(docx, source: "memo.docx", format: "docx"))) == docx)
        let odt = ["USER GUIDE", "Field Recorder", "Version 3.2", "Contents", Fixture.residentsDivided]
        let document = try cleaned(converted(odt, source: "guide.odt", format: "odt"))
        #expect(Fixture.paragraphs(document) == odt)
        #expect(document.metadata.title == "Given Title")
    }

    @Test("a short line on three pages of a converted document is removed as boilerplate; on two pages, it stays")
    func removesRepeatedLines() throws {
        let thrice = try cleaned(converted(["Internal use only", Fixture.councilApproves, "Internal use only", Fixture.membersArgue, "Internal use only"]))
        #expect(Fixture.paragraphs(thrice) == [Fixture.councilApproves, Fixture.membersArgue])
        #expect(Fixture.removed(thrice).map(\.reason) == ["boilerplate", "boilerplate", "boilerplate"])
        let twice = try cleaned(converted(["Internal use only", Fixture.councilApproves, "Internal use only"]))
        #expect(Fixture.paragraphs(twice) == ["Internal use only", Fixture.councilApproves, "Internal use only"])
    }

    @Test("a short line repeated in a document without pages, or on a single page, stays")
    func keepsRepeatsWithoutPages() throws {
        let paragraphs = ["import ledger", Fixture.councilApproves, "import ledger", Fixture.membersArgue, "import ledger"]
        #expect(Fixture.paragraphs(try cleaned(converted(paragraphs, source: "manual.odt", format: "odt", pages: false))) == paragraphs)
        var onePage = converted(paragraphs)
        onePage[SourceBlocks.self] = onePage[SourceBlocks.self]?.map { block in
            var block = block
            block.page = 4
            return block
        }
        #expect(Fixture.paragraphs(try cleaned(onePage)) == paragraphs)
    }

    @Test("repeated headings and table rows of a converted document stay; only plain paragraphs count as running lines")
    func keepsRepeatedStructure() throws {
        let paragraphs = ["Summary", Fixture.councilApproves, "Summary", Fixture.membersArgue, "Summary", "Yes | No", "Yes | No", "Yes | No"]
        let kinds = ["heading", "paragraph", "heading", "paragraph", "heading", "tableRow", "tableRow", "tableRow"]
        let document = try cleaned(converted(paragraphs, source: "form.docx", format: "docx", kinds: kinds))
        #expect(Fixture.paragraphs(document) == paragraphs)
    }

    @Test("web furniture in an EPUB chapter is still removed; the same line in a PDF stays")
    func epubKeepsWebPath() throws {
        let paragraphs = [Fixture.councilApproves, "Share this article", Fixture.mayorSigns]
        let epub = try cleaned(converted(paragraphs, source: "book.epub", format: "epub"))
        #expect(Fixture.paragraphs(epub) == [Fixture.councilApproves, Fixture.mayorSigns])
        let pdf = try cleaned(converted(paragraphs))
        #expect(Fixture.paragraphs(pdf) == paragraphs)
    }

    @Test("drop_patterns apply to converted documents; with boilerplate off, a line without words stays")
    func honoursOptions() throws {
        let paragraphs = [Fixture.councilApproves, "Confidential draft 7", "= = =", Fixture.mayorSigns]
        let dropped = try cleaned(converted(paragraphs)) { $0.drop_patterns = ["^Confidential draft"] }
        #expect(Fixture.paragraphs(dropped) == [Fixture.councilApproves, Fixture.mayorSigns])
        #expect(Fixture.removed(dropped).map(\.reason) == ["pattern", "boilerplate"])
        let kept = try cleaned(converted(paragraphs)) { $0.boilerplate = false }
        #expect(Fixture.paragraphs(kept) == paragraphs)
    }
}
