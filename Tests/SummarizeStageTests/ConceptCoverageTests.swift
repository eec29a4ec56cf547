import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Concept coverage of the corpus summary")
struct ConceptCoverageTests {
    static func sentence(_ document: Int, _ text: String) -> CorpusSentence {
        var extractor = TermExtractor()
        return CorpusSentence(doc: "d\(document)", documentOrder: document, index: 0, text: text, terms: extractor.terms(of: text))
    }

    static let sentences = [
        sentence(0, "The harbour bridge closed after a cargo ship struck one of its pillars."),
        sentence(1, "A cargo ship struck a pillar of the harbour bridge, which stayed closed overnight."),
        sentence(2, "Commuters waited for ferries while the harbour bridge stayed closed."),
        sentence(2, "Gardeners in the northern suburbs reported an unusual crop of pumpkins."),
    ]

    static func coverage() -> ConceptCoverage {
        var frequency: [String: Int] = [:]
        for document in Set(sentences.map(\.documentOrder)) {
            let terms = Set(sentences.filter { $0.documentOrder == document }.flatMap { $0.terms.map(\.term) })
            for term in terms { frequency[term, default: 0] += 1 }
        }
        return ConceptCoverage(sentences, documentFrequency: frequency, documents: 3)
    }

    @Test("words and word pairs only one source uses weigh nothing; those several share weigh more the more sources use them")
    func sharedContentWeighs() {
        let coverage = Self.coverage()
        #expect(coverage.gain(3) == 0)
        #expect(coverage.gain(1) > coverage.gain(2))
        #expect(coverage.gain(0) > 0)
    }

    @Test("a covered concept adds nothing: a sentence restating the chosen one gains less than before")
    func coveredContentAddsNothing() {
        var coverage = Self.coverage()
        let before = coverage.gain(0)
        coverage.cover(1)
        #expect(coverage.gain(0) < before / 2)
        #expect(coverage.gain(3) == 0)
    }

    @Test("ordered terms keep reading order and repeats, without stop words")
    func orderedTerms() {
        var extractor = TermExtractor()
        #expect(extractor.orderedTerms(of: "The bridge and the bridges closed.") == ["bridg", "bridg", "close"])
    }
}
