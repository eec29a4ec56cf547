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
