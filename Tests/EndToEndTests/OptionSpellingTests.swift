import DocPipe
import DocPipeCLI
import Foundation
import Testing

@Suite("Option spelling")
struct OptionSpellingTests {
    static func write(_ yaml: String) throws -> URL {
        let file = try temporaryFolder().appendingPathComponent("pipeline.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("every option of every built-in stage is snake_case")
    func builtInOptionsAreSnakeCase() {
        for stage in DocPipeCommand.registry.stages {
            for option in StageDescription(stage).options {
                #expect(option.name.wholeMatch(of: /[a-z][a-z0-9_]*/) != nil, "option '\(option.name)' of stage '\(stage.name)' is not snake_case")
            }
        }
    }

    @Test("a camelCase option of an earlier release is read under its snake_case name, with a deprecation warning at the key")
    func oldSpellingIsAcceptedWithAWarning() throws {
        let file = try Self.write("input: a.txt\noutput: out\nstages:\n  - segment\n  - extract:\n      keepUnlabeled: true\n      minimumQuoteWords: 9\n")
        try "A text.".write(to: file.deletingLastPathComponent().appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let definition = try PipelineLoader(registry: DocPipeCommand.registry).load(contentsOf: file)
        guard case .object(let options) = definition.stages[1].options else { Issue.record("options are not an object"); return }
        #expect(options["keep_unlabeled"] == .bool(true))
        #expect(options["minimum_quote_words"] == .integer(9))
        #expect(options["keepUnlabeled"] == nil)
        #expect(definition.warnings.map(\.location.line) == [6, 7])
        #expect(definition.warnings.map(\.location.column) == [7, 7])
        #expect(definition.warnings[0].message.contains("'keepUnlabeled'") && definition.warnings[0].message.contains("write 'keep_unlabeled'"))

        let validated = try docpipe(["validate", file.path])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stderr.contains("\(file.path):6:7: warning: option 'keepUnlabeled' of stage 'extract' is deprecated"))
        let strict = try docpipe(["validate", "--strict", file.path])
        #expect(strict.status != 0)
    }

    @Test("both spellings of one option is an error; an unknown camelCase name is still unknown")
    func bothSpellingsAreRefused() throws {
        let both = try Self.write("stages:\n  - extract:\n      keep_unlabeled: true\n      keepUnlabeled: false\n")
        #expect(throws: PipelineError.self) { try PipelineLoader(registry: DocPipeCommand.registry).load(contentsOf: both) }
        let unknown = try Self.write("stages:\n  - extract:\n      keepEverything: true\n")
        #expect {
            try PipelineLoader(registry: DocPipeCommand.registry).load(contentsOf: unknown)
        } throws: { error in
            "\(error)".contains("keepEverything")
        }
    }
}
