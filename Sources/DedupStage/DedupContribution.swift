/// What one document gives the dedup corpus step: its MinHash signature and a hash of its words.
public struct DedupContribution: Sendable, Codable, Hashable {
    /// The MinHash signature, base64 of little-endian `UInt32`s; empty for a text without words.
    var signature: String
    /// A hash of the set of shingles: equal for texts with the same words in the same order.
    var exact: String

    enum CodingKeys: String, CodingKey {
        case signature = "s"
        case exact = "x"
    }
}
