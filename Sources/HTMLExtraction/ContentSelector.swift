/// Finds the main content of a page: marks boilerplate subtrees, scores the containers of
/// paragraphs by their text, and picks the best container with its related siblings.
///
/// The method is language-independent: it counts characters, commas and links, and reads tag names
/// and `class`/`id` words; no stop words.
struct ContentSelector {
    /// The tree being judged.
    let tree: DocumentTree
    /// The extraction options.
    let options: ExtractionOptions
    /// Whether each node starts a subtree that is dropped as boilerplate.
    private(set) var removed: [Bool]
    /// Visible non-space characters in each node's subtree, boilerplate excluded.
    private(set) var textLength: [Int32]
    /// Of `textLength`, the characters inside links.
    private(set) var linkLength: [Int32]
    /// Non-space characters directly owned by each block (not inside a nested block).
    private(set) var ownText: [Int32]
    /// Of `ownText`, the characters inside links.
    private(set) var ownLink: [Int32]
    /// Commas (of any script) directly owned by each block.
    private(set) var ownCommas: [Int32]
    /// Characters of prose (blocks of 80+ characters with few links) in each subtree, boilerplate excluded.
    private(set) var prose: [Int32]
    /// Whether each block's own text ends with sentence punctuation.
    private(set) var endsSentence: [Bool]
    /// Whether each node is a table cell used for layout (150+ characters or nested blocks): such a cell
    /// is a block of its own, while the cells of a data table are joined into one row.
    private(set) var isLayoutCell: [Bool]
    /// The innermost block element of each node (itself for blocks), -1 at top level.
    private(set) var blockOf: [Int32]

    /// Prepares the counts for `tree`.
    /// - Parameters:
    ///   - tree: the flattened page.
    ///   - options: the extraction options.
    init(tree: DocumentTree, options: ExtractionOptions) {
        self.tree = tree
        self.options = options
        let count = tree.nodes.count
        removed = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        ownText = Array(repeating: 0, count: count)
        ownLink = Array(repeating: 0, count: count)
        ownCommas = Array(repeating: 0, count: count)
        endsSentence = Array(repeating: false, count: count)
        blockOf = Array(repeating: -1, count: count)
        isLayoutCell = Array(repeating: false, count: count)
        prose = Array(repeating: 0, count: count)
        measure()
        measureProse()
    }

    private mutating func measure() {
        let nodes = tree.nodes
        let count = nodes.count
        var inLink = [Bool](repeating: false, count: count)
        var raw = [Int32](repeating: 0, count: count)
        var rawLink = [Int32](repeating: 0, count: count)
        var commas = [Int32](repeating: 0, count: count)
        var lastCharacter = [UInt8](repeating: 0, count: count)
        tree.text.withUnsafeBufferPointer { text in
            for index in 0..<count {
                let node = nodes[index]
                let parent = Int(node.parent)
                if node.isText {
                    if parent >= 0 { inLink[index] = inLink[parent] }
                    var characters: Int32 = 0
                    var commaCount: Int32 = 0
                    var last: UInt8 = 0
                    var k = Int(node.textStart)
                    let end = Int(node.textEnd)
                    while k < end {
                        let c = text[k]
                        if c > 32 && (c & 0xC0) != 0x80 {
                            characters += 1
                            last = c
                        }
                        if c == 44 { commaCount += 1 }
                        if c == 0xEF && k + 2 < end && text[k + 1] == 0xBC && text[k + 2] == 0x8C { commaCount += 1 }
                        if c == 0xE3 && k + 2 < end && text[k + 1] == 0x80 && text[k + 2] == 0x81 { commaCount += 1 }
                        if c == 0xD8 && k + 1 < end && text[k + 1] == 0x8C { commaCount += 1 }
                        if c == 0xE3 && k + 2 < end && text[k + 1] == 0x80 && text[k + 2] == 0x82 { last = 46 }
                        k += 1
                    }
                    raw[index] = characters
                    if inLink[index] { rawLink[index] = characters }
                    commas[index] = commaCount
                    lastCharacter[index] = last
                } else {
                    inLink[index] = node.tag == .a || (parent >= 0 && inLink[parent])
                }
            }
        }
        var containsBlock = [Bool](repeating: false, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            let parent = Int(nodes[index].parent)
            if parent >= 0 {
                raw[parent] += raw[index]
                rawLink[parent] += rawLink[index]
                if containsBlock[index] || (!nodes[index].isText && nodes[index].tag.isBlock) { containsBlock[parent] = true }
            }
            if nodes[index].tag == .td || nodes[index].tag == .th {
                isLayoutCell[index] = raw[index] >= 150 || containsBlock[index]
            }
        }
        for index in 0..<count {
            let node = nodes[index]
            let parent = Int(node.parent)
            if node.isText || !isBlock(index) {
                blockOf[index] = parent >= 0 ? blockOf[parent] : -1
            } else {
                blockOf[index] = Int32(index)
            }
        }
        var rawProse = [Int32](repeating: 0, count: count)
        var ownRaw = [Int32](repeating: 0, count: count)
        var ownRawLink = [Int32](repeating: 0, count: count)
        for index in 0..<count where nodes[index].isText {
            let block = Int(blockOf[index])
            guard block >= 0 else { continue }
            ownRaw[block] += raw[index]
            ownRawLink[block] += rawLink[index]
        }
        for index in 0..<count where ownRaw[index] >= 80 && Double(ownRawLink[index]) < 0.3 * Double(ownRaw[index]) {
            rawProse[index] = ownRaw[index]
        }
        var totalProse: Int32 = 0
        for index in stride(from: count - 1, through: 0, by: -1) {
            let parent = Int(nodes[index].parent)
            if parent >= 0 {
                rawProse[parent] += rawProse[index]
            } else {
                totalProse += rawProse[index]
            }
        }
        let total = Double(max(1, totalProse))
        for index in 0..<count where !nodes[index].isText {
            let parent = Int(nodes[index].parent)
            if parent >= 0 && removed[parent] {
                removed[index] = true
                continue
            }
            removed[index] = isBoilerplate(index, proseShare: Double(rawProse[index]) / total, length: raw[index])
        }
        for index in 0..<count where nodes[index].isText {
            let parent = Int(nodes[index].parent)
            if parent >= 0 && removed[parent] { removed[index] = true }
        }
        for index in stride(from: count - 1, through: 0, by: -1) where !removed[index] {
            let node = nodes[index]
            if node.isText {
                textLength[index] = raw[index]
                linkLength[index] = rawLink[index]
                let block = Int(blockOf[index])
                if block >= 0 {
                    ownText[block] += raw[index]
                    if inLink[index] { ownLink[block] += raw[index] }
                    ownCommas[block] += commas[index]
                    if raw[index] > 0 && !endsSentence[block] && ownText[block] == raw[index] {
                        let last = lastCharacter[index]
                        endsSentence[block] = last == 46 || last == 33 || last == 63 || last == 0xD8 || last >= 0xE0
                    }
                }
            }
            let parent = Int(node.parent)
            if parent >= 0 {
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
            }
        }
    }

    private mutating func measureProse() {
        let nodes = tree.nodes
        for index in nodes.indices where !removed[index] && ownText[index] >= 80
            && Double(ownLink[index]) < 0.3 * Double(ownText[index]) {
            prose[index] = ownText[index]
        }
        for index in stride(from: nodes.count - 1, through: 0, by: -1) {
            let parent = Int(nodes[index].parent)
            if parent >= 0 { prose[parent] += prose[index] }
        }
    }

    private func isBoilerplate(_ index: Int, proseShare share: Double, length: Int32) -> Bool {
        let node = tree.nodes[index]
        switch node.tag {
        case .html, .body:
            return false
        case .nav, .aside, .footer, .menu, .header, .form:
            return share < 0.5
        case .figcaption:
            return !options.includeCaptions
        case .table, .caption, .thead, .tbody, .tfoot, .tr, .td, .th:
            if !options.includeTables && node.tag == .table && share < 0.6 { return true }
        default:
            break
        }
        if (node.cue.isByline || node.namesAuthor) && length < 150 { return true }
        if node.cue.isCaption && !options.includeCaptions && length < 300 { return true }
        let cue = node.cue
        guard cue.isStrongBoilerplate || (cue.isWeakBoilerplate && !cue.isContent) else { return false }
        if node.tag == .article || node.tag == .main { return share < 0.1 }
        if cue.isStrongBoilerplate && !cue.isContent { return share < 0.8 }
        return share < 0.3
    }

    /// How much more prose a parent must hold for the main block to grow to it.
    static let climbGain = 1.3
    /// The highest link density a parent may have for the main block to grow to it.
    static let climbLinkDensity = 0.35

    /// Whether an element starts a paragraph: a block-level element, table cells only when used for layout.
    func isBlock(_ index: Int) -> Bool {
        let tag = tree.nodes[index].tag
        if tag == .td || tag == .th { return isLayoutCell[index] }
        return tag.isBlock
    }

    /// Link density of a subtree: the share of its text inside links.
    func linkDensity(_ index: Int) -> Double {
        textLength[index] > 0 ? Double(linkLength[index]) / Double(textLength[index]) : 0
    }

    /// The roots of the main content, in document order: the best-scored container and the siblings
    /// that belong with it. Empty when no paragraph on the page scored.
    func mainContentRoots() -> [Int] {
        let nodes = tree.nodes
        var score = [Double](repeating: 0, count: nodes.count)
        var scored = [Bool](repeating: false, count: nodes.count)
        var candidates: [Int] = []
        for index in nodes.indices where !removed[index] && !nodes[index].isText && ownText[index] >= 25 {
            let tag = nodes[index].tag
            if tag.isHeading { continue }
            if Double(ownLink[index]) > 0.5 * Double(ownText[index]) { continue }
            let points = 1 + Double(ownCommas[index]) + min(Double(ownText[index]) / 100, 3)
            var ancestor = Int(nodes[index].parent)
            if tag == .div || tag == .section || tag == .article || tag == .main || tag == .td {
                ancestor = index
            }
            var level = 0
            while ancestor >= 0 && level < 5 {
                if !scored[ancestor] {
                    scored[ancestor] = true
                    score[ancestor] = initialScore(ancestor)
                    candidates.append(ancestor)
                }
                score[ancestor] += level == 0 ? points : (level == 1 ? points / 2 : points / Double(level * 3))
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
        guard !candidates.isEmpty else { return [] }
        var final = [(index: Int, score: Double)]()
        final.reserveCapacity(candidates.count)
        for index in candidates {
            final.append((index, score[index] * (1 - linkDensity(index))))
        }
        final.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        var best = final[0].index
        let bestScore = final[0].score
        let rivals = final.dropFirst().prefix(4).filter { $0.score >= 0.75 * bestScore }.map(\.index)
        if rivals.count >= 3 {
            var ancestor = Int(nodes[best].parent)
            while ancestor >= 0 && nodes[ancestor].tag != .body {
                let contained = rivals.filter { isAncestor(ancestor, of: $0) }.count
                if contained >= 3 {
                    best = ancestor
                    break
                }
                ancestor = Int(nodes[ancestor].parent)
            }
        }
        while true {
            let parent = Int(nodes[best].parent)
            guard parent >= 0, nodes[parent].tag != .body, nodes[parent].tag != .html else { break }
            let siblings = children(of: parent).filter { textLength[$0] > 0 }
            guard siblings == [best] else { break }
            best = parent
        }
        while true {
            let parent = Int(nodes[best].parent)
            guard parent >= 0, nodes[parent].tag != .body, nodes[parent].tag != .html else { break }
            guard Double(prose[parent]) >= Self.climbGain * Double(prose[best]) + 100,
                  linkDensity(parent) < Self.climbLinkDensity else { break }
            best = parent
        }
        let parent = Int(nodes[best].parent)
        guard parent >= 0 else { return [best] }
        let threshold = max(10, (scored[best] ? score[best] : bestScore) * 0.2)
        var roots: [Int] = []
        for sibling in children(of: parent) {
            if sibling == best {
                roots.append(sibling)
                continue
            }
            guard !removed[sibling], textLength[sibling] > 0 else { continue }
            var bonus = 0.0
            if nodes[sibling].cue == nodes[best].cue && nodes[sibling].tag == nodes[best].tag {
                bonus = (scored[best] ? score[best] : 0) * 0.2
            }
            let density = linkDensity(sibling)
            if scored[sibling] && score[sibling] * (1 - density) + bonus >= threshold {
                roots.append(sibling)
            } else if nodes[sibling].tag == .p || (nodes[sibling].tag.isBlock && textLength[sibling] == ownText[sibling]) {
                let length = ownText[sibling]
                if length > 80 && density < 0.25 {
                    roots.append(sibling)
                } else if length > 0 && length <= 80 && density == 0 && endsSentence[sibling] {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }

    private func initialScore(_ index: Int) -> Double {
        let node = tree.nodes[index]
        var value: Double
        switch node.tag {
        case .div, .article, .main, .section: value = 5
        case .pre, .td, .blockquote: value = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: value = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: value = -5
        default: value = 0
        }
        if node.tag == .article || node.tag == .main { value += 10 }
        if node.cue.isContent { value += 25 }
        if node.cue.isWeakBoilerplate { value -= 25 }
        return value
    }

    /// Whether `ancestor` contains `node`.
    func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        node > ancestor && node < Int(tree.nodes[ancestor].end)
    }

    /// The element children of a node, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        let end = Int(tree.nodes[index].end)
        while child < end {
            if !tree.nodes[child].isText { result.append(child) }
            child = Int(tree.nodes[child].end)
        }
        return result
    }
}
