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
    /// For a range ("from 1994 to 1997") or a period (a quarter, a season, a decade), its end.
    public var endValue: String?
    /// `true` when the year was not written and no document or pipeline date anchored it: it was
    /// taken from the document's own dates ("March 3" in an article that dates other events in
    /// 2021). `nil` otherwise.
    public var inferred: Bool?
    /// For an expression that names no calendar time but a side of the time of writing, TimeML's
    /// reference: `PAST_REF` ("recently", "in the past", "recent years") or `FUTURE_REF` ("in the
    /// future"); `value` is then `nil`. `nil` for every other expression.
    public var reference: String?

    enum CodingKeys: String, CodingKey {
        case start, end, text, value, inferred, reference
        case endValue = "end_value"
    }

    /// Creates a date mention.
    public init(start: Int, end: Int, text: String, value: String?, endValue: String? = nil, inferred: Bool? = nil, reference: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.endValue = endValue
        self.inferred = inferred
        self.reference = reference
    }
}
