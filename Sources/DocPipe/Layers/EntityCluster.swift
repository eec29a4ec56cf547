/// One real-world entity across the corpus, with every spelling seen.
public struct EntityCluster: Sendable, Hashable, Codable {
    /// The cluster's stable id: `LABEL-HASH`, e.g. `person-3fa9c0d1e2b4` (see ``identifier(canonical:label:)``).
    /// It depends only on the canonical name and label, so it is the same whatever `--jobs`,
    /// sharding or input order produced the corpus.
    public var id: String
    /// The name chosen to stand for the entity (rule in `docs/output-format.md`).
    public var canonical: String
    /// The entity's kind.
    public var label: EntityLabel
    /// Every distinct surface form, sorted.
    public var aliases: [String]
    /// Mention counts by document id.
    public var mentions: [String: Int]

    /// Creates a cluster.
    /// - Parameter id: the stable id; by default ``identifier(canonical:label:)``.
    public init(id: String? = nil, canonical: String, label: EntityLabel, aliases: [String], mentions: [String: Int]) {
        self.id = id ?? Self.identifier(canonical: canonical, label: label)
        self.canonical = canonical
        self.label = label
        self.aliases = aliases
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey {
        case id, canonical, label, aliases, mentions
    }

    /// Decodes a cluster; one written before ids existed gets ``identifier(canonical:label:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        canonical = try container.decode(String.self, forKey: .canonical)
        label = try container.decode(EntityLabel.self, forKey: .label)
        aliases = try container.decode([String].self, forKey: .aliases)
        mentions = try container.decode([String: Int].self, forKey: .mentions)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? Self.identifier(canonical: canonical, label: label)
    }

    /// The id of a cluster before collisions are resolved: the label in lower case, a hyphen and
    /// the first 12 hex digits of the SHA-256 of `LABEL` U+001F `canonical` (UTF-8).
    public static func identifier(canonical: String, label: EntityLabel) -> String {
        label.rawValue.lowercased() + "-" + String(SHA256.hex(label.rawValue + "\u{1F}" + canonical).prefix(12))
    }

    /// Gives every cluster its ``identifier(canonical:label:)`` and makes the ids unique: when two
    /// clusters' ids collide, the one first by label then canonical name keeps it and the others get
    /// `-2`, `-3`, … in that order, so the result does not depend on the order of `clusters`.
    public static func assignIdentifiers(_ clusters: inout [EntityCluster]) {
        for index in clusters.indices {
            clusters[index].id = identifier(canonical: clusters[index].canonical, label: clusters[index].label)
        }
        resolveCollisions(&clusters)
    }

    /// Makes the clusters' ids unique as ``assignIdentifiers(_:)`` describes.
    static func resolveCollisions(_ clusters: inout [EntityCluster]) {
        var byID: [String: [Int]] = [:]
        for index in clusters.indices { byID[clusters[index].id, default: []].append(index) }
        for (id, indices) in byID where indices.count > 1 {
            let ordered = indices.sorted { (clusters[$0].label.rawValue, clusters[$0].canonical) < (clusters[$1].label.rawValue, clusters[$1].canonical) }
            for (rank, index) in ordered.enumerated() where rank > 0 {
                clusters[index].id = "\(id)-\(rank + 1)"
            }
        }
    }
}
