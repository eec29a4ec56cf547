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
            var blocks: [PDFBlock] = []
            for block in page.descendants("block") {
                let lines = block.children.filter { $0.name == "line" }.compactMap { line(from: $0, page: number) }
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

    private static func line(from element: XMLElement, page: Int) -> PDFLine? {
        let words = element.children.filter { $0.name == "word" }.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !words.isEmpty, let box = box(of: element) else { return nil }
        return PDFLine(text: words.joined(separator: " "), box: box, page: page)
    }

    private static func box(of element: XMLElement) -> PageBox? {
        guard let x0 = element.attribute("xMin").flatMap(Double.init), let y0 = element.attribute("yMin").flatMap(Double.init),
              let x1 = element.attribute("xMax").flatMap(Double.init), let y1 = element.attribute("yMax").flatMap(Double.init)
        else { return nil }
        return PageBox(x0: x0, y0: y0, x1: x1, y1: y1)
    }
}
