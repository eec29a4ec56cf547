/// A date expression and the ISO 8601 value it resolves to, at the precision the text gives.
public struct DateMention: Sendable, Hashable, Codable {
    /// Code-point offset of the expression.
    public var start: Int
    /// Code-point offset one past the expression.
    public var end: Int
    /// The expression as written.
    public var text: String
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` when the expression cannot be resolved.
    public var value: String?
    /// For a range ("from 1994 to 1997"), the end of the range.
    public var endValue: String?

    enum CodingKeys: String, CodingKey {
        case start, end, text, value
        case endValue = "end_value"
    }

    /// Creates a date mention.
    public init(start: Int, end: Int, text: String, value: String?, endValue: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.endValue = endValue
    }
}
