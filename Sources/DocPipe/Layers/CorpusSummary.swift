/// A sentence of one document, cited by document id and sentence index.
public struct CitedSentence: Sendable, Hashable, Codable {
    /// The document id.
    public var doc: String
    /// The index in the document's `sentences` layer.
    public var index: Int
    /// The sentence text.
    public var text: String
    /// Ids of the documents that copy the cited one (near-duplicates, see `duplicates`), when
    /// the corpus counted a syndicated story once; `nil` when it has no copies.
    public var copies: [String]?

    /// Creates a citation.
    public init(doc: String, index: Int, text: String) {
        self.doc = doc
        self.index = index
        self.text = text
    }
}

/// A summary of the whole corpus made of cited sentences.
public struct CorpusSummary: Sendable, Hashable, Codable {
    /// The chosen sentences, in reading order.
    public var sentences: [CitedSentence]
    /// Points that two or more sources report alike, most widely reported first; `nil` when not computed.
    public var agreements: [CorpusAgreement]?
    /// Figures and dates that sources report differently; `nil` when not computed.
    public var disagreements: [CorpusDisagreement]?

    /// Creates a corpus summary.
    public init(sentences: [CitedSentence], agreements: [CorpusAgreement]? = nil, disagreements: [CorpusDisagreement]? = nil) {
        self.sentences = sentences
        self.agreements = agreements
        self.disagreements = disagreements
    }
}

/// A point that several sources report: similar sentences from different documents.
public struct CorpusAgreement: Sendable, Hashable, Codable {
    /// The sentence that states the point best (the highest-scoring of the group).
    public var text: String
    /// Its document id.
    public var doc: String
    /// Its sentence index.
    public var index: Int
    /// Every source's sentence on the point, one per document, in document order.
    public var sources: [CitedSentence]

    /// Creates an agreement.
    public init(text: String, doc: String, index: Int, sources: [CitedSentence]) {
        self.text = text
        self.doc = doc
        self.index = index
        self.sources = sources
    }
}

/// A point on which sources disagree: a figure or a date that they report differently.
public struct CorpusDisagreement: Sendable, Hashable, Codable {
    /// `figure` (from the `conflicts` result) or `date` (from `date_conflicts`).
    public var kind: String
    /// What the values are about: the figure's unit and event ("troop deployed"), or the event word of a date.
    public var about: String
    /// The values side by side, as the sources give them (numbers with their unit, ISO dates);
    /// for a figure, its conflict group's distinct values.
    public var values: [String]
    /// Each source's sentence, in the order of `values`; for a figure, the first sentence giving
    /// each value (the rest are in the conflict group and the `conflicts` table).
    public var sources: [CitedSentence]
    /// For a figure, the number (1-based) of its group in the `conflicts` result beside this
    /// summary (the corpus's, or the story's); `nil` for a date.
    public var conflict: Int?

    /// Creates a disagreement.
    public init(kind: String, about: String, values: [String], sources: [CitedSentence]) {
        self.kind = kind
        self.about = about
        self.values = values
        self.sources = sources
    }
}
