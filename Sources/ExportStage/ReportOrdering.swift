import DocPipe

/// Deterministic orders for what the reports list.
enum ReportOrdering {
    /// Clusters by total mentions (most first), then canonical name and label.
    static func clusters(_ clusters: [EntityCluster]) -> [EntityCluster] {
        clusters.map { ($0, $0.mentions.values.reduce(0, +)) }
            .sorted { ($1.1, $0.0.canonical, $0.0.label.rawValue) < ($0.1, $1.0.canonical, $1.0.label.rawValue) }
            .map(\.0)
    }

    /// A document's mentions grouped by label (in label order), each name with its count,
    /// most mentioned first, then by name.
    static func entitiesByLabel(_ mentions: [EntityMention]) -> [(EntityLabel, [(name: String, count: Int)])] {
        var counts: [EntityLabel: [String: Int]] = [:]
        for mention in mentions {
            counts[mention.label, default: [:]][mention.canonical, default: 0] += 1
        }
        return EntityLabel.allCases.compactMap { label in
            guard let names = counts[label] else { return nil }
            let sorted = names.map { (name: $0.key, count: $0.value) }
                .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
            return (label, sorted)
        }
    }
}
