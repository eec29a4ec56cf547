/// A pointer from a record (an entity mention, a quote's speaker, a timeline entry, a conflict's
/// subject) to the cross-document entity cluster it belongs to.
public struct ClusterReference: Sendable, Hashable, Codable {
    /// The cluster's ``EntityCluster/id``.
    public var clusterID: String
    /// The cluster's canonical name.
    public var cluster: String

    enum CodingKeys: String, CodingKey {
        case clusterID = "cluster_id"
        case cluster
    }

    /// Creates a reference.
    public init(clusterID: String, cluster: String) {
        self.clusterID = clusterID
        self.cluster = cluster
    }
}
