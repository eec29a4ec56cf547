import DocPipe

/// Picks the corpus summary from each document's best sentences.
///
/// A candidate scores by its closeness to the corpus centroid, by its support in other documents
/// (similar candidates elsewhere) and by its score within its own article. Support is counted over
/// all pairs of candidates up to `pairwiseLimit` candidates; above that, candidates are clustered
/// with spherical k-means and support comes from the documents in the candidate's cluster, so the
/// cost grows linearly with the corpus. Sentences are then chosen by MMR, never above the
/// redundancy threshold, spreading the picks over as many documents as there are sentences.
struct CorpusSummaryBuilder {
    /// Sentences to choose.
    var sentences: Int
    /// Highest cosine between two chosen sentences.
    var redundancy: Double
    /// Term document frequencies over the corpus.
    var documentFrequency: [String: Int]
    /// Documents in the corpus.
    var documents: Int
    /// Above this many candidates, support is computed by clustering instead of all pairs.
    var pairwiseLimit = 3000

    /// Builds the summary.
    /// - Parameter candidates: each document's best sentences with their in-article scores.
    /// - Returns: the chosen sentences in reading order (document order, then sentence index).
    func build(_ candidates: [(sentence: CorpusSentence, score: Double)]) -> CorpusSummary {
        guard !candidates.isEmpty, sentences > 0 else { return CorpusSummary(sentences: []) }
        var weighting = CorpusVectors(documentFrequency: documentFrequency, documents: documents)
        let vectors = candidates.map { weighting.vector($0.sentence) }
        var centroid = [Double](repeating: 0, count: weighting.dimension)
        for vector in vectors { vector.add(into: &centroid) }
        let centrality = normalized(vectors.map { $0.dot(dense: centroid) })
        let support = normalized(candidates.count <= pairwiseLimit
            ? pairwiseSupport(candidates, vectors) : clusterSupport(candidates, vectors, dimension: weighting.dimension))
        let scores = candidates.indices.map { 0.4 * centrality[$0] + 0.4 * support[$0] + 0.2 * candidates[$0].score }
        let distinctDocuments = Set(candidates.map(\.sentence.documentOrder)).count
        let perDocument = max(1, (sentences + min(sentences, distinctDocuments) - 1) / min(sentences, distinctDocuments))
        var chosen: [Int] = []
        var taken: [Int: Int] = [:]
        while chosen.count < sentences {
            var best: (candidate: Int, value: Double)? = nil
            for candidate in candidates.indices where !chosen.contains(candidate) {
                if taken[candidates[candidate].sentence.documentOrder, default: 0] >= perDocument { continue }
                let overlap = chosen.map { vectors[candidate].cosine(vectors[$0]) }.max() ?? 0
                if overlap > redundancy { continue }
                let value = 0.8 * scores[candidate] - 0.2 * overlap
                if best == nil || value > best!.value { best = (candidate, value) }
            }
            guard let pick = best else { break }
            chosen.append(pick.candidate)
            taken[candidates[pick.candidate].sentence.documentOrder, default: 0] += 1
        }
        let cited = chosen.map { candidates[$0].sentence }
            .sorted { ($0.documentOrder, $0.index) < ($1.documentOrder, $1.index) }
            .map { CitedSentence(doc: $0.doc, index: $0.index, text: $0.text) }
        return CorpusSummary(sentences: cited)
    }

    private func pairwiseSupport(_ candidates: [(sentence: CorpusSentence, score: Double)], _ vectors: [SparseVector]) -> [Double] {
        var support = [Double](repeating: 0, count: candidates.count)
        for i in candidates.indices {
            for j in (i + 1)..<max(i + 1, candidates.count)
            where candidates[i].sentence.documentOrder != candidates[j].sentence.documentOrder {
                let s = vectors[i].cosine(vectors[j])
                support[i] += s
                support[j] += s
            }
        }
        return support
    }

    private func clusterSupport(
        _ candidates: [(sentence: CorpusSentence, score: Double)], _ vectors: [SparseVector], dimension: Int
    ) -> [Double] {
        let k = min(candidates.count, max(sentences * 4, Int(Double(candidates.count).squareRoot())))
        let assignment = SphericalKMeans(clusters: k, iterations: 6).assign(vectors, dimension: dimension)
        var documentsByCluster: [Int: Set<Int>] = [:]
        for (i, cluster) in assignment.enumerated() {
            documentsByCluster[cluster, default: []].insert(candidates[i].sentence.documentOrder)
        }
        return assignment.map { Double(documentsByCluster[$0]?.count ?? 1) - 1 }
    }

    private func normalized(_ values: [Double]) -> [Double] {
        guard let low = values.min(), let high = values.max(), high > low else { return values.map { _ in 0 } }
        return values.map { ($0 - low) / (high - low) }
    }
}
