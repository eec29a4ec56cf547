import DocPipe

/// The corpus-wide name of an entity as one document names it: the canonical name of the
/// cross-source cluster (`corpus.json`'s `entities`) whose spellings in that document include the
/// name. So "Anna Kovalenko" in one source and "Hanna Kovalenko" in another export as
/// the same cluster name, and `GROUP BY` on it counts one person once.
struct ClusterNames: Sendable {
    private var names: [String: String] = [:]

    /// No clusters (the pipeline has no `extract`): every lookup is `nil`.
    init() {}

    /// Indexes the clusters of a corpus; the most mentioned cluster wins when two share a spelling
    /// in one document.
    init(_ clusters: [EntityCluster]) {
        for cluster in clusters {
            for document in cluster.mentions.keys {
                for alias in cluster.aliases + [cluster.canonical] {
                    let key = Self.key(document, alias)
                    if names[key] == nil { names[key] = cluster.canonical }
                }
            }
        }
    }

    /// The cluster name of `name` as document `document` writes it, if an entity of that document
    /// goes by it.
    func cluster(of name: String?, in document: String) -> String? {
        name.flatMap { names[Self.key(document, $0)] }
    }

    private static func key(_ document: String, _ name: String) -> String {
        document + "\u{0}" + name
    }
}
