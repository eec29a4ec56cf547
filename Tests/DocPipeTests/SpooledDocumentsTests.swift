@testable import DocPipe
import Foundation
import Testing

/// A stage whose corpus step reads only the documents whose id starts with "a", and writes what
/// it saw of every document to `picked.json`: id, source and text.
struct PickyCollectStage: Stage {
    static let name = "picky"
    static let abstract = "Reads some documents in its corpus step."
    let output: URL
    init(options: NoOptions, context: StageContext) throws { output = context.outputDirectory }
    func process(_ document: inout Document) throws {}
    func finishReads(_ document: Document) -> Bool { document.id.hasPrefix("a") }
    func finish(_ corpus: inout Corpus) throws {
        var seen: [JSONValue] = []
        try corpus.documents.forEach { seen.append(.array([.string($0.id), .string($0.source), .string($0.text)])) }
        try AtomicFile.write(JSONCoding.data(JSONValue.array(seen)), to: output.appendingPathComponent("picked.json"))
    }
}

@Suite("Documents spooled only for corpus steps that read them")
struct SpooledDocumentsTests {
    let input: URL
    let output: URL

    init() throws {
        (input, output) = try runFolders(holding: [("b.txt", "words of the second file"), ("a.txt", "words of the first file")])
    }

    static func pipeline(_ stages: String) throws -> PipelineDefinition {
        try PipelineLoader(registry: StageRegistry([TextsStage.self, PickyCollectStage.self, CollectStage.self]))
            .load(yaml: Array("stages: [\(stages)]".utf8), file: URL(fileURLWithPath: "/tmp/p.yaml"))
    }

    /// Runs shard 0 of 1 and returns the lines of the documents it spooled.
    func shardDocumentLines(_ stages: String) async throws -> [String] {
        _ = try await Runner(
            definition: try Self.pipeline(stages), options: RunOptions(inputs: [input.path], output: output, jobs: 2, shard: Shard(index: 0, count: 1))
        ).run()
        let file = Shard(index: 0, count: 1).folder(in: output).appendingPathComponent(Shard.documentsFile)
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test("when every corpus step reads contributions, the spool holds each document's id and source but not its text, and the merge gives the one-run result")
    func contributorsOnlySpoolStandIns() async throws {
        let lines = try await shardDocumentLines("texts")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { !$0.contains("words of the") })
        #expect(lines[0].contains(#""id":"a""#) && lines[0].contains("a.txt"))
        _ = try Runner(definition: try Self.pipeline("texts"), options: RunOptions(inputs: [input.path], output: output)).merge()
        let merged = try String(contentsOf: output.appendingPathComponent("texts.json"), encoding: .utf8)
        #expect(merged == #"[["a","words of the first file"],["b","words of the second file"]]"#)
    }

    @Test("a stage that does not say which documents its corpus step reads gets every one whole")
    func readerGetsWholeDocuments() async throws {
        let lines = try await shardDocumentLines("texts, collect")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("words of the") })
    }

    @Test("a corpus step sees the documents it asked for whole and the others as stand-ins with id and source only")
    func pickedDocumentsWholeOthersStandIns() async throws {
        _ = try await Runner(definition: try Self.pipeline("picky"), options: RunOptions(inputs: [input.path], output: output, jobs: 2)).run()
        let seen = try JSONCoding.decode([[String]].self, from: Data(contentsOf: output.appendingPathComponent("picked.json")))
        #expect(seen.map { $0[0] } == ["a", "b"])
        #expect(seen.allSatisfy { $0[1].hasSuffix("/\($0[0]).txt") })
        #expect(seen.map { $0[2] } == ["words of the first file", ""])
    }
}
