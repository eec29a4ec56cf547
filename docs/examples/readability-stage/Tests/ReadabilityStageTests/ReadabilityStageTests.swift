import DocPipe
import DocPipeTesting
import ExtractStage
import ReadabilityStage
import SegmentStage
import Testing

@Suite("Readability stage")
struct ReadabilityStageTests {
    @Test("short plain sentences score as easier than long polysyllabic ones")
    func scoresSentences() throws {
        let document = try StageHarness.run(
            ReadabilityStage.self,
            on: "The cat sat on the mat. Institutional considerations notwithstanding, the organisation's deliberations remained inconclusive.",
            after: [SegmentStage.self])
        let scores = try #require(document[ReadabilityLayer.self])
        #expect(scores.count == 2)
        #expect(scores[0].score > scores[1].score)
        #expect(StageHarness.spanProblems(in: document).isEmpty)
    }

    @Test("sentences shorter than minimum_words get no score")
    func skipsShortSentences() throws {
        let document = try StageHarness.run(ReadabilityStage.self, on: "Yes. This one is long enough to score.",
                                            options: ["minimum_words": 4], after: [SegmentStage.self])
        #expect(document[ReadabilityLayer.self]?.count == 1)
        #expect(StageHarness.spanProblems(in: document).isEmpty)
    }

    @Test("refuses a minimum_words below 1")
    func validatesOptions() {
        #expect(throws: PipelineError.self) {
            try StageHarness.run(ReadabilityStage.self, on: "x", options: ["minimum_words": 0], after: [SegmentStage.self])
        }
    }

    @Test("the mention counter totals each entity's mentions across documents")
    func countsMentions() throws {
        let stages = try [ConfiguredStage.make(SegmentStage.self), ConfiguredStage.make(ExtractStage.self), ConfiguredStage.make(MentionCounter.self)]
        let run = try StageHarness.run(stages, on: ["Angela Merkel met Emmanuel Macron in Paris.", "Angela Merkel flew home from Paris."])
        let totals = try #require(run.results[MentionTotals.self])
        #expect(totals["Paris"] == 2)
    }
}
