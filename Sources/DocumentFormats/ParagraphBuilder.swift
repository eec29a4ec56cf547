import Foundation

/// Rebuilds paragraphs from blocks of PDF lines in reading order, and their text.
///
/// Inside a block a new paragraph starts after a vertical gap wider than 70% of the line
/// height, after a line that ends a sentence well short of the block's right edge, at a bullet or
/// numbered item, or at a line set in a clearly larger size. A paragraph of at most two lines
/// whose line height is at least 1.2 × the document's usual one is a heading. A paragraph that
/// stops at a column or page break without ending its sentence — or in a hyphenated word, or
/// where poppler split one paragraph into blocks whose lines follow right under each other —
/// continues in the next one when that starts with a lower-case letter.
enum ParagraphBuilder {
    /// The paragraphs of the blocks, in order.
    static func paragraphs(of blocks: [PDFBlock]) -> [PDFParagraph] {
        let heights = blocks.flatMap { $0.lines.map(\.box.height) }.sorted()
        let usual = heights.isEmpty ? 10 : heights[heights.count / 2]
        var paragraphs: [PDFParagraph] = []
        for block in blocks {
            let right = block.box.x1
            var current: [PDFLine] = []
            func flush() {
                guard !current.isEmpty else { return }
                paragraphs.append(PDFParagraph(kind: kind(of: current, usual: usual), lines: current))
                current.removeAll()
            }
            for line in block.lines {
                if let previous = current.last, breaks(after: previous, before: line, right: right, usual: usual) { flush() }
                current.append(line)
            }
            flush()
        }
        return joinedAcrossBreaks(paragraphs)
    }

    /// The paragraph's text: lines joined by a space, or without one where a word was hyphenated
    /// at the line's end (`inter-` + `national` → `international`; a soft hyphen likewise), or
    /// where a compound or range breaks after its hyphen before a capital or digit (`North-` +
    /// `East` → `North-East`, `1990-` + `2000` → `1990-2000`).
    static func text(of lines: [PDFLine]) -> String {
        joined(lines.map(\.text))
    }

    /// Lines of running text joined as ``text(of:)`` joins a PDF paragraph's lines (shared with
    /// plain-text e-mail bodies, whose lines are wrapped and hyphenated the same way).
    static func joined(_ lines: [String]) -> String {
        var text = ""
        for next in lines {
            guard !text.isEmpty else {
                text = next
                continue
            }
            if text.hasSuffix("\u{AD}") {
                text.removeLast()
            } else if endsHyphenated(text), let first = next.first, first.isLowercase {
                text.removeLast()
            } else if text.hasSuffix("-"), text.dropLast().last.map({ $0.isLetter || $0.isNumber }) == true, let first = next.first, first.isUppercase || first.isNumber {
                // A compound or a range broken after its hyphen (`North-` + `East`, `1990-` + `2000`): keep the hyphen, no space.
            } else {
                text.append(" ")
            }
            text += next
        }
        return text.replacingOccurrences(of: "\u{AD}", with: "")
    }

    /// Whether the text ends in a letter followed by a hyphen.
    static func endsHyphenated(_ text: String) -> Bool {
        guard text.hasSuffix("-") else { return false }
        let beforeHyphen = text.dropLast().last
        return beforeHyphen?.isLetter == true
    }

    private static func breaks(after previous: PDFLine, before line: PDFLine, right: Double, usual: Double) -> Bool {
        let height = max(1, min(previous.box.height, line.box.height))
        if line.box.y0 - previous.box.y1 > 0.7 * height { return true }
        if startsListItem(line.text) { return true }
        if max(line.box.height, previous.box.height) > 1.2 * min(line.box.height, previous.box.height) { return true }
        let short = right - previous.box.x1 > max(3 * height, 0.15 * (right - previous.box.x0))
        return short && endsSentence(previous.text)
    }

    private static func kind(of lines: [PDFLine], usual: Double) -> String {
        if let first = lines.first, startsListItem(first.text) { return "listItem" }
        let height = lines.map(\.box.height).max() ?? usual
        if lines.count <= 2, height >= 1.2 * usual, text(of: lines).count < 200 { return "heading" }
        return "paragraph"
    }

    /// Whether the text opens with a bullet or a short item number (`•`, `-`, `1.`, `b)`).
    static func startsListItem(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(6))
        guard let first = scalars.first else { return false }
        if "•◦▪‣●○-–*".unicodeScalars.contains(first) { return scalars.count > 1 && scalars[1] == " " }
        var index = 0
        while index < scalars.count, index < 3, CharacterSet.decimalDigits.contains(scalars[index]) { index += 1 }
        if index == 0, CharacterSet.lowercaseLetters.contains(first) { index = 1 }
        return index > 0 && index + 1 < scalars.count && (scalars[index] == "." || scalars[index] == ")") && scalars[index + 1] == " "
    }

    /// Whether the text ends a sentence (`.`, `!`, `?`, `:` or `;`, possibly before a closing quote or bracket).
    static func endsSentence(_ text: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, "\"'”’)]".contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        return ".!?:;".contains(last)
    }

    /// Joins a paragraph cut by a column or page break, in a hyphenated word, or into blocks lying
    /// right under each other, to its continuation.
    /// Whether a line starts right under another (less than 70% of a line's height between them)
    /// and overlaps it horizontally: poppler sometimes splits one paragraph into blocks, for
    /// instance around a watermark or an inline figure.
    private static func directlyBelow(_ line: PDFLine, _ above: PDFLine) -> Bool {
        line.page == above.page && line.box.y0 >= above.box.y0
            && line.box.y0 - above.box.y1 < 0.7 * (above.box.y1 - above.box.y0)
            && line.box.x0 < above.box.x1 && above.box.x0 < line.box.x1
    }

    private static func joinedAcrossBreaks(_ paragraphs: [PDFParagraph]) -> [PDFParagraph] {
        var result: [PDFParagraph] = []
        for paragraph in paragraphs {
            if var previous = result.last, previous.kind == "paragraph", paragraph.kind == "paragraph",
               let last = previous.lines.last, let first = paragraph.lines.first,
               first.page != last.page || first.box.y0 < last.box.y0 || endsHyphenated(last.text) || directlyBelow(first, last),
               !endsSentence(last.text), first.text.first?.isLowercase == true {
                previous.lines += paragraph.lines
                result[result.count - 1] = previous
            } else {
                result.append(paragraph)
            }
        }
        return result
    }
}
