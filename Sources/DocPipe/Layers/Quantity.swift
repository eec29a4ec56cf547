/// A number with its unit, as written in the text.
public struct Quantity: Sendable, Hashable, Codable {
    /// Code-point offset of the expression.
    public var start: Int
    /// Code-point offset one past the expression.
    public var end: Int
    /// The expression as written.
    public var text: String
    /// The number ("3.5 million" → 3500000); for a range, its lower end.
    public var value: Double
    /// For a range ("between seventy and 500"), its upper end.
    public var maxValue: Double?
    /// The unit noun, singular and lower-cased ("troops" → "troop"), `%`, or a currency code.
    public var unit: String
    /// A qualifier before the number: `about`, `less than`, `more than`, `at least`, `up to`.
    public var qualifier: String?

    enum CodingKeys: String, CodingKey {
        case start, end, text, value, unit, qualifier
        case maxValue = "max_value"
    }

    /// Creates a quantity.
    public init(start: Int, end: Int, text: String, value: Double, maxValue: Double? = nil, unit: String, qualifier: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.maxValue = maxValue
        self.unit = unit
        self.qualifier = qualifier
    }
}
