/// A paragraph rebuilt from PDF lines.
struct PDFParagraph: Sendable, Hashable {
    /// `heading`, `paragraph` or `listItem`.
    var kind: String
    /// Its lines, in reading order (possibly across a column or page break).
    var lines: [PDFLine]
}
