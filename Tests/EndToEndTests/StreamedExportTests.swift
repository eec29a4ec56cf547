import DocPipe
import Foundation
import Testing

/// When no corpus step before export can change a document's output (clean, segment, language),
/// export writes each document while the run processes the others; its files must be the bytes
/// the spooled path writes (a sharded run's merge always takes that path).
@Suite("Export written as documents finish", .serialized)
struct StreamedExportTests {
    static let pipeline = "stages: [clean, segment, {export: {formats: [jsonl, csv, sqlite, markdown]}}]\n"

    /// Lines for standard input: ids repeated, empty and already suffixed, so that the run must
    /// rename documents while it writes them.
    static let input = [
        #"{"id": "memo", "text": "The board met on Monday. It approved the budget."}"#,
        #"{"id": "notes", "text": "Rain is expected tomorrow.\n\nThe river may rise."}"#,
        #"{"id": "memo", "text": "A second memo with the same id. It must be renamed."}"#,
        #"{"id": "memo~2", "text": "This id is taken by the renamed memo."}"#,
        #"{"id": "", "text": "A document without an id."}"#,
        #"{"id": "notes", "text": "More notes. Short ones."}"#,
    ].joined(separator: "\n") + "\n"

    /// Every output file but the run's report and working folders.
    static func outputs(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if path == "run.json" || path.hasPrefix("shards") || path.hasPrefix(".docpipe") { continue }
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        }
        return files
    }

    @Test("a run that writes documents as they finish gives the bytes of shards merged, renamed ids included")
    func streamedRunMatchesMergedShards() throws {
        try Self.expectStreamedMatchesMerged(Self.pipeline)
    }

    @Test("a jsonl-only run, whose lines are rendered directly without templates, gives the bytes of shards merged, renamed ids included")
    func directLinesMatchMergedShards() throws {
        try Self.expectStreamedMatchesMerged("stages: [segment, {export: {formats: [jsonl]}}]\n")
        try Self.expectStreamedMatchesMerged("stages: [clean, segment, {export: {formats: [jsonl], span_layout: arrays}}]\n")
    }

    /// Runs `pipelineText` once over ``input`` and as two shards merged, and compares every output.
    static func expectStreamedMatchesMerged(_ pipelineText: String) throws {
        let root = try temporaryFolder()
        let pipeline = root.appendingPathComponent("p.yaml")
        try Data(pipelineText.utf8).write(to: pipeline)
        let single = root.appendingPathComponent("single"), sharded = root.appendingPathComponent("sharded")
        let one = try docpipe(["run", pipeline.path, "--input", "-", "--output", single.path, "--quiet", "--no-cache", "--jobs", "2"], stdin: Self.input)
        #expect(one.status == 0, "\(one.stderr)")
        for index in 0..<2 {
            let part = try docpipe(
                ["run", pipeline.path, "--input", "-", "--output", sharded.path, "--quiet", "--no-cache", "--shard", "\(index)/2"], stdin: Self.input)
            #expect(part.status == 0, "\(part.stderr)")
        }
        let merged = try docpipe(["merge", pipeline.path, "--output", sharded.path, "--quiet"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let expected = try Self.outputs(sharded)
        let lines = try #require(expected["documents.jsonl"]).split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
        #expect(lines.count == 6)
        #expect(lines[2].contains(#""id":"memo~2""#) && lines[3].contains(#""id":"memo~2~2""#))
        #expect(lines[4].contains(#""id":"_""#) && lines[5].contains(#""id":"notes~2""#))
        let actual = try Self.outputs(single)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (name, data) in expected { #expect(actual[name] == data, "\(name) differs") }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: single.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("documents served whole from the cache are written as documents finish too, with the same bytes")
    func cachedRunWritesTheSameBytes() throws {
        let root = try temporaryFolder()
        let pipeline = root.appendingPathComponent("p.yaml")
        try Data(Self.pipeline.utf8).write(to: pipeline)
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (number, text) in ["The ferry left at noon. Nobody was hurt.", "Prices rose again.\n\nShops closed early.", "A short one."].enumerated() {
            try Data(text.utf8).write(to: input.appendingPathComponent("doc\(number).txt"))
        }
        let cache = root.appendingPathComponent("cache")
        var folders: [URL] = []
        for name in ["first", "second"] {
            let output = root.appendingPathComponent(name)
            let result = try docpipe(["run", pipeline.path, "--input", input.path, "--output", output.path, "--cache", cache.path, "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            folders.append(output)
        }
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folders[1].appendingPathComponent("run.json"))) as? [String: Any]
        #expect((report?["documents_cached"] as? Int) == 3)
        let first = try Self.outputs(folders[0]), second = try Self.outputs(folders[1])
        #expect(first.keys.contains("documents.jsonl") && first.keys.contains("docpipe.sqlite"))
        #expect(first == second)
    }
}
