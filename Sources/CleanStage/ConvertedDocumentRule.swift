import DocPipe

/// Why `clean` removes a paragraph of a converted document, if it does.
///
/// A converted document (PDF, DOCX, ODT, e-mail, mbox message) has no web chrome: its structure
/// comes from the format, so its paragraphs stay unless a reason holds for documents — a block
/// the converter marked (quoted reply, signature), a paragraph with no word at all, a short
/// non-sentence paragraph found on three pages or more (a running line the converter missed, such
/// as a draft stamp), or a `drop_patterns` match. Documents without pages have no running lines:
/// a line repeated there (a code line, a refrain, a table label) is text. The web boilerplate score is not used: short greetings, sign-offs,
/// one-line paragraphs and title pages are text. EPUB chapters are HTML pages and may carry web
/// furniture (navigation bars), so EPUB's plain paragraphs keep the web classifier's decision.
struct ConvertedDocumentRule: Sendable {
    /// The converter's format (`pdf`, `epub`, …), if the document records it.
    var format: String?
    /// Whether boilerplate is removed at all (the `boilerplate` option).
    var removeBoilerplate: Bool

    /// Formats whose parts are HTML pages, judged by the web boilerplate classifier.
    static let webFormats: Set<String> = ["epub"]
    /// A paragraph found on this many pages or more is a running line.
    static let runningPages = 3
    /// A running line has at most this many words.
    static let repeatedMaxWords = 12

    /// The rule for a document, reading the converter's `format` from its metadata.
    init(document: Document, removeBoilerplate: Bool) {
        if case .string(let name) = document.metadata.extra["format"] { format = name.lowercased() }
        self.removeBoilerplate = removeBoilerplate
    }

    /// The rule for a format.
    init(format: String?, removeBoilerplate: Bool) {
        self.format = format?.lowercased()
        self.removeBoilerplate = removeBoilerplate
    }

    /// Whether the web classifier decides this document's plain paragraphs.
    var usesWebClassifier: Bool { format.map(Self.webFormats.contains) ?? false }

    /// For each unit, why it is removed, or `nil` when it stays.
    /// - Parameters:
    ///   - units: the document's units.
    ///   - blocks: each unit's block (`nil` when no block holds it: read as a paragraph).
    ///   - classified: the web classifier's decisions for the same units.
    func reasons(_ units: [AnalyzedUnit], blocks: [SourceBlock?], classified: [RemovalReason?]) -> [RemovalReason?] {
        let kinds = blocks.map { $0?.kind ?? "paragraph" }
        if usesWebClassifier {
            return units.indices.map { Self.webReason(kind: kinds[$0], decided: classified[$0]) }
        }
        let running = runningTexts(units, kinds: kinds, pages: blocks.map { $0?.page })
        return units.indices.map { index in
            if let forced = RemovalReason.forConvertedKind(kinds[index]) { return forced }
            if classified[index] == .pattern { return .pattern }
            guard removeBoilerplate, kinds[index] == "paragraph", units[index].unit.kind != .code else { return nil }
            if units[index].features.words == 0 || running.contains(units[index].text) { return .boilerplate }
            return nil
        }
    }

    /// The web path (EPUB): quoted replies and signatures always; a structural block (heading,
    /// list item, table row, note, quote) never; a plain paragraph for a boilerplate reason, never
    /// for a metadata one (the converter's metadata is authoritative).
    static func webReason(kind: String, decided: RemovalReason?) -> RemovalReason? {
        if let forced = RemovalReason.forConvertedKind(kind) { return forced }
        guard kind == "paragraph", let decided, !decided.rawValue.hasPrefix("metadata:") else { return nil }
        return decided
    }

    /// Texts of short paragraphs that do not read as prose and stand on `runningPages` pages or more.
    private func runningTexts(_ units: [AnalyzedUnit], kinds: [String], pages: [Int?]) -> Set<String> {
        var pagesOf: [String: Set<Int>] = [:]
        for index in units.indices where kinds[index] == "paragraph" {
            let features = units[index].features
            guard let page = pages[index], features.words >= 1, features.words <= Self.repeatedMaxWords, !features.isProse else { continue }
            pagesOf[units[index].text, default: []].insert(page)
        }
        return Set(pagesOf.filter { $0.value.count >= Self.runningPages }.keys)
    }
}
