/// One date as one source gives it for an event.
public struct ReportedDate: Sendable, Hashable, Codable {
    /// ISO 8601 date.
    public var date: String
    /// The document id.
    public var doc: String
    /// The sentence that dates the event.
    public var text: String
    /// The sentence index in that document.
    public var index: Int
    /// Ids of the documents that copy this one (near-duplicates, see `duplicates`), when the
    /// corpus counted a syndicated story once; `nil` when it has no copies.
    public var copies: [String]?

    /// Creates a reported date.
    public init(date: String, doc: String, text: String, index: Int) {
        self.date = date
        self.doc = doc
        self.text = text
        self.index = index
    }
}

/// The same event given different dates by different sources.
public struct DateConflict: Sendable, Hashable, Codable {
    /// The word that names the event, as the first source writes it ("appeal", "appealed").
    public var event: String
    /// The dates side by side, in date order.
    public var dates: [ReportedDate]

    /// Creates a date conflict.
    public init(event: String, dates: [ReportedDate]) {
        self.event = event
        self.dates = dates
    }
}
