import Foundation

/// Reads the XHTML that `pdftotext -bbox-layout` writes (`page` → `flow` → `block` → `line` →
/// `word`, each with `xMin`/`yMin`/`xMax`/`yMax`) into pages of blocks of lines.
enum BBoxLayoutReader {
    /// The pages, or `nil` when the bytes are not the XHTML pdftotext writes.
    ///
    /// C0 control characters, which XML 1.0 forbids but pdftotext copies from fonts that map
    /// glyphs to them, are read as spaces first: one such glyph must not make the page unreadable.
    static func pages(from data: Data) -> [PDFPage]? {
        guard let tree = XMLTree(withoutControlCharacters(data)), let root = tree.root else { return nil }
        var pages: [PDFPage] = []
        for page in root.descendants("page") {
            let number = pages.count + 1
            let tallest = tallestOrdinaryWord(on: page)
            var blocks: [PDFBlock] = []
            for block in page.descendants("block") {
                let lines = block.children.filter { $0.name == "line" }.compactMap { line(from: $0, page: number, tallest: tallest) }
                if !lines.isEmpty { blocks.append(PDFBlock(lines: lines)) }
            }
            pages.append(PDFPage(
                number: number, width: Double(page.attribute("width") ?? "") ?? 612, height: Double(page.attribute("height") ?? "") ?? 792,
                blocks: blocks))
        }
        return pages
    }

    /// The bytes with every C0 control character other than tab, line feed and carriage return
    /// replaced by a space (UTF-8 multi-byte sequences never contain bytes below 0x80).
    static func withoutControlCharacters(_ data: Data) -> Data {
        guard data.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return data }
        return Data(data.map { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D ? 0x20 : $0 })
    }

    /// Six times the median height of the page's words, when it has at least 20: a word taller
    /// than that is a watermark or stamp set diagonally across the page (`DRAFT`), whose box
    /// poppler reports as the rotated text's whole extent, and is left out.
    static func tallestOrdinaryWord(on page: XMLElement) -> Double {
        let heights = page.descendants("word").compactMap { box(of: $0).map { $0.y1 - $0.y0 } }.sorted()
        guard heights.count >= 20 else { return .infinity }
        return 6 * heights[heights.count / 2]
    }

    /// A line's words joined by spaces, except where a word's box overlaps the one before it:
    /// poppler splits kerned logos and raised letters (`L` `A` `TEX`) into words that overlap,
    /// and they are one word on the page (`LATEX`).
    private static func line(from element: XMLElement, page: Int, tallest: Double = .infinity) -> PDFLine? {
        var text = ""
        var previousEnd: Double?
        for word in element.children where word.name == "word" {
            let content = word.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let wordBox = box(of: word)
            guard !content.isEmpty else { continue }
            if let wordBox, wordBox.y1 - wordBox.y0 > tallest { continue }
            if let previousEnd, let wordBox, wordBox.x0 < previousEnd - 0.5 {
                text += content
            } else {
                text += text.isEmpty ? content : " " + content
            }
            previousEnd = wordBox?.x1
        }
        guard !text.isEmpty, let box = box(of: element) else { return nil }
        return PDFLine(text: text, box: box, page: page)
    }

    private static func box(of element: XMLElement) -> PageBox? {
        guard let x0 = element.attribute("xMin").flatMap(Double.init), let y0 = element.attribute("yMin").flatMap(Double.init),
              let x1 = element.attribute("xMax").flatMap(Double.init), let y1 = element.attribute("yMax").flatMap(Double.init)
        else { return nil }
        return PageBox(x0: x0, y0: y0, x1: x1, y1: y1)
    }
}
