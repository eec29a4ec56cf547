import DocPipe
import Foundation

/// Rewrites Markdown into plain working text: block markers become line kinds, presentational
/// inline markup (emphasis, links, inline HTML) gives way to its text, and images are cut out.
///
/// Literal markup stays as written, so that the text, read as Markdown again, yields itself:
/// fenced code blocks (``CodeFence``) with their fence lines, code spans with their backticks
/// (also across a soft line break), backslash escapes with their backslash, and autolinks whose
/// address holds markup characters. Markup is also kept where dropping it would make new markup
/// of what is left: a delimiter between two backticks (which would join into a longer run), an
/// image between `]` and `(`, or a paragraph whose text would then open with a heading marker.
/// Invisible code points are read as absent (``VisibleText``), since the output has none.
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
    /// markup is read as one (a link may span a soft line break, as in the joined output). A
    /// list item or a quoted line opens one too, its lazy continuation lines joining it.
    private var paragraph: Range<Int>?
    /// How the collected paragraph opens: the kind of its first line, what is written before it
    /// (`- ` for a bullet), and where its first line starts in the input, block markers included.
    private var paragraphOpening = ParagraphOpening(kind: .text, prefix: "", lineStart: 0)
    /// Where the output of the block being written starts: markup is kept where dropping it
    /// would join what is left before and after it into new markup, looking no further back.
    private var blockStart = 0
    /// How many `[` were written as text (no link found for them). A link whose text holds one is
    /// written as it is: that `[` could, once the link's brackets go, pair with what follows it
    /// (`[[](](u))` would leave `[](` before `)`).
    private var literalBrackets = 0
    /// Whether the block being written has a `[` that nothing closes. Its links, images and tags
    /// after it are then written as they are: dropping their brackets could let a later `]`
    /// close that `[` on a second pass.
    private var keepsLinksAsWritten = false

    private init(_ input: [Unicode.Scalar]) {
        self.input = input
        output = SourceText(rewritingCapacity: input.count)
    }

    /// Reads a Markdown document.
    /// - Parameter scalars: the original text.
    /// - Returns: the rewritten text with its lines and the removed images.
    static func read(_ scalars: [Unicode.Scalar]) -> Result {
        let visible = VisibleText(scalars)
        var reader = MarkdownReader(visible.scalars)
        reader.run()
        var frontMatter = reader.frontMatter
        for index in frontMatter.indices { frontMatter[index].range = visible.originalRange(frontMatter[index].range) }
        return Result(
            source: visible.pointingIntoOriginal(reader.output), lines: reader.lines,
            images: reader.images.map(visible.originalRange), frontMatter: frontMatter)
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
                    open(body, as: ParagraphOpening(kind: .text, prefix: "", lineStart: body.lowerBound))
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
                emit(heading, kind: .heading, inline: true, asWritten: content)
            } else if let rule = ruleCharacter(body) {
                if rule != "*", let last = lines.last, last.kind == .text {
                    lines[lines.count - 1].kind = .heading
                } else {
                    emitBlank()
                }
            } else if isReferenceDefinition(body) {
                continue
            } else if let itemStart = bulletItemStart(body) {
                open(itemStart..<body.upperBound, as: ParagraphOpening(kind: .listItem, prefix: "- ", lineStart: content.lowerBound))
            } else {
                let kind: LineKind = LineSplitter.isListItem(input, body) ? .listItem : .text
                open(body, as: ParagraphOpening(kind: kind, prefix: "", lineStart: content.lowerBound))
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

    /// Starts collecting a paragraph.
    private mutating func open(_ body: Range<Int>, as opening: ParagraphOpening) {
        paragraph = body
        paragraphOpening = opening
    }

    /// Emits the collected paragraph: its inline markup is read across its lines, then the output
    /// is split back into one line per line break (the first of the paragraph's opening kind, the
    /// others text lines).
    private mutating func flushParagraph() {
        guard let range = paragraph else { return }
        paragraph = nil
        let opening = paragraphOpening
        let begin = output.scalars.count
        for scalar in opening.prefix.unicodeScalars { output.append(scalar, from: range.lowerBound..<range.lowerBound) }
        emitBlockInline(range, asWritten: opening.kind == .listItem ? nil : opening.lineStart..<range.upperBound)
        let end = output.scalars.count
        output.append("\n", from: range.upperBound..<range.upperBound)
        var start = begin
        var index = begin
        while index <= end {
            if index == end || ScalarClass.isLineBreak(output.scalars[index]) {
                var described = LineSplitter.line(output.scalars, start..<index, detectLists: false)
                if described.kind != .blank {
                    described.kind = start == begin ? opening.kind : .text
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

    /// Writes one line of the output: a heading (its inline markup read) or code (as it is).
    /// - Parameters:
    ///   - range: what of the input line is written.
    ///   - kind: the line's kind.
    ///   - inline: whether its inline markup is read (not for code).
    ///   - line: the whole input line, written as it is when its text would read as another block.
    private mutating func emit(_ range: Range<Int>, kind: LineKind, inline: Bool, asWritten line: Range<Int>? = nil) {
        let begin = output.scalars.count
        if inline {
            emitBlockInline(range, asWritten: line ?? range)
        } else {
            emitVerbatim(range)
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

    /// Writes a block's inline content. When the text written would open with a block marker
    /// that changes it when read again (a heading, quote, rule, fence, reference definition or a
    /// `*`/`+` bullet), the block is written as it is instead, and the second pass decides alike:
    /// a paragraph whose leading markup went (`*# not a heading*`) is written as it is; a heading
    /// or quoted line whose text itself opens a block (`## # x`), with its own marker too.
    /// - Parameters:
    ///   - range: the block's inline content in the input.
    ///   - line: the input written instead: the paragraph itself, or a heading's whole line;
    ///     `nil` for list items, which are not read as blocks again.
    private mutating func emitBlockInline(_ range: Range<Int>, asWritten line: Range<Int>?) {
        let begin = output.scalars.count
        blockStart = begin
        keepsLinksAsWritten = false
        emitInline(range)
        guard let line, output.scalars.count > begin, line != range || output.starts?[begin] != range.lowerBound,
              Self.opensBlock(output.scalars[begin...]) else { return }
        output.truncate(to: begin)
        emitVerbatim(line)
    }

    /// Whether text, its lines joined as the cleaned output joins them, would open a block that
    /// changes it when read again.
    private static func opensBlock(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var probe: [Unicode.Scalar] = []
        probe.reserveCapacity(min(text.count, 64))
        for scalar in text {
            if probe.isEmpty, ScalarClass.isBlank(scalar) || ScalarClass.isLineBreak(scalar) { continue }
            probe.append(ScalarClass.isLineBreak(scalar) ? " " : scalar)
            if probe.count == 64 { break }
        }
        guard let first = probe.first else { return false }
        let line = 0..<probe.count
        let reader = MarkdownReader(probe)
        return first == ">" || CodeFence(opening: line, in: probe) != nil || reader.atxHeading(line) != nil
            || reader.ruleCharacter(line) != nil || reader.isReferenceDefinition(line)
            || (first != "-" && reader.bulletItemStart(line) != nil)
    }

    private mutating func emitVerbatim(_ range: Range<Int>) {
        for index in range { output.append(input[index], from: index..<index + 1) }
    }

    private mutating func emitInline(_ range: Range<Int>, depth: Int = 0) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = input[index]
            switch scalar {
            case "\\" where index + 1 < end && isASCIIPunctuation(input[index + 1]):
                emitVerbatim(index..<index + 2)
                index += 2
            case "!" where index + 1 < end && input[index + 1] == "[":
                if let (_, after) = link(at: index + 1, end: end) {
                    if keepsLinksAsWritten || joinsIntoMarkup(lastOutput, after < end ? input[after] : nil) {
                        emitVerbatim(index..<after)
                    } else {
                        images.append(index..<after)
                    }
                    index = after
                } else {
                    emitVerbatim(index..<index + 1)
                    index += 1
                }
            case "[" where depth < Self.maximumDepth:
                if let (text, after) = link(at: index, end: end) {
                    let mark = output.scalars.count
                    let imagesBefore = images.count
                    let bracketsBefore = literalBrackets
                    emitInline(text, depth: depth + 1)
                    if keepsLinksAsWritten || literalBrackets != bracketsBefore {
                        output.truncate(to: mark)
                        emitVerbatim(index..<after)
                        images.removeSubrange(imagesBefore...)
                    } else if keepAsWrittenIfJoining(index..<after, writtenFrom: mark, end: end) {
                        images.removeSubrange(imagesBefore...)
                    }
                    index = after
                } else {
                    literalBrackets += 1
                    if closingBracket(of: index, end: min(end, index + Self.lookAhead)) == nil { keepsLinksAsWritten = true }
                    emitVerbatim(index..<index + 1)
                    index += 1
                }
            case "`":
                var run = index
                while run < end, input[run] == "`" { run += 1 }
                let width = run - index
                if let close = closingBackticks(from: run, width: width, end: end) {
                    emitVerbatim(index..<close + width)
                    index = close + width
                } else {
                    emitVerbatim(index..<run)
                    index = run
                }
            case "<":
                if let close = inlineTagEnd(from: index, end: end) {
                    let mark = output.scalars.count
                    let address = index + 1..<close
                    if isAutolink(address) {
                        emitVerbatim(holdsMarkup(address) ? index..<close + 1 : address)
                        keepAsWrittenIfJoining(index..<close + 1, writtenFrom: mark, end: end)
                    } else if keepsLinksAsWritten || holdsBrackets(address) {
                        emitVerbatim(index..<close + 1)
                    } else {
                        keepAsWrittenIfJoining(index..<close + 1, writtenFrom: mark, end: end)
                    }
                    index = close + 1
                } else {
                    emitVerbatim(index..<index + 1)
                    index += 1
                }
            case "*", "_", "~":
                var run = index
                while run < end, input[run] == scalar { run += 1 }
                if !isEmphasisDelimiter(scalar, from: index, to: run, range: range) || joinsIntoMarkup(lastOutput, run < end ? input[run] : nil) {
                    emitVerbatim(index..<run)
                }
                index = run
            default:
                if scalar == "[" { literalBrackets += 1 }
                output.append(scalar, from: index..<index + 1)
                index += 1
            }
        }
    }

    /// The last code point written for the current block, if any.
    private var lastOutput: Unicode.Scalar? {
        output.scalars.count > blockStart ? output.scalars.last : nil
    }

    /// Writes a construct as it is in the input, instead of what was written for it from `mark`
    /// on, when what was written would join with its neighbours into new markup.
    /// - Returns: whether the construct was written as it is.
    @discardableResult
    private mutating func keepAsWrittenIfJoining(_ construct: Range<Int>, writtenFrom mark: Int, end: Int) -> Bool {
        let before: Unicode.Scalar? = mark > blockStart ? output.scalars[mark - 1] : nil
        let after: Unicode.Scalar? = construct.upperBound < end ? input[construct.upperBound] : nil
        let joins: Bool
        if output.scalars.count == mark {
            joins = joinsIntoMarkup(before, after)
        } else {
            joins = joinsIntoMarkup(before, output.scalars[mark]) || joinsIntoMarkup(output.scalars.last, after)
        }
        guard joins else { return false }
        output.truncate(to: mark)
        emitVerbatim(construct)
        return true
    }

    /// Whether two code points, once side by side, would be read as markup they were not before:
    /// backtick runs joining, `](` or `][` closing a link, `![` opening an image, `\` escaping,
    /// `<` opening a tag, or emphasis runs joining.
    private func joinsIntoMarkup(_ left: Unicode.Scalar?, _ right: Unicode.Scalar?) -> Bool {
        guard let left, let right else { return false }
        switch left {
        case "`": return right == "`"
        case "]": return right == "(" || right == "["
        case "!": return right == "["
        case "\\": return isASCIIPunctuation(right)
        case "<": return ScalarClass.isLetter(right) || right == "/" || right == "!"
        case "*", "_", "~": return right == left
        default: return false
        }
    }

    /// Whether a tag holds brackets or parentheses, which a `[` before it may count; such a tag is
    /// kept as written, so that a second pass counts them alike.
    private func holdsBrackets(_ tag: Range<Int>) -> Bool {
        tag.contains { "[]()".unicodeScalars.contains(input[$0]) }
    }

    /// Whether an autolink's address holds characters the reader would read as markup once its
    /// angle brackets are gone; such an autolink is kept as written.
    private func holdsMarkup(_ address: Range<Int>) -> Bool {
        address.contains { "`*_~\\[]<!".unicodeScalars.contains(input[$0]) }
    }

    /// The `]` that closes the `[` at `open` (code spans and escapes skipped, nested brackets
    /// counted), looked for at most ``lookAhead`` code points ahead, or `nil`.
    private func closingBracket(of open: Int, end: Int) -> Int? {
        var depth = 0
        var index = open
        while index < end {
            if input[index] == "\\", index + 1 < end, isASCIIPunctuation(input[index + 1]) {
                index += 2
                continue
            }
            if input[index] == "`" {
                var run = index
                while run < end, input[run] == "`" { run += 1 }
                if let closing = closingBackticks(from: run, width: run - index, end: end) {
                    index = closing + run - index
                } else {
                    index = run
                }
                continue
            }
            if input[index] == "[" { depth += 1 }
            if input[index] == "]" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    private func link(at open: Int, end fullEnd: Int) -> (text: Range<Int>, after: Int)? {
        let end = min(fullEnd, open + Self.lookAhead)
        guard let close = closingBracket(of: open, end: end) else { return nil }
        guard close > open, close + 1 < end else { return nil }
        let opener = input[close + 1]
        guard opener == "(" || opener == "[" else { return nil }
        let closer: Unicode.Scalar = opener == "(" ? ")" : "]"
        var parens = 0
        var index = close + 1
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
