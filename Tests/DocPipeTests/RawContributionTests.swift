@testable import DocPipe
import Foundation
import Testing

@Suite("Byte-coded contributions stored raw")
struct RawContributionTests {
    let input: URL
    let output: URL

    init() throws {
        (input, output) = try runFolders(holding: [("c.txt", "third text"), ("a.txt", "first text"), ("b.txt", "second text, a little longer")])
    }

    func texts(jobs: Int = 2, force: Bool = false) async throws -> String {
        _ = try await Runner(
            definition: try Self.pipeline(), options: RunOptions(inputs: [input.path], output: output, jobs: jobs, force: force)
        ).run()
        return try String(contentsOf: output.appendingPathComponent("texts.json"), encoding: .utf8)
    }

    /// `shout` then `texts`.
    static func pipeline() throws -> PipelineDefinition {
        try PipelineLoader(registry: StageRegistry([ShoutStage.self, TextsStage.self]))
            .load(yaml: Array("stages: [shout, texts]".utf8), file: URL(fileURLWithPath: "/tmp/p.yaml"))
    }

    /// The cache entries holding raw contributions (their header records the body's length).
    func rawEntries() throws -> [URL] {
        let cache = StageCache.defaultFolder(in: output)
        return try FileManager.default.subpathsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".json") }
            .map { cache.appendingPathComponent($0) }
            .filter { try Data(contentsOf: $0).prefix { $0 != 0x0A }.range(of: Data(#""bytes":"#.utf8)) != nil }
    }

    @Test("records of several spool files come back in sequence order, each with its bytes")
    func recordsMergeInOrder() throws {
        let folder = try temporaryFolder()
        let first = folder.appendingPathComponent("a.bin"), second = folder.appendingPathComponent("b.bin")
        try (SequencedRecords.record(sequence: 0, bytes: Data("zero".utf8)) + SequencedRecords.record(sequence: 3, bytes: Data()))
            .write(to: first)
        try (SequencedRecords.record(sequence: 1, bytes: Data([0x0A, 0x00, 0x22])) + SequencedRecords.record(sequence: 2, bytes: Data("two".utf8)))
            .write(to: second)
        let merger = try SequencedRecords.Merger([first, second])
        var got: [(Int, [UInt8])] = []
        while let record = try merger.next() { got.append((record.sequence, record.bytes)) }
        #expect(got.map(\.0) == [0, 1, 2, 3])
        #expect(got.map(\.1) == [Array("zero".utf8), [0x0A, 0x00, 0x22], Array("two".utf8), []])
    }

    @Test("a merger reads a waiting record's bytes only when its turn comes, and a truncated one is then an error")
    func mergerReadsBytesInTurn() throws {
        let folder = try temporaryFolder()
        let small = folder.appendingPathComponent("small.bin"), large = folder.appendingPathComponent("large.bin")
        try (SequencedRecords.record(sequence: 0, bytes: Data("a".utf8)) + SequencedRecords.record(sequence: 1, bytes: Data("b".utf8)))
            .write(to: small)
        try SequencedRecords.record(sequence: 2, bytes: Data(repeating: 0x41, count: 4096)).dropLast(1).write(to: large)
        let merger = try SequencedRecords.Merger([small, large])
        #expect(try merger.next()?.bytes == Array("a".utf8))
        #expect(try merger.next()?.bytes == Array("b".utf8))
        do {
            _ = try merger.next()
            Issue.record("a truncated record was read")
        } catch {
            #expect("\(error)".contains("\(large.path): a spooled contribution is truncated"))
        }
    }

    @Test("a spool file that ends inside a record is an error naming the file")
    func truncatedSpoolIsAnError() throws {
        let file = try temporaryFolder().appendingPathComponent("cut.bin")
        try SequencedRecords.record(sequence: 0, bytes: Data("a contribution".utf8)).dropLast(3).write(to: file)
        let reader = try SequencedRecords.Reader(url: file)
        do {
            _ = try reader.next()
            Issue.record("a truncated record was read")
        } catch {
            #expect("\(error)".contains("\(file.path): a spooled contribution is truncated"))
        }
    }

    @Test("byte-coded contributions go to a raw spool and raw cache entries, not base64 JSON, and give the same result from the cache")
    func rawInSpoolAndCache() async throws {
        let expected = #"[["a","FIRST TEXT!"],["b","SECOND TEXT, A LITTLE LONGER!"],["c","THIRD TEXT!"]]"#
        #expect(try await texts() == expected)
        let entries = try rawEntries()
        #expect(entries.count == 3)
        let body = try Data(contentsOf: entries[0]).drop { $0 != 0x0A }.dropFirst()
        #expect(["FIRST TEXT!", "SECOND TEXT, A LITTLE LONGER!", "THIRD TEXT!"].contains(String(decoding: body, as: UTF8.self)))
        #expect(try await texts(jobs: 1, force: true) == expected)
    }

    @Test("a reference record gives the bytes of the cached part it names, in sequence order with the others; a part whose file changed is an error")
    func referenceRecordsReadTheCache() throws {
        let folder = try temporaryFolder()
        let entry = folder.appendingPathComponent("entry.json"), spool = folder.appendingPathComponent("spool.bin")
        try Data("header\nkept-part-of-the-entry".utf8).write(to: entry)
        let part = StoredPart(path: entry.path, offset: 7, length: 4, fileSize: 29)
        try (SequencedRecords.record(sequence: 0, bytes: Data("zero".utf8)) + SequencedRecords.reference(sequence: 1, part: part)
            + SequencedRecords.record(sequence: 2, bytes: Data("two".utf8))).write(to: spool)
        let merger = try SequencedRecords.Merger([spool])
        var got: [[UInt8]] = []
        while let record = try merger.next() { got.append(record.bytes) }
        #expect(got == [Array("zero".utf8), Array("kept".utf8), Array("two".utf8)])
        try Data("header\nchanged".utf8).write(to: entry)
        let again = try SequencedRecords.Merger([spool])
        _ = try again.next()
        #expect(throws: FileError.self) { try again.next() }
    }

    @Test("a re-run spools cached documents' raw contributions as references to the cache: the same result, a changed document computed again")
    func cachedRawContributionsAreReferenced() async throws {
        let expected = try await texts()
        #expect(try await texts(force: true) == expected)
        try "second text, now edited".write(to: input.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        #expect(try await texts() == #"[["a","FIRST TEXT!"],["b","SECOND TEXT, NOW EDITED!"],["c","THIRD TEXT!"]]"#)
        try FileManager.default.removeItem(at: output)
        #expect(try await texts() == #"[["a","FIRST TEXT!"],["b","SECOND TEXT, NOW EDITED!"],["c","THIRD TEXT!"]]"#)
    }

    @Test("a truncated raw cache entry is a miss: the contribution is computed again")
    func truncatedEntryIsAMiss() async throws {
        let expected = try await texts()
        for entry in try rawEntries() {
            try Data(contentsOf: entry).dropLast(4).write(to: entry)
        }
        #expect(try await texts(force: true) == expected)
        #expect(try rawEntries().allSatisfy { try Data(contentsOf: $0).last == UInt8(ascii: "!") })
    }

    @Test("shards keep raw contribution files and merge into the result of one run")
    func shardsMergeRaw() async throws {
        let single = try await texts()
        try FileManager.default.removeItem(at: output)
        for index in 0..<2 {
            _ = try await Runner(
                definition: try Self.pipeline(), options: RunOptions(inputs: [input.path], output: output, jobs: 1, shard: Shard(index: index, count: 2))
            ).run()
        }
        #expect(FileManager.default.fileExists(atPath: Shard(index: 0, count: 2).folder(in: output).appendingPathComponent("contributions-1.seq.bin").path))
        _ = try Runner(definition: try Self.pipeline(), options: RunOptions(inputs: [input.path], output: output)).merge()
        #expect(try String(contentsOf: output.appendingPathComponent("texts.json"), encoding: .utf8) == single)
    }

    @Test("a raw contribution spool left by a dead run is recognised and removed")
    func deadRawSpoolIsRemoved() throws {
        let folder = try temporaryFolder()
        let pid = (3_000_000..<3_100_000).first { !LeftoverFiles.isRunning(pid_t($0)) } ?? 3_000_000
        let name = "processed-\(LeftoverFiles.host)-\(pid)-abcdef12.c4.bin"
        #expect(LeftoverFiles.owner(of: name) == pid_t(pid))
        try Data([1, 2, 3]).write(to: folder.appendingPathComponent(name))
        #expect(LeftoverFiles.removeDead(under: folder).files == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
    }

    @Test("the parallel pass over contributions gives each result in input order, with one thread or three")
    func parallelPassKeepsOrder() throws {
        let items = (0..<200).map { (id: "d\($0)", contribution: $0) }
        let stream = ContributionStream(items)
        for threads in [1, 3] {
            var got: [String] = []
            try stream.forEach(threads: threads, window: 5) { id, value in "\(id)=\(value * 2)" } _: { _, text in got.append(text) }
            #expect(got == (0..<200).map { "d\($0)=\($0 * 2)" })
        }
    }
}
