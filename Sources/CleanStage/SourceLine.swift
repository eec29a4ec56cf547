/// One line of the working text, with what it is.
struct SourceLine: Sendable {
    /// The line's content without surrounding white space, in working code points.
    var content: Range<Int>
    /// The whole line without its line break, for code lines whose indentation matters.
    var raw: Range<Int>
    /// What the line is.
    var kind: LineKind
}

/// What a line of the working text is.
enum LineKind: Sendable, Equatable {
    /// An empty line (or only white space): a paragraph break.
    case blank
    /// A line of running text.
    case text
    /// A bulleted or numbered list item.
    case listItem
    /// A heading (Markdown `#` or setext).
    case heading
    /// A line of a fenced code block, kept as it is.
    case code
}
