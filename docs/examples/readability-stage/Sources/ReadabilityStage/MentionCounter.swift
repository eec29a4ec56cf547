import DocPipe

/// Counts, across the corpus, how often each entity is mentioned: a corpus step that reads only a
/// small contribution of each document.
public struct MentionCounter: CorpusContributor {
    /// `mention-counter`.
    public static let name = "mention-counter"
    /// What the stage does.
    public static let abstract = "Mentions of each entity across the corpus."
    /// Needs entities.
    public static let reads = [StandardLayers.Entities.name]

    /// Creates the stage.
    public init(options: NoOptions, context: StageContext) throws {}

    /// Nothing to do per document.
    public func process(_ document: inout Document) throws {}

    /// Runs in the parallel phase, on the document as it leaves the last stage.
    public func contribution(of document: Document) throws -> [String: Int] {
        Dictionary((document[StandardLayers.Entities.self] ?? []).map { ($0.canonical, 1) }, uniquingKeysWith: +)
    }

    /// Runs once, over every document's contribution in input order.
    public func finish(_ corpus: inout Corpus, contributions: ContributionStream<[String: Int]>) throws {
        var totals: [String: Int] = [:]
        try contributions.forEach { _, counts in totals.merge(counts, uniquingKeysWith: +) }
        corpus.results[MentionTotals.self] = totals
    }
}

/// `mention_totals` in `corpus.json`: mentions per entity name.
public enum MentionTotals: CorpusKey {
    /// Counts by canonical name.
    public typealias Value = [String: Int]
    /// The key in `corpus.json`.
    public static let name = "mention_totals"
}
