import Testing
@testable import SummarizeStage

@Suite("Candidate neighbours")
struct CandidateNeighboursTests {
    /// Unit vectors over a few term ids, from three documents (two candidates each).
    static let vectors: [SparseVector] = [
        SparseVector([0: 1, 1: 2, 2: 1]),
        SparseVector([3: 1, 4: 1]),
        SparseVector([0: 2, 1: 1, 5: 1]),
        SparseVector([2: 1, 3: 3]),
        SparseVector([6: 1]),
        SparseVector([1: 1, 4: 2, 2: 1]),
    ]
    static let documents = [0, 0, 1, 1, 2, 2]

    @Test("each candidate's best match per other document is the pair with the highest cosine, to the bit")
    func bestMatchesEqualPairwiseCosines() {
        let best = CandidateNeighbours(vectors: Self.vectors, documents: Self.documents).best
        for i in Self.vectors.indices {
            var expected: [Int: (candidate: Int, similarity: Double)] = [:]
            for j in Self.vectors.indices where Self.documents[j] != Self.documents[i] {
                let s = Self.vectors[i].cosine(Self.vectors[j])
                if s > 0, s > expected[Self.documents[j]]?.similarity ?? 0 { expected[Self.documents[j]] = (j, s) }
            }
            let found = best[i]
            #expect(found.map(\.candidate) == expected.sorted { $0.key < $1.key }.map(\.value.candidate))
            #expect(found.map(\.similarity) == expected.sorted { $0.key < $1.key }.map(\.value.similarity))
        }
    }

    @Test("candidates with no shared term and candidates of the same document are never matched")
    func unrelatedAndSameDocumentCandidatesAreNotMatched() {
        let best = CandidateNeighbours(vectors: Self.vectors, documents: Self.documents).best
        #expect(best[4].isEmpty)
        #expect(best.enumerated().allSatisfy { i, row in row.allSatisfy { Self.documents[$0.candidate] != Self.documents[i] } })
    }

    @Test("shared terms are counted per pair")
    func sharedTermsAreCounted() {
        let best = CandidateNeighbours(vectors: Self.vectors, documents: Self.documents).best
        let match = best[0].first { Self.documents[$0.candidate] == 2 }
        #expect(match?.candidate == 5)
        #expect(match?.sharedTerms == 2)
    }

    @Test("a sentence holding a caption marker is recognised, one without is not")
    func captionMarkersAreFound() {
        let caption = Array("Photo: Harbour workers unload the first ship of the season.".unicodeScalars)
        let plain = Array("Harbour workers unloaded the first ship of the season on Monday.".unicodeScalars)
        #expect(CaptionMarkers.matches(caption[...]))
        #expect(!CaptionMarkers.matches(plain[...]))
    }

    @Test("one candidate's row, asked for alone, is the row the full pass gives it")
    func singleRowEqualsFullPass() {
        let neighbours = CandidateNeighbours(vectors: Self.vectors, documents: Self.documents)
        let best = neighbours.best
        for i in Self.vectors.indices {
            let row = neighbours.row(i)
            #expect(row.map(\.candidate) == best[i].map(\.candidate))
            #expect(row.map(\.similarity) == best[i].map(\.similarity))
            #expect(row.map(\.sharedTerms) == best[i].map(\.sharedTerms))
        }
    }
}

