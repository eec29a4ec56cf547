import DocPipe
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

    @Test("a kept similarity is the cosine in either order; pairs beyond the window and a sentence with itself are not kept")
    func keptSimilaritiesInEitherOrder() throws {
        let band = try #require(SimilarityBand(vectors: vectors, window: 3))
        for i in vectors.indices {
            for j in vectors.indices {
                let kept = band.similarityIfKept(i, j)
                if i == j || abs(i - j) > 3 {
                    #expect(kept == nil)
                } else {
                    #expect(kept?.bitPattern == vectors[j].cosine(vectors[i]).bitPattern, "\(i)–\(j)")
                }
            }
        }
    }

    @Test("the sentence graph's range, centrality and edge sums are those of the pairwise cosines, with or without a band")
    func graphMatchesPairwiseSums() throws {
        let sentences = vectors.indices.map { i in
            SentenceProfile(
                index: i, span: Span(start: i, end: i + 1), wordCount: 5 + i, lowercaseWords: 3, capitalizedWords: 1, endsWithPunctuation: true,
                terms: [(term: "t\(i % 3)", count: 1 + i % 2)])
        }
        let title = SparseVector([0: 1, 9: 1])
        let window = 4
        var degree = [Double](repeating: 0, count: vectors.count)
        var low = Double.infinity, high = -Double.infinity
        for i in vectors.indices {
            for j in max(0, i - window)..<min(vectors.count, i + window + 1) where j != i {
                let s = vectors[min(i, j)].cosine(vectors[max(i, j)])
                degree[i] += s
                if j > i { low = min(low, s); high = max(high, s) }
            }
        }
        let band = try #require(SimilarityBand(vectors: vectors, window: window))
        let share = 0.6
        let withBand = SentenceGraph(sentences: sentences, vectors: vectors, title: title, band: band, postings: nil, window: window, edgeThreshold: share)
        let withRows = SentenceGraph(
            sentences: sentences, vectors: vectors, title: title, band: nil, postings: TermPostings(vectors), window: window, edgeThreshold: share)
        let threshold = low + share * (high - low)
        var forward = [Double](repeating: 0, count: vectors.count), backward = forward
        for i in vectors.indices {
            for j in max(0, i - window)..<min(vectors.count, i + window + 1) where j != i {
                let edge = max(0, vectors[min(i, j)].cosine(vectors[max(i, j)]) - threshold)
                if j > i { forward[i] += edge } else { backward[i] += edge }
            }
        }
        #expect(forward.contains { $0 > 0 })
        for graph in [withBand, withRows] {
            #expect(graph.edgeThreshold == share)
            #expect(graph.forward.map(\.bitPattern) == forward.map(\.bitPattern))
            #expect(graph.backward.map(\.bitPattern) == backward.map(\.bitPattern))
            #expect(graph.low == low && graph.high == high)
            #expect(graph.centrality.map(\.bitPattern) == SentenceGraph.normalized(degree).map(\.bitPattern))
            #expect(graph.longest == 5 + vectors.count - 1)
            #expect(graph.repeatedTerms[0] == 1 * Double(sentences.filter { $0.terms[0].term == "t0" }.reduce(0) { $0 + $1.terms[0].count } - 1))
        }
    }

    @Test("a document with more sentences than the band may keep gets none")
    func tooManySentencesGiveNoBand() {
        let many = [SparseVector](repeating: SparseVector([1: 1]), count: SimilarityBand.maximumEntries / 150 + 1)
        #expect(SimilarityBand(vectors: many, window: 150) == nil)
        #expect(SimilarityBand(vectors: [], window: 150) != nil)
    }
}
