import DocPipe
import Testing
@testable import CleanStage

@Suite("Options")
struct OptionsTests {
    @Test("drop_patterns remove matching lines with reason 'pattern'")
    func dropsPatterns() throws {
        let line = "Tip line: call the newsroom any time"
        let document = try Fixture.clean(Fixture.article(inserting: [line], after: 2)) { $0.drop_patterns = ["^Tip line:"] }
        #expect(Fixture.reason(for: line, in: document) == "pattern")
        #expect(Fixture.paragraphs(document).count == 4)
    }

    @Test("keep_patterns protect lines from every removal rule")
    func keepsPatterns() throws {
        let document = try Fixture.clean(Fixture.article(inserting: ["Share this article", "Advertisement"], after: 2)) {
            $0.keep_patterns = ["^Share this"]
            $0.drop_patterns = ["article$"]
        }
        #expect(document.text.contains("Share this article"))
        #expect(Fixture.reason(for: "Advertisement", in: document) == "advertisement")
    }

    @Test("an invalid regular expression is an error at init that names the pattern")
    func rejectsInvalidPattern() throws {
        var options = CleanOptions()
        options.drop_patterns = ["^fine$", "([a-z"]
        do {
            _ = try CleanStage(options: options, context: StageContext(pipelineName: "test"))
            Issue.record("expected an error")
        } catch let error as StageError {
            #expect(error.message.contains("([a-z"))
            #expect(error.message.contains("drop_patterns"))
        }
        options.drop_patterns = []
        options.keep_patterns = ["*bad"]
        #expect(throws: StageError.self) { try CleanStage(options: options, context: StageContext(pipelineName: "test")) }
    }

    @Test("an unknown format is an error at init")
    func rejectsUnknownFormat() throws {
        var options = CleanOptions()
        options.format = "pdf"
        #expect(throws: StageError.self) { try CleanStage(options: options, context: StageContext(pipelineName: "test")) }
    }

    @Test("every option is described with a default and help")
    func describesOptions() {
        let names = CleanOptions.optionInfos.map(\.name)
        #expect(names == ["format", "boilerplate", "metadata", "fold_punctuation", "drop_patterns", "keep_patterns"])
        #expect(CleanOptions.optionInfos.allSatisfy { !$0.help.isEmpty })
    }
}
