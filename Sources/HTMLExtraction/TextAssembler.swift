/// Turns chosen subtrees of the page into paragraphs of text with their block records.
struct TextAssembler {
    /// The UTF-8 text built so far, paragraphs separated by "\n\n".
    private(set) var output: [UInt8] = []
    /// The blocks built so far.
    private(set) var blocks: [Block] = []
    private var scalarCount = 0
    private var paragraph: [UInt8] = []
    private var pendingSpace = false
    private var cellsInParagraph = 0
    /// The page's title; a heading that repeats it is the headline and is left out of the text.
    var headline: [UInt8] = []

    /// Appends the text of the subtrees rooted at `roots`, skipping boilerplate and link-heavy parts.
    /// - Parameters:
    ///   - roots: subtree roots in document order.
    ///   - selector: the measured page.
    ///   - strict: also skip link-heavy containers and paragraphs (used for the main content).
    mutating func append(roots: [Int], selector: ContentSelector, strict: Bool) {
        let nodes = selector.tree.nodes
        selector.tree.text.withUnsafeBufferPointer { text in
            for root in roots {
                var open: [(end: Int, index: Int)] = []
                var quoteDepth = 0
                var index = root
                let stop = Int(nodes[root].end)
                while index < stop {
                    while let last = open.last, last.end <= index {
                        open.removeLast()
                        let tag = nodes[last.index].tag
                        if tag == .blockquote { quoteDepth -= 1 }
                        if selector.isBlock(last.index) { flush(owner: last.index, nodes: nodes, quoted: quoteDepth > 0) }
                    }
                    let node = nodes[index]
                    if node.isText {
                        if !selector.removed[index] { appendText(text, Int(node.textStart), Int(node.textEnd)) }
                        index += 1
                        continue
                    }
                    if selector.removed[index] || (strict && index != root && skips(index, selector: selector)) {
                        index = Int(node.end)
                        continue
                    }
                    let tag = node.tag
                    if tag == .br {
                        if !paragraph.isEmpty { paragraph.append(10) }
                        pendingSpace = false
                    } else if (tag == .td || tag == .th) && !selector.isLayoutCell[index] {
                        if cellsInParagraph > 0 && !paragraph.isEmpty {
                            paragraph.append(contentsOf: [32, 124, 32])
                            pendingSpace = false
                        }
                        cellsInParagraph += 1
                    } else if tag.isBlock {
                        let owner = open.last(where: { selector.isBlock($0.index) })
                        flush(owner: owner?.index ?? root, nodes: nodes, quoted: quoteDepth > 0)
                        if tag == .blockquote { quoteDepth += 1 }
                        if tag == .tr { cellsInParagraph = 0 }
                    } else if tag == .img || tag == .hr {
                        pendingSpace = !paragraph.isEmpty
                    }
                    open.append((Int(node.end), index))
                    index += 1
                }
                while let last = open.popLast() {
                    let tag = nodes[last.index].tag
                    if tag == .blockquote { quoteDepth -= 1 }
                    if selector.isBlock(last.index) { flush(owner: last.index, nodes: nodes, quoted: quoteDepth > 0) }
                }
                flush(owner: root, nodes: nodes, quoted: false)
            }
        }
    }

    private func skips(_ index: Int, selector: ContentSelector) -> Bool {
        let node = selector.tree.nodes[index]
        let length = selector.textLength[index]
        guard length > 0 else { return false }
        let density = selector.linkDensity(index)
        switch node.tag {
        case .ul, .ol, .dl, .div, .section, .table, .aside, .header, .footer, .figure, .nav, .menu, .form:
            if density > 0.5 { return true }
            if density > 0.33 && length < 500 && selector.ownCommas[index] < 3 { return true }
            return false
        case .p, .li, .h1, .h2, .h3, .h4, .h5, .h6, .dd, .dt, .tr:
            return density > 0.6 && length - selector.linkLength[index] < 40
        default:
            return false
        }
    }

    private mutating func appendText(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var k = start
        while k < end {
            let c = text[k]
            if c == 32 || c == 10 || c == 9 || c == 13 || c == 12 {
                if !paragraph.isEmpty { pendingSpace = true }
            } else {
                if pendingSpace {
                    if let last = paragraph.last, last != 10 { paragraph.append(32) }
                    pendingSpace = false
                }
                paragraph.append(c)
            }
            k += 1
        }
    }

    /// Whether a paragraph is only a date line ("Updated 1:39 am EST, Wednesday, November 20, 2019",
    /// "Posted on 30 March 2015 by Admin"): under 90 bytes, at most 8 words, no sentence end, digits making
    /// at least a fifth of its letters and digits, and a clock time or a year with another number.
    static func isDateLine(_ text: [UInt8]) -> Bool {
        guard text.count < 90 else { return false }
        var words = 1
        var digits = 0
        var letters = 0
        var numberGroups = 0
        var hasClock = false
        var hasYear = false
        var run = 0
        for k in 0...text.count {
            let c = k < text.count ? text[k] : 32
            if c >= 48 && c <= 57 {
                digits += 1
                run += 1
                continue
            }
            if run > 0 {
                numberGroups += 1
                if run == 4 { hasYear = true }
                if c == 58 && run <= 2 && k + 1 < text.count && text[k + 1] >= 48 && text[k + 1] <= 57 { hasClock = true }
            }
            run = 0
            if c == 32 && k < text.count { words += 1 }
            if c >= 65 { letters += 1 }
        }
        guard words <= 8, hasClock || (hasYear && numberGroups >= 2),
              let last = text.last, last != 46, last != 33, last != 63 else { return false }
        return digits * 5 >= digits + letters
    }

    /// Whether a paragraph is a short copyright notice (it holds "©").
    static func isCopyrightLine(_ text: [UInt8]) -> Bool {
        guard text.count < 120, text.count >= 2 else { return false }
        for k in 0..<(text.count - 1) where text[k] == 0xC2 && text[k + 1] == 0xA9 { return true }
        return false
    }

    private mutating func flush(owner: Int, nodes: [TreeNode], quoted: Bool) {
        pendingSpace = false
        while let last = paragraph.last, last == 10 || last == 32 { paragraph.removeLast() }
        let tag = owner >= 0 ? nodes[owner].tag : .other
        guard !paragraph.isEmpty, !(tag.isHeading && paragraph == headline), !Self.isDateLine(paragraph),
              !Self.isCopyrightLine(paragraph) else {
            paragraph.removeAll(keepingCapacity: true)
            cellsInParagraph = 0
            return
        }
        if !output.isEmpty {
            output.append(10)
            output.append(10)
            scalarCount += 2
        }
        if String(validating: paragraph, as: UTF8.self) == nil {
            paragraph = Array(String(decoding: paragraph, as: UTF8.self).utf8)
        }
        let start = scalarCount
        for byte in paragraph where byte & 0xC0 != 0x80 { scalarCount += 1 }
        output.append(contentsOf: paragraph)
        paragraph.removeAll(keepingCapacity: true)
        var source = owner
        while source >= 0 && nodes[source].sourceStart < 0 { source = Int(nodes[source].parent) }
        let kind: BlockKind
        if tag.isHeading {
            kind = .heading
        } else if tag == .li || tag == .dt || tag == .dd {
            kind = .listItem
        } else if tag == .tr || cellsInParagraph > 1 {
            kind = .tableRow
        } else if quoted || tag == .blockquote {
            kind = .quote
        } else {
            kind = .paragraph
        }
        cellsInParagraph = 0
        blocks.append(Block(
            start: start, end: scalarCount, kind: kind,
            sourceStart: source >= 0 ? nodes[source].sourceStart : 0,
            sourceEnd: source >= 0 ? nodes[source].sourceEnd : 0))
    }
}
