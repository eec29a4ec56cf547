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

    func run(_ folder: URL? = nil) async throws -> RunReport {
        try await Runner(definition: try load("stages: [shout, collect]"), options: RunOptions(inputs: [(folder ?? input).path], output: output, jobs: 2)).run()
    }

    func entries() throws -> [URL] {
        let cache = StageCache.defaultFolder(in: output)
        return try FileManager.default.subpathsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".json") }.map { cache.appendingPathComponent($0) }.sorted { $0.path < $1.path }
    }

    func entries(of id: String) throws -> [URL] {
        try entries().filter { try String(contentsOf: $0, encoding: .utf8).hasPrefix(#"{"docpipe_cache":1,"id":"\#(id)","#) }
    }

    @Test("an entry holding another document's valid result is not trusted: the document is processed again")
    func foreignEntryIsAMiss() async throws {
        _ = try await run()
        let strangers = try entries(of: "d0")
        let victims = try entries(of: "d1")
        try #require(strangers.count == 2 && victims.count == 2)
        for (victim, stranger) in zip(victims, strangers) { try Data(contentsOf: stranger).write(to: victim) }
        let again = try await run()
        #expect(again.stages.map(\.documents) == [1, 1])
        #expect(again.stages.map(\.cached) == [3, 3])
        let lines = try String(contentsOf: output.appendingPathComponent("collected.jsonl"), encoding: .utf8).split(separator: "\n")
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
}
