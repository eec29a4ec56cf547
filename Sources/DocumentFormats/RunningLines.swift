import Foundation

/// Finds running headers, footers and page numbers: lines in a page's top or bottom margin
/// (the outer 12% of its height), standing in a block of at most two lines (a body paragraph that
/// starts high on the page is longer), whose text, with digits masked, recurs on at least two
/// pages and at least 30% of them; and margin lines that are only a page number (`12`, `- 12 -`,
/// `Page 3 of 9`, `xiv`) in a document of two pages or more.
enum RunningLines {
    /// The margin share of a page's height.
    static let margin = 0.12

    /// The pages without their running lines, and how many lines were dropped.
    static func removed(from pages: [PDFPage]) -> (pages: [PDFPage], dropped: Int) {
        guard pages.count >= 2 else { return (pages, 0) }
        var pagesWithKey: [String: Set<Int>] = [:]
        for page in pages {
            for block in page.blocks {
                for line in block.lines where block.lines.count <= 2 && inMargin(line, of: page) {
                    pagesWithKey[key(line.text), default: []].insert(page.number)
                }
            }
        }
        let threshold = max(2, Int((Double(pages.count) * 0.3).rounded(.up)))
        let running = Set(pagesWithKey.filter { $0.value.count >= threshold }.keys)
        var dropped = 0
        let cleaned = pages.map { page in
            var page = page
            page.blocks = page.blocks.compactMap { block in
                var block = block
                let short = block.lines.count <= 2
                block.lines.removeAll { line in
                    let drop = inMargin(line, of: page) && (isPageNumber(line.text) || short && running.contains(key(line.text)))
                    if drop { dropped += 1 }
                    return drop
                }
                return block.lines.isEmpty ? nil : block
            }
            return page
        }
        return (cleaned, dropped)
    }

    /// Whether a line lies in the page's top or bottom margin.
    static func inMargin(_ line: PDFLine, of page: PDFPage) -> Bool {
        line.box.y1 <= page.height * margin || line.box.y0 >= page.height * (1 - margin)
    }

    /// The line's text lower-cased, with runs of digits as `#` and white space collapsed.
    static func key(_ text: String) -> String {
        var result = ""
        var lastWasDigit = false
        for character in text.lowercased() {
            if character.isNumber {
                if !lastWasDigit { result.append("#") }
                lastWasDigit = true
            } else {
                lastWasDigit = false
                if character.isWhitespace {
                    if result.last != " " { result.append(" ") }
                } else {
                    result.append(character)
                }
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// Whether the text is only a page number: digits, or a Roman numeral, optionally as
    /// `page N`, `N of M`, `- N -`.
    static func isPageNumber(_ text: String) -> Bool {
        var words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "–" || $0 == "|" }.map(String.init)
        if words.first == "page" || words.first == "p." { words.removeFirst() }
        if words.count == 3, words[1] == "of" || words[1] == "/" { words = [words[0], words[2]] }
        guard !words.isEmpty, words.count <= 2 else { return false }
        return words.allSatisfy { word in
            word.allSatisfy(\.isNumber) || (word.count <= 6 && word.allSatisfy { "ivxlc".contains($0) })
        }
    }
}
