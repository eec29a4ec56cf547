import Foundation

/// TF-IDF weighting of term lists, with document frequencies counted over the lists themselves.
enum TermWeighting {
    /// Unit TF-IDF vectors for `units` (sentences), and for `queries` weighted with the same statistics.
    /// - Parameters:
    ///   - units: the term counts of each unit; document frequencies are counted over them.
    ///   - queries: other term lists (a title) to weigh with the units' statistics.
    /// - Returns: one vector per unit and one per query.
    static func vectors(
        units: [[(term: String, count: Int)]], queries: [[(term: String, count: Int)]] = []
    ) -> (units: [SparseVector], queries: [SparseVector]) {
        var ids: [String: Int] = [:]
        var frequency: [Int] = []
        var unitIDs: [[Int]] = []
        unitIDs.reserveCapacity(units.count)
        for unit in units {
            var termIDs: [Int] = []
            termIDs.reserveCapacity(unit.count)
            for (term, _) in unit {
                if let id = ids[term] {
                    frequency[id] += 1
                    termIDs.append(id)
                } else {
                    ids[term] = frequency.count
                    termIDs.append(frequency.count)
                    frequency.append(1)
                }
            }
            unitIDs.append(termIDs)
        }
        let total = Double(max(units.count, 1))
        func vector(_ terms: [(term: String, count: Int)], id: (Int) -> Int?) -> SparseVector {
            var weights: [Int: Double] = [:]
            weights.reserveCapacity(terms.count)
            for (position, (_, count)) in terms.enumerated() {
                guard let id = id(position) else { continue }
                weights[id] = (1 + log(Double(count))) * log(1 + total / Double(frequency[id]))
            }
            return SparseVector(weights)
        }
        let unitVectors = zip(units, unitIDs).map { terms, termIDs in vector(terms) { termIDs[$0] } }
        return (unitVectors, queries.map { terms in vector(terms) { ids[terms[$0].term] } })
    }
}
