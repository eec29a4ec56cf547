@testable import DocPipe
import Foundation
import Synchronization
import Testing

/// What the stages of these tests saw, shared between the runner's threads.
private final class Sightings: Sendable {
    static let shared = Sightings()
    let events = Mutex<[String: [String]]>([:])
    let partStarted = Mutex<Set<String>>([])

    func note(_ run: String, _ event: String) { events.withLock { $0[run, default: []].append(event) } }
    func seen(_ run: String) -> [String] { events.withLock { $0[run] ?? [] } }

    /// Waits until the part of `run` has started, or gives up after a few seconds.
    func waitForPart(_ run: String) -> Bool {
        for _ in 0..<500 {
            if partStarted.withLock({ $0.contains(run) }) { return true }
            usleep(10_000)
        }
        return false
    }
}

/// The run a stage belongs to: the output folder's parent's name (each test has its own).
private func runName(_ context: StageContext) -> String { context.outputDirectory.deletingLastPathComponent().lastPathComponent }

/// Writes the `names` result (each document's first word) and may drop or write anything.
private struct FirstWordsStage: CorpusContributor {
    static let name = "names"
    static let abstract = "First words."
    init(options: NoOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {}
    func contribution(of document: Document) throws -> String { String(document.text.split(separator: " ").first ?? "") }
    func finish(_ corpus: inout Corpus, contributions: ContributionStream<String>) throws {
        var names: [JSONValue] = []
        try contributions.forEach { _, name in names.append(.string(name)) }
        corpus.results[raw: "names"] = .array(names)
    }
}

/// Counts the documents into the `tally` result; declares that it writes only `tally`. Its step
/// waits for a later part to start when the text says "WAIT", fails on "TALLYFAIL" and drops the
/// document that says "DROP".
private struct TallyingStage: CorpusContributor {
    static let name = "tally"
    static let abstract = "Counts documents."
    static let corpusResultsWritten: Set<String>? = ["tally"]
    let run: String
    init(options: NoOptions, context: StageContext) throws { run = runName(context) }
    func process(_ document: inout Document) throws {}
    func contribution(of document: Document) throws -> String { document.text }
    func finish(_ corpus: inout Corpus, contributions: ContributionStream<String>) throws {
        var count = 0
        var waits = false
        try contributions.forEach { id, text in
            count += 1
            if text.contains("WAIT") { waits = true }
            if text.contains("TALLYFAIL") { throw StageError("tally cannot count \(id)") }
            if text.contains("DROP") { corpus.drop(id, stage: Self.name, reason: "asked to") }
        }
        if waits { Sightings.shared.note(run, Sightings.shared.waitForPart(run) ? "tally saw the part running" : "tally ran alone") }
        corpus.results[raw: "tally"] = .integer(count)
    }
}

/// A split contributor whose part writes each document's length to a temporary file and whose
/// finish renames it to `lengths.txt` with the results it reads in the first line. It reads
/// `names` and, with ``readsTally``, `tally`; its part fails on a document saying "PARTFAIL".
private struct SplitLengthsStage: SplitContributor {
    struct Part: Sendable {
        let temporary: URL
        let seen: [String]
    }
    static let name = "lengths"
    static let abstract = "Document lengths."
    nonisolated(unsafe) static var readsTally = false
    static var documentPartReads: Set<String> { readsTally ? ["names", "tally"] : ["names"] }
    let run: String
    let output: URL
    init(options: NoOptions, context: StageContext) throws {
        run = runName(context)
        output = context.outputDirectory
    }
    func process(_ document: inout Document) throws {}
    func contribution(of document: Document) throws -> String { document.text }

    func documentPart(_ results: consuming CorpusResults, contributions: ContributionStream<String>) throws -> Part {
        Sightings.shared.note(run, "part saw \(results.names.joined(separator: ","))")
        Sightings.shared.partStarted.withLock { _ = $0.insert(run) }
        let temporary = output.appendingPathComponent(".lengths.tmp")
        var lines = ""
        try contributions.forEach { id, text in
            if text.contains("PARTFAIL") {
                try? FileManager.default.removeItem(at: temporary)
                throw StageError("no length for \(id)")
            }
            lines += "\(id) \(text.count)\n"
            try Data(lines.utf8).write(to: temporary)
        }
        return Part(temporary: temporary, seen: results.names)
    }

    func finish(_ corpus: inout Corpus, contributions: ContributionStream<String>, after part: Part) throws {
        Sightings.shared.note(run, "finish saw \(corpus.results.names.joined(separator: ","))")
        let lines = try String(contentsOf: part.temporary, encoding: .utf8)
        try Data((part.seen.joined(separator: ",") + "\n" + lines).utf8).write(to: output.appendingPathComponent("lengths.txt"))
        try FileManager.default.removeItem(at: part.temporary)
    }

    func discard(_ part: Part) {
        Sightings.shared.note(run, "part discarded")
        try? FileManager.default.removeItem(at: part.temporary)
    }
}

@Suite("Split contributors: a corpus step's per-document part beside earlier steps", .serialized)
struct SplitContributorTests {
    static let registry = StageRegistry([FirstWordsStage.self, TallyingStage.self, SplitLengthsStage.self])

    func run(_ texts: [String], jobs: Int = 2, readsTally: Bool = false, shards: Int = 1) async throws -> (report: RunReport, output: URL, run: String) {
        let (input, output) = try runFolders(holding: texts.enumerated().map { ("d\($0.offset).txt", $0.element) })
        return (try await run(input: input, output: output, jobs: jobs, readsTally: readsTally, shards: shards), output, output.deletingLastPathComponent().lastPathComponent)
    }

    func run(input: URL, output: URL, jobs: Int = 2, readsTally: Bool = false, shards: Int = 1) async throws -> RunReport {
        SplitLengthsStage.readsTally = readsTally
        let definition = try PipelineLoader(registry: Self.registry)
            .load(yaml: Array("stages: [names, tally, lengths]".utf8), file: URL(fileURLWithPath: "/tmp/p.yaml"))
        guard shards > 1 else { return try await Runner(definition: definition, options: RunOptions(inputs: [input.path], output: output, jobs: jobs)).run() }
        for index in 0..<shards {
            var options = RunOptions(inputs: [input.path], output: output, jobs: jobs)
            options.shard = Shard(index: index, count: shards)
            _ = try await Runner(definition: definition, options: options).run()
        }
        return try Runner(definition: definition, options: RunOptions(inputs: [input.path], output: output, jobs: jobs)).merge()
    }

    /// The names of the files in `folder`.
    func files(in folder: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path) }

    @Test("the part starts before a step that writes nothing it reads, sees the results before that step, and its stage finishes after it")
    func partRunsBesideTheEarlierStep() async throws {
        let (_, output, run) = try await run(["alpha one WAIT", "beta two", "gamma three"])
        #expect(Sightings.shared.seen(run) == ["part saw names", "tally saw the part running", "finish saw names,tally"])
        let written = try String(contentsOf: output.appendingPathComponent("lengths.txt"), encoding: .utf8)
        #expect(written == "names\nd0 14\nd1 8\nd2 11\n")
    }

    @Test("a part that reads a result an earlier step writes waits for that step")
    func partWaitsForWhatItReads() async throws {
        let (_, output, run) = try await run(["alpha one WAIT", "beta two"], readsTally: true)
        #expect(Sightings.shared.seen(run) == ["tally ran alone", "part saw names,tally", "finish saw names,tally"])
        #expect(try String(contentsOf: output.appendingPathComponent("lengths.txt"), encoding: .utf8).hasPrefix("names,tally\n"))
    }

    @Test("with one job the part runs in its stage's turn, with every result")
    func oneJobRunsInTurn() async throws {
        let (_, output, run) = try await run(["alpha one WAIT", "beta two"], jobs: 1)
        #expect(Sightings.shared.seen(run) == ["tally ran alone", "part saw names,tally", "finish saw names,tally"])
        #expect(try String(contentsOf: output.appendingPathComponent("lengths.txt"), encoding: .utf8) == "names,tally\nd0 14\nd1 8\n")
    }

    @Test("a merge of shards runs the part beside the earlier step too")
    func mergeRunsThePartEarly() async throws {
        let (_, output, run) = try await run(["alpha one WAIT", "beta two", "gamma three"], shards: 2)
        #expect(Sightings.shared.seen(run).contains("tally saw the part running"))
        #expect(try String(contentsOf: output.appendingPathComponent("lengths.txt"), encoding: .utf8) == "names\nd0 14\nd1 8\nd2 11\n")
    }

    @Test("a failing part fails the run naming its stage, and leaves no output")
    func failingPart() async throws {
        let (input, output) = try runFolders(holding: [("a.txt", "alpha one"), ("b.txt", "beta PARTFAIL")])
        await #expect {
            _ = try await run(input: input, output: output)
        } throws: { error in
            guard case RunError.corpusStep(let stage, let message) = error else { return false }
            return stage == "lengths" && message.contains("no length for b")
        }
        let written = try files(in: output)
        #expect(!written.contains("lengths.txt") && !written.contains(".lengths.tmp"))
    }

    @Test("a step failing beside a part fails the run naming that step, and the part's files are removed")
    func failingStepBesidePart() async throws {
        let (input, output) = try runFolders(holding: [("a.txt", "alpha one"), ("b.txt", "beta TALLYFAIL")])
        await #expect {
            _ = try await run(input: input, output: output)
        } throws: { error in
            guard case RunError.corpusStep(let stage, let message) = error else { return false }
            return stage == "tally" && message.contains("tally cannot count b")
        }
        #expect(Sightings.shared.seen(output.deletingLastPathComponent().lastPathComponent).last == "part discarded")
        let written = try files(in: output)
        #expect(!written.contains("lengths.txt") && !written.contains(".lengths.tmp"))
    }

    @Test("a step that declares what it writes and drops a document beside a part fails the run")
    func dropBesidePartIsAnError() async throws {
        await #expect {
            _ = try await run(["alpha one", "beta DROP"])
        } throws: { error in
            guard case RunError.corpusStep(let stage, let message) = error else { return false }
            return stage == "tally" && message.contains("dropped documents while lengths's corpus step wrote them")
        }
    }

    @Test("results named field by field overlap their result and fields of their own")
    func fieldNamesOverlap() throws {
        let context = StageContext(pipelineName: "t")
        let tally = try TallyingStage(options: NoOptions(), context: context)
        #expect(Runner.leavesAlone(tally, reads: ["names", "tally.count"]) == false)
        #expect(Runner.leavesAlone(tally, reads: ["names", "tallying"]) == true)
        #expect(Runner.leavesAlone(try FirstWordsStage(options: NoOptions(), context: context), reads: ["other"]) == false)
    }
}
