import Foundation

/// TF-IDF vectors of corpus sentences, weighted by document frequencies counted over the whole corpus
/// (and, when given, by a further weight per term, such as ``StoryTermWeights``).
struct CorpusVectors {
    private var ids: [String: Int] = [:]
    private let documentFrequency: [String: Int]
    private let documents: Int
    private let termWeights: [String: Double]?

    /// The number of distinct terms given ids so far.
    var dimension: Int { ids.count }

    /// Creates the weighting.
    /// - Parameters:
    ///   - documentFrequency: in how many documents each term occurs.
    ///   - documents: the number of documents.
    ///   - termWeights: a factor per term (a term not listed keeps factor 1); `nil`: none.
    init(documentFrequency: [String: Int], documents: Int, termWeights: [String: Double]? = nil) {
        self.documentFrequency = documentFrequency
        self.documents = max(documents, 1)
        self.termWeights = termWeights
    }

    /// The unit TF-IDF vector of a sentence.
    mutating func vector(_ sentence: CorpusSentence) -> SparseVector {
        var weights: [Int: Double] = [:]
        for (term, count) in sentence.terms {
            let id: Int
            if let known = ids[term] { id = known } else {
                id = ids.count
                ids[term] = id
            }
            let frequency = Double(max(documentFrequency[term] ?? 1, 1))
            weights[id] = (1 + log(Double(count))) * log(1 + Double(documents) / frequency) * (termWeights?[term] ?? 1)
        }
        return SparseVector(weights)
    }
}
