/// How a paragraph the Markdown reader collects opens: a plain line, a list item or a quoted line.
struct ParagraphOpening: Sendable {
    /// The kind of the paragraph's first line (`.text` or `.listItem`).
    var kind: LineKind
    /// What is written before the paragraph's text (`- ` for a bullet item), else empty.
    var prefix: String
    /// Where the first line starts in the input, its block markers (`>`, a bullet) included.
    var lineStart: Int
}
