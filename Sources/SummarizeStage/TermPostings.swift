/// Each term's sentences, ascending, with the term's weight in each: what lets a sentence find the
/// later sentences it shares a term with, so a pair of sentences costs what the two share rather
/// than both their lengths.
///
/// Products are added per pair in ascending term order, the earlier sentence's weight first, as
/// ``SparseVector/cosine(_:)`` adds them, so the sums are bit for bit its cosines.
struct TermPostings {
    private var sentences: [[Int]]
    private var weights: [[Double]]

    /// Lists the terms of `vectors` (one per sentence, term ids small and dense).
    init(_ vectors: [SparseVector]) {
        let terms = (vectors.compactMap { $0.ids.last }.max() ?? -1) + 1
        sentences = [[Int]](repeating: [], count: terms)
        weights = [[Double]](repeating: [], count: terms)
        for (sentence, vector) in vectors.enumerated() {
            for (term, weight) in zip(vector.ids, vector.weights) {
                sentences[term].append(sentence)
                weights[term].append(weight)
            }
        }
    }

    /// Adds the cosines of sentence `i` (whose vector is `vector`) with each sentence `j` in
    /// `i + 1 ... i + window` to `values[base + j - i - 1]`, which must hold zeros.
    func addSimilarities(of i: Int, vector: SparseVector, window: Int, into values: inout [Double], at base: Int) {
        for (term, weight) in zip(vector.ids, vector.weights) {
            let later = sentences[term], laterWeights = weights[term]
            var posting = Self.firstIndex(after: i, in: later)
            while posting < later.count, later[posting] <= i + window {
                values[base + later[posting] - i - 1] += weight * laterWeights[posting]
                posting += 1
            }
        }
    }

    private static func firstIndex(after sentence: Int, in list: [Int]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] <= sentence { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
