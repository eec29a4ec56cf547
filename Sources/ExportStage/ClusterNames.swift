import DocPipe

/// The corpus-wide identity of an entity as one document names it: the cross-source cluster
/// (`corpus.json`'s `entities`) whose spellings in that document include the name. So "Anna
/// Kovalenko" in one source and "Hanna Kovalenko" in another export with the same cluster id and
/// name, and `GROUP BY cluster_id` counts one person once.
struct ClusterNames: Sendable {
    private var byLabel: [String: ClusterReference] = [:]
    private var byName: [String: ClusterReference] = [:]
    private var anywhere: [String: ClusterReference] = [:]

    /// No clusters (the pipeline has no `extract`): every lookup is `nil`.
    init() {}

    /// Indexes the clusters of a corpus; the most mentioned cluster (the first in corpus order)
    /// wins when two share a spelling in one document.
    init(_ clusters: [EntityCluster]) {
        for cluster in clusters {
            let reference = ClusterReference(clusterID: cluster.id, cluster: cluster.canonical)
            for alias in [cluster.canonical] + cluster.aliases {
                if anywhere[alias] == nil { anywhere[alias] = reference }
            }
            for document in cluster.mentions.keys {
                for alias in cluster.aliases + [cluster.canonical] {
                    let key = Self.key(document, alias)
                    if byName[key] == nil { byName[key] = reference }
                    let labelled = Self.key(document, alias, cluster.label)
                    if byLabel[labelled] == nil { byLabel[labelled] = reference }
                }
            }
        }
    }

    /// Whether there are no clusters.
    var isEmpty: Bool { anywhere.isEmpty }

    /// The cluster name of `name` as document `document` writes it, if an entity of that document
    /// goes by it.
    func cluster(of name: String?, in document: String) -> String? {
        reference(of: name, in: document)?.cluster
    }

    /// The cluster of `name` as document `document` writes it, preferring one of `label` when
    /// given, if an entity of that document goes by it.
    func reference(of name: String?, in document: String, label: EntityLabel? = nil) -> ClusterReference? {
        guard let name else { return nil }
        if let label, let found = byLabel[Self.key(document, name, label)] { return found }
        return byName[Self.key(document, name)]
    }

    /// The most mentioned cluster that has `name` as its canonical name or a spelling, in any document.
    func reference(anywhere name: String?) -> ClusterReference? {
        name.flatMap { anywhere[$0] }
    }

    private static func key(_ document: String, _ name: String, _ label: EntityLabel? = nil) -> String {
        document + "\u{0}" + name + "\u{0}" + (label?.rawValue ?? "")
    }
}
