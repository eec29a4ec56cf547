/// One logical line of the document, the unit `clean` keeps or removes: a paragraph (hard-wrapped
/// lines joined), a heading, a list item or a code block.
struct TextUnit: Sendable {
    /// The lines it is made of, as content ranges of the working text (raw ranges for code).
    var lines: [Range<Int>]
    /// What it is.
    var kind: LineKind
    /// The index of the blank-line-separated block it came from.
    var block: Int

    /// The working-text range from its first to its last code point.
    var span: Range<Int> { (lines.first?.lowerBound ?? 0)..<(lines.last?.upperBound ?? 0) }
}
