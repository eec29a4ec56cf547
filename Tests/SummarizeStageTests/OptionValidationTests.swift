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
            ("corpus_candidates", { $0.corpus_candidates = 0 }), ("min_words", { $0.min_words = 0 }), ("position_weight", { $0.position_weight = -1 }),
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

@Suite("Styles")
struct StyleTests {
    @Test("the lead style keeps to the opening sentences more than the balanced style")
    func leadStyle() throws {
        let sentences = [
            "The city council voted on Monday to ban cars from the old town centre from next spring.",
            "Shopkeepers were divided.",
            "Some shopkeepers in the old town centre said the ban on cars would drive customers to out-of-town shopping centres and cost jobs in the centre.",
            "Cyclists and residents of the old town centre welcomed the car ban, saying the narrow streets of the centre had become dangerous and noisy because of cars.",
            "The council will build two car parks at the edge of the old town centre so that visitors can leave their cars and walk to the shops in the centre.",
            "A council spokesman said buses would still run.",
        ]
        var balanced = TestDocuments.make("b", sentences)
        var lead = balanced
        try TestDocuments.stage { $0.sentences = 2 }.process(&balanced)
        try TestDocuments.stage { $0.sentences = 2; $0.style = "lead" }.process(&lead)
        let balancedPicks = try #require(balanced[StandardLayers.SummaryLayer.self]).sentences
        let leadPicks = try #require(lead[StandardLayers.SummaryLayer.self]).sentences
        #expect(leadPicks.first == 0)
        #expect(leadPicks.reduce(0, +) <= balancedPicks.reduce(0, +))
        #expect(throws: StageError.self) { try TestDocuments.stage { $0.style = "abstractive" } }
    }
}
