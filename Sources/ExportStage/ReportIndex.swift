import DocPipe

/// What the reports need to know about every document before writing any: a unique anchor,
/// a title to cite it by, its source, how many sentences it has, and where its article is written
/// (inline in the report up to ``inlineLimit`` documents, else a page of its own under `report/`).
struct ReportIndex {
    /// One document's entry.
    struct Entry {
        /// The document id.
        var id: String
        /// The HTML id and Markdown anchor of the document's section.
        var anchor: String
        /// The title, or the id when there is none.
        var title: String
        /// The number of sentences in its `sentences` layer.
        var sentenceCount: Int
        /// Its place in run order, from 1; names its page (`report/articles/000001.html`).
        var number: Int = 0
        /// The outlet it comes from: the publisher, else the title.
        var source: String = ""
    }

    /// The most documents whose articles go inline in the main report; with more, each article
    /// gets a page of its own and the main report stays an overview.
    static let defaultInlineLimit = 25

    /// Articles per page of the article index (`report/index-0001.html`).
    static let indexPageSize = 1000

    /// The folder, next to the main report, of the article pages and the article index.
    static let folder = "report"

    /// The most documents whose articles go inline in this report.
    var inlineLimit = ReportIndex.defaultInlineLimit

    /// Whether each article is on a page of its own rather than inline in the main report.
    var articlesOnOwnPages: Bool { entries.count > inlineLimit }

    /// How many article index pages there are (none when the articles are inline).
    var indexPageCount: Int {
        articlesOnOwnPages ? (entries.count + Self.indexPageSize - 1) / Self.indexPageSize : 0
    }

    /// Sentences shared by the main entities, for the entity graph.
    private(set) var cooccurrence = EntityCooccurrence([])

    /// The entries in run order.
    private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]

    private var used: Set<String> = []

    /// Creates an empty index.
    init() {}

    /// Creates an empty index that also counts which of the corpus's main entities share sentences.
    init(clusters: [EntityCluster]) {
        cooccurrence = EntityCooccurrence(clusters)
    }

    /// What the index needs of one document, taken from the document or from its export
    /// template (``DocumentTemplate``), so the reports need no pass of their own over the documents.
    struct Source: Sendable {
        /// The metadata title.
        var title: String?
        /// The metadata publisher.
        var publisher: String?
        /// The number of sentences in its `sentences` layer.
        var sentenceCount: Int
        /// Its entity mentions as the entity graph needs them.
        var mentions: [EntityCooccurrence.Mention]

        /// What `document` gives.
        init(_ document: Document) {
            title = document.metadata.title
            publisher = document.metadata.publisher
            sentenceCount = document[StandardLayers.Sentences.self]?.count ?? 0
            mentions = EntityCooccurrence.mentions(of: document)
        }

        /// Known values.
        init(title: String?, publisher: String?, sentenceCount: Int, mentions: [EntityCooccurrence.Mention]) {
            self.title = title
            self.publisher = publisher
            self.sentenceCount = sentenceCount
            self.mentions = mentions
        }
    }

    /// Adds the next document in run order.
    mutating func add(_ document: Document) {
        add(Source(document), id: document.id)
    }

    /// Adds the next document in run order, with id `id`, from what the index needs of it.
    mutating func add(_ source: Source, id: String) {
        let base = "article-" + Self.slug(id)
        var anchor = base
        var suffix = 2
        while used.contains(anchor) {
            anchor = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(anchor)
        let title = source.title.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 } ?? id
        positions[id] = positions[id] ?? entries.count
        let publisher = source.publisher.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
        entries.append(Entry(id: id, anchor: anchor, title: title, sentenceCount: source.sentenceCount,
                             number: entries.count + 1, source: publisher ?? title))
        cooccurrence.add(source.mentions, document: id)
    }

    /// The entry of a document id.
    func entry(_ id: String) -> Entry? {
        positions[id].map { entries[$0] }
    }

    /// The anchor to link to for a sentence: the sentence itself when the document has it,
    /// else the document's section, else `nil` when the document is not in the corpus.
    func sentenceAnchor(doc: String, index: Int, sentenceLevel: Bool) -> String? {
        guard let entry = entry(doc) else { return nil }
        if sentenceLevel, index >= 0, index < entry.sentenceCount { return Self.sentenceAnchor(entry.anchor, index) }
        return entry.anchor
    }

    /// The link to a sentence (or, failing that, its document) from a page at `place`: an in-page
    /// `#anchor` when the articles are inline, else the article page's path plus the anchor;
    /// `nil` when the document is not in the corpus.
    func link(doc: String, index: Int, sentenceLevel: Bool, from place: ReportPlace, pageExtension: String) -> String? {
        guard let entry = entry(doc), let anchor = sentenceAnchor(doc: doc, index: index, sentenceLevel: sentenceLevel) else { return nil }
        return articleLink(entry, from: place, pageExtension: pageExtension) + "#" + anchor
    }

    /// The link to a document's article section from a page at `place`.
    func documentLink(_ entry: Entry, from place: ReportPlace, pageExtension: String) -> String {
        articleLink(entry, from: place, pageExtension: pageExtension) + "#" + entry.anchor
    }

    /// The page holding an article, relative to a page at `place` (empty: this page).
    private func articleLink(_ entry: Entry, from place: ReportPlace, pageExtension: String) -> String {
        guard articlesOnOwnPages else { return "" }
        let file = Self.articleFile(entry.number, pageExtension)
        switch place {
        case .overview: return "\(Self.folder)/articles/\(file)"
        case .index: return "articles/\(file)"
        case .article: return file
        }
    }

    /// The file name of article `number`'s page: `000042.html`.
    static func articleFile(_ number: Int, _ pageExtension: String) -> String {
        padded(number, 6) + "." + pageExtension
    }

    /// The file name of index page `page` (from 1): `index-0001.html`.
    static func indexFile(_ page: Int, _ pageExtension: String) -> String {
        "index-" + padded(page, 4) + "." + pageExtension
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The id of sentence `index` of the document whose anchor is `anchor`; the `.` keeps it apart
    /// from every document anchor, whose slugs hold only letters, digits and single dashes.
    static func sentenceAnchor(_ anchor: String, _ index: Int) -> String {
        "\(anchor).s\(index)"
    }

    /// Lower-case ASCII letters and digits of `text`, other runs turned into one `-`.
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "doc" : result
    }
}
