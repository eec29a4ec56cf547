import Testing
@testable import SummarizeStage

@Suite("Similarity band")
struct SimilarityBandTests {
    let vectors = (0..<12).map { i in SparseVector([i % 3: 1.0, 3 + i % 4: Double(i + 1), 9: 0.5]) }

    @Test("keeps the same similarities as comparing the two sentences, within the window")
    func matchesDirectCosines() throws {
        let band = try #require(SimilarityBand(vectors: vectors, window: 4))
        for i in 0..<vectors.count {
            for j in (i + 1)..<min(vectors.count, i + 5) {
                #expect(band.similarity(i, j) == vectors[i].cosine(vectors[j]))
            }
        }
    }

    @Test("a document with more sentences than the band may keep gets none")
    func tooManySentencesGiveNoBand() {
        let many = [SparseVector](repeating: SparseVector([1: 1]), count: SimilarityBand.maximumEntries / 150 + 1)
        #expect(SimilarityBand(vectors: many, window: 150) == nil)
        #expect(SimilarityBand(vectors: [], window: 150) != nil)
    }
}
