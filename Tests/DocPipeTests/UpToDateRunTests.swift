@testable import DocPipe
import Foundation
import Testing

/// A stage whose corpus step fails while its `marker` file exists: a run stopped after other
/// corpus steps wrote their files.
struct TripwireStage: Stage {
    struct Options: StageOptions {
        @Option(help: "The file whose presence makes the corpus step fail.") var marker = ""
        init() {}
    }
    static let name = "tripwire"
    static let abstract = "Fails in the corpus step while a file exists."
    let marker: String
    init(options: Options, context: StageContext) throws { marker = options.marker }
    func process(_ document: inout Document) throws {}
    func finish(_ corpus: inout Corpus) throws {
        if FileManager.default.fileExists(atPath: marker) { throw StageError("tripped by \(marker)") }
    }
}

@Suite("Runs whose outputs are up to date")
struct UpToDateRunTests {
    let input: URL
    let output: URL
    let marker: URL
    let registry = StageRegistry([ShoutStage.self, FragileStage.self, CollectStage.self, LengthsStage.self, TripwireStage.self])

    init() throws {
        let root = try temporaryFolder()
        input = root.appendingPathComponent("in")
        output = root.appendingPathComponent("out")
        marker = root.appendingPathComponent("trip")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for index in 0..<5 {
            try Data("Paragraph \(index) of a short note.".utf8).write(to: input.appendingPathComponent("n\(index).txt"))
        }
    }

    var pipeline: String { "stages: [shout, lengths, collect, {tripwire: {marker: \"\(marker.path)\"}}]" }

    func run(_ yaml: String? = nil, inputs: [URL]? = nil, useCache: Bool = true, force: Bool = false, shard: Shard? = nil) async throws -> RunReport {
        let definition = try PipelineLoader(registry: registry).load(yaml: Array((yaml ?? pipeline).utf8), file: URL(fileURLWithPath: "/tmp/p.yaml"))
        let options = RunOptions(
            inputs: (inputs ?? [input]).map(\.path), output: output, jobs: 2, useCache: useCache, shard: shard, force: force)
        return try await Runner(definition: definition, options: options).run()
    }

    /// The bytes and inode of each file the corpus steps write: an atomic rewrite gives a new inode.
    func outputs() throws -> [String: (Data, UInt64)] {
        var found: [String: (Data, UInt64)] = [:]
        for name in ["collected.jsonl", "lengths.json", "corpus.json"] {
            let url = output.appendingPathComponent(name)
            var status = stat()
            #expect(stat(url.path, &status) == 0)
            found[name] = (try Data(contentsOf: url), UInt64(status.st_ino))
        }
        return found
    }

    func rewritten(since before: [String: (Data, UInt64)]) throws -> Bool {
        let now = try outputs()
        return before.allSatisfy { name, old in now[name]?.1 != old.1 }
    }

    func sameBytes(as before: [String: (Data, UInt64)]) throws -> Bool {
        let now = try outputs()
        return before.allSatisfy { name, old in now[name]?.0 == old.0 }
    }

    @Test("an unchanged re-run runs no step, leaves the outputs byte-identical and says so in run.json")
    func unchangedRerunSkipsWork() async throws {
        let first = try await run()
        #expect(first.upToDate == nil)
        let before = try outputs()
        let second = try await run()
        #expect(second.upToDate == true)
        #expect(second.documentsProcessed == 5)
        #expect(second.documentsCached == 5)
        #expect(second.stages.map(\.documents) == [0, 0, 0, 0])
        #expect(second.stages.map(\.cached) == [5, 5, 5, 5])
        #expect(second.stages.allSatisfy { $0.finishSeconds == 0 })
        let now = try outputs()
        for (name, old) in before {
            #expect(now[name]?.0 == old.0, "\(name) changed")
            #expect(now[name]?.1 == old.1, "\(name) was written again")
        }
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("run.json"))) as? [String: Any]
        #expect(written?["up_to_date"] as? Bool == true)
        #expect(written?["documents_cached"] as? Int == 5)
    }

    @Test("an output modified in place, even at the same size, makes the next run a full one that restores it")
    func modifiedOutputRunsAgain() async throws {
        _ = try await run()
        let before = try outputs()
        let file = output.appendingPathComponent("collected.jsonl")
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] = bytes[bytes.count / 2] == 0x41 ? 0x42 : 0x41
        try bytes.write(to: file)
        let again = try await run()
        #expect(again.upToDate == nil)
        #expect(try sameBytes(as: before))
    }

    @Test("a deleted output makes the next run a full one")
    func deletedOutputRunsAgain() async throws {
        _ = try await run()
        try FileManager.default.removeItem(at: output.appendingPathComponent("lengths.json"))
        let again = try await run()
        #expect(again.upToDate == nil)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("lengths.json").path))
    }

    @Test("a changed document is processed again and the corpus steps run")
    func changedDocumentRunsAgain() async throws {
        _ = try await run()
        let before = try outputs()
        try Data("Paragraph 2, now longer than it was.".utf8).write(to: input.appendingPathComponent("n2.txt"))
        let again = try await run()
        #expect(again.upToDate == nil)
        #expect(again.stages[0].documents == 1)
        #expect(try rewritten(since: before))
        #expect(String(decoding: try Data(contentsOf: output.appendingPathComponent("collected.jsonl")), as: UTF8.self).contains("NOW LONGER"))
    }

    @Test("a removed or an added document makes the next run a full one")
    func removedOrAddedDocumentRunsAgain() async throws {
        _ = try await run()
        try FileManager.default.removeItem(at: input.appendingPathComponent("n4.txt"))
        let removed = try await run()
        #expect(removed.upToDate == nil)
        #expect(removed.documentsProcessed == 4)
        try Data("A new note.".utf8).write(to: input.appendingPathComponent("n9.txt"))
        let added = try await run()
        #expect(added.upToDate == nil)
        #expect(added.documentsProcessed == 5)
        #expect(try await run().upToDate == true)
    }

    @Test("the same documents in another order make the next run a full one")
    func reorderedInputsRunAgain() async throws {
        let a = input.appendingPathComponent("a"), b = input.appendingPathComponent("b")
        for (folder, name) in [(a, "first"), (b, "second")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("The \(name) folder's note.".utf8).write(to: folder.appendingPathComponent("\(name).txt"))
        }
        _ = try await run(inputs: [a, b])
        let swapped = try await run(inputs: [b, a])
        #expect(swapped.upToDate == nil)
        #expect(swapped.documentsCached == 2)
    }

    @Test("a changed stage option makes the next run a full one")
    func changedOptionRunsAgain() async throws {
        _ = try await run()
        let changed = try await run("stages: [{shout: {marks: 2}}, lengths, collect, {tripwire: {marker: \"\(marker.path)\"}}]")
        #expect(changed.upToDate == nil)
        #expect(changed.stages[0].documents == 5)
        #expect(String(decoding: try Data(contentsOf: output.appendingPathComponent("collected.jsonl")), as: UTF8.self).contains("NOTE.!!"))
    }

    @Test("force, no cache and a shard each run in full even when the outputs are up to date")
    func forceNoCacheAndShardRunAgain() async throws {
        _ = try await run()
        let before = try outputs()
        let forced = try await run(force: true)
        #expect(forced.upToDate == nil)
        #expect(forced.documentsCached == 5, "force still takes documents from the stage cache")
        #expect(try rewritten(since: before))
        #expect(try sameBytes(as: before))
        let uncached = try await run(useCache: false)
        #expect(uncached.upToDate == nil)
        #expect(uncached.stages[0].documents == 5)
        let sharded = try await run(shard: Shard(index: 0, count: 1))
        #expect(sharded.upToDate == nil)
        #expect(sharded.shard == "0/1")
    }

    @Test("a run stopped before its fingerprint was written never makes the next run skip its work")
    func interruptedRunIsNotUpToDate() async throws {
        _ = try await run()
        try Data().write(to: marker)
        await #expect(throws: RunError.self) { try await run(force: true) }
        try FileManager.default.removeItem(at: marker)
        let before = try outputs()
        let after = try await run()
        #expect(after.upToDate == nil)
        #expect(try rewritten(since: before))
        #expect(try await run().upToDate == true)
    }

    @Test("a run with a failed document leaves no fingerprint, so the next run tries the document again")
    func failedDocumentIsTriedAgain() async throws {
        let yaml = "stages: [fragile, collect]"
        try Data("this one will FAIL".utf8).write(to: input.appendingPathComponent("n1.txt"))
        let first = try await run(yaml)
        #expect(first.documentsFailed == 1)
        let again = try await run(yaml)
        #expect(again.upToDate == nil)
        #expect(again.stages[0].failed == 1)
    }

    @Test("a merge of shards into the folder makes the next plain run a full one")
    func mergeIsNotUpToDate() async throws {
        _ = try await run()
        _ = try await run(shard: Shard(index: 0, count: 1))
        let definition = try PipelineLoader(registry: registry).load(yaml: Array(pipeline.utf8), file: URL(fileURLWithPath: "/tmp/p.yaml"))
        _ = try Runner(definition: definition, options: RunOptions(inputs: [input.path], output: output, jobs: 2)).merge()
        #expect(try await run().upToDate == nil)
        #expect(try await run().upToDate == true)
    }
}
