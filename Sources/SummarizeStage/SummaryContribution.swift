import DocPipe

/// What one document gives the summarize stage's corpus step: its best sentences, its dated
/// sentences and events, its figures and the terms it uses. Computed in the parallel per-document phase
/// (``SummarizeStage/contribution(of:)``); sentences carry no document id or position, which the
/// corpus step adds in input order. Stored (spool, cache) in a compact binary form
/// (``encodedBytes()``), read back without a JSON decoder.
public struct SummaryContribution: Sendable {
    /// A candidate sentence for the corpus summary, with its score in its article.
    struct Candidate: Sendable, Codable {
        var sentence: CorpusSentence
        var score: Double
    }

    /// A sentence with a date precise enough for the timeline.
    struct Dated: Sendable, Codable {
        var date: String
        var sentence: CorpusSentence
        /// Whether the date's year was inferred from the document's other dates.
        var inferred: Bool
    }

    /// Distinct stemmed terms of the document, sorted (for document frequencies).
    var terms: [String] = []
    var candidates: [Candidate] = []
    var dated: [Dated] = []
    /// Day-dated events with the word that names them, for conflicting dates across sources.
    var events: [DateConflictFinder.DatedEvent] = []
    var figures: [ReportedFigureRecord] = []
}
