/// One line of text on a PDF page, as pdftotext found it.
struct PDFLine: Sendable, Hashable {
    /// The words joined by single spaces.
    var text: String
    /// Where it is on the page.
    var box: PageBox
    /// The 1-based page number.
    var page: Int
}
