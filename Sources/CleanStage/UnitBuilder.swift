/// Groups lines into units: blank lines separate blocks; inside a block, hard-wrapped lines (and
/// Markdown's soft-wrapped lines) are joined into one paragraph, a line ending in a hyphenated
/// word part is joined to the next, and every other line is a unit of its own.
enum UnitBuilder {
    /// Lines of a wrapped block are at most this long.
    static let wrapWidthLimit = 120

    /// Builds the units of a document.
    /// - Parameters:
    ///   - lines: the lines of the working text.
    ///   - scalars: the working text.
    ///   - softWraps: whether consecutive text lines always belong to one paragraph (Markdown).
    /// - Returns: the units in order.
    static func units(_ lines: [SourceLine], scalars: [Unicode.Scalar], softWraps: Bool) -> [TextUnit] {
        var units: [TextUnit] = []
        units.reserveCapacity(lines.count)
        var block: [SourceLine] = []
        var blockIndex = 0
        func flush() {
            guard !block.isEmpty else { return }
            append(block, scalars: scalars, softWraps: softWraps, block: blockIndex, to: &units)
            block.removeAll(keepingCapacity: true)
            blockIndex += 1
        }
        for line in lines {
            if line.kind == .blank { flush() } else { block.append(line) }
        }
        flush()
        return units
    }

    private static func append(_ block: [SourceLine], scalars: [Unicode.Scalar], softWraps: Bool, block index: Int, to units: inout [TextUnit]) {
        let wrapped = softWraps || isHardWrapped(block, scalars: scalars)
        var previous: SourceLine?
        for line in block {
            defer { previous = line }
            if line.kind == .code {
                if let last = units.last, last.kind == .code, last.block == index, previous?.kind == .code {
                    units[units.count - 1].lines.append(line.raw)
                } else {
                    units.append(TextUnit(lines: [line.raw], kind: .code, block: index))
                }
                continue
            }
            if let previous, let last = units.last, last.block == index,
               line.kind == .text, previous.kind == .text || (softWraps && previous.kind == .listItem),
               wrapped || endsWithWordHyphen(previous.content, scalars) && startsWithLetter(line.content, scalars) {
                units[units.count - 1].lines.append(line.content)
                continue
            }
            units.append(TextUnit(lines: [line.content], kind: line.kind, block: index))
        }
    }

    /// Whether a block of plain text is hard-wrapped: two or more lines, the lines before the last
    /// of similar length (at least half the longest, which is 30 to 120 code points), the last
    /// no longer, and most lines before the last breaking inside a sentence.
    static func isHardWrapped(_ block: [SourceLine], scalars: [Unicode.Scalar]) -> Bool {
        guard block.count >= 2, block.allSatisfy({ $0.kind == .text }) else { return false }
        let leading = block.dropLast()
        let lengths = leading.map { $0.content.count }
        guard let longest = lengths.max(), let shortest = lengths.min() else { return false }
        guard longest >= 30, longest <= wrapWidthLimit, shortest * 2 >= longest else { return false }
        guard block[block.count - 1].content.count <= longest + 10 else { return false }
        let openEnded = leading.filter { !endsSentence($0.content, scalars) }.count
        return openEnded * 2 >= leading.count
    }

    static func endsSentence(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        var index = range.upperBound - 1
        while index >= range.lowerBound, ScalarClass.isClosing(scalars[index]) { index -= 1 }
        guard index >= range.lowerBound else { return false }
        return ScalarClass.isSentenceFinal(scalars[index]) || scalars[index] == ":"
    }

    static func endsWithWordHyphen(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        guard range.count >= 2 else { return false }
        let last = scalars[range.upperBound - 1]
        return (last == "-" || last.value == 0x2010) && ScalarClass.isLetter(scalars[range.upperBound - 2])
    }

    static func startsWithLetter(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        !range.isEmpty && ScalarClass.isLetter(scalars[range.lowerBound])
    }
}
