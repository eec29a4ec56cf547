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

    /// The number of letters in `text`, a Chinese or Japanese character counting as three (one
    /// carries about as much evidence as a short word).
    static func letterCount(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { count, scalar in
            guard scalar.properties.isAlphabetic else { return count }
            switch scalar.value {
            case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return count + 3
            default: return count + 1
            }
        }
    }
}
