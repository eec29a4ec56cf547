/// One dated event on the corpus timeline.
public struct TimelineEntry: Sendable, Hashable, Codable {
    /// ISO 8601 date at the precision the sources give.
    public var date: String
    /// The sentence that reports the event (from the first source).
    public var text: String
    /// The first source's document id.
    public var doc: String
    /// The sentence index in that document.
    public var index: Int
    /// Every source reporting the event, when there are several.
    public var sources: [CitedSentence]?
    /// `true` when the date's year was inferred from the document's own dates (see the `dates`
    /// layer); `nil` otherwise.
    public var inferred: Bool?
    /// The entity clusters mentioned in the cited sentences, in order of first mention; set by
    /// `export` in `corpus.json`, `nil` before.
    public var entities: [ClusterReference]?
    /// Ids of the documents that copy the cited one (near-duplicates, see `duplicates`), when
    /// the corpus counted a syndicated story once; `nil` when it has no copies.
    public var copies: [String]?

    /// Creates a timeline entry.
    public init(date: String, text: String, doc: String, index: Int, sources: [CitedSentence]? = nil, inferred: Bool? = nil) {
        self.date = date
        self.text = text
        self.doc = doc
        self.index = index
        self.sources = sources
        self.inferred = inferred
    }
}
