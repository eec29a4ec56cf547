import DocPipe

/// Splits a sentence into word and punctuation tokens. All ranges are byte offsets.
///
/// A word is a run of letters, digits and marks, joined across `'`, `’`, `-` and `_` between word
/// characters, `.` and `,` between digits ("3.5", "1,000") and `.` between letters without a
/// space ("U.S", "example.com"). An abbreviation keeps its final period ("Mr.", "U.S.") unless
/// that period ends the sentence. URLs and e-mail addresses are one token. Any other character is
/// a punctuation token; a run of the same ASCII character ("...", "--", "!!") is one token.
/// Text written without spaces between words is cut by script: each Chinese character (hanzi,
/// kanji) is a token, and each run of hiragana or of katakana is one. Bidirectional marks
/// (`U+200E`, `U+200F`, …) are skipped like spaces. Tokens are written directly as code-point spans.
struct Tokenizer {
    let text: ByteText
    let lexicon: AbbreviationLexicon

    /// Appends the tokens of `sentence` to `tokens`.
    /// - Parameters:
    ///   - sentence: the byte range of one sentence, after the sentences before it.
    ///   - tokens: the code-point spans found so far.
    ///   - offsets: the converter from byte to code-point offsets, used in increasing order.
    func tokens(in sentence: Range<Int>, into tokens: inout [Span], offsets: inout ScalarOffsets) {
        var index = sentence.lowerBound
        let limit = sentence.upperBound
        while index < limit {
            let byte = text[index]
            if byte < 0x80 {
                if ByteText.isASCIISpace(byte) { index += 1; continue }
                if isASCIIWordByte(byte) {
                    let end = wordEnd(from: index, limit: limit)
                    Self.append(index..<end, to: &tokens, offsets: &offsets)
                    index = end
                    continue
                }
                var end = index + 1
                while end < limit && text[end] == byte { end += 1 }
                Self.append(index..<end, to: &tokens, offsets: &offsets)
                index = end
                continue
            }
            let space = text.spaceWidth(at: index)
            if space > 0 { index += space; continue }
            let (scalar, length) = text.scalar(at: index)
            if ByteText.isDirectionMark(scalar) { index += length; continue }
            if byte >= 0xE3, let script = ByteText.unspacedScript(of: scalar) {
                let end = script == .han ? index + length : scriptRunEnd(script, from: index, limit: limit)
                Self.append(index..<end, to: &tokens, offsets: &offsets)
                index = end
                continue
            }
            if text.isWordCharacter(at: index) {
                let end = wordEnd(from: index, limit: limit)
                Self.append(index..<end, to: &tokens, offsets: &offsets)
                index = end
                continue
            }
            let end = index + text.scalar(at: index).length
            Self.append(index..<end, to: &tokens, offsets: &offsets)
            index = end
        }
    }

    @inline(__always) private static func append(_ range: Range<Int>, to tokens: inout [Span], offsets: inout ScalarOffsets) {
        let start = offsets.scalarOffset(ofByte: range.lowerBound)
        tokens.append(Span(start: start, end: offsets.scalarOffset(ofByte: range.upperBound)))
    }

    @inline(__always) private func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always) private func isDigit(_ index: Int) -> Bool {
        text[index] >= 0x30 && text[index] <= 0x39
    }

    /// The end of the run of `script` characters that starts at `index`.
    private func scriptRunEnd(_ script: ByteText.UnspacedScript, from index: Int, limit: Int) -> Int {
        var position = index
        while position < limit, text[position] >= 0xE3 {
            let (scalar, length) = text.scalar(at: position)
            guard ByteText.unspacedScript(of: scalar) == script else { break }
            position += length
        }
        return position
    }

    @inline(__always) private func advanceWordCharacters(from index: Int, limit: Int) -> Int {
        var position = index
        while position < limit {
            let byte = text[position]
            if byte < 0x80 {
                guard isASCIIWordByte(byte) else { break }
                position += 1
            } else {
                guard text.isWordCharacter(at: position) else { break }
                let (scalar, length) = text.scalar(at: position)
                if byte >= 0xE3 && ByteText.unspacedScript(of: scalar) != nil { break }
                position += length
            }
        }
        return position
    }

    private func wordEnd(from start: Int, limit: Int) -> Int {
        var end = start
        var internalPeriod = false
        while true {
            end = advanceWordCharacters(from: end, limit: limit)
            guard end + 1 < limit else { break }
            let byte = text[end]
            if byte == UInt8(ascii: ":") && end + 2 < limit && text[end + 1] == UInt8(ascii: "/") && text[end + 2] == UInt8(ascii: "/") {
                return addressEnd(from: end, limit: limit)
            }
            if byte == UInt8(ascii: "@") && text.isWordCharacter(at: end + 1) {
                return addressEnd(from: end, limit: limit)
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                if isDigit(end - 1) && isDigit(end + 1) { end += 1; continue }
                if byte == UInt8(ascii: ".") && text.isWordCharacter(at: end + 1) { internalPeriod = true; end += 1; continue }
                break
            }
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                if text.isWordCharacter(at: end + 1) { end += 1; continue }
                break
            }
            if byte == 0xE2 && end + 3 < limit && text[end + 1] == 0x80 && text[end + 2] == 0x99 && text.isWordCharacter(at: end + 3) {
                end += 3
                continue
            }
            break
        }
        guard end < limit, text[end] == UInt8(ascii: "."), !periodEndsSentence(end, limit: limit) else { return end }
        if internalPeriod && isLettersAndPeriods(start..<end) { return end + 1 }
        guard end - start <= lexicon.longestEntry else { return end }
        let word = text.lowercasedString(start..<end)
        if lexicon.kind(of: word) != .word || lexicon.precedesNumbers(word) { return end + 1 }
        if end - start == 1 && text.characterClass(at: start) == .upper { return end + 1 }
        return end
    }

    private func periodEndsSentence(_ index: Int, limit: Int) -> Bool {
        var position = index + 1
        if position < limit && text[position] == UInt8(ascii: ".") { return true }
        while position < limit {
            let width = text.closerWidth(at: position)
            if width == 0 { break }
            position += width
        }
        return position >= limit
    }

    private func isLettersAndPeriods(_ range: Range<Int>) -> Bool {
        range.allSatisfy { text[$0] == UInt8(ascii: ".") || (text[$0] | 0x20 >= 0x61 && text[$0] | 0x20 <= 0x7A) }
    }

    /// The end of a URL or e-mail address: up to the next space, without trailing punctuation.
    private func addressEnd(from index: Int, limit: Int) -> Int {
        var end = index
        while end < limit && text.spaceWidth(at: end) == 0 { end += 1 }
        while end > index {
            let byte = text[end - 1]
            let trailing = ".,;:!?)]}\"'".utf8.contains(byte) || byte >= 0x80
            guard trailing else { break }
            end -= 1
            while end > index && text[end] & 0xC0 == 0x80 { end -= 1 }
        }
        return end
    }
}
