/// Splits working text into lines, trimming white space and marking blank lines and list items.
enum LineSplitter {
    /// The lines of `scalars`, in order. Breaks are `\n`, `\r\n`, `\r`, form feed, NEL and the
    /// Unicode line and paragraph separators (a paragraph separator also ends the paragraph).
    /// - Parameters:
    ///   - scalars: the working text.
    ///   - detectLists: whether lines starting with a bullet or a number are list items.
    /// - Returns: the lines.
    static func lines(of scalars: [Unicode.Scalar], detectLists: Bool) -> [SourceLine] {
        var lines: [SourceLine] = []
        lines.reserveCapacity(scalars.count / 60 + 1)
        var start = 0
        var index = 0
        let count = scalars.count
        while index <= count {
            if index == count || ScalarClass.isLineBreak(scalars[index]) {
                lines.append(line(scalars, start..<index, detectLists: detectLists))
                if index < count {
                    if scalars[index] == "\r", index + 1 < count, scalars[index + 1] == "\n" { index += 1 }
                    if scalars[index].value == 0x2029 { lines.append(SourceLine(content: index..<index, raw: index..<index, kind: .blank)) }
                }
                start = index + 1
            }
            index += 1
        }
        return lines
    }

    /// Describes one line given its range.
    static func line(_ scalars: [Unicode.Scalar], _ raw: Range<Int>, detectLists: Bool) -> SourceLine {
        var lower = raw.lowerBound
        var upper = raw.upperBound
        while lower < upper, ScalarClass.isBlank(scalars[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isBlank(scalars[upper - 1]) { upper -= 1 }
        let kind: LineKind
        if lower == upper {
            kind = .blank
        } else if detectLists && isListItem(scalars, lower..<upper) {
            kind = .listItem
        } else {
            kind = .text
        }
        return SourceLine(content: lower..<upper, raw: raw, kind: kind)
    }

    /// Whether a line starts with a bullet (`-`, `*`, `+`, `•`, `·`, `▪`) or a short number with
    /// `.` or `)`, followed by a space.
    static func isListItem(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count >= 3 else { return false }
        let first = scalars[range.lowerBound]
        switch first.value {
        case 0x2D, 0x2A, 0x2B, 0x2022, 0xB7, 0x25AA:
            return ScalarClass.isSpace(scalars[range.lowerBound + 1])
        default:
            var index = range.lowerBound
            while index < range.upperBound, ScalarClass.isDigit(scalars[index]) { index += 1 }
            let digits = index - range.lowerBound
            guard digits >= 1, digits <= 3, index + 1 < range.upperBound else { return false }
            return (scalars[index] == "." || scalars[index] == ")") && ScalarClass.isSpace(scalars[index + 1])
        }
    }
}
