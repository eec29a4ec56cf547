import Foundation

/// What a document's sentence graph gives both of its rankings whatever their weights: the range
/// of the similarities between nearby sentences, each sentence's degree and closeness to the title,
/// and its repeated-term mass before the length penalty.
///
/// The article's summary and its candidates for the corpus summary are scored with different
/// weights, but these parts do not depend on them, so they are computed once per document with the
/// shared ``ArticleSummarizer/Analysis``; every sum is added in the order the scoring added it, so
/// the values are bit for bit the ones it computed.
struct SentenceGraph: Sendable {
    /// The smallest similarity between sentences at most `window` apart (`+∞` for one sentence).
    var low: Double
    /// The largest such similarity (`−∞` for one sentence).
    var high: Double
    /// Each sentence's summed similarity to the sentences at most `window` away, normalised to 0...1.
    var centrality: [Double]
    /// Each sentence's cosine with the title, normalised to 0...1.
    var titleCloseness: [Double]
    /// Each sentence's occurrences of terms also used elsewhere in the document: Σ count × (the
    /// term's document count − 1).
    var repeatedTerms: [Double]
    /// The most words of any sentence.
    var longest: Int
    /// The share of the similarity range below which an edge counts nothing (PacSum's edge
    /// threshold) that ``forward`` and ``backward`` were summed at.
    var edgeThreshold: Double
    /// Each sentence's summed similarity above the edge threshold to the later sentences at most
    /// `window` away, added in the order the scoring adds it.
    var forward: [Double]
    /// The same to the earlier sentences.
    var backward: [Double]

    /// Computes the graph of the eligible sentences.
    /// - Parameters:
    ///   - sentences: the eligible sentences' profiles.
    ///   - vectors: their unit vectors.
    ///   - title: the title's vector.
    ///   - band: the similarities, when the document is small enough for a band.
    ///   - postings: the terms' sentence lists otherwise.
    ///   - window: how far apart sentences are compared.
    ///   - edgeThreshold: the share of the similarity range that ``forward`` and ``backward``
    ///     leave out of each edge.
    init(
        sentences: [SentenceProfile], vectors: [SparseVector], title: SparseVector, band: SimilarityBand?, postings: TermPostings?, window: Int,
        edgeThreshold: Double
    ) {
        let n = sentences.count
        var low = Double.infinity, high = -Double.infinity
        var degree = [Double](repeating: 0, count: n)
        var rows = band == nil ? SimilarityRows(window: window) : nil
        for i in 0..<n {
            if let postings { rows?.compute(row: i, vectors: vectors, postings: postings) }
            for j in (i + 1)..<max(i + 1, min(n, i + window + 1)) {
                let s = band?.similarity(i, j) ?? rows!.similarity(i, j)
                low = min(low, s)
                high = max(high, s)
                degree[i] += s
                degree[j] += s
            }
        }
        self.low = low
        self.high = high
        centrality = Self.normalized(degree)
        titleCloseness = Self.normalized(vectors.map { $0.cosine(title) })
        var termFrequency: [String: Int] = [:]
        for sentence in sentences { for (term, count) in sentence.terms { termFrequency[term, default: 0] += count } }
        repeatedTerms = sentences.map { sentence in
            sentence.terms.reduce(0.0) { $0 + Double($1.count * (termFrequency[$1.term, default: 1] - 1)) }
        }
        longest = sentences.map(\.wordCount).max() ?? 1
        self.edgeThreshold = edgeThreshold
        let threshold = n > 1 ? low + edgeThreshold * (high - low) : 0
        (forward, backward) = Self.edgeSums(n: n, vectors: vectors, band: band, postings: postings, window: window, threshold: threshold)
    }

    /// Each sentence's summed `max(0, similarity − threshold)` to the later and to the earlier
    /// sentences at most `window` away, each sum added in ascending order of the other sentence.
    static func edgeSums(
        n: Int, vectors: [SparseVector], band: SimilarityBand?, postings: TermPostings?, window: Int, threshold: Double
    ) -> (forward: [Double], backward: [Double]) {
        var forward = [Double](repeating: 0, count: n), backward = forward
        var recent = band == nil ? SimilarityRows(window: window) : nil
        for i in 0..<n {
            if let postings { recent?.compute(row: i, vectors: vectors, postings: postings) }
            for j in max(0, i - window)..<min(n, i + window + 1) where j != i {
                let (first, second) = j > i ? (i, j) : (j, i)
                let s = band?.similarity(first, second) ?? recent!.similarity(first, second)
                let edge = max(0, s - threshold)
                if j > i { forward[i] += edge } else { backward[i] += edge }
            }
        }
        return (forward, backward)
    }

    /// Values scaled to 0...1 (all zeros when they are equal).
    static func normalized(_ values: [Double]) -> [Double] {
        guard let low = values.min(), let high = values.max(), high > low else { return values.map { _ in 0 } }
        return values.map { ($0 - low) / (high - low) }
    }
}
