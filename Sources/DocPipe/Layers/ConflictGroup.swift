/// One figure as one source reports it.
public struct ReportedFigure: Sendable, Hashable, Codable {
    /// The number.
    public var value: Double
    /// Its unit.
    public var unit: String
    /// The document id.
    public var doc: String
    /// The sentence that reports it.
    public var text: String
    /// The sentence index in that document.
    public var index: Int
    /// Ids of the documents that copy the cited one (near-duplicates, see `duplicates`), when
    /// the corpus counted a syndicated story once; `nil` when it has no copies.
    public var copies: [String]?

    /// Creates a reported figure.
    public init(value: Double, unit: String, doc: String, text: String, index: Int) {
        self.value = value
        self.unit = unit
        self.doc = doc
        self.text = text
        self.index = index
    }
}

/// One of the distinct values of a conflict group, with how many documents and figures give it.
public struct ConflictValue: Sendable, Hashable, Codable {
    /// The number.
    public var value: Double
    /// Documents that report it.
    public var documents: Int
    /// Figures that report it (one document may give it in several sentences).
    public var figures: Int

    /// Creates a value's counts.
    public init(value: Double, documents: Int, figures: Int) {
        self.value = value
        self.documents = documents
        self.figures = figures
    }
}

/// The same kind of figure reported differently by different sources.
///
/// A group is bounded whatever the corpus size: it lists at most ``listedValues`` of its distinct
/// values (the most widely reported) with their counts and cites at most ``citedPerValue``
/// figures per listed value (the first in document order); every figure of every group is in
/// the `conflicts` table of the CSV and SQLite exports.
public struct ConflictGroup: Sendable, Hashable, Codable {
    /// The most figures cited per distinct value.
    public static let citedPerValue = 3
    /// The most distinct values a group lists.
    public static let listedValues = 20

    /// The unit shared by the figures.
    public var unit: String
    /// What the figures are about (the nearby entity or phrase), when known.
    public var subject: String?
    /// The listed values, ascending, with their counts: every distinct value when there are at
    /// most ``listedValues``, else the most widely reported (most documents, then most figures,
    /// then the lower value).
    public var values: [ConflictValue]
    /// The number of distinct values in the group.
    public var valueCount: Int
    /// The lowest value in the group.
    public var lowest: Double?
    /// The highest value in the group.
    public var highest: Double?
    /// The number of figures in the group (the rows of the `conflicts` table with its number).
    public var figureCount: Int
    /// Cited figures side by side: at most ``citedPerValue`` per listed value, by value, then
    /// document order and sentence index.
    public var figures: [ReportedFigure]
    /// The ``EntityCluster/id`` of the entity cluster `subject` names, when it names one; set by
    /// `export` in `corpus.json`.
    public var subjectClusterID: String?
    /// That cluster's canonical name; set with ``subjectClusterID``.
    public var subjectCluster: String?

    enum CodingKeys: String, CodingKey {
        case unit, subject, values, figures
        case figureCount = "figure_count"
        case valueCount = "value_count"
        case lowest, highest
        case subjectClusterID = "subject_cluster_id"
        case subjectCluster = "subject_cluster"
    }

    /// Creates a conflict group from its values' counts and its cited figures.
    public init(unit: String, subject: String?, values: [ConflictValue], figures: [ReportedFigure]) {
        self.unit = unit
        self.subject = subject
        self.values = values
        self.valueCount = values.count
        self.lowest = values.first?.value
        self.highest = values.last?.value
        self.figureCount = values.reduce(0) { $0 + $1.figures }
        self.figures = figures
    }

    /// Creates a conflict group that cites every one of `figures` (sorted by value, then as
    /// given), its values counted from them.
    public init(unit: String, subject: String?, figures: [ReportedFigure]) {
        var values: [ConflictValue] = []
        var documents: [Double: Set<String>] = [:]
        for figure in figures.sorted(by: { $0.value < $1.value }) {
            if values.last?.value == figure.value {
                values[values.count - 1].figures += 1
            } else {
                values.append(ConflictValue(value: figure.value, documents: 0, figures: 1))
            }
            documents[figure.value, default: []].insert(figure.doc)
        }
        for index in values.indices { values[index].documents = documents[values[index].value]?.count ?? 0 }
        self.init(unit: unit, subject: subject, values: values, figures: figures)
    }
}

/// One figure of a conflict group as a row of the `conflicts` table: the group's number
/// (1-based, its place in the `conflicts` result) and the figure.
public struct ConflictFigure: Sendable, Hashable {
    /// The group's number.
    public var group: Int
    /// The figure.
    public var figure: ReportedFigure

    /// Creates a row.
    public init(group: Int, figure: ReportedFigure) {
        self.group = group
        self.figure = figure
    }
}

/// Every figure of the `conflicts` result's groups, read again from the stored contributions in
/// document order each time it is walked, so no corpus step holds them all.
public struct ConflictFigureStream: Sendable {
    private let walk: @Sendable (_ body: (ConflictFigure) throws -> Void) throws -> Void

    /// Creates a stream that calls its argument once per figure each time it is walked.
    public init(_ walk: @escaping @Sendable (_ body: (ConflictFigure) throws -> Void) throws -> Void) {
        self.walk = walk
    }

    /// Calls `body` with every figure, in document order.
    /// - Throws: what `body` throws, or an error reading the stored contributions.
    public func forEach(_ body: (ConflictFigure) throws -> Void) throws {
        try walk(body)
    }
}
