/// Every similarity of a sentence to the sentences at most `window` after it, computed once and
/// kept, for documents small enough that the band fits in ``maximumEntries``; larger documents
/// use ``SimilarityRows``, which keeps only the last `window + 1` rows and computes twice.
struct SimilarityBand {
    /// The most similarities a band keeps (8 MB of doubles).
    static let maximumEntries = 1_000_000

    private let width: Int
    private let values: [Double]

    /// Computes the band, or returns `nil` when the document has too many sentences for it.
    /// - Parameters:
    ///   - vectors: the sentences' unit vectors.
    ///   - window: how far after a sentence similarities are kept.
    init?(vectors: [SparseVector], window: Int) {
        let n = vectors.count
        let width = max(1, min(window, n - 1))
        guard n * width <= Self.maximumEntries else { return nil }
        var values = [Double](repeating: 0, count: n * width)
        Self.accumulateSharedTerms(of: vectors, width: width, into: &values)
        self.width = width
        self.values = values
    }

    /// The similarity of sentence `i` to a later sentence `j`, at most `window` after it.
    func similarity(_ i: Int, _ j: Int) -> Double {
        values[i * width + (j - i - 1)]
    }

    /// Adds up every pair's products of shared terms through each term's list of sentences, so
    /// a pair costs what it shares rather than both sentences' lengths. Each pair's products are
    /// added in ascending term order, the earlier sentence's weight first, as
    /// ``SparseVector/cosine(_:)`` adds them: the values are bit for bit its cosines.
    private static func accumulateSharedTerms(of vectors: [SparseVector], width: Int, into values: inout [Double]) {
        let terms = (vectors.compactMap { $0.ids.last }.max() ?? -1) + 1
        var sentences = [[Int]](repeating: [], count: terms)
        var weights = [[Double]](repeating: [], count: terms)
        for (sentence, vector) in vectors.enumerated() {
            for (term, weight) in zip(vector.ids, vector.weights) {
                sentences[term].append(sentence)
                weights[term].append(weight)
            }
        }
        var next = [Int](repeating: 0, count: terms)
        for (i, vector) in vectors.enumerated() {
            let row = i * width
            for (term, weight) in zip(vector.ids, vector.weights) {
                next[term] += 1
                let later = sentences[term], laterWeights = weights[term]
                var posting = next[term]
                while posting < later.count, later[posting] <= i + width {
                    values[row + later[posting] - i - 1] += weight * laterWeights[posting]
                    posting += 1
                }
            }
        }
    }
}
