import Foundation

/// A sparse vector of term weights with unit length, sorted by term id, for fast cosine similarity.
struct SparseVector: Sendable {
    /// Term ids, ascending.
    private(set) var ids: [Int]
    /// Weights, parallel to `ids`, scaled to unit length.
    private(set) var weights: [Double]

    /// The empty vector.
    static let empty = SparseVector(ids: [], weights: [])

    private init(ids: [Int], weights: [Double]) {
        self.ids = ids
        self.weights = weights
    }

    /// Builds a unit vector from unsorted weights; zero weights are dropped.
    /// - Parameter weights: term id to weight.
    init(_ weights: [Int: Double]) {
        let pairs = weights.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        let norm = sqrt(pairs.reduce(0) { $0 + $1.value * $1.value })
        ids = pairs.map(\.key)
        self.weights = norm > 0 ? pairs.map { $0.value / norm } : []
        if norm == 0 { ids = [] }
    }

    /// Whether the vector has no terms.
    var isEmpty: Bool { ids.isEmpty }

    /// The cosine similarity with another unit vector (their dot product).
    /// - Parameter other: the other vector.
    /// - Returns: a value in 0...1.
    func cosine(_ other: SparseVector) -> Double {
        var i = 0, j = 0, sum = 0.0
        let a = ids, b = other.ids
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The dot product with a dense vector indexed by term id.
    /// - Parameter dense: weights by term id.
    /// - Returns: the dot product.
    func dot(dense: [Double]) -> Double {
        var sum = 0.0
        for (id, weight) in zip(ids, weights) where id < dense.count { sum += weight * dense[id] }
        return sum
    }

    /// Adds this vector, times `scale`, into a dense vector indexed by term id.
    func add(into dense: inout [Double], scale: Double = 1) {
        for (id, weight) in zip(ids, weights) where id < dense.count { dense[id] += weight * scale }
    }
}
