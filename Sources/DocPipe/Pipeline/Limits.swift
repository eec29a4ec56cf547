/// Bounds that keep one pathological document from costing unbounded time or memory.
/// Set under `limits:` in a pipeline file; each is reported when hit.
public struct Limits: Sendable, Hashable, Codable {
    /// Documents larger than this many bytes are not read; they fail with a message naming the limit.
    public var maxDocumentBytes: Int
    /// A stage that takes longer than this many seconds on one document gets a warning in `run.json`.
    /// (Swift stages cannot be interrupted; the `command` stage has its own hard `timeout`.)
    public var stageTimeBudget: Double

    /// The defaults: 64 MiB per document, 60 seconds per stage and document.
    public init(maxDocumentBytes: Int = 64 << 20, stageTimeBudget: Double = 60) {
        self.maxDocumentBytes = maxDocumentBytes
        self.stageTimeBudget = stageTimeBudget
    }

    enum CodingKeys: String, CodingKey {
        case maxDocumentBytes = "max_document_bytes"
        case stageTimeBudget = "stage_time_budget"
    }
}
