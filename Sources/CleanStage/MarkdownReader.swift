import Foundation

/// Rewrites Markdown into plain working text: block markers become line kinds, inline markup
/// (emphasis, links, code spans, inline HTML) gives way to its text, and images are cut out.
/// Fenced code blocks (``CodeFence``) stay as they are, fence lines included.
struct MarkdownReader {
    /// The rewritten text, its lines, and the original ranges of the images cut out.
    struct Result: Sendable {
        /// The working text, with a way back to the original offsets.
        var source: SourceText
        /// Its lines, with their kinds.
        var lines: [SourceLine]
        /// Original ranges of `![alt](url)` images, removed as captions.
        var images: [Range<Int>]
        /// `key: value` lines of a YAML front matter block (between `---` lines at the very top).
        var frontMatter: [FrontMatterEntry]
    }

    /// One `key: value` line of a front matter block.
    struct FrontMatterEntry: Sendable {
        /// The key, lowercased.
        var key: String
        /// The value, without surrounding quotes.
        var value: String
        /// The line's range in the original input.
        var range: Range<Int>
    }

    private let input: [Unicode.Scalar]
    private var output: SourceText
    private var lines: [SourceLine] = []
    private var images: [Range<Int>] = []
    private var frontMatter: [FrontMatterEntry] = []
    /// The input range of the paragraph being collected: consecutive text lines, whose inline
    /// markup is read as one (a link may span a soft line break, as in the joined output).
    private var paragraph: Range<Int>?

    private init(_ input: [Unicode.Scalar]) {
        self.input = input
        output = SourceText(rewritingCapacity: input.count)
    }

    /// Reads a Markdown document.
    /// - Parameter scalars: the original text.
    /// - Returns: the rewritten text with its lines and the removed images.
    static func read(_ scalars: [Unicode.Scalar]) -> Result {
        var reader = MarkdownReader(scalars)
        reader.run()
        return Result(source: reader.output, lines: reader.lines, images: reader.images, frontMatter: reader.frontMatter)
    }

    private mutating func run() {
        var all = LineSplitter.lines(of: input, detectLists: false)[...]
        if let first = all.first, text(first.content) == "---",
           let close = all.dropFirst().prefix(200).firstIndex(where: { text($0.content) == "---" || text($0.content) == "..." }) {
            for line in all[(all.startIndex + 1)..<close] where line.kind != .blank {
                let content = text(line.content)
                guard let colon = content.firstIndex(of: ":") else { continue }
                let key = content[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                var value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                    value = String(value.dropFirst().dropLast())
                }
                frontMatter.append(FrontMatterEntry(key: key, value: value, range: line.content))
            }
            all = all[(close + 1)...]
        }
        for line in CodeFence.markingBlocks(all, in: input) {
            let content = line.content
            if line.kind == .code {
                flushParagraph()
                var end = line.raw.upperBound
                while end > line.raw.lowerBound, ScalarClass.isBlank(input[end - 1]) { end -= 1 }
                emit(line.raw.lowerBound..<end, kind: .code, inline: false)
                continue
            }
            if line.kind != .blank, let body = paragraphLine(content) {
                if let open = paragraph, onlyBlanks(open.upperBound..<body.lowerBound) {
                    paragraph = open.lowerBound..<body.upperBound
                } else {
                    flushParagraph()
                    paragraph = body
                }
                continue
            }
            flushParagraph()
            if line.kind == .blank {
                emitBlank()
                continue
            }
            var start = content.lowerBound
            while start < content.upperBound, input[start] == ">" {
                start += 1
                while start < content.upperBound, ScalarClass.isSpace(input[start]) { start += 1 }
            }
            guard start < content.upperBound else {
                emitBlank()
                continue
            }
            let body = start..<content.upperBound
            if let heading = atxHeading(body) {
                emit(heading, kind: .heading, inline: true)
            } else if let rule = ruleCharacter(body) {
                if rule != "*", let last = lines.last, last.kind == .text {
                    lines[lines.count - 1].kind = .heading
                } else {
                    emitBlank()
                }
            } else if isReferenceDefinition(body) {
                continue
            } else if let itemStart = bulletItemStart(body) {
                emit(itemStart..<body.upperBound, kind: .listItem, inline: true, prefix: "- ")
            } else {
                emit(body, kind: LineSplitter.isListItem(input, body) ? .listItem : .text, inline: true)
            }
        }
        flushParagraph()
    }

    /// The body of a plain paragraph line (not a heading, rule, reference definition, list item or
    /// block quote; fenced code is marked before), or `nil`.
    private func paragraphLine(_ content: Range<Int>) -> Range<Int>? {
        guard !content.isEmpty, input[content.lowerBound] != ">",
              atxHeading(content) == nil, ruleCharacter(content) == nil, !isReferenceDefinition(content),
              bulletItemStart(content) == nil, !LineSplitter.isListItem(input, content) else { return nil }
        return content
    }

    private func onlyBlanks(_ range: Range<Int>) -> Bool {
        range.allSatisfy { ScalarClass.isBlank(input[$0]) || ScalarClass.isLineBreak(input[$0]) && input[$0].value != 0x2029 }
    }

    /// Emits the collected paragraph: its inline markup is read across its lines, then the output
    /// is split back into one text line per line break.
    private mutating func flushParagraph() {
        guard let range = paragraph else { return }
        paragraph = nil
        let begin = output.scalars.count
        emitInline(range)
        let end = output.scalars.count
        output.append("\n", from: range.upperBound..<range.upperBound)
        var start = begin
        var index = begin
        while index <= end {
            if index == end || ScalarClass.isLineBreak(output.scalars[index]) {
                var described = LineSplitter.line(output.scalars, start..<index, detectLists: false)
                if described.kind != .blank {
                    described.kind = .text
                    lines.append(described)
                }
                if index < end, output.scalars[index] == "\r", index + 1 < end, output.scalars[index + 1] == "\n" { index += 1 }
                start = index + 1
            }
            index += 1
        }
    }

    private func text(_ range: Range<Int>) -> String {
        ScalarString.make(input[range])
    }

    private mutating func emitBlank() {
        let at = output.scalars.count
        lines.append(SourceLine(content: at..<at, raw: at..<at, kind: .blank))
    }

    private mutating func emit(_ range: Range<Int>, kind: LineKind, inline: Bool, prefix: String = "") {
        let begin = output.scalars.count
        for scalar in prefix.unicodeScalars { output.append(scalar, from: range.lowerBound..<range.lowerBound) }
        if inline {
            emitInline(range)
        } else {
            for index in range { output.append(input[index], from: index..<index + 1) }
        }
        let end = output.scalars.count
        output.append("\n", from: range.upperBound..<range.upperBound)
        var described = LineSplitter.line(output.scalars, begin..<end, detectLists: false)
        if kind == .code {
            described = SourceLine(content: begin..<end, raw: begin..<end, kind: .code)
        } else if described.kind != .blank {
            described.kind = kind
        }
        lines.append(described)
    }

    private func atxHeading(_ range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        while index < range.upperBound, input[index] == "#" { index += 1 }
        let level = index - range.lowerBound
        guard level >= 1, level <= 6, index == range.upperBound || ScalarClass.isSpace(input[index]) else { return nil }
        var end = range.upperBound
        while end > index, input[end - 1] == "#" { end -= 1 }
        if end < range.upperBound, end > index, !ScalarClass.isSpace(input[end - 1]) { end = range.upperBound }
        while index < end, ScalarClass.isSpace(input[index]) { index += 1 }
        while end > index, ScalarClass.isSpace(input[end - 1]) { end -= 1 }
        return index..<end
    }

    private func ruleCharacter(_ range: Range<Int>) -> Unicode.Scalar? {
        let first = input[range.lowerBound]
        guard first == "-" || first == "*" || first == "_" || first == "=" else { return nil }
        var marks = 0
        for index in range {
            if input[index] == first { marks += 1 } else if !ScalarClass.isSpace(input[index]) { return nil }
        }
        if first == "=" { return marks >= 1 ? first : nil }
        return marks >= 3 || (first == "-" && marks >= 2 && !range.contains { ScalarClass.isSpace(input[$0]) }) ? first : nil
    }

    private func isReferenceDefinition(_ range: Range<Int>) -> Bool {
        guard input[range.lowerBound] == "[" else { return false }
        var index = range.lowerBound + 1
        while index < range.upperBound, input[index] != "]" { index += 1 }
        return index + 2 < range.upperBound && input[index + 1] == ":" && ScalarClass.isSpace(input[index + 2])
    }

    private func bulletItemStart(_ range: Range<Int>) -> Int? {
        guard range.count >= 2 else { return nil }
        let first = input[range.lowerBound]
        guard first == "-" || first == "*" || first == "+", ScalarClass.isSpace(input[range.lowerBound + 1]) else { return nil }
        var index = range.lowerBound + 1
        while index < range.upperBound, ScalarClass.isSpace(input[index]) { index += 1 }
        return index < range.upperBound ? index : nil
    }

    /// How far ahead inline constructs (link ends, closing backticks) are looked for, and how deep
    /// link texts nest, so that pathological input stays linear and cannot exhaust the stack.
    private static let lookAhead = 2_000
    private static let maximumDepth = 8

    private mutating func emitInline(_ range: Range<Int>, depth: Int = 0) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = input[index]
            switch scalar {
            case "\\" where index + 1 < end && isASCIIPunctuation(input[index + 1]):
                output.append(input[index + 1], from: index..<index + 2)
                index += 2
            case "!" where index + 1 < end && input[index + 1] == "[":
                if let (_, after) = link(at: index + 1, end: end) {
                    images.append(index..<after)
                    index = after
                } else {
                    output.append(scalar, from: index..<index + 1)
                    index += 1
                }
            case "[" where depth < Self.maximumDepth:
                if let (text, after) = link(at: index, end: end) {
                    emitInline(text, depth: depth + 1)
                    index = after
                } else {
                    output.append(scalar, from: index..<index + 1)
                    index += 1
                }
            case "`":
                var run = index
                while run < end, input[run] == "`" { run += 1 }
                let width = run - index
                if let close = closingBackticks(from: run, width: width, end: end) {
                    for inner in run..<close { output.append(input[inner], from: inner..<inner + 1) }
                    index = close + width
                } else {
                    for inner in index..<run { output.append(input[inner], from: inner..<inner + 1) }
                    index = run
                }
            case "<":
                if let close = inlineTagEnd(from: index, end: end) {
                    if isAutolink(index + 1..<close) {
                        for inner in index + 1..<close { output.append(input[inner], from: inner..<inner + 1) }
                    }
                    index = close + 1
                } else {
                    output.append(scalar, from: index..<index + 1)
                    index += 1
                }
            case "*", "_", "~":
                var run = index
                while run < end, input[run] == scalar { run += 1 }
                if isEmphasisDelimiter(scalar, from: index, to: run, range: range) {
                    index = run
                } else {
                    for inner in index..<run { output.append(input[inner], from: inner..<inner + 1) }
                    index = run
                }
            default:
                output.append(scalar, from: index..<index + 1)
                index += 1
            }
        }
    }

    private func link(at open: Int, end fullEnd: Int) -> (text: Range<Int>, after: Int)? {
        let end = min(fullEnd, open + Self.lookAhead)
        var depth = 0
        var index = open
        var close = -1
        while index < end {
            if input[index] == "[" { depth += 1 }
            if input[index] == "]" {
                depth -= 1
                if depth == 0 { close = index; break }
            }
            index += 1
        }
        guard close > open, close + 1 < end else { return nil }
        let opener = input[close + 1]
        guard opener == "(" || opener == "[" else { return nil }
        let closer: Unicode.Scalar = opener == "(" ? ")" : "]"
        var parens = 0
        index = close + 1
        while index < end {
            if input[index] == opener { parens += 1 }
            if input[index] == closer {
                parens -= 1
                if parens == 0 { return (open + 1..<close, index + 1) }
            }
            index += 1
        }
        return nil
    }

    private func closingBackticks(from start: Int, width: Int, end fullEnd: Int) -> Int? {
        let end = min(fullEnd, start + Self.lookAhead)
        var index = start
        while index < end {
            if input[index] == "`" {
                var run = index
                while run < end, input[run] == "`" { run += 1 }
                if run - index == width { return index }
                index = run
            } else {
                index += 1
            }
        }
        return nil
    }

    private func inlineTagEnd(from start: Int, end: Int) -> Int? {
        guard start + 2 < end else { return nil }
        let next = input[start + 1]
        guard ScalarClass.isLetter(next) || next == "/" || next == "!" else { return nil }
        var index = start + 1
        while index < end, index - start < 300 {
            if input[index] == ">" { return index }
            if input[index] == "<" { return nil }
            index += 1
        }
        return nil
    }

    private func isAutolink(_ range: Range<Int>) -> Bool {
        let text = ScalarString.make(input[range]).lowercased()
        return text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("mailto:") || text.hasPrefix("www.")
    }

    private func isEmphasisDelimiter(_ mark: Unicode.Scalar, from start: Int, to end: Int, range: Range<Int>) -> Bool {
        if mark == "~" && end - start != 2 { return false }
        let before: Unicode.Scalar = start > range.lowerBound ? input[start - 1] : " "
        let after: Unicode.Scalar = end < range.upperBound ? input[end] : " "
        let beforeWord = isWordScalar(before)
        let afterWord = isWordScalar(after)
        let beforeSpace = ScalarClass.isSpace(before) || ScalarClass.isLineBreak(before)
        let afterSpace = ScalarClass.isSpace(after) || ScalarClass.isLineBreak(after)
        if beforeSpace && afterSpace { return false }
        if mark == "_" && beforeWord && afterWord { return false }
        if mark == "*" && beforeWord && afterWord { return true }
        return (!afterSpace && !beforeWord) || (!beforeSpace && !afterWord)
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar)
    }

    private func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x21 && value <= 0x2F) || (value >= 0x3A && value <= 0x40) || (value >= 0x5B && value <= 0x60) || (value >= 0x7B && value <= 0x7E)
    }
}
