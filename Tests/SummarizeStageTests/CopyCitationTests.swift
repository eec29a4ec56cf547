import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Citing the copies of a syndicated story")
struct CopyCitationTests {
    let citations = CopyCitations(duplicates: DuplicateIndex([
        DuplicateRecord(doc: "wire-copy", duplicateOf: "wire", similarity: 0.93),
    ]))

    @Test("a reported date from a story with copies cites them; other sources cite none")
    func dateConflictsCiteCopies() {
        let conflict = DateConflict(event: "signed", dates: [
            ReportedDate(date: "2031-03-04", doc: "wire", text: "The treaty was signed on 4 March.", index: 0),
            ReportedDate(date: "2031-03-05", doc: "local", text: "The treaty was signed on 5 March.", index: 2),
        ])
        let cited = citations.dateConflicts([conflict])
        #expect(cited[0].dates.map(\.copies) == [["wire-copy"], nil])
        #expect(cited[0].dates.map(\.date) == ["2031-03-04", "2031-03-05"])
    }

    @Test("the corpus summary keeps its agreements and disagreements, their sources citing copies")
    func summaryKeepsAgreements() {
        let sentence = CitedSentence(doc: "wire", index: 1, text: "Talks resumed.")
        let other = CitedSentence(doc: "local", index: 3, text: "The talks resumed on Friday.")
        let summary = CorpusSummary(
            sentences: [sentence],
            agreements: [CorpusAgreement(text: sentence.text, doc: "wire", index: 1, sources: [sentence, other])],
            disagreements: [CorpusDisagreement(kind: "date", about: "resumed", values: ["2031-03-04", "2031-03-05"], sources: [sentence, other])])
        let cited = citations.summary(summary)
        #expect(cited.sentences.map(\.copies) == [["wire-copy"]])
        #expect(cited.agreements?.first?.sources.map(\.copies) == [["wire-copy"], nil])
        #expect(cited.disagreements?.first?.sources.map(\.copies) == [["wire-copy"], nil])
    }
}
