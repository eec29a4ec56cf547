/// The SHA-256 of the bytes a document was read from, taken once when the runner read them (it
/// keys the stage cache), so that export's manifest need not read and hash the file again.
public struct InputDigest: Sendable, Equatable {
    /// The path of the file that was read, the document's `source` at the time.
    public let path: String
    /// The lower-case hex SHA-256 of the file's bytes as read.
    public let sha256: String

    /// A digest of the file at `path`.
    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}
