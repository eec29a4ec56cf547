import DocPipe
import Testing

@testable import CleanStage

@Suite struct ConvertedDocumentTests {
    /// A document as a converter hands it over: paragraphs one per line, blocks with pages.
    func converted(_ paragraphs: [String], source: String = "report.pdf") -> Document {
        var document = Document(id: "r", source: source, text: paragraphs.joined(separator: "\n\n"), metadata: Metadata(title: "Given Title", extra: ["format": "pdf"]))
        var offset = 0
        var blocks: [SourceBlock] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let count = paragraph.unicodeScalars.count
            blocks.append(SourceBlock(start: offset, end: offset + count, kind: "paragraph", page: index + 1, box: [72, 90, 300, 120]))
            offset += count + 2
        }
        document[SourceBlocks.self] = blocks
        return document
    }

    @Test("a converted document keeps its blocks, rewritten to point into the cleaned text with their pages; a removed paragraph loses its block")
    func keepsBlocks() throws {
        var document = converted([Fixture.councilApproves, "Share this article", Fixture.mayorSigns])
        try CleanStage(options: CleanOptions(), context: StageContext(pipelineName: "test")).process(&document)
        let blocks = try #require(document[SourceBlocks.self])
        let scalars = Array(document.text.unicodeScalars)
        #expect(!document.text.contains("Share this article"))
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
}
