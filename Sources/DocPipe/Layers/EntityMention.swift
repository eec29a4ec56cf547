/// The kind of a named entity.
public enum EntityLabel: String, Sendable, Hashable, Codable, CaseIterable {
    /// People.
    case person = "PERSON"
    /// Companies, agencies, institutions, alliances.
    case org = "ORG"
    /// Countries, cities, states, regions.
    case gpe = "GPE"
    /// Non-political locations: seas, mountains, broad areas.
    case loc = "LOC"
    /// Nationalities, religious and political groups.
    case norp = "NORP"
    /// Named buildings and installations.
    case fac = "FAC"
    /// Anything else that looks like a name.
    case misc = "MISC"
}

/// One mention of a named entity in a document.
public struct EntityMention: Sendable, Hashable, Codable {
    /// Code-point offset of the mention.
    public var start: Int
    /// Code-point offset one past the mention.
    public var end: Int
    /// The mention as written.
    public var text: String
    /// The entity's kind.
    public var label: EntityLabel
    /// The fullest name of the same entity in the document (or the corpus, after alias resolution).
    public var canonical: String
    /// The ``EntityCluster/id`` of the cross-document cluster the mention belongs to; set by
    /// `export` in `documents.jsonl`, `nil` before the corpus step.
    public var clusterID: String?
    /// That cluster's canonical name; set with ``clusterID``.
    public var cluster: String?

    enum CodingKeys: String, CodingKey {
        case start, end, text, label, canonical, cluster
        case clusterID = "cluster_id"
    }

    /// Creates a mention.
    public init(start: Int, end: Int, text: String, label: EntityLabel, canonical: String, clusterID: String? = nil, cluster: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.label = label
        self.canonical = canonical
        self.clusterID = clusterID
        self.cluster = cluster
    }
}

extension EntityMention: JSONTreeReadable {
    /// Reads a mention from its JSON object, as `Decodable` does.
    public init?(jsonTree: JSONValue) {
        guard let members = jsonTree.objectMembers,
            let start = members["start"]?.integerValue, let end = members["end"]?.integerValue,
            let text = members["text"]?.stringValue, let label = members["label"]?.stringValue.flatMap(EntityLabel.init(rawValue:)),
            let canonical = members["canonical"]?.stringValue,
            case .some(let clusterID) = JSONValue.optionalString(members["cluster_id"]),
            case .some(let cluster) = JSONValue.optionalString(members["cluster"])
        else { return nil }
        self.init(start: start, end: end, text: text, label: label, canonical: canonical, clusterID: clusterID, cluster: cluster)
    }
}
