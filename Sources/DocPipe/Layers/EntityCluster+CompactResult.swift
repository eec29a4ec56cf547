/// The entity clusters (`entities`) in compact form: per cluster its id, canonical name, label,
/// aliases and per-document mention counts, about 15 bytes per counted document instead of a
/// dictionary entry's 40 or so in memory.
extension Array: CompactResult where Element == EntityCluster {
    private static var compactVersion: UInt8 { 1 }

    /// The clusters' compact form.
    public func compactBytes() -> [UInt8] {
        var writer = CompactWriter(capacity: 64 + reduce(0) { $0 + 64 + $1.mentions.count * 16 })
        writer.byte(Self.compactVersion)
        writer.integer(count)
        for cluster in self {
            writer.string(cluster.id)
            writer.string(cluster.canonical)
            writer.string(cluster.label.rawValue)
            writer.strings(cluster.aliases)
            writer.integer(cluster.mentions.count)
            for (document, mentions) in cluster.mentions {
                writer.string(document)
                writer.integer(mentions)
            }
        }
        return writer.bytes
    }

    /// Reads clusters back from ``compactBytes()``.
    /// - Throws: ``FileError`` when the bytes are cut short, of another form or name an unknown label.
    public init(compactBytes bytes: [UInt8]) throws {
        var reader = CompactReader(bytes, what: "the entity clusters set aside")
        try reader.version(Self.compactVersion)
        let count = try reader.count()
        var clusters: [EntityCluster] = []
        clusters.reserveCapacity(count)
        for _ in 0..<count {
            let id = try reader.string(), canonical = try reader.string(), labelName = try reader.string()
            guard let label = EntityLabel(rawValue: labelName) else {
                throw FileError.cannotRead("the entity clusters set aside: unknown label '\(labelName)'")
            }
            let aliases = try reader.strings()
            let documents = try reader.count()
            var mentions: [String: Int] = [:]
            mentions.reserveCapacity(documents)
            for _ in 0..<documents {
                let document = try reader.string()
                mentions[document] = try reader.integer()
            }
            clusters.append(EntityCluster(id: id, canonical: canonical, label: label, aliases: aliases, mentions: mentions))
        }
        guard reader.atEnd else { throw FileError.cannotRead("the entity clusters set aside: bytes left after the last cluster") }
        self = clusters
    }
}
