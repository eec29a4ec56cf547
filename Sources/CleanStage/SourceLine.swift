/// One line of the working text, with what it is.
struct SourceLine: Sendable {
    /// The line's content without surrounding white space, in working code points.
    var content: Range<Int>
    /// The whole line without its line break, for code lines whose indentation matters.
    var raw: Range<Int>
    /// What the line is.
    var kind: LineKind
}
