/// The settings of the corpus-level step.
struct CorpusOptions: Sendable {
    /// Sentences in the corpus summary.
    var summarySentences: Int
    /// Best sentences per document that compete for the corpus summary.
    var candidatesPerDocument: Int
    /// Coarsest date precision kept on the timeline.
    var timelinePrecision: DatePrecision
    /// Days around the anchor date a timeline date may lie (0 = any).
    var timelineWindowDays: Int
    /// The run's reference date, the anchor when a document has no date.
    var referenceDate: String?
    /// Cosine at or above which two same-date sentences are one event.
    var timelineMergeSimilarity: Double
    /// Highest cosine between two corpus-summary sentences.
    var redundancy: Double
    /// Whether to look for conflicting figures.
    var findConflicts: Bool
    /// Threads the corpus step may use at once (the run's `--jobs`).
    var threads = 1
    /// The most candidate sentences the corpus summary keeps, corpus-wide (the best by score,
    /// then document order, then rank in the document): bounds the corpus step's memory; far
    /// above what 10,000 documents give (about 9 each).
    var candidateLimit = 100_000
}
