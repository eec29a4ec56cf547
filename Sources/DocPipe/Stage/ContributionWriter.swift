/// Where a ``StreamingContributor`` writes its documents while the runner processes them: the
/// runner hands it each document's prepared contribution in input order, on one thread at a
/// time, then gives it back to the stage's corpus step inside the ``ContributionStream``.
public protocol ContributionWriter: AnyObject {
    /// Writes one document, in input order.
    /// - Parameters:
    ///   - id: the document's final id (made unique across the run).
    ///   - prepared: what ``StreamingContributor/prepare(_:id:)`` returned for the document.
    ///   - preparedID: the id `prepared` was made with; when it differs from `id` the writer
    ///     prepares the document again under `id`.
    /// - Throws: a file error; the run then fails.
    func write(id: String, prepared: any Sendable, preparedID: String) throws

    /// Removes whatever was written (the run stopped before the corpus step took the writer).
    func discard()
}
