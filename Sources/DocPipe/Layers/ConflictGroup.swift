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

/// The same kind of figure reported differently by different sources.
public struct ConflictGroup: Sendable, Hashable, Codable {
    /// The unit shared by the figures.
    public var unit: String
    /// What the figures are about (the nearby entity or phrase), when known.
    public var subject: String?
    /// The figures side by side.
    public var figures: [ReportedFigure]
    /// The ``EntityCluster/id`` of the entity cluster `subject` names, when it names one; set by
    /// `export` in `corpus.json`.
    public var subjectClusterID: String?
    /// That cluster's canonical name; set with ``subjectClusterID``.
    public var subjectCluster: String?

    enum CodingKeys: String, CodingKey {
        case unit, subject, figures
        case subjectClusterID = "subject_cluster_id"
        case subjectCluster = "subject_cluster"
    }

    /// Creates a conflict group.
    public init(unit: String, subject: String?, figures: [ReportedFigure]) {
        self.unit = unit
        self.subject = subject
        self.figures = figures
    }
}
