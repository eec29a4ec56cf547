/// The article a reader sees on a page: its text by paragraphs, its metadata, and where each
/// paragraph came from in the original HTML.
public struct ExtractedPage: Sendable, Hashable, Codable {
    /// The main text, paragraphs separated by a blank line ("\n\n").
    public var text: String
    /// The article's title (headline).
    public var title: String?
    /// The author or authors, joined by ", ".
    public var author: String?
    /// The publisher or site name.
    public var publisher: String?
    /// The publication date, ISO 8601: `YYYY-MM-DD`, or the full timestamp when the page gives one.
    public var date: String?
    /// The section or category of the publication.
    public var section: String?
    /// One entry per paragraph of `text`, in order.
    public var blocks: [Block]

    /// Creates a page.
    /// - Parameters:
    ///   - text: the main text.
    ///   - title: the title.
    ///   - author: the author(s).
    ///   - publisher: the publisher.
    ///   - date: the ISO 8601 date.
    ///   - section: the section.
    ///   - blocks: the paragraphs and their sources.
    public init(
        text: String = "", title: String? = nil, author: String? = nil, publisher: String? = nil,
        date: String? = nil, section: String? = nil, blocks: [Block] = []
    ) {
        self.text = text
        self.title = title
        self.author = author
        self.publisher = publisher
        self.date = date
        self.section = section
        self.blocks = blocks
    }
}
