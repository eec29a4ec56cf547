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
        let postings = TermPostings(vectors)
        for (i, vector) in vectors.enumerated() {
            postings.addSimilarities(of: i, vector: vector, window: width, into: &values, at: i * width)
        }
        self.width = width
        self.values = values
    }

    /// The similarity of sentence `i` to a later sentence `j`, at most `window` after it.
    func similarity(_ i: Int, _ j: Int) -> Double {
        values[i * width + (j - i - 1)]
    }

    /// The similarity of two different sentences in either order, when they are at most `window`
    /// apart, else `nil`: bit for bit the cosine of their vectors (``TermPostings`` adds the same
    /// products in the same order).
    func similarityIfKept(_ i: Int, _ j: Int) -> Double? {
        let first = min(i, j), second = max(i, j)
        guard first != second, second - first <= width else { return nil }
        return similarity(first, second)
    }
}
