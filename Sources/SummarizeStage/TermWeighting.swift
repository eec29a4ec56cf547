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
        for unit in units {
            for (term, _) in unit {
                if let id = ids[term] {
                    frequency[id] += 1
                } else {
                    ids[term] = frequency.count
                    frequency.append(1)
                }
            }
        }
        let total = Double(max(units.count, 1))
        func vector(_ terms: [(term: String, count: Int)]) -> SparseVector {
            var weights: [Int: Double] = [:]
            for (term, count) in terms {
                guard let id = ids[term] else { continue }
                weights[id] = (1 + log(Double(count))) * log(1 + total / Double(frequency[id]))
            }
            return SparseVector(weights)
        }
        return (units.map(vector), queries.map(vector))
    }
}
