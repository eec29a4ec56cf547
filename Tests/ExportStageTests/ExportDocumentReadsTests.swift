import DocPipe
import Foundation
import Testing
@testable import ExportStage

/// A custom layer for these tests: span records no built-in table covers.
private enum Claims: LayerKey {
    typealias Value = [Span]
    static let name = "claims"
}

@Suite("Which documents export's corpus step reads")
struct ExportDocumentReadsTests {
    func stage(_ formats: [String]) throws -> ExportStage {
        var options = ExportStage.Options()
        options.formats = formats
        return try ExportStage(options: options, context: StageContext(pipelineName: "t"))
    }

    var plain: Document {
        var document = Document(id: "plain", text: "Two words.")
        document[StandardLayers.Sentences.self] = [Span(start: 0, end: 10)]
        document[StandardLayers.Tokens.self] = [Span(start: 0, end: 3), Span(start: 4, end: 9), Span(start: 9, end: 10)]
        return document
    }

    var custom: Document {
        var document = plain
        document[Claims.self] = [Span(start: 0, end: 3)]
        return document
    }

    @Test("documents.jsonl alone is written from the templates: no document is read")
    func jsonlReadsNone() throws {
        let export = try stage(["jsonl"])
        #expect(!export.finishReads(plain))
        #expect(!export.finishReads(custom))
    }

    @Test("CSV and SQLite read only documents with a layer outside the built-in tables, for its own table")
    func tablesReadCustomLayers() throws {
        for formats in [["csv"], ["sqlite"], ["jsonl", "csv", "sqlite"]] {
            let export = try stage(formats)
            #expect(!export.finishReads(plain), "\(formats)")
            #expect(export.finishReads(custom), "\(formats)")
        }
    }

    @Test("the reports read every document")
    func reportsReadAll() throws {
        for format in ["markdown", "html"] {
            #expect(try stage(["jsonl", format]).finishReads(plain))
        }
    }
}
