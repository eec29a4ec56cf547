/// A direct quotation and who said it.
public struct Quote: Sendable, Hashable, Codable {
    /// Code-point offset of the quoted words (inside the quotation marks).
    public var start: Int
    /// Code-point offset one past the quoted words.
    public var end: Int
    /// The quoted words.
    public var text: String
    /// The speaker's canonical name (a person or an organisation), when the text names one.
    public var speaker: String?
    /// What kind of speaker it is (`PERSON` or `ORG`), when there is one.
    public var speakerLabel: EntityLabel?
    /// Where the speaker is named for this quote (the name, pronoun or description), when it is.
    public var speakerSpan: Span?
    /// The ``EntityCluster/id`` of the speaker's cross-document cluster; set by `export` in
    /// `documents.jsonl` when the speaker is one of the document's entities.
    public var speakerClusterID: String?
    /// That cluster's canonical name; set with ``speakerClusterID``.
    public var speakerCluster: String?

    enum CodingKeys: String, CodingKey {
        case start, end, text, speaker
        case speakerLabel = "speaker_label"
        case speakerSpan = "speaker_span"
        case speakerClusterID = "speaker_cluster_id"
        case speakerCluster = "speaker_cluster"
    }

    /// Creates a quote.
    public init(start: Int, end: Int, text: String, speaker: String?, speakerLabel: EntityLabel? = nil, speakerSpan: Span? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
        self.speakerLabel = speaker == nil ? nil : (speakerLabel ?? .person)
        self.speakerSpan = speakerSpan
    }
}
