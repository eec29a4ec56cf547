/// A piece of the original input that `clean` removed, and why.
public struct Removal: Sendable, Hashable, Codable {
    /// Code-point offset in the original input.
    public var start: Int
    /// Code-point offset one past the end in the original input.
    public var end: Int
    /// The removed text.
    public var text: String
    /// Why it was removed: `boilerplate`, `metadata:author`, `caption`, … (see `docs/output-format.md`).
    public var reason: String

    /// Creates a removal record.
    public init(start: Int, end: Int, text: String, reason: String) {
        self.start = start
        self.end = end
        self.text = text
        self.reason = reason
    }
}
