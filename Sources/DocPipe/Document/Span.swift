/// A range of Unicode code points in a document's text: `text[start..<end]` in code points,
/// the same as Python's `text[start:end]`.
public struct Span: Sendable, Hashable, Codable, Comparable {
    /// Offset of the first code point.
    public var start: Int
    /// Offset one past the last code point.
    public var end: Int

    /// Creates a span.
    /// - Parameters:
    ///   - start: offset of the first code point.
    ///   - end: offset one past the last code point.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of code points covered.
    public var length: Int { end - start }

    /// Orders spans by start, then end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
