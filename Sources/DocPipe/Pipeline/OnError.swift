/// What the runner does when a document fails a stage.
public enum OnError: String, Sendable, Codable, CaseIterable {
    /// Report the document in `run.json` and go on with the others (the default).
    case skip
    /// Stop the run at the first failed document.
    case fail
}
