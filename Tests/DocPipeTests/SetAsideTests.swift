@testable import DocPipe
import Foundation
import Testing

/// Sets aside documents that contain "ELSEWHERE", grouped by their first word.
private struct SieveStage: Stage {
    static let name = "sieve"
    static let abstract = "Sets aside documents marked ELSEWHERE."
    init(options: NoOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {
        let first = document.text.split(separator: " ").first.map(String.init) ?? ""
        document.metadata.extra["language"] = .string(first)
        if document.text.contains("ELSEWHERE") {
            throw DocumentSetAside(group: "kind \(first)", reason: "not for this pipeline (\(first))")
        }
    }
}

/// A stage whose rules are written for English only.
private struct EnglishStage: Stage {
    static let name = "english"
    static let abstract = "English only."
    static let languages: [String]? = ["en"]
    init(options: NoOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {}
}

@Suite("Documents set aside and language warnings")
struct SetAsideTests {
    static let registry = StageRegistry([SieveStage.self, EnglishStage.self, CollectStage.self])

    func run(_ texts: [String: String], shards: Int = 1) async throws -> (RunReport, URL) {
        let input = try temporaryFolder().appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, text) in texts { try Data(text.utf8).write(to: input.appendingPathComponent(name)) }
        let output = try temporaryFolder().appendingPathComponent("out")
        let definition = try PipelineLoader(registry: Self.registry)
            .load(yaml: Array("stages: [sieve, english, collect]".utf8), file: URL(fileURLWithPath: "/tmp/p.yaml"))
        if shards == 1 {
            return (try await Runner(definition: definition, options: RunOptions(inputs: [input.path], output: output, jobs: 2)).run(), output)
        }
        for index in 0..<shards {
            var options = RunOptions(inputs: [input.path], output: output, jobs: 1)
            options.shard = Shard(index: index, count: shards)
            _ = try await Runner(definition: definition, options: options).run()
        }
        return (try Runner(definition: definition, options: RunOptions(inputs: [input.path], output: output)).merge(), output)
    }

    static let texts = [
        "a.txt": "en fine text", "b.txt": "de ELSEWHERE one", "c.txt": "de ELSEWHERE two",
        "d.txt": "ru ELSEWHERE three", "e.txt": "fr kept but not English",
    ]

    @Test("a set-aside document is counted per group, listed with its reason and warned about, not failed and not output")
    func setAsideIsReported() async throws {
        let (report, output) = try await run(Self.texts)
        #expect(report.documentsRead == 5)
        #expect(report.documentsProcessed == 2)
        #expect(report.documentsFailed == 0)
        #expect(report.documentsSetAside == 3)
        #expect(report.setAsideCounts == ["kind de": 2, "kind ru": 1])
        #expect(report.setAside?.map(\.id).sorted() == ["b", "c", "d"])
        #expect(report.setAside?.allSatisfy { $0.stage == "sieve" } == true)
        #expect(report.warnings.contains(RunReport.Warning(subject: "d", message: "not for this pipeline (ru)")))
        let collected = try String(contentsOf: output.appendingPathComponent("collected.jsonl"), encoding: .utf8)
        #expect(collected.split(separator: "\n").count == 2)
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("run.json"))) as? [String: Any]
        #expect(written?["set_aside_counts"] as? [String: Int] == ["kind de": 2, "kind ru": 1])
    }

    @Test("a run that sets nothing aside writes none of the set-aside keys")
    func nothingSetAside() async throws {
        let (report, output) = try await run(["a.txt": "en fine"])
        #expect(report.documentsSetAside == nil)
        let written = try String(contentsOf: output.appendingPathComponent("run.json"), encoding: .utf8)
        #expect(!written.contains("set_aside"))
    }

    @Test("a sharded run's merge adds up the documents set aside in every shard")
    func shardsMerge() async throws {
        let (report, _) = try await run(Self.texts, shards: 2)
        #expect(report.documentsSetAside == 3)
        #expect(report.setAsideCounts == ["kind de": 2, "kind ru": 1])
    }

    @Test("a stage written for English warns once per document in another known language")
    func englishOnlyStageWarns() async throws {
        let (report, _) = try await run(Self.texts)
        let warned = report.warnings.filter { $0.message.hasPrefix("stage 'english' is written for en text") }
        #expect(warned.map(\.subject) == ["e"])
        #expect(warned.first?.message.contains("this document is in 'fr'") == true)
    }

    @Test("no language warning without language metadata or when it is undetermined")
    func noWarningWithoutLanguage() {
        let stages: [any Stage] = [try! EnglishStage(options: NoOptions(), context: StageContext(pipelineName: "t"))]
        #expect(Runner.languageWarnings(stages: stages, document: Document(id: "x", text: "hi")).isEmpty)
        var undetermined = Document(id: "y", text: "…")
        undetermined.metadata.extra["language"] = .string("und")
        #expect(Runner.languageWarnings(stages: stages, document: undetermined).isEmpty)
    }
}
