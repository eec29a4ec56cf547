@testable import DocPipe
import Foundation
import Testing

@Suite("Stage cache")
struct StageCacheTests {
    let root: URL
    let input: URL
    let output: URL

    init() throws {
        root = try temporaryFolder()
        input = root.appendingPathComponent("in")
        output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for index in 0..<4 {
            try Data("document \(index) text".utf8).write(to: input.appendingPathComponent("d\(index).txt"))
        }
    }

    /// A run; `force` keeps an unchanged re-run from being skipped as up to date, so the cache is read.
    func run(_ folder: URL? = nil, force: Bool = false) async throws -> RunReport {
        try await Runner(
            definition: try load("stages: [shout, collect]"), options: RunOptions(inputs: [(folder ?? input).path], output: output, jobs: 2, force: force)
        ).run()
    }

    func entries() throws -> [URL] {
        let cache = StageCache.defaultFolder(in: output)
        return try FileManager.default.subpathsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".json") }.map { cache.appendingPathComponent($0) }.sorted { $0.path < $1.path }
    }

    func entries(of id: String) throws -> [URL] {
        try entries().filter { try String(contentsOf: $0, encoding: .utf8).prefix { $0 != "\n" }.contains(#""docpipe_cache":1,"id":"\#(id)","#) }
    }

    @Test("an entry holding another document's valid result is not trusted: the document is processed again")
    func foreignEntryIsAMiss() async throws {
        _ = try await run()
        let strangers = try entries(of: "d0")
        let victims = try entries(of: "d1")
        try #require(strangers.count == 2 && victims.count == 2)
        for (victim, stranger) in zip(victims, strangers) { try Data(contentsOf: stranger).write(to: victim) }
        let again = try await run(force: true)
        #expect(again.stages.map(\.documents) == [1, 1])
        #expect(again.stages.map(\.cached) == [3, 3])
        let lines = try String(contentsOf: output.appendingPathComponent("collected.jsonl"), encoding: .utf8).split(separator: "\n")
        for line in lines {
            let document = try JSONCoding.decode(Document.self, from: Data(line.utf8))
            #expect(document.text == "DOCUMENT \(document.id.dropFirst()) TEXT!")
        }
    }

    @Test("peek reads a delta entry's own id and metadata without the entry it builds on; touch needs every entry")
    func peekReadsOneEntry() throws {
        let cache = StageCache(folder: root.appendingPathComponent("peek-cache"))
        let before = Document(id: "p1", text: "some text")
        var after = before
        after.metadata.title = "A title"
        after.metadata.extra["language"] = "fr"
        try cache.store(before, key: "aa01", id: "p1")
        try cache.store(after, key: "aa02", id: "p1", base: (key: "aa01", document: before))
        #expect(cache.touch(["aa01", "aa02"]))
        try FileManager.default.removeItem(at: cache.folder.appendingPathComponent("aa/aa01.json"))
        #expect(!cache.touch(["aa01", "aa02"]))
        #expect(cache.load("aa02", id: "p1") == nil)
        let peeked = try #require(cache.peek("aa02", id: "p1"))
        #expect(peeked.id == "p1")
        #expect(peeked.metadata.title == "A title")
        #expect(peeked.metadata.extra["language"]?.stringValue == "fr")
        #expect(cache.peek("aa02", id: "another") == nil)
    }

    @Test("a document whose earlier stage's entry is gone is processed again, not spooled from the cache")
    func brokenChainIsAMiss() async throws {
        _ = try await run()
        let first = try #require(try entries(of: "d2").first { try !String(contentsOf: $0, encoding: .utf8).prefix { $0 != "\n" }.contains(#""base""#) })
        try FileManager.default.removeItem(at: first)
        let again = try await run(force: true)
        #expect(again.stages.map(\.documents) == [1, 1])
        #expect(again.stages.map(\.cached) == [3, 3])
        let lines = try String(contentsOf: output.appendingPathComponent("collected.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        for line in lines {
            let document = try JSONCoding.decode(Document.self, from: Data(line.utf8))
            #expect(document.text == "DOCUMENT \(document.id.dropFirst()) TEXT!")
        }
    }

    @Test("a moved or copied input folder still hits the cache; sources name the new place")
    func locationIsNotPartOfTheKey() async throws {
        _ = try await run()
        let copy = root.appendingPathComponent("copied elsewhere")
        try FileManager.default.copyItem(at: input, to: copy)
        let again = try await run(copy)
        #expect(again.documentsCached == 4)
        #expect(try String(contentsOf: output.appendingPathComponent("collected.jsonl"), encoding: .utf8).contains("copied elsewhere"))
    }

    @Test("a document's resume entry gives back its id, metadata and contributions; another key or id, or a cut entry, is a miss")
    func resumeEntryRoundTrip() throws {
        let cache = StageCache(folder: root.appendingPathComponent("resume-cache"))
        let resume = ResumeEntry(
            documentID: "r1-final", metadata: Metadata(title: "A title", extra: ["language": "en"]),
            contributions: [Data("first\n".utf8), Data(), Data([0, 0x0A, 0xFF])])
        try cache.storeResume(resume, key: "rr01", id: "r1")
        #expect(cache.loadResume("rr01", id: "r1") == resume)
        #expect(cache.loadResume("rr01", id: "r2") == nil)
        #expect(cache.loadResume("rr02", id: "r1") == nil)
        #expect(cache.size().entries == 1)
        let file = cache.folder.appendingPathComponent("rr/rr01.json")
        try Data(contentsOf: file).dropLast().write(to: file)
        #expect(cache.loadResume("rr01", id: "r1") == nil)
    }

    @Test("a resume entry read leaving its last contribution in the file gives the others and where the last lies; a cut entry is a miss")
    func resumeEntryLeavingLast() throws {
        let cache = StageCache(folder: root.appendingPathComponent("resume-left"))
        let last = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let resume = ResumeEntry(
            documentID: "r1-final", metadata: Metadata(title: "A title"), contributions: [Data("first\n".utf8), Data([0, 0x0A, 0xFF]), last])
        try cache.storeResume(resume, key: "rl01", id: "r1")
        let read = try #require(cache.loadResume("rl01", id: "r1", leavingLast: true))
        #expect(read.entry.documentID == "r1-final")
        #expect(read.entry.metadata == resume.metadata)
        #expect(read.entry.contributions == [Data("first\n".utf8), Data([0, 0x0A, 0xFF]), Data()])
        let part = try #require(read.last)
        #expect(try part.read() == [UInt8](last))
        #expect(cache.loadResume("rl01", id: "r2", leavingLast: true) == nil)
        #expect(cache.loadResume("rl01", id: "r1", leavingLast: false)?.entry == resume)
        let file = cache.folder.appendingPathComponent("rl/rl01.json")
        try Data(contentsOf: file).dropLast().write(to: file)
        #expect(cache.loadResume("rl01", id: "r1", leavingLast: true) == nil)
        #expect(throws: FileError.self) { try part.read() }
    }

    @Test("run.json reports the cache's size, and pruning removes the least recently used entries first")
    func sizeAndPrune() async throws {
        let report = try await run()
        let cache = StageCache(folder: StageCache.defaultFolder(in: output))
        let size = cache.size()
        #expect(report.cacheEntries == 8 && size.entries == 8)
        #expect(report.cacheBytes == size.bytes && size.bytes > 0)
        let files = try entries()
        let now = Date().timeIntervalSince1970
        for (age, file) in files.enumerated() {
            var times = [timeval(tv_sec: Int(now) - 600 * (age + 1), tv_usec: 0), timeval(tv_sec: Int(now) - 600 * (age + 1), tv_usec: 0)]
            #expect(utimes(file.path, &times) == 0)
        }
        let bytes = try files.prefix(2).map { try #require(try $0.resourceValues(forKeys: [.fileSizeKey]).fileSize) }.reduce(0, +)
        let removed = cache.prune(keepingBytes: bytes)
        #expect(removed.entries == 6)
        #expect(try entries() == Array(files.prefix(2)))
        #expect(cache.prune(keepingBytes: 0).entries == 2)
        #expect(cache.size().entries == 0)
    }

    @Test("after the first stage an entry holds only what its stage changed, and loads as the whole document")
    func laterStagesStoreDeltas() throws {
        let cache = StageCache(folder: root.appendingPathComponent("cache"))
        var first = Document(id: "d", source: "d.txt", text: "Some text here.")
        first[StandardLayers.Tokens.self] = [Span(start: 0, end: 4), Span(start: 5, end: 9), Span(start: 10, end: 14)]
        first.layers[raw: "doomed"] = .integer(1)
        try first.layers.keepEncodings()
        try cache.store(first, key: "k1", id: "d")
        var second = first
        second.text = "SOME TEXT HERE."
        second.layers[raw: "shouted"] = .bool(true)
        second.layers.remove("doomed")
        try second.layers.keepEncodings()
        try cache.store(second, key: "k2", id: "d", base: ("k1", first))
        let delta = try #require(String(data: try Data(contentsOf: cache.folder.appendingPathComponent("k2/k2.json")), encoding: .utf8))
        #expect(delta.hasPrefix(#"{"base":"k1","docpipe_cache":1,"id":"d","key":"k2"}"#))
        #expect(!delta.contains("tokens"), "an unchanged layer is not stored again")
        #expect(delta.contains(#""removed":["doomed"]"#) && delta.contains(#""text":"SOME TEXT HERE.""#))
        let loaded = try #require(cache.load("k2", id: "d"))
        #expect(loaded.text == second.text)
        #expect(loaded.layers.names == second.layers.names)
        #expect(loaded[StandardLayers.Tokens.self] == first[StandardLayers.Tokens.self])
        #expect(try loaded.jsonData() == second.jsonData())
        #expect(cache.loadData("k2", id: "d") == nil, "a delta is not a whole entry")
        try FileManager.default.removeItem(at: cache.folder.appendingPathComponent("k1/k1.json"))
        #expect(cache.load("k2", id: "d") == nil, "an entry whose base is gone is a miss")
    }

    @Test("a cached re-run gives the documents of an uncached run, byte for byte")
    func cachedRunMatchesUncachedRun() async throws {
        _ = try await run()
        let first = try Data(contentsOf: output.appendingPathComponent("collected.jsonl"))
        let again = try await run(force: true)
        #expect(again.documentsCached == 4)
        #expect(try Data(contentsOf: output.appendingPathComponent("collected.jsonl")) == first)
        #expect(try entries().filter { try String(contentsOf: $0, encoding: .utf8).hasPrefix(#"{"base":"#) }.count == 4)
    }

    @Test("the size in run.json is kept as entries are stored, and matches a listing of the cache after new and replaced entries")
    func sizeIsKeptWithoutListing() async throws {
        let first = try await run()
        let cache = StageCache(folder: StageCache.defaultFolder(in: output))
        let ledger = CacheLedger.file(in: cache.folder)
        #expect(FileManager.default.fileExists(atPath: ledger.path))
        try Data("document 0 changed text".utf8).write(to: input.appendingPathComponent("d0.txt"))
        try Data("a new document".utf8).write(to: input.appendingPathComponent("d9.txt"))
        let second = try await run()
        #expect(second.documentsCached == 3)
        let replaced = try #require(try entries().first)
        let replacement = StageCache(folder: cache.folder)
        let body = Data("{}".utf8)
        let header = try #require(try Data(contentsOf: replaced).split(separator: 0x0A).first)
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(header)) as? [String: Any])
        let key = try #require(fields["key"] as? String)
        let id = try #require(fields["id"] as? String)
        try replacement.storeData(body, key: key, id: id)
        let kept = replacement.size()
        let listed = StageCache(folder: cache.folder).count()
        #expect(first.cacheEntries == 8 && second.cacheEntries == 12)
        #expect(kept.entries == listed.entries && kept.bytes == listed.bytes)
        #expect(second.cacheBytes.map { $0 > listed.bytes } == true, "the replaced entry is smaller than the one it replaced")
    }

    @Test("a missing or damaged size ledger is rebuilt by listing the cache, and prune leaves it true")
    func damagedLedgerIsRebuilt() async throws {
        _ = try await run()
        let cache = StageCache(folder: StageCache.defaultFolder(in: output))
        let listed = cache.count()
        let ledger = CacheLedger.file(in: cache.folder)
        try Data("not a count\n".utf8).write(to: ledger)
        #expect(cache.size() == listed)
        try FileManager.default.removeItem(at: ledger)
        #expect(cache.size() == listed)
        try FileManager.default.removeItem(at: try #require(try entries().first))
        #expect(cache.size() == listed, "an entry removed by hand is seen by the next listing, not by the ledger")
        #expect(cache.count().entries == listed.entries - 1)
        _ = cache.prune(keepingBytes: listed.bytes / 2)
        let pruned = cache.size()
        #expect(pruned == StageCache(folder: cache.folder).count())
        #expect(pruned.bytes <= listed.bytes / 2)
    }
}
