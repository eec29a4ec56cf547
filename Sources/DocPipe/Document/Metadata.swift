/// What is known about a document besides its text: the well-known fields and any others.
///
/// Encoded as one flat JSON object: `title`, `author`, `publisher`, `section`, `date`, then the free keys.
public struct Metadata: Sendable, Hashable, Codable {
    /// The headline or title.
    public var title: String?
    /// The author or authors, as written.
    public var author: String?
    /// The publication or site.
    public var publisher: String?
    /// The section or label ("Opinion", "World").
    public var section: String?
    /// The publication date, ISO 8601 when known.
    public var date: String?
    /// Any other keys.
    public var extra: [String: JSONValue]

    /// Creates metadata.
    public init(
        title: String? = nil, author: String? = nil, publisher: String? = nil,
        section: String? = nil, date: String? = nil, extra: [String: JSONValue] = [:]
    ) {
        self.title = title
        self.author = author
        self.publisher = publisher
        self.section = section
        self.date = date
        self.extra = extra
    }

    static let knownKeys: Set<String> = ["title", "author", "publisher", "section", "date"]

    /// Decodes metadata from a flat JSON object; non-string values of known keys are kept as free keys.
    public init(from decoder: any Decoder) throws {
        var all = try decoder.singleValueContainer().decode([String: JSONValue].self)
        func take(_ key: String) -> String? {
            guard let value = all[key]?.stringValue else { return nil }
            all[key] = nil
            return value
        }
        self.init(
            title: take("title"), author: take("author"), publisher: take("publisher"),
            section: take("section"), date: take("date"), extra: all)
    }

    /// Encodes metadata as one flat JSON object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(asDictionary)
    }

    /// All fields as one dictionary.
    public var asDictionary: [String: JSONValue] {
        var all = extra
        for (key, value) in [("title", title), ("author", author), ("publisher", publisher), ("section", section), ("date", date)] {
            if let value { all[key] = .string(value) }
        }
        return all
    }
}
