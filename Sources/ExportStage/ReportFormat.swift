import DocPipe

/// A report a person reads (`markdown`, `html`), written in one stream over the documents:
/// the opening (title, contents, corpus sections), one section per article, the closing.
protocol ReportFormat {
    /// The file name in the output folder.
    static var fileName: String { get }
    /// Everything before the first article.
    func opening(_ results: CorpusResults, _ index: ReportIndex) -> String
    /// One article's section.
    func article(_ document: Document, entry: ReportIndex.Entry) -> String
    /// Everything after the last article.
    var closing: String { get }
}
