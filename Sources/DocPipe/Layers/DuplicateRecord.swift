/// A document that repeats an earlier one (an exact or near-duplicate copy, e.g. syndicated wire copy).
public struct DuplicateRecord: Sendable, Hashable, Codable {
    /// The duplicate's document id.
    public var doc: String
    /// The first copy in input order: the document this one duplicates.
    public var duplicateOf: String
    /// Estimated Jaccard similarity of the two documents' word 5-gram sets (1 for identical words).
    public var similarity: Double

    /// Creates a record.
    public init(doc: String, duplicateOf: String, similarity: Double) {
        self.doc = doc
        self.duplicateOf = duplicateOf
        self.similarity = similarity
    }

    enum CodingKeys: String, CodingKey {
        case doc, similarity
        case duplicateOf = "duplicate_of"
    }
}
