/// For each corpus-summary candidate, its most similar candidate in every other document, found
/// through an inverted index over term ids: only pairs that share a term are ever compared, so
/// the cost follows the shared terms, not the square of the candidates.
///
/// Each similarity is summed over the shared terms in ascending term id, as
/// ``SparseVector/cosine(_:)`` does, so the values are bit for bit the cosines; among equally
/// similar candidates of one document the one listed first wins.
struct CandidateNeighbours {
    /// A candidate's best match in one other document.
    struct Match {
        /// The matching candidate's position in the list.
        var candidate: Int
        /// Their cosine.
        var similarity: Double
        /// The number of terms they share.
        var sharedTerms: Int
    }

    /// Per candidate, its best match in each other document, ordered by document.
    private(set) var best: [[Match]]

    /// Finds the best matches.
    /// - Parameters:
    ///   - vectors: the candidates' unit vectors.
    ///   - documents: the candidates' document positions, parallel to `vectors`; candidates of
    ///     one document are never compared.
    init(vectors: [SparseVector], documents: [Int]) {
        let count = vectors.count
        var localTerm: [Int: Int] = [:]
        var postings: [[(candidate: Int32, weight: Double)]] = []
        for (candidate, vector) in vectors.enumerated() {
            for (id, weight) in zip(vector.ids, vector.weights) {
                let term: Int
                if let known = localTerm[id] { term = known } else {
                    term = postings.count
                    localTerm[id] = term
                    postings.append([])
                }
                postings[term].append((Int32(candidate), weight))
            }
        }
        let terms = vectors.map { vector in vector.ids.map { localTerm[$0]! } }
        var localDocument: [Int: Int] = [:]
        let documentOf = documents.map { document in
            if let known = localDocument[document] { return known }
            let index = localDocument.count
            localDocument[document] = index
            return index
        }
        let documentOrder = localDocument.sorted { $0.value < $1.value }.map(\.key)
        var sums = [Double](repeating: 0, count: count)
        var shared = [Int](repeating: 0, count: count)
        var touched: [Int] = []
        var bestOfDocument = [Int](repeating: -1, count: localDocument.count)
        var documentsTouched: [Int] = []
        best = []
        best.reserveCapacity(count)
        for i in 0..<count {
            let own = documentOf[i]
            let weights = vectors[i].weights
            for (position, term) in terms[i].enumerated() {
                let weight = weights[position]
                for posting in postings[term] {
                    let j = Int(posting.candidate)
                    if documentOf[j] == own { continue }
                    if shared[j] == 0 { touched.append(j) }
                    sums[j] += weight * posting.weight
                    shared[j] += 1
                }
            }
            for j in touched {
                let document = documentOf[j]
                let current = bestOfDocument[document]
                if current < 0 {
                    documentsTouched.append(document)
                    bestOfDocument[document] = j
                } else if sums[j] > sums[current] || (sums[j] == sums[current] && j < current) {
                    bestOfDocument[document] = j
                }
            }
            documentsTouched.sort { documentOrder[$0] < documentOrder[$1] }
            var row: [Match] = []
            row.reserveCapacity(documentsTouched.count)
            for document in documentsTouched {
                let j = bestOfDocument[document]
                if sums[j] > 0 { row.append(Match(candidate: j, similarity: sums[j], sharedTerms: shared[j])) }
                bestOfDocument[document] = -1
            }
            best.append(row)
            for j in touched {
                sums[j] = 0
                shared[j] = 0
            }
            touched.removeAll(keepingCapacity: true)
            documentsTouched.removeAll(keepingCapacity: true)
        }
    }
}
