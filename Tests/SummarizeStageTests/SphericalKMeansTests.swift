import Testing
@testable import SummarizeStage

@Suite("Spherical k-means")
struct SphericalKMeansTests {
    /// Deterministic pseudo-random unit vectors over `dimension` term ids, some sharing terms.
    static func vectors(count: Int, dimension: Int, seed: UInt64) -> [SparseVector] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        return (0..<count).map { _ in
            var weights: [Int: Double] = [:]
            for _ in 0..<(2 + Int(next() % 9)) { weights[Int(next() % UInt64(dimension))] = 1 + Double(next() % 1000) / 250 }
            return SparseVector(weights)
        }
    }

    /// The assignment with dense centroids of `dimension` weights each, computed the plain way.
    static func denseAssignment(_ vectors: [SparseVector], clusters: Int, iterations: Int, dimension: Int) -> [Int] {
        let k = max(1, min(clusters, vectors.count))
        var centroids: [[Double]] = (0..<k).map { c in
            var dense = [Double](repeating: 0, count: dimension)
            vectors[c * vectors.count / k].add(into: &dense)
            return dense
        }
        var assignment = [Int](repeating: 0, count: vectors.count)
        for _ in 0..<iterations {
            assignment = vectors.map { vector in
                var best = 0, bestValue = -1.0
                for (c, centroid) in centroids.enumerated() where vector.dot(dense: centroid) > bestValue {
                    (best, bestValue) = (c, vector.dot(dense: centroid))
                }
                return best
            }
            centroids = (0..<k).map { _ in [Double](repeating: 0, count: dimension) }
            for (i, vector) in vectors.enumerated() { vector.add(into: &centroids[assignment[i]]) }
            for c in 0..<k {
                let norm = centroids[c].reduce(0) { $0 + $1 * $1 }.squareRoot()
                if norm > 0 { centroids[c] = centroids[c].map { $0 / norm } }
            }
        }
        return assignment
    }

    @Test("sparse centroids assign every vector to the cluster dense centroids give, on any number of threads")
    func sparseCentroidsMatchDenseOnes() {
        for (count, dimension, clusters, seed) in [(300, 40, 17, 1 as UInt64), (2500, 400, 50, 2), (64, 5, 8, 3), (10, 30, 10, 4)] {
            let vectors = Self.vectors(count: count, dimension: dimension, seed: seed)
            let expected = Self.denseAssignment(vectors, clusters: clusters, iterations: 6, dimension: dimension)
            for threads in [1, 3] {
                let found = SphericalKMeans(clusters: clusters, iterations: 6, threads: threads).assign(vectors, dimension: dimension)
                #expect(found == expected, "\(count) vectors, \(clusters) clusters, \(threads) threads")
            }
            #expect(Set(expected).count > 1, "the example has more than one cluster")
        }
    }

    @Test("an empty vector and a cluster left empty do not disturb the others")
    func emptyVectorsAndClusters() {
        var vectors = Self.vectors(count: 40, dimension: 12, seed: 9)
        vectors[7] = SparseVector([:])
        vectors[8] = SparseVector([:])
        let expected = Self.denseAssignment(vectors, clusters: 12, iterations: 6, dimension: 12)
        #expect(SphericalKMeans(clusters: 12, iterations: 6).assign(vectors, dimension: 12) == expected)
    }
}
