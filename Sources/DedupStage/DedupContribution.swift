/// What one document gives the dedup corpus step: its MinHash signature, its shingle set and a
/// hash of the set.
public struct DedupContribution: Sendable, Codable, Hashable {
    /// The MinHash signature, base64 of little-endian `UInt32`s; empty for a text without words.
    var signature: String
    /// The sorted 32-bit shingle hashes, base64 of little-endian `UInt32`s, to verify candidates
    /// exactly; empty when the document has more than ``ShingleSet/limit`` shingles (its
    /// candidates are then verified by the signatures).
    var shingles: String
    /// A hash of the set of shingles: equal for texts with the same words in the same order.
    var exact: String

    enum CodingKeys: String, CodingKey {
        case signature = "s"
        case shingles = "w"
        case exact = "x"
    }
}
