import DocPipe

/// Slices many spans out of one text without walking it from the start for each span.
struct SpanTexts {
    /// The text's code points.
    let scalars: [Unicode.Scalar]

    /// Prepares `text` for slicing.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The text of one span, clamped to the text.
    func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return ScalarString.make(scalars[lower..<upper])
    }

    /// The text of each span, in order.
    func slices(_ spans: [Span]) -> [String] {
        spans.map { slice($0.start, $0.end) }
    }
}
