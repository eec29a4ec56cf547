import DocPipe
import DocPipeCLI
import Foundation
import Testing

@Suite("docpipe command line", .serialized)
struct CommandLineTests {
    @Test("validate exits 0 for the sample pipeline and 2 with file:line:col for a broken one")
    func validate() throws {
        let ok = try docpipe(["validate", "pipelines/kazakhstan.yaml"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let folder = try temporaryFolder()
        let broken = folder.appendingPathComponent("broken.yaml")
        try Data("stages:\n  - clean\n  - sumarize\n".utf8).write(to: broken)
        let bad = try docpipe(["validate", broken.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("\(broken.path):3:5: error: unknown stage 'sumarize' — did you mean 'summarize'?"))
    }

    @Test("validate catches a wrong stage order with its position")
    func wrongOrder() throws {
        let folder = try temporaryFolder()
        let pipeline = folder.appendingPathComponent("order.yaml")
        try Data("stages:\n  - clean\n  - summarize\n  - segment\n".utf8).write(to: pipeline)
        let result = try docpipe(["validate", pipeline.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(pipeline.path):3:5: error: stage 'summarize' needs the 'sentences' layer"))
        #expect(result.stderr.contains("'segment'"))
    }

    @Test("stages lists every built-in stage, one per line")
    func stages() throws {
        let result = try docpipe(["stages"])
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") }
        for stage in ["clean", "segment", "extract", "summarize", "export"] { #expect(names.contains(stage)) }
    }

    @Test("describe prints options with type, default and help; unknown stage exits 2")
    func describe() throws {
        let result = try docpipe(["describe", "export"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("formats"))
        #expect(result.stdout.contains("list of string"))
        let json = try docpipe(["describe", "export", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "export")
        let missing = try docpipe(["describe", "exprot"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("did you mean 'export'"))
    }

    @Test("run reads JSON Lines from stdin, reports a bad line and exits 1")
    func runFromStandardInput() throws {
        let folder = try temporaryFolder()
        let pipeline = folder.appendingPathComponent("p.yaml")
        try Data("stages: [clean, segment, export]\n".utf8).write(to: pipeline)
        let input = #"{"id": "a", "text": "First doc. It has two sentences."}"# + "\n{broken\n" + #"{"id": "b", "text": "Second doc."}"# + "\n"
        let result = try docpipe(["run", pipeline.path, "--input", "-", "--output", folder.appendingPathComponent("out").path, "--quiet"], stdin: input)
        #expect(result.status == 1)
        #expect(result.stderr.contains("stdin:2"))
        let lines = try String(contentsOf: folder.appendingPathComponent("out/documents.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains(#""id":"a""#))
    }

    @Test("run --reference-date anchors documents without a date of their own; a document's own date still wins")
    func referenceDateOption() throws {
        let folder = try temporaryFolder()
        let pipeline = folder.appendingPathComponent("p.yaml")
        try Data("reference_date: 2020-01-01\nstages: [segment, extract, export]\n".utf8).write(to: pipeline)
        let input = #"{"id": "a", "text": "The ferry sank yesterday."}"# + "\n"
            + #"{"id": "b", "text": "The ferry sank yesterday.", "metadata": {"date": "Tue, 14 Jun 2022 08:00:00 +0000"}}"# + "\n"
        let out = folder.appendingPathComponent("out")
        let result = try docpipe(["run", pipeline.path, "--input", "-", "--output", out.path, "--quiet", "--reference-date", "2023-05-10"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines[0].contains(#""value":"2023-05-09""#))
        #expect(lines[1].contains(#""value":"2022-06-13""#))
        let bad = try docpipe(["run", pipeline.path, "--input", "-", "--output", out.path, "--reference-date", "10/05/2023"], stdin: input)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--reference-date"))
    }

    @Test("run exits 2 for a definition error and names the position")
    func runWithBadDefinition() throws {
        let folder = try temporaryFolder()
        let pipeline = folder.appendingPathComponent("p.yaml")
        try Data("stages:\n  - export:\n      formats: yes please\n".utf8).write(to: pipeline)
        let result = try docpipe(["run", pipeline.path, "--input", folder.path, "--output", folder.appendingPathComponent("o").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("p.yaml:3:"))
    }
}

@Suite("Generated files and scaffolding", .serialized)
struct GeneratedFilesTests {
    @Test("docs/pipeline.schema.json matches 'docpipe schema' (regenerate: .build/debug/docpipe schema > docs/pipeline.schema.json)")
    func schemaIsCurrent() throws {
        let result = try docpipe(["schema"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: packageRoot.appendingPathComponent("docs/pipeline.schema.json"), encoding: .utf8)
        #expect(result.stdout == committed, "docs/pipeline.schema.json is stale: run .build/debug/docpipe schema > docs/pipeline.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((schema["required"] as? [String]) == ["stages"])
    }

    @Test("new-stage writes a module, a test and the registration lines, and the manifest still parses")
    func scaffold() throws {
        let copy = try temporaryFolder().appendingPathComponent("pkg")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for item in ["Package.swift", "Sources", "Tests", "Plugins"] {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(item), to: copy.appendingPathComponent(item))
        }
        let result = try docpipe(["new-stage", "Sentiment", "--package", copy.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: copy.appendingPathComponent("Sources/SentimentStage/SentimentStage.swift").path))
        #expect(FileManager.default.fileExists(atPath: copy.appendingPathComponent("Tests/SentimentStageTests/SentimentStageTests.swift").path))
        let command = try String(contentsOf: copy.appendingPathComponent("Sources/DocPipeCLI/DocPipeCommand.swift"), encoding: .utf8)
        #expect(command.contains("import SentimentStage\n// docpipe:new-stage imports"))
        #expect(command.contains("SentimentStage.self,\n        // docpipe:new-stage registrations"))
        let again = try docpipe(["new-stage", "Sentiment", "--package", copy.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))

        let dump = Process()
        dump.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        dump.arguments = ["swift", "package", "dump-package", "--package-path", copy.path]
        let out = Pipe()
        dump.standardOutput = out
        dump.standardError = FileHandle.nullDevice
        try dump.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        dump.waitUntilExit()
        #expect(dump.terminationStatus == 0)
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let targets = (manifest["targets"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(targets.contains("SentimentStage"))
        #expect(targets.contains("SentimentStageTests"))
    }
}

@Suite("Built-in stages")
struct BuiltinStageTests {
    @Test("every built-in stage configures with its defaults and documents every option")
    func defaultsConfigure() throws {
        for stage in DocPipeCommand.registry.stages where stage.name != "command" {
            _ = try ConfiguredStage.make(stage)
            let description = StageDescription(stage)
            #expect(!description.abstract.isEmpty)
            for option in description.options { #expect(!option.help.isEmpty, "\(stage.name).\(option.name) has no help") }
        }
    }
}
