import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Option validation")
struct OptionValidationTests {
    @Test("only one of sentences, words and ratio may be set")
    func exclusiveLengths() {
        #expect(throws: StageError.self) { try TestDocuments.stage { $0.sentences = 3; $0.words = 50 } }
        #expect(throws: StageError.self) { try TestDocuments.stage { $0.words = 50; $0.ratio = 0.2 } }
        #expect(throws: Never.self) { try TestDocuments.stage { $0.words = 50 } }
    }

    @Test("out-of-range values are refused with a message naming the option")
    func ranges() {
        let cases: [(String, (inout SummarizeStage.Options) -> Void)] = [
            ("sentences", { $0.sentences = 0 }), ("ratio", { $0.ratio = 1.5 }), ("words", { $0.words = 0 }),
            ("redundancy", { $0.redundancy = 2 }), ("timeline_min_precision", { $0.timeline_min_precision = "week" }),
            ("corpus_candidates", { $0.corpus_candidates = 0 }), ("min_words", { $0.min_words = 0 }),
        ]
        for (name, configure) in cases {
            do {
                _ = try TestDocuments.stage(configure)
                Issue.record("'\(name)' out of range was accepted")
            } catch let error as StageError {
                #expect(error.message.contains("'\(name)'"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test("every option is described with help")
    func described() {
        let infos = SummarizeStage.Options.optionInfos
        #expect(infos.map(\.name).contains("corpus_sentences"))
        #expect(infos.allSatisfy { !$0.help.isEmpty })
    }
}
