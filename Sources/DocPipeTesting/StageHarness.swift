import DocPipe
import Foundation

/// Runs stages on strings in tests, without files or a command line.
///
/// ```swift
/// let document = try StageHarness.run(SentimentStage.self, on: "Calm returned. Shops opened.",
///                                     after: [SegmentStage.self])
/// #expect(document[SentimentLayer.self]?.count == 2)
/// ```
public enum StageHarness {
    /// Runs one stage (after optional earlier stages, all with default options) on a text.
    /// - Parameters:
    ///   - stage: the stage under test.
    ///   - text: the document text.
    ///   - options: the stage's options as they would be written in YAML (`["sentences": 2]`).
    ///   - earlier: stages to run first, with default options.
    ///   - metadata: the document's metadata.
    ///   - referenceDate: the pipeline's `reference_date`.
    /// - Returns: the processed document.
    /// - Throws: ``PipelineError`` when the options are wrong, or what a stage throws.
    public static func run<S: Stage>(
        _ stage: S.Type, on text: String, options: JSONValue = [:], after earlier: [any Stage.Type] = [],
        metadata: Metadata = Metadata(), referenceDate: String? = nil
    ) throws -> Document {
        var stages = try earlier.map { try ConfiguredStage.make($0) }
        stages.append(try ConfiguredStage.make(stage, options: options))
        return try run(stages, on: [text], metadata: metadata, referenceDate: referenceDate).documents[0]
    }

    /// Runs configured stages on several texts, then their corpus-level steps.
    /// - Parameters:
    ///   - stages: the stages in order (see ``ConfiguredStage/make(_:options:location:)``).
    ///   - texts: one text per document; ids are `doc0`, `doc1`, …
    ///   - metadata: metadata given to every document.
    ///   - referenceDate: the pipeline's `reference_date`.
    ///   - outputDirectory: where stages that write files write them (default: a new temporary folder).
    /// - Returns: the processed documents and the corpus-level results.
    /// - Throws: what a stage throws.
    public static func run(
        _ stages: [ConfiguredStage], on texts: [String], metadata: Metadata = Metadata(), referenceDate: String? = nil,
        outputDirectory: URL? = nil
    ) throws -> (documents: [Document], results: CorpusResults) {
        let output = outputDirectory ?? ScratchSpace.newPath("harness")
        let context = StageContext(
            pipelineName: "test", referenceDate: referenceDate, outputDirectory: output, stageRecords: stages.map(\.record))
        let instances = try stages.map { try $0.makeStage(context: context) }
        var documents: [Document] = []
        for (index, text) in texts.enumerated() {
            var document = Document(id: "doc\(index)", source: "test", text: text, metadata: metadata)
            for stage in instances { try stage.process(&document) }
            documents.append(document)
        }
        var corpus = Corpus(documents: DocumentStream(documents))
        for stage in instances { try stage.finish(&corpus) }
        return (documents, corpus.results)
    }

    /// Problems with the spans of a document: every `{start, end}` in every layer (but `removed`,
    /// whose offsets point into the original input) must lie inside the text, and an item's `text`
    /// must equal the slice it covers.
    /// - Parameter document: the document to check.
    /// - Returns: one message per problem; empty when all spans are sound.
    public static func spanProblems(in document: Document) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        var problems: [String] = []
        func visit(_ value: JSONValue, path: String) {
            switch value {
            case .object(let object):
                if case .integer(let start)? = object["start"], case .integer(let end)? = object["end"] {
                    if start < 0 || start > end || end > scalars.count {
                        problems.append("\(path): span \(start)..<\(end) is outside the text (\(scalars.count) code points)")
                    } else if case .string(let claimed)? = object["text"] {
                        var slice = String.UnicodeScalarView()
                        slice.append(contentsOf: scalars[start..<end])
                        if String(slice) != claimed {
                            problems.append("\(path): text '\(claimed)' but the span covers '\(String(slice))'")
                        }
                    }
                }
                for key in object.keys.sorted() where key != "start" && key != "end" {
                    visit(object[key]!, path: "\(path).\(key)")
                }
            case .array(let items):
                for (index, item) in items.enumerated() { visit(item, path: "\(path)[\(index)]") }
            default:
                break
            }
        }
        for name in document.layers.names where name != StandardLayers.Removed.name {
            if let value = document.layers[raw: name] { visit(value, path: name) }
        }
        return problems
    }
}
