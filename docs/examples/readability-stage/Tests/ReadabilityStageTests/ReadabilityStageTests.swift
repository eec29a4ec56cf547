import DocPipe
import DocPipeTesting
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

    @Test("sentences shorter than minimumWords get no score")
    func skipsShortSentences() throws {
        let document = try StageHarness.run(
            ReadabilityStage.self, on: "Yes. This one is long enough to score.", options: ["minimumWords": 4], after: [SegmentStage.self])
        #expect(document[ReadabilityLayer.self]?.count == 1)
    }

    @Test("refuses a minimumWords below 1")
    func validatesOptions() {
        #expect(throws: PipelineError.self) {
            try StageHarness.run(ReadabilityStage.self, on: "x", options: ["minimumWords": 0], after: [SegmentStage.self])
        }
    }
}
