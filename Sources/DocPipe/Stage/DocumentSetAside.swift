/// Thrown by a stage's `process` to take a document out of the rest of the run on purpose (it is
/// not for this pipeline), as opposed to failing it.
///
/// The runner stops the document's remaining stages, leaves it out of the outputs and the corpus
/// step, and reports it: in `run.json` (`documents_set_aside`, `set_aside` with each document and
/// `set_aside_counts` per ``group``) and as a warning in the end-of-run summary. Nothing is dropped
/// silently.
public struct DocumentSetAside: Error, Sendable, CustomStringConvertible {
    /// What the documents set aside for the same reason share, counted in `set_aside_counts`
    /// (e.g. `language ru`).
    public var group: String
    /// Why, in a sentence a person can act on.
    public var reason: String

    /// Creates the signal.
    /// - Parameters:
    ///   - group: the key the report counts by.
    ///   - reason: why the document is set aside.
    public init(group: String, reason: String) {
        self.group = group
        self.reason = reason
    }

    /// The reason.
    public var description: String { reason }
}
