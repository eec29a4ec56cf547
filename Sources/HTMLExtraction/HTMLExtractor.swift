internal import CLibXML2

/// Extracts the article a reader sees from an HTML page: the main text by paragraphs, the page's
/// metadata, and for every paragraph the byte range of the element it came from.
///
/// Parsing uses libxml2's tolerant HTML parser; the main content is found by scoring the containers
/// of paragraphs (text length, commas, link density, tag and `class`/`id` cues); see docs/stages/html.md.
/// An extractor is a value and may be used from many threads at once.
public struct HTMLExtractor: Sendable {
    /// The options in use.
    public let options: ExtractionOptions

    private static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// Creates an extractor.
    /// - Parameter options: what to keep; defaults keep tables and drop captions.
    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
        _ = Self.parserReady
    }

    /// Extracts the main text and metadata of a page.
    /// - Parameter html: the page's bytes, in the encoding its `<meta charset>` names (UTF-8 by default).
    /// - Returns: the extracted page; its text is empty only when the page has no visible text outside
    ///   boilerplate (navigation, footers, comments …).
    public func extract(_ html: [UInt8]) -> ExtractedPage {
        let scan = SourceScanner.scan(html)
        let encoding = Self.encoding(declared: scan.declaredEncoding, bytes: html)
        let parseOptions = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_COMPACT.rawValue
                | HTML_PARSE_NOBLANKS.rawValue)
        let parsed: htmlDocPtr? = scan.sanitized.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    htmlReadMemory(pointer, Int32(clamping: buffer.count), nil, encoding, parseOptions)
                }
            }
        }
        guard let document = parsed else {
            return ExtractedPage()
        }
        let tree = DocumentTree(document: document, scan: scan)
        xmlFreeDoc(document)
        return extract(from: tree, linkedData: scan.linkedData)
    }

    private func extract(from tree: DocumentTree, linkedData: [[UInt8]]) -> ExtractedPage {
        let heading = Self.firstText(of: .h1, in: tree)
        var page = MetadataResolver.resolve(
            tree: tree, linkedData: LinkedDataArticle.read(linkedData), byline: Self.byline(in: tree), heading: heading)
        let headline = Array((heading ?? "").utf8)
        let selector = ContentSelector(tree: tree, options: options)
        var assembler = TextAssembler()
        assembler.headline = headline
        assembler.append(roots: selector.mainContentRoots(), selector: selector, strict: true)
        if assembler.output.count < options.minimumMainTextLength {
            let roots = Self.topLevel(tree)
            var fallback = TextAssembler()
            fallback.headline = headline
            fallback.append(roots: roots, selector: selector, strict: true)
            if fallback.output.isEmpty {
                fallback = TextAssembler()
                fallback.append(roots: roots, selector: selector, strict: false)
            }
            if fallback.output.count > assembler.output.count { assembler = fallback }
        }
        page.text = String(decoding: assembler.output, as: UTF8.self)
        page.blocks = assembler.blocks
        return page
    }

    private static func topLevel(_ tree: DocumentTree) -> [Int] {
        var roots: [Int] = []
        var index = 0
        while index < tree.nodes.count {
            roots.append(index)
            index = Int(tree.nodes[index].end)
        }
        return roots
    }

    private static func byline(in tree: DocumentTree) -> String? {
        for (index, node) in tree.nodes.enumerated() where !node.isText && (node.cue.isByline || node.namesAuthor) {
            let text = subtreeText(index, in: tree)
            var words = text.split(separator: " ")
            if let first = words.first, first.lowercased() == "by" { words.removeFirst() }
            guard (1...8).contains(words.count) else { continue }
            return words.joined(separator: " ")
        }
        return nil
    }

    private static func firstText(of tag: HTMLTag, in tree: DocumentTree) -> String? {
        guard let index = tree.nodes.firstIndex(where: { $0.tag == tag }) else { return nil }
        let text = subtreeText(index, in: tree)
        return text.isEmpty ? nil : text
    }

    private static func subtreeText(_ index: Int, in tree: DocumentTree) -> String {
        var bytes: [UInt8] = []
        for node in tree.nodes[index..<Int(tree.nodes[index].end)] where node.isText {
            bytes.append(contentsOf: tree.text[Int(node.textStart)..<Int(node.textEnd)])
            bytes.append(32)
        }
        return String(decoding: bytes, as: UTF8.self).collapsingSpaces
    }

    private static func encoding(declared: String?, bytes: [UInt8]) -> String {
        guard let declared, declared != "utf-8", declared != "utf8" else { return "UTF-8" }
        return isValidUTF8(bytes) ? "UTF-8" : declared
    }

    private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var hasMultibyte = false
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar.value > 127 { hasMultibyte = true }
            case .emptyInput: return hasMultibyte
            case .error: return false
            }
        }
    }
}
