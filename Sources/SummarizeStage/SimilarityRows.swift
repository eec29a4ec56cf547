/// The similarities of each sentence to the `window` sentences after it, kept for the last
/// `window + 1` sentences only: what the sentence graph's scores need as they walk the document,
/// in memory that does not grow with its length.
struct SimilarityRows {
    private let window: Int
    private var rows: [Double]

    /// Creates empty rows for a window.
    init(window: Int) {
        self.window = window
        rows = [Double](repeating: 0, count: (window + 1) * window)
    }

    /// Computes the similarities of sentence `row` to the sentences after it, replacing the
    /// oldest row kept.
    mutating func compute(row: Int, vectors: [SparseVector], postings: TermPostings) {
        let base = (row % (window + 1)) * window
        for offset in 0..<window { rows[base + offset] = 0 }
        postings.addSimilarities(of: row, vector: vectors[row], window: window, into: &rows, at: base)
    }

    /// The similarity of sentence `i` to a later sentence `j` at most `window` after it; row `i`
    /// must be one of the last `window + 1` computed.
    func similarity(_ i: Int, _ j: Int) -> Double {
        rows[(i % (window + 1)) * window + (j - i - 1)]
    }
}
