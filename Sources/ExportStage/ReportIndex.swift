import DocPipe

/// What the reports need to know about every document before writing any: a unique anchor,
/// a title to cite it by and how many sentences it has.
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
    }

    /// The entries in run order.
    private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]

    private var used: Set<String> = []

    /// Creates an empty index.
    init() {}

    /// Adds the next document in run order.
    mutating func add(_ document: Document) {
        let base = "article-" + Self.slug(document.id)
        var anchor = base
        var suffix = 2
        while used.contains(anchor) {
            anchor = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(anchor)
        let title = document.metadata.title.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 } ?? document.id
        positions[document.id] = positions[document.id] ?? entries.count
        entries.append(Entry(id: document.id, anchor: anchor, title: title, sentenceCount: document[StandardLayers.Sentences.self]?.count ?? 0))
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
