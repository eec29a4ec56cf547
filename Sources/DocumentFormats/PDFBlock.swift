/// A block of lines pdftotext grouped together (usually a paragraph or a column's piece).
struct PDFBlock: Sendable, Hashable {
    /// The lines, top to bottom.
    var lines: [PDFLine]

    /// The union of the lines' boxes (pdftotext's own block box can be wider than its text).
    var box: PageBox {
        lines.dropFirst().reduce(lines.first?.box ?? PageBox(x0: 0, y0: 0, x1: 0, y1: 0)) { $0.union($1.box) }
    }
}
