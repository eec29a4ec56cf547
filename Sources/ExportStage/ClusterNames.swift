import DocPipe

/// The corpus-wide identity of an entity as one document names it: the cross-source cluster
/// (`corpus.json`'s `entities`) whose spellings in that document include the name. So "Anna
/// Kovalenko" in one source and "Hanna Kovalenko" in another export with the same cluster id and
/// name, and `GROUP BY cluster_id` counts one person once.
///
/// Kept compact, since it lives through export's whole corpus step: each spelling maps to the
/// numbers of the clusters that have it, each document id to a number, and each cluster keeps the
/// sorted numbers of the documents that mention it (4 bytes per document of each cluster), so a
/// lookup is a hash, a short scan and a binary search, and no key is built per document and name.
struct ClusterNames: Sendable {
    private var references: [ClusterReference] = []
    private var labels: [EntityLabel] = []
    private var documents: [[Int32]] = []
    private var bySpelling: [String: [Int32]] = [:]
    private var documentNumbers: [String: Int32] = [:]

    /// No clusters (the pipeline has no `extract`): every lookup is `nil`.
    init() {}

    /// Indexes the clusters of a corpus; the most mentioned cluster (the first in corpus order)
    /// wins when two share a spelling in one document.
    init(_ clusters: [EntityCluster]) {
        references.reserveCapacity(clusters.count)
        labels.reserveCapacity(clusters.count)
        documents.reserveCapacity(clusters.count)
        for (number, cluster) in clusters.enumerated() {
            let clusterNumber = Int32(number)
            references.append(ClusterReference(clusterID: cluster.id, cluster: cluster.canonical))
            labels.append(cluster.label)
            for spelling in [cluster.canonical] + cluster.aliases {
                let known = bySpelling[spelling, default: []]
                if known.last != clusterNumber { bySpelling[spelling, default: []].append(clusterNumber) }
            }
            var numbers: [Int32] = []
            numbers.reserveCapacity(cluster.mentions.count)
            for document in cluster.mentions.keys {
                let next = Int32(documentNumbers.count)
                let documentNumber = documentNumbers[document, default: next]
                if documentNumber == next { documentNumbers[document] = next }
                numbers.append(documentNumber)
            }
            numbers.sort()
            documents.append(numbers)
        }
    }

    /// Whether there are no clusters.
    var isEmpty: Bool { references.isEmpty }

    /// The cluster name of `name` as document `document` writes it, if an entity of that document
    /// goes by it.
    func cluster(of name: String?, in document: String) -> String? {
        reference(of: name, in: document)?.cluster
    }

    /// The cluster of `name` as document `document` writes it, preferring one of `label` when
    /// given, if an entity of that document goes by it.
    func reference(of name: String?, in document: String, label: EntityLabel? = nil) -> ClusterReference? {
        guard let name, let candidates = bySpelling[name], let documentNumber = documentNumbers[document] else { return nil }
        if let label, let found = candidates.first(where: { labels[Int($0)] == label && mentions(Int($0), documentNumber) }) {
            return references[Int(found)]
        }
        return candidates.first { mentions(Int($0), documentNumber) }.map { references[Int($0)] }
    }

    /// The most mentioned cluster that has `name` as its canonical name or a spelling, in any document.
    func reference(anywhere name: String?) -> ClusterReference? {
        name.flatMap { bySpelling[$0]?.first }.map { references[Int($0)] }
    }

    private func mentions(_ cluster: Int, _ document: Int32) -> Bool {
        let numbers = documents[cluster]
        var low = 0, high = numbers.count
        while low < high {
            let middle = (low + high) / 2
            if numbers[middle] < document { low = middle + 1 } else { high = middle }
        }
        return low < numbers.count && numbers[low] == document
    }
}
