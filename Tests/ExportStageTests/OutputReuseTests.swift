import DocPipe
import DocPipeTesting
import Foundation
import Testing
@testable import ExportStage

@Suite("Export reuses the previous outputs' bytes")
struct OutputReuseTests {
    static let formats = ["jsonl", "csv", "sqlite"]

    /// Exports `documents` into `folder` from templates read back from their stored bytes, as the
    /// runner hands them to the corpus step.
    static func export(_ documents: [Document], into folder: URL, jobs: Int = 2) throws {
        var options = ExportStage.Options()
        options.formats = formats
        let context = StageContext(
            pipelineName: "fixture", outputDirectory: folder,
            stageRecords: [try ExportFixture.record(name: "export", options: .object(["formats": .array(formats.map(JSONValue.string))]))], jobs: jobs)
        let stage = try ExportStage(options: options, context: context)
        let templates = try documents.map { (id: $0.id, contribution: try DocumentTemplate(encodedBytes: try stage.contribution(of: $0).encodedBytes())) }
        var summary = RunSummary()
        summary.documentsRead = documents.count
        summary.documentsProcessed = documents.count
        var corpus = Corpus(documents: DocumentStream(documents), results: ExportFixture.results, summary: summary)
        try stage.finish(&corpus, contributions: ContributionStream(templates))
    }

    /// The fixture's second document with a sentence of its own added at the end.
    static var changedSecond: Document {
        var document = ExportFixture.second
        document.text += "\nA sentence written for this test."
        return document
    }

    static func reuse(_ folder: URL) -> OutputReuse {
        OutputReuse(output: folder, jsonl: true, csv: true, spanLayout: .objects)
    }

    @Test("a re-export with one document changed writes every file as a fresh export does, and indexes its documents")
    func changedDocumentGivesFreshBytes() throws {
        let previous = ScratchSpace.newPath("reuse-previous"), fresh = ScratchSpace.newPath("reuse-fresh")
        try Self.export([ExportFixture.first, ExportFixture.second], into: previous)
        let index = try #require(OutputReuseIndex.read(in: previous, signature: Self.reuse(fresh).signature))
        #expect(index.entries.keys.sorted() == ["first-report", "second report"])
        try Self.export([ExportFixture.first, Self.changedSecond], into: previous)
        try Self.export([ExportFixture.first, Self.changedSecond], into: fresh)
        let reused = try ParallelExportTests.files(previous), filled = try ParallelExportTests.files(fresh)
        #expect(reused.keys.sorted() == filled.keys.sorted())
        for (path, bytes) in filled where !path.hasPrefix(".docpipe/") { #expect(reused[path] == bytes, "\(path)") }
        #expect(try ExportFixture.read(previous, "documents.jsonl").contains("A sentence written for this test."))
    }

    @Test("previous bytes are handed out only under the fill key they were written with, and only while their digest checks out")
    func bytesAreChecked() throws {
        let folder = ScratchSpace.newPath("reuse-checked")
        try Self.export([ExportFixture.first, ExportFixture.second], into: folder)
        let original = try Data(contentsOf: folder.appendingPathComponent("documents.jsonl"))
        let index = try #require(OutputReuseIndex.read(in: folder, signature: Self.reuse(folder).signature))
        let entry = try #require(index.entries["second report"])
        let reuse = Self.reuse(folder)
        let reused = try #require(reuse.reused(id: "second report", fillKey: entry.fillKey))
        let lines = original.split(separator: 0x0A, omittingEmptySubsequences: false)
        let secondLine: [UInt8] = Array(lines[1]) + [0x0A]
        #expect(reused.line == secondLine)
        #expect(reused.csv.count == ExportTables.documentTables.count && reused.csv.contains { !$0.isEmpty })
        #expect(reuse.reused(id: "second report", fillKey: String(repeating: "0", count: 64)) == nil, "another fill key")
        #expect(reuse.reused(id: "third report", fillKey: entry.fillKey) == nil, "another document")

        var tampered = original
        let at = try #require(tampered.lastIndex(of: UInt8(ascii: "e")))
        tampered[at] = UInt8(ascii: "E")
        try tampered.write(to: folder.appendingPathComponent("documents.jsonl"))
        #expect(OutputReuseIndex.read(in: folder, signature: reuse.signature) != nil)
        #expect(Self.reuse(folder).reused(id: "second report", fillKey: entry.fillKey) == nil, "a changed file is not trusted")
        try Self.export([ExportFixture.first, ExportFixture.second], into: folder)
        #expect(try Data(contentsOf: folder.appendingPathComponent("documents.jsonl")) == original)
    }

    @Test("an index stored for other export options is not read")
    func otherOptionsAreIgnored() throws {
        let folder = ScratchSpace.newPath("reuse-options")
        try Self.export([ExportFixture.first, ExportFixture.second], into: folder)
        #expect(OutputReuseIndex.read(in: folder, signature: Self.reuse(folder).signature) != nil)
        let arrays = OutputReuse(output: folder, jsonl: true, csv: true, spanLayout: .arrays)
        #expect(OutputReuseIndex.read(in: folder, signature: arrays.signature) == nil)
    }
}
