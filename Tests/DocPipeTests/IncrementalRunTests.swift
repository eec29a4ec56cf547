@testable import DocPipe
import Foundation
import Testing

@Suite("Incremental runs and quarantine")
struct IncrementalRunTests {
    let input: URL
    let output: URL

    init() throws {
        (input, output) = try runFolders(holding: (0..<6).map { ("d\($0).txt", "document \($0) text") })
    }

    /// A run; `force` keeps an unchanged re-run from being skipped as up to date, so the cache is read.
    func run(_ yaml: String, useCache: Bool = true, force: Bool = false) async throws -> RunReport {
        let definition = try load(yaml)
        return try await Runner(
            definition: definition, options: RunOptions(inputs: [input.path], output: output, jobs: 2, useCache: useCache, force: force)
        ).run()
    }

    func collected() throws -> Data {
        try Data(contentsOf: output.appendingPathComponent("collected.jsonl"))
    }

    @Test("a second run with nothing changed does no stage work and gives the same bytes")
    func nothingChanged() async throws {
        let first = try await run("stages: [shout, fragile, collect]")
        #expect(first.documentsCached == 0)
        let before = try collected()
        let second = try await run("stages: [shout, fragile, collect]", force: true)
        #expect(second.documentsCached == 6)
        #expect(second.stages.map(\.documents) == [0, 0, 0])
        #expect(second.stages.map(\.cached) == [6, 6, 6])
        #expect(try collected() == before)
    }

    @Test("a re-run hands a corpus step that reads documents the cached documents, under the ids a first run gives")
    func cachedDocumentsReadFromTheCache() async throws {
        try Data("same id, other format".utf8).write(to: input.appendingPathComponent("d1.md"))
        let first = try await run("stages: [shout, lengths, collect]")
        let before = try collected()
        let lengths = try Data(contentsOf: output.appendingPathComponent("lengths.json"))
        #expect(String(decoding: before, as: UTF8.self).contains(#""id":"d1~2""#))
        #expect(first.documentsProcessed == 7)
        let second = try await run("stages: [shout, lengths, collect]", force: true)
        #expect(second.documentsCached == 7)
        #expect(try collected() == before)
        #expect(try Data(contentsOf: output.appendingPathComponent("lengths.json")) == lengths)
        #expect(second.warnings.map(\.message) == first.warnings.map(\.message))
    }

    @Test("changing a stage's options re-runs only that stage and what follows")
    func optionsChanged() async throws {
        _ = try await run("stages: [fragile, shout, collect]")
        let changed = try await run("stages: [fragile, {shout: {marks: 3}}, collect]")
        #expect(changed.stages.map(\.cached) == [6, 0, 0])
        #expect(changed.stages.map(\.documents) == [0, 6, 6])
        #expect(String(decoding: try collected(), as: UTF8.self).contains("!!!"))
    }

    @Test("adding a document processes only that document")
    func documentAdded() async throws {
        _ = try await run("stages: [shout, collect]")
        try Data("a new one".utf8).write(to: input.appendingPathComponent("d9.txt"))
        let report = try await run("stages: [shout, collect]")
        #expect(report.stages[0].documents == 1)
        #expect(report.stages[0].cached == 6)
        #expect(report.documentsProcessed == 7)
    }

    @Test("without the cache every stage runs")
    func cacheOff() async throws {
        _ = try await run("stages: [shout, collect]")
        let report = try await run("stages: [shout, collect]", useCache: false)
        #expect(report.stages[0].documents == 6)
    }

    @Test("a failed document goes to quarantine.jsonl with its stage, error and input, and leaves it once it succeeds")
    func quarantine() async throws {
        let bad = input.appendingPathComponent("d3.txt")
        try Data("this will FAIL".utf8).write(to: bad)
        let report = try await run("stages: [shout, fragile, collect]")
        #expect(report.documentsFailed == 1)
        let entries = try QuarantineEntry.read(from: output)
        #expect(entries.count == 1)
        #expect(entries.first?.id == "d3")
        #expect(entries.first?.stage == "fragile")
        #expect(entries.first?.input?.text == "this will FAIL")
        try Data("this will pass".utf8).write(to: bad)
        let retried = try await run("stages: [shout, fragile, collect]")
        #expect(retried.documentsFailed == 0)
        #expect(retried.stages[0].documents == 1)
        #expect(try QuarantineEntry.read(from: output).isEmpty)
    }
}
