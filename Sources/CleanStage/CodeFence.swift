/// The fence of a fenced code block, and the one place its rules live: the Markdown reader, the
/// plain-text and HTML fallback paths and the normaliser all recognise fences through it, so a
/// block reads the same whichever format the text is sniffed as.
///
/// An opening fence is a line starting with three or more `` ` `` or `~` (a backtick fence's
/// info string holds no backtick, as in CommonMark). The block runs to a line of at least as
/// many of the same character and nothing else, or to the end of the text. Invisible code points
/// (``ScalarClass/isDropped(_:)``) are skipped, since the cleaned text no longer has them.
struct CodeFence: Sendable, Equatable {
    /// The fence character: `` ` `` or `~`.
    let marker: Unicode.Scalar
    /// How many times the opening line repeats it (at least 3).
    let length: Int

    /// The fence a line opens, or `nil` when it is not an opening fence.
    /// - Parameters:
    ///   - line: the line's range; surrounding blanks are ignored.
    ///   - scalars: the text.
    init?(opening line: Range<Int>, in scalars: [Unicode.Scalar]) {
        let start = Self.firstVisible(line, scalars)
        guard start < line.upperBound else { return nil }
        let marker = scalars[start]
        guard marker == "`" || marker == "~" else { return nil }
        let (length, end) = Self.run(of: marker, from: start, to: line.upperBound, in: scalars)
        guard length >= 3 else { return nil }
        if marker == "`", scalars[end..<line.upperBound].contains("`") { return nil }
        self.marker = marker
        self.length = length
    }

    /// Whether a line closes this fence: the same character at least as many times, and nothing
    /// else but blanks.
    /// - Parameters:
    ///   - line: the line's range.
    ///   - scalars: the text.
    func isClosed(by line: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let (run, end) = Self.run(of: marker, from: Self.firstVisible(line, scalars), to: line.upperBound, in: scalars)
        return run >= length && scalars[end..<line.upperBound].allSatisfy(ScalarClass.isBlank)
    }

    /// The closing line the cleaned text gives the block: the marker repeated to the opening's
    /// length, whatever closed the block in the input (or nothing, at the end of the text).
    var closingLine: [Unicode.Scalar] {
        [Unicode.Scalar](repeating: marker, count: length)
    }

    /// Marks the fenced code blocks of line-split text: every line from an opening fence to its
    /// closing fence (or to the end) becomes a `.code` line, blank ones included, the fence lines
    /// without their indentation; a blank line is put before and after each block, so a block is
    /// a block of its own. Text without fences comes back unchanged.
    /// - Parameters:
    ///   - lines: the lines, as ``LineSplitter`` describes them.
    ///   - scalars: the text they are ranges of.
    /// - Returns: the lines with the code blocks marked.
    static func markingBlocks(_ lines: some Collection<SourceLine>, in scalars: [Unicode.Scalar]) -> [SourceLine] {
        var result: [SourceLine] = []
        result.reserveCapacity(lines.count)
        var open: CodeFence?
        for var line in lines {
            if let fence = open {
                line.kind = .code
                if fence.isClosed(by: line.content, in: scalars) {
                    line.raw = line.content
                    result.append(line)
                    result.append(blankLine(at: line.raw.upperBound))
                    open = nil
                } else {
                    result.append(line)
                }
            } else if line.kind != .blank, let fence = CodeFence(opening: line.content, in: scalars) {
                result.append(blankLine(at: line.content.lowerBound))
                line.kind = .code
                line.raw = line.content
                result.append(line)
                open = fence
            } else {
                result.append(line)
            }
        }
        return result
    }

    private static func blankLine(at offset: Int) -> SourceLine {
        SourceLine(content: offset..<offset, raw: offset..<offset, kind: .blank)
    }

    /// How many times `marker` repeats from `start` (invisible code points in between skipped),
    /// and where the run ends.
    private static func run(of marker: Unicode.Scalar, from start: Int, to end: Int, in scalars: [Unicode.Scalar]) -> (count: Int, end: Int) {
        var index = start
        var count = 0
        while index < end, scalars[index] == marker || ScalarClass.isDropped(scalars[index]) {
            if scalars[index] == marker { count += 1 }
            index += 1
        }
        return (count, index)
    }

    private static func firstVisible(_ line: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int {
        var index = line.lowerBound
        while index < line.upperBound, ScalarClass.isBlank(scalars[index]) { index += 1 }
        return index
    }
}
