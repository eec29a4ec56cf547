/// One real-world entity across the corpus, with every spelling seen.
public struct EntityCluster: Sendable, Hashable, Codable {
    /// The name chosen to stand for the entity (rule in `docs/output-format.md`).
    public var canonical: String
    /// The entity's kind.
    public var label: EntityLabel
    /// Every distinct surface form, sorted.
    public var aliases: [String]
    /// Mention counts by document id.
    public var mentions: [String: Int]

    /// Creates a cluster.
    public init(canonical: String, label: EntityLabel, aliases: [String], mentions: [String: Int]) {
        self.canonical = canonical
        self.label = label
        self.aliases = aliases
        self.mentions = mentions
    }
}
