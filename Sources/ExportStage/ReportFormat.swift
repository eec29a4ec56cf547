import DocPipe

/// A report a person reads (`markdown`, `html`), written in one stream over the documents:
/// the opening (title, contents, corpus sections), then either one section per article and the
/// closing, or (past ``ReportIndex/inlineLimit`` documents) the closing, one page per article
/// and the article index pages under `report/`.
protocol ReportFormat {
    /// The file name in the output folder.
    static var fileName: String { get }
    /// The extension of the article and index pages under `report/`.
    static var pageExtension: String { get }
    /// Everything before the first article.
    func opening(_ results: CorpusResults, _ index: ReportIndex) -> String
    /// One article's section.
    func article(_ document: Document, entry: ReportIndex.Entry) -> String
    /// Everything after the last article.
    var closing: String { get }
    /// A whole page holding one article.
    func articlePage(_ document: Document, entry: ReportIndex.Entry, index: ReportIndex) -> String
    /// Page `page` (from 1) of the article index.
    func indexPage(_ page: Int, _ index: ReportIndex) -> String
}
