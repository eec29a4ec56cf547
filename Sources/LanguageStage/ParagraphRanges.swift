/// Paragraphs of a text as the `segment` stage sees them: runs of lines separated by blank lines.
enum ParagraphRanges {
    /// Each paragraph's code-point span and text, in order, trimmed of surrounding whitespace.
    static func of(_ text: String) -> [(start: Int, end: Int, text: Substring)] {
        var result: [(start: Int, end: Int, text: Substring)] = []
        let scalars = text.unicodeScalars
        var offset = 0
        var paragraphStart: (index: String.Index, offset: Int)?
        var lastContent: (index: String.Index, offset: Int)?
        var lineIsBlank = true
        var index = scalars.startIndex
        func close() {
            if let start = paragraphStart, let last = lastContent {
                let end = scalars.index(after: last.index)
                result.append((start.offset, last.offset + 1, text[start.index..<end]))
            }
            paragraphStart = nil
            lastContent = nil
        }
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" {
                if lineIsBlank { close() }
                lineIsBlank = true
            } else if !scalar.properties.isWhitespace {
                if paragraphStart == nil { paragraphStart = (index, offset) }
                lastContent = (index, offset)
                lineIsBlank = false
            }
            scalars.formIndex(after: &index)
            offset += 1
        }
        close()
        return result
    }

    /// The number of letters in `text`.
    static func letterCount(_ text: Substring) -> Int {
        text.unicodeScalars.count { $0.properties.isAlphabetic }
    }
}
