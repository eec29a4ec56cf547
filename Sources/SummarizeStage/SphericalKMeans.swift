import DocPipe
import Foundation

/// Spherical k-means over unit sparse vectors with dense centroids; deterministic (seeded by
/// evenly spaced vectors), linear in the number of vectors per iteration. Vectors are assigned on
/// up to `threads` cores at once, each by itself, so the clusters are the same however many cores there are.
struct SphericalKMeans {
    /// The number of clusters.
    var clusters: Int
    /// Assignment-update rounds.
    var iterations: Int
    /// Threads the assignment may use at once.
    var threads = 1

    /// The cluster of each vector.
    /// - Parameters:
    ///   - vectors: unit vectors.
    ///   - dimension: one more than the largest term id.
    /// - Returns: a cluster number per vector.
    func assign(_ vectors: [SparseVector], dimension: Int) -> [Int] {
        let k = max(1, min(clusters, vectors.count))
        var centroids: [[Double]] = (0..<k).map { c in
            var dense = [Double](repeating: 0, count: dimension)
            vectors[c * vectors.count / k].add(into: &dense)
            return dense
        }
        var assignment = [Int](repeating: 0, count: vectors.count)
        for _ in 0..<iterations {
            assignment = nearest(vectors, centroids)
            centroids = (0..<k).map { _ in [Double](repeating: 0, count: dimension) }
            for (i, vector) in vectors.enumerated() { vector.add(into: &centroids[assignment[i]]) }
            for c in 0..<k {
                let norm = centroids[c].reduce(0) { $0 + $1 * $1 }.squareRoot()
                if norm > 0 { centroids[c] = centroids[c].map { $0 / norm } }
            }
        }
        return assignment
    }

    /// The centroid each vector is closest to (the first of equally close ones).
    private func nearest(_ vectors: [SparseVector], _ centroids: [[Double]]) -> [Int] {
        let chunk = 1024
        let chunks = (vectors.count + chunk - 1) / chunk
        let parts = ChunkResults(count: chunks)
        ParallelLoop(threads: threads).run(chunks) { part in
            var found: [Int] = []
            for i in (part * chunk)..<min(vectors.count, (part + 1) * chunk) {
                var best = 0, bestValue = -1.0
                for (c, centroid) in centroids.enumerated() {
                    let value = vectors[i].dot(dense: centroid)
                    if value > bestValue { (best, bestValue) = (c, value) }
                }
                found.append(best)
            }
            parts.set(part, found)
        }
        return parts.joined
    }
}
