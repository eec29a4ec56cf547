/// One story (event) of the corpus: the documents that report it, with its own results.
public struct Story: Sendable, Hashable, Codable {
    /// Stable id, derived from the id of the story's earliest document (`s-` and 10 hex digits).
    public var id: String
    /// The defining entities and dates, for people ("Tokayev, Almaty · 2022-01-05–2022-01-11").
    public var label: String
    /// Document ids in input order (duplicates included).
    public var documents: [String]
    /// The entities that define the story, most frequent first.
    public var entities: [String]
    /// The story's key terms, most weighty first.
    public var terms: [String]
    /// The earliest day the story's documents are dated or date events (ISO 8601), when any.
    public var firstDate: String?
    /// The latest such day, when any.
    public var lastDate: String?
    /// The story's own cited summary (written by `summarize`, when it runs after `stories`).
    public var summary: CorpusSummary?
    /// The story's own timeline (written by `summarize`).
    public var timeline: [TimelineEntry]?
    /// Figures the story's sources report differently (written by `summarize`).
    public var conflicts: [ConflictGroup]?
    /// Events the story's sources date differently (written by `summarize`).
    public var dateConflicts: [DateConflict]?

    /// Creates a story without results.
    public init(id: String, label: String, documents: [String], entities: [String], terms: [String], firstDate: String?, lastDate: String?) {
        self.id = id
        self.label = label
        self.documents = documents
        self.entities = entities
        self.terms = terms
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    enum CodingKeys: String, CodingKey {
        case id, label, documents, entities, terms, summary, timeline, conflicts
        case firstDate = "first_date"
        case lastDate = "last_date"
        case dateConflicts = "date_conflicts"
    }
}
