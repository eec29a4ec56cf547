import DocPipe
import Foundation

/// Spherical k-means over unit sparse vectors; deterministic (seeded by evenly spaced vectors),
/// linear in the number of vectors per iteration. Vectors are assigned on up to `threads` cores
/// at once, each by itself, so the clusters are the same however many cores there are.
///
/// Centroids are kept sparse (only the terms of their members), so they hold at most as many
/// weights as the vectors themselves instead of clusters × dimension, and each vector is scored
/// through an inverted index over the centroids' terms. Every sum is taken in the order a dense
/// centroid would take it (members in input order, terms in ascending id), so the clusters are
/// bit for bit those of dense centroids.
struct SphericalKMeans {
    /// The number of clusters.
    var clusters: Int
    /// Assignment-update rounds.
    var iterations: Int
    /// Threads the assignment may use at once.
    var threads = 1

    /// One centroid's weights by term id, ascending.
    private typealias Centroid = [(id: Int, weight: Double)]

    /// The cluster of each vector.
    /// - Parameters:
    ///   - vectors: unit vectors.
    ///   - dimension: one more than the largest term id.
    /// - Returns: a cluster number per vector.
    func assign(_ vectors: [SparseVector], dimension: Int) -> [Int] {
        let k = max(1, min(clusters, vectors.count))
        var centroids: [Centroid] = (0..<k).map { c in
            let seed = vectors[c * vectors.count / k]
            return zip(seed.ids, seed.weights).filter { $0.0 < dimension }.map { (id: $0.0, weight: $0.1) }
        }
        var assignment = [Int](repeating: 0, count: vectors.count)
        for _ in 0..<iterations {
            assignment = nearest(vectors, centroids, dimension: dimension)
            centroids = Self.centroids(of: vectors, assignment: assignment, clusters: k, dimension: dimension)
        }
        return assignment
    }

    /// The normalised sum of each cluster's members: member weights added in input order, the
    /// norm summed over ascending term ids, as a dense centroid sums them.
    private static func centroids(of vectors: [SparseVector], assignment: [Int], clusters k: Int, dimension: Int) -> [Centroid] {
        var members = [[Int]](repeating: [], count: k)
        for (i, cluster) in assignment.enumerated() { members[cluster].append(i) }
        var dense = [Double](repeating: 0, count: dimension)
        var seen = [Bool](repeating: false, count: dimension)
        var touched: [Int] = []
        return members.map { list in
            for i in list {
                for (id, weight) in zip(vectors[i].ids, vectors[i].weights) where id < dimension {
                    if !seen[id] {
                        seen[id] = true
                        touched.append(id)
                    }
                    dense[id] += weight
                }
            }
            touched.sort()
            let norm = touched.reduce(0) { $0 + dense[$1] * dense[$1] }.squareRoot()
            let centroid: Centroid = touched.map { (id: $0, weight: norm > 0 ? dense[$0] / norm : dense[$0]) }
            for id in touched {
                dense[id] = 0
                seen[id] = false
            }
            touched.removeAll(keepingCapacity: true)
            return centroid
        }
    }

    /// The centroid each vector is closest to (the first of equally close ones).
    ///
    /// The centroids' weights are indexed by term in one flat list (`start[id]..<start[id + 1]`,
    /// centroids ascending), so scoring a vector touches no reference counts; a term that most
    /// centroids share gets a dense row over all centroids instead (zeros where a centroid lacks
    /// it; at most ``denseBudget`` weights in all), scored in one straight loop. Each centroid's
    /// score is still summed over the vector's terms in ascending id, and adding a zero product
    /// leaves a non-negative sum as it was (every weight is positive), so the scores are bit for
    /// bit those of the sparse sums.
    private func nearest(_ vectors: [SparseVector], _ centroids: [Centroid], dimension: Int) -> [Int] {
        var start = [Int](repeating: 0, count: dimension + 1)
        for centroid in centroids { for (id, _) in centroid { start[id + 1] += 1 } }
        for id in 0..<dimension { start[id + 1] += start[id] }
        var fill = start
        var postingCentroid = [Int32](repeating: 0, count: start[dimension])
        var postingWeight = [Double](repeating: 0, count: start[dimension])
        for (c, centroid) in centroids.enumerated() {
            for (id, weight) in centroid {
                postingCentroid[fill[id]] = Int32(c)
                postingWeight[fill[id]] = weight
                fill[id] += 1
            }
        }
        let k = centroids.count
        var denseRow = [Int](repeating: -1, count: dimension)
        var dense: [Double] = []
        let postingCounts: [Int] = (0..<dimension).map { start[$0 + 1] - start[$0] }
        let shared: [Int] = k < 8 ? [] : (0..<dimension).filter { postingCounts[$0] * 4 >= k }.sorted { a, b in
            postingCounts[a] != postingCounts[b] ? postingCounts[a] > postingCounts[b] : a < b
        }
        for id in shared.prefix(Self.denseBudget / max(1, k)) {
            denseRow[id] = dense.count
            dense.append(contentsOf: repeatElement(0, count: k))
            for posting in start[id]..<start[id + 1] { dense[denseRow[id] + Int(postingCentroid[posting])] = postingWeight[posting] }
        }
        let chunk = 1024
        let chunks = (vectors.count + chunk - 1) / chunk
        let parts = ChunkResults(count: chunks)
        let offsets = start, owners = postingCentroid, weights = postingWeight, rows = denseRow, matrix = dense
        ParallelLoop(threads: threads).run(chunks) { part in
            var found: [Int] = []
            var scores = [Double](repeating: 0, count: k)
            offsets.withUnsafeBufferPointer { offsets in
                owners.withUnsafeBufferPointer { owners in
                    weights.withUnsafeBufferPointer { postingWeights in
                        matrix.withUnsafeBufferPointer { matrix in
                            scores.withUnsafeMutableBufferPointer { scores in
                                for i in (part * chunk)..<min(vectors.count, (part + 1) * chunk) {
                                    vectors[i].ids.withUnsafeBufferPointer { ids in
                                        vectors[i].weights.withUnsafeBufferPointer { vectorWeights in
                                            for position in 0..<ids.count where ids[position] < dimension {
                                                let id = ids[position], weight = vectorWeights[position]
                                                let row = rows[id]
                                                if row >= 0 {
                                                    for c in 0..<k { scores[c] += weight * matrix[row + c] }
                                                } else {
                                                    for posting in offsets[id]..<offsets[id + 1] {
                                                        scores[Int(owners[posting])] += weight * postingWeights[posting]
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    var best = 0, bestValue = -1.0
                                    for c in 0..<k where scores[c] > bestValue { (best, bestValue) = (c, scores[c]) }
                                    found.append(best)
                                    for c in 0..<k { scores[c] = 0 }
                                }
                            }
                        }
                    }
                }
            }
            parts.set(part, found)
        }
        return parts.joined
    }

    /// The most weights the dense rows of shared terms may hold (4 MiB).
    static let denseBudget = 1 << 19
}
