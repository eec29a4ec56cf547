import DocPipe
import Foundation
import Testing

@Suite("Pipeline loader")
struct PipelineLoaderTests {
    @Test("loads names, paths relative to the file, options and defaults")
    func loadsAValidPipeline() throws {
        let definition = try load(
            """
            name: demo
            input: ../corpus
            output: out
            on_error: fail
            reference_date: 2022-01-11
            stages:
              - shout:
                  marks: 3
              - whisper
            """, file: "/work/p/pipelines/demo.yaml")
        #expect(definition.name == "demo")
        #expect(definition.inputs == ["/work/p/corpus"])
        #expect(definition.output?.path == "/work/p/pipelines/out")
        #expect(definition.onError == .fail)
        #expect(definition.referenceDate == "2022-01-11")
        #expect(definition.stages.map(\.name) == ["shout", "whisper"])
        #expect(definition.stages[0].options == .object(["marks": .integer(3), "label": .null, "upper": .bool(true)]))
    }

    @Test("names the pipeline after its file when 'name' is absent")
    func defaultsTheName() throws {
        let definition = try load("stages: [shout]", file: "/x/nightly.yaml")
        #expect(definition.name == "nightly")
    }

    @Test("reports malformed YAML with its line and column")
    func malformedYAML() throws {
        let error = try #require(loadError("stages:\n  - shout\n  - [whisper\n"))
        #expect(error.location.line == 4)
        #expect(error.message.contains("malformed YAML"))
        #expect(error.description.hasPrefix("/tmp/p.yaml:4:"))
    }

    @Test("suggests the closest stage for an unknown one, at its position")
    func unknownStage() throws {
        let error = try #require(loadError("stages:\n  - shout\n  - whispr\n"))
        #expect(error.message.contains("unknown stage 'whispr' — did you mean 'whisper'?"))
        #expect(error.location.line == 3)
        #expect(error.location.column == 5)
    }

    @Test("rejects an unknown option key at the key's position")
    func unknownOption() throws {
        let error = try #require(loadError("stages:\n  - shout:\n      markz: 2\n"))
        #expect(error.message.contains("unknown option 'markz' for stage 'shout' — did you mean 'marks'?"))
        #expect(error.location.line == 3)
        #expect(error.location.column == 7)
    }

    @Test("rejects a value of the wrong type at the value's position")
    func wrongType() throws {
        let error = try #require(loadError("stages:\n  - shout:\n      upper: true\n      marks: many\n"))
        #expect(error.message == "option 'marks' of stage 'shout' must be integer")
        #expect(error.location.line == 4)
        #expect(error.location.column == 14)
    }

    @Test("passes a stage's own refusal of its options through with a position")
    func stageRefusesOptions() throws {
        let error = try #require(loadError("stages:\n  - shout:\n      marks: -1\n"))
        #expect(error.message.contains("marks must be at least 0"))
        #expect(error.location.line == 3)
    }

    @Test("rejects unknown top-level keys with a suggestion")
    func unknownTopLevelKey() throws {
        let error = try #require(loadError("stages: [shout]\noutptu: x\n"))
        #expect(error.message.contains("unknown key 'outptu' — did you mean 'output'?"))
        #expect(error.location.line == 2)
        #expect(error.location.column == 1)
    }

    @Test("requires a non-empty stage list")
    func missingStages() throws {
        #expect(loadError("name: x\n")?.message.contains("no 'stages:'") == true)
        #expect(loadError("stages: []\n")?.message.contains("non-empty list") == true)
        #expect(loadError("")?.message.contains("empty") == true)
        #expect(loadError("- shout\n")?.message.contains("mapping") == true)
    }

    @Test("rejects bad on_error and reference_date values")
    func badScalars() throws {
        let onError = try #require(loadError("on_error: maybe\nstages: [shout]\n"))
        #expect(onError.message.contains("skip, fail"))
        #expect(onError.location.line == 1)
        #expect(onError.location.column == 11)
        let date = try #require(loadError("reference_date: 2022-02-30\nstages: [shout]\n"))
        #expect(date.message.contains("YYYY-MM-DD"))
    }

    @Test("resolves anchors and aliases")
    func aliases() throws {
        let definition = try load("description: &loud {marks: 4}\nstages:\n  - shout: *loud\n")
        #expect(definition.stages[0].options == .object(["marks": .integer(4), "label": .null, "upper": .bool(true)]))
    }

    @Test("refuses an alias bomb instead of expanding it")
    func aliasBomb() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let error = try #require(loadError(yaml + "stages: [shout]\n"))
        #expect(error.message.contains("alias bomb"))
    }

    @Test("refuses YAML nested deeper than the limit")
    func deepNesting() throws {
        let yaml = "stages: [shout]\ndescription: " + String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000) + "\n"
        let error = try #require(loadError(yaml))
        #expect(error.message.contains("nested deeper"))
    }

    @Test("rejects a stage that needs a layer no earlier stage writes")
    func layerOrder() throws {
        let error = try #require(loadError("stages:\n  - whisper\n  - shout\n"))
        #expect(error.message.contains("needs the 'shouted' layer"))
        #expect(error.message.contains("'shout'"))
        #expect(error.location.line == 2)
        #expect(try load("stages: [shout, whisper]").stages.count == 2)
    }

    @Test("rejects duplicate keys")
    func duplicateKeys() throws {
        let error = try #require(loadError("stages: [shout]\nname: a\nname: b\n"))
        #expect(error.message.contains("duplicate key 'name'"))
        #expect(error.location.line == 3)
    }

    @Test("names a missing file")
    func missingFile() throws {
        #expect(throws: PipelineError.self) {
            try PipelineLoader(registry: testRegistry).load(contentsOf: URL(fileURLWithPath: "/nonexistent/p.yaml"))
        }
    }
}
