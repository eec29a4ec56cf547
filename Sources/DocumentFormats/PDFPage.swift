/// One page of a PDF's text layer.
struct PDFPage: Sendable, Hashable {
    /// The 1-based page number.
    var number: Int
    /// Width in points.
    var width: Double
    /// Height in points.
    var height: Double
    /// The blocks, in pdftotext's order.
    var blocks: [PDFBlock]

    /// Whether the page has any text.
    var hasText: Bool { blocks.contains { !$0.lines.isEmpty } }
}
