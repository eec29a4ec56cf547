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

    @Test("sentences with no shared term, empty sentences and uneven weights give exactly the pairwise cosines")
    func matchesDirectCosinesBitForBit() throws {
        var generator = SystemRandomNumberGenerator()
        var seeded: [SparseVector] = []
        for i in 0..<40 {
            var weights: [Int: Double] = [:]
            for _ in 0..<(i % 7) { weights[Int.random(in: 0..<30, using: &generator)] = Double.random(in: 0.01...5, using: &generator) }
            seeded.append(SparseVector(weights))
        }
        for window in [1, 3, 39, 150] {
            let band = try #require(SimilarityBand(vectors: seeded, window: window))
            for i in seeded.indices {
                for j in (i + 1)..<min(seeded.count, i + min(window, seeded.count - 1) + 1) {
                    #expect(band.similarity(i, j).bitPattern == seeded[i].cosine(seeded[j]).bitPattern, "window \(window), \(i)–\(j)")
                }
            }
        }
    }

    @Test("rows kept for long documents give exactly the pairwise cosines, row after row")
    func rowsMatchDirectCosines() {
        var generator = SystemRandomNumberGenerator()
        let vectors = (0..<60).map { i in
            SparseVector(Dictionary((0..<(i % 9)).map { _ in (Int.random(in: 0..<25, using: &generator), Double.random(in: 0.1...3, using: &generator)) }, uniquingKeysWith: +))
        }
        let postings = TermPostings(vectors)
        var rows = SimilarityRows(window: 7)
        for i in vectors.indices {
            rows.compute(row: i, vectors: vectors, postings: postings)
            for j in (i + 1)..<min(vectors.count, i + 8) {
                #expect(rows.similarity(i, j).bitPattern == vectors[i].cosine(vectors[j]).bitPattern)
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
