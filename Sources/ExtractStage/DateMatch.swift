/// One date expression found by ``DateExtractor``, by token positions, before it becomes a
/// ``DateMention``.
struct DateMatch: Sendable {
    /// What kind of expression it is, which decides what may extend it ("the", "early").
    enum Kind: Sendable { case day, month, year, range, relativeDay, weekday, period }

    /// Index of the first token.
    var first: Int
    /// Index one past the last token.
    var end: Int
    /// The ISO value, `nil` when it cannot be resolved.
    var value: String?
    /// The end of a range or period ("1994"…"1997"; a quarter's last month).
    var endValue: String?
    /// The kind of expression.
    var kind: Kind
    /// Whether the value came from the anchor (relative and year-less expressions).
    var usesAnchor = false
    /// Whether it compares with an earlier period ("a year ago" after a named quarter), so that it
    /// never becomes the quarter "the quarter" refers to.
    var isComparison = false
    /// TimeML's `PAST_REF` or `FUTURE_REF` for "recently", "in the future" (no calendar value).
    var reference: String?
    /// A month (and day) written without a year.
    var yearless: (month: Int, day: Int?)?
    /// Whether the value came from the narrative's time (``DateNarrative``) rather than the anchor.
    var followsNarrative = false
    /// Whether a weekday written with the day ("Tuesday (Sept 20)") chose the value's year: the
    /// one near the anchor in which that day falls on that weekday.
    var isPinnedByWeekday = false

    /// Creates a match.
    init(_ first: Int, _ end: Int, _ value: String?, _ endValue: String? = nil, kind: Kind, usesAnchor: Bool = false) {
        self.first = first
        self.end = end
        self.value = value
        self.endValue = endValue
        self.kind = kind
        self.usesAnchor = usesAnchor
    }
}
