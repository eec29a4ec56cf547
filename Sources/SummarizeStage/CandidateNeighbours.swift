/// For each corpus-summary candidate, its most similar candidate in every other document, found
/// through an inverted index over term ids: only pairs that share a term are ever compared, so
/// the cost follows the shared terms, not the square of the candidates.
///
/// Each similarity is summed over the shared terms in ascending term id, as
/// ``SparseVector/cosine(_:)`` does, so the values are bit for bit the cosines; among equally
/// similar candidates of one document the one listed first wins. Rows are computed one at a time
/// (``forEachRow(_:)``, ``row(_:)``), so a caller that only counts them keeps none.
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

    /// Working space for one row at a time, cleared after each row.
    private struct Scratch {
        var sums: [Double]
        var shared: [Int]
        var touched: [Int] = []
        var bestOfDocument: [Int]
        var documentsTouched: [Int] = []

        init(candidates: Int, documents: Int) {
            sums = [Double](repeating: 0, count: candidates)
            shared = [Int](repeating: 0, count: candidates)
            bestOfDocument = [Int](repeating: -1, count: documents)
        }
    }

    private let vectors: [SparseVector]
    /// The postings of local term `t` are `postingStart[t]..<postingStart[t + 1]` of
    /// `postingCandidate` and `postingWeight`, candidates ascending: one flat list, so a row
    /// touches no reference counts.
    private let postingStart: [Int]
    private let postingCandidate: [Int32]
    private let postingWeight: [Double]
    private let terms: [[Int]]
    private let documentOf: [Int]
    private let documentOrder: [Int]

    /// Indexes the candidates.
    /// - Parameters:
    ///   - vectors: the candidates' unit vectors.
    ///   - documents: the candidates' document positions, parallel to `vectors`; candidates of
    ///     one document are never compared.
    init(vectors: [SparseVector], documents: [Int]) {
        self.vectors = vectors
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
        var postingStart = [0]
        postingStart.reserveCapacity(postings.count + 1)
        for list in postings { postingStart.append(postingStart[postingStart.count - 1] + list.count) }
        self.postingStart = postingStart
        postingCandidate = postings.flatMap { $0.map(\.candidate) }
        postingWeight = postings.flatMap { $0.map(\.weight) }
        terms = vectors.map { vector in vector.ids.map { localTerm[$0]! } }
        var localDocument: [Int: Int] = [:]
        documentOf = documents.map { document in
            if let known = localDocument[document] { return known }
            let index = localDocument.count
            localDocument[document] = index
            return index
        }
        documentOrder = localDocument.sorted { $0.value < $1.value }.map(\.key)
    }

    /// Per candidate, its best match in each other document, ordered by document.
    var best: [[Match]] {
        var rows: [[Match]] = []
        rows.reserveCapacity(vectors.count)
        forEachRow { _, row in rows.append(row) }
        return rows
    }

    /// Calls `body` with each candidate's position and its row (its best match in each other
    /// document, ordered by document), in candidate order.
    func forEachRow(_ body: (_ candidate: Int, _ row: [Match]) -> Void) {
        var scratch = Scratch(candidates: vectors.count, documents: documentOrder.count)
        for i in vectors.indices { body(i, row(i, scratch: &scratch)) }
    }

    /// One candidate's row: its best match in each other document, ordered by document.
    func row(_ candidate: Int) -> [Match] {
        var scratch = Scratch(candidates: vectors.count, documents: documentOrder.count)
        return row(candidate, scratch: &scratch)
    }

    private func row(_ i: Int, scratch: inout Scratch) -> [Match] {
        let own = documentOf[i]
        let weights = vectors[i].weights
        postingStart.withUnsafeBufferPointer { start in
            postingCandidate.withUnsafeBufferPointer { candidates in
                postingWeight.withUnsafeBufferPointer { postingWeights in
                    documentOf.withUnsafeBufferPointer { documentOf in
                        for (position, term) in terms[i].enumerated() {
                            let weight = weights[position]
                            for posting in start[term]..<start[term + 1] {
                                let j = Int(candidates[posting])
                                if documentOf[j] == own { continue }
                                if scratch.shared[j] == 0 { scratch.touched.append(j) }
                                scratch.sums[j] += weight * postingWeights[posting]
                                scratch.shared[j] += 1
                            }
                        }
                    }
                }
            }
        }
        for j in scratch.touched {
            let document = documentOf[j]
            let current = scratch.bestOfDocument[document]
            if current < 0 {
                scratch.documentsTouched.append(document)
                scratch.bestOfDocument[document] = j
            } else if scratch.sums[j] > scratch.sums[current] || (scratch.sums[j] == scratch.sums[current] && j < current) {
                scratch.bestOfDocument[document] = j
            }
        }
        scratch.documentsTouched.sort { documentOrder[$0] < documentOrder[$1] }
        var row: [Match] = []
        row.reserveCapacity(scratch.documentsTouched.count)
        for document in scratch.documentsTouched {
            let j = scratch.bestOfDocument[document]
            if scratch.sums[j] > 0 { row.append(Match(candidate: j, similarity: scratch.sums[j], sharedTerms: scratch.shared[j])) }
            scratch.bestOfDocument[document] = -1
        }
        for j in scratch.touched {
            scratch.sums[j] = 0
            scratch.shared[j] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
        scratch.documentsTouched.removeAll(keepingCapacity: true)
        return row
    }
}
