/// Finds paragraphs and sentences in UTF-8 bytes. All ranges are byte offsets.
///
/// A paragraph is a run of non-blank lines. Inside a paragraph, line breaks after headings,
/// list items and short lines are boundaries (see ``LineBreakMode``); the rest of the text is
/// split at `.`, `!`, `?` and `…` by the rules of ``decideAtPeriod(_:sentenceStart:limit:)``
/// and its siblings, at the Chinese and Japanese `。！？` (no space needed) and at the Arabic `؟`,
/// Urdu `۔` and Devanagari `।` (see ``decideAtTerminator(_:mark:limit:)``).
struct SentenceSplitter {
    /// What the scan does at a possible boundary.
    private enum Decision {
        /// The sentence ends at this offset (after the punctuation and closing quotes).
        case boundary(Int)
        /// No boundary; scanning resumes at this offset.
        case resume(Int)
    }

    let text: ByteText
    let lexicon: AbbreviationLexicon
    let lineBreaks: LineBreakMode

    /// The paragraphs: runs of non-blank lines, trimmed.
    func paragraphs() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = 0
        var paragraphStart = -1
        var paragraphEnd = -1
        let count = text.count
        while lineStart < count {
            var lineEnd = lineStart
            var blank = true
            while blank && lineEnd < count && text[lineEnd] != 0x0A {
                let width = text.spaceWidth(at: lineEnd)
                if width == 0 { blank = false } else { lineEnd += width }
            }
            while lineEnd < count && text[lineEnd] != 0x0A { lineEnd += 1 }
            if blank {
                appendTrimmed(paragraphStart..<paragraphEnd, to: &result)
                paragraphStart = -1
            } else {
                if paragraphStart < 0 { paragraphStart = lineStart }
                paragraphEnd = lineEnd
            }
            lineStart = lineEnd + 1
        }
        appendTrimmed(paragraphStart..<paragraphEnd, to: &result)
        return result
    }

    private func appendTrimmed(_ range: Range<Int>, to ranges: inout [Range<Int>]) {
        guard range.lowerBound >= 0 else { return }
        let trimmed = text.trimmed(range)
        if !trimmed.isEmpty { ranges.append(trimmed) }
    }

    /// Appends the sentences of `paragraph` to `sentences`.
    func sentences(in paragraph: Range<Int>, into sentences: inout [Range<Int>]) {
        var lines: [Range<Int>] = []
        var lineStart = paragraph.lowerBound
        var widest = 0
        for index in paragraph where text[index] == 0x0A {
            let line = text.trimmed(lineStart..<index)
            if !line.isEmpty { lines.append(line); widest = max(widest, line.count) }
            lineStart = index + 1
        }
        let last = text.trimmed(lineStart..<paragraph.upperBound)
        if !last.isEmpty { lines.append(last); widest = max(widest, last.count) }
        var blockStart = 0
        for index in lines.indices {
            if index + 1 < lines.count && !breaks(after: lines[index], before: lines[index + 1], widest: widest, lineCount: lines.count) { continue }
            split(lines[blockStart].lowerBound..<lines[index].upperBound, into: &sentences)
            blockStart = index + 1
        }
    }

    // MARK: - Line breaks

    private func breaks(after line: Range<Int>, before next: Range<Int>, widest: Int, lineCount: Int) -> Bool {
        switch lineBreaks {
        case .split: return true
        case .join: return false
        case .auto: break
        }
        if startsItem(next) || startsHeading(line) || startsHeading(next) { return true }
        if endsWithSentencePunctuation(line) { return false }
        if text.characterClass(at: next.lowerBound) == .lower { return false }
        if startsItem(line) { return true }
        let hardWrapped = lineCount >= 3 && widest <= 120 && line.count >= 40 && line.count * 4 >= widest * 3
        return !hardWrapped
    }

    private func startsItem(_ line: Range<Int>) -> Bool {
        let first = text[line.lowerBound]
        if text.bulletWidth(at: line.lowerBound) > 0 { return true }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            return line.count > 1 && ByteText.isASCIISpace(text[line.lowerBound + 1])
        }
        var start = line.lowerBound
        if first == UInt8(ascii: "(") { start += 1 }
        return ListMarker.parse(text, at: start, limit: line.upperBound) != nil
    }

    private func startsHeading(_ line: Range<Int>) -> Bool {
        text[line.lowerBound] == UInt8(ascii: "#")
    }

    private func endsWithSentencePunctuation(_ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound {
            var start = end - 1
            while start > line.lowerBound && text[start] & 0xC0 == 0x80 { start -= 1 }
            if text.closerWidth(at: start) == end - start { end = start; continue }
            let byte = text[start]
            return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                || text.isEllipsis(at: start) || text.terminator(at: start) != nil
        }
        return false
    }

    // MARK: - Splitting a block of text

    private func split(_ block: Range<Int>, into sentences: inout [Range<Int>]) {
        let limit = block.upperBound
        let itemStarts = listItemStarts(in: block)
        var nextItem = 0
        var start = block.lowerBound
        var index = start
        var wordCheckedUpTo = start
        var sawWord = false
        func emit(_ end: Int) {
            let sentence = text.trimmed(start..<end)
            if !sentence.isEmpty { sentences.append(sentence) }
            sawWord = false
        }
        func hasWord(before end: Int) -> Bool {
            if sawWord { return true }
            if wordCheckedUpTo < start { wordCheckedUpTo = start }
            if wordCheckedUpTo < end {
                sawWord = text.containsWordCharacter(wordCheckedUpTo..<end)
                wordCheckedUpTo = end
            }
            return sawWord
        }
        while index < limit {
            while nextItem < itemStarts.count && itemStarts[nextItem] <= index {
                let item = itemStarts[nextItem]
                if item > start && hasWord(before: item) { emit(item); start = item }
                nextItem += 1
            }
            let byte = text[index]
            let decision: Decision
            switch byte {
            case UInt8(ascii: "."):
                decision = decideAtPeriod(index, sentenceStart: start, limit: limit)
            case UInt8(ascii: "!"), UInt8(ascii: "?"):
                decision = decideAtExclamation(index, limit: limit)
            case 0xE2:
                if text.isEllipsis(at: index) {
                    decision = decideAtEllipsisCharacter(index, sentenceStart: start, limit: limit)
                } else if text.bulletWidth(at: index) > 0, index > start, text.isSpace(before: index), hasWord(before: index) {
                    emit(index)
                    start = index
                    decision = .resume(index + 3)
                } else {
                    decision = .resume(index + 1)
                }
            case 0xD8, 0xDB, 0xE0, 0xE3, 0xEF:
                guard let mark = text.terminator(at: index) else {
                    index += 1
                    continue
                }
                decision = decideAtTerminator(index, mark: mark, limit: limit)
            default:
                index += 1
                continue
            }
            switch decision {
            case .resume(let next):
                index = next
            case .boundary(let end):
                emit(end)
                start = text.skipSpaces(from: end, limit: limit)
                index = start
            }
        }
        emit(limit)
    }

    /// Offsets where the items of an inline list begin ("1. The first item 2. The second item"):
    /// when the block opens with a marker, each following marker of the same style whose number
    /// or letter comes next.
    private func listItemStarts(in block: Range<Int>) -> [Int] {
        var position = block.lowerBound
        while position < block.upperBound {
            let width = max(text.spaceWidth(at: position), text.bulletWidth(at: position))
            if width == 0 { break }
            position += width
        }
        guard var marker = ListMarker.parse(text, at: position, limit: block.upperBound) else { return [] }
        var starts: [Int] = []
        while let needle = marker.nextItemBytes, let found = find(needle, from: position + 1, limit: block.upperBound) {
            starts.append(found)
            position = found
            marker = marker.next
        }
        return starts
    }

    private func find(_ needle: [UInt8], from start: Int, limit: Int) -> Int? {
        guard let first = needle.first, limit - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= limit {
            if text[index] == first && text.isSpace(before: index) {
                var matched = true
                for offset in 1..<needle.count where text[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    // MARK: - Decisions

    /// Decides at a sentence mark of another script (and any marks right after it): after the
    /// Chinese and Japanese marks a sentence ends without a space, except when a closing quote
    /// is followed directly by hiragana, the quotative particle of Japanese (`「はい。」と答えた`);
    /// after the Arabic, Urdu and
    /// Devanagari marks it ends when a space and no lower-case letter follow.
    private func decideAtTerminator(_ index: Int, mark: (kind: ByteText.Terminator, length: Int), limit: Int) -> Decision {
        var end = index + mark.length
        while end < limit {
            if let next = text.terminator(at: end) { end += next.length; continue }
            let byte = text[end]
            guard byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ".") else { break }
            end += 1
        }
        let after = skipClosers(from: end, limit: limit)
        guard after < limit else { return .resume(after) }
        switch mark.kind {
        case .unspaced:
            if after > end && text[after] == 0xE3 && ByteText.unspacedScript(of: text.scalar(at: after).scalar) == .hiragana {
                return .resume(after)
            }
            return .boundary(after)
        case .spaced:
            guard text.spaceWidth(at: after) > 0 else { return .resume(after) }
            return nextClass(after: after, limit: limit).class == .lower ? .resume(after) : .boundary(after)
        }
    }

    private func decideAtExclamation(_ index: Int, limit: Int) -> Decision {
        var end = index
        while end < limit {
            let byte = text[end]
            guard byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ".") else { break }
            end += 1
        }
        let after = skipClosers(from: end, limit: limit)
        guard after < limit else { return .resume(after) }
        if text.spaceWidth(at: after) == 0 {
            return isUnspacedScript(before: index) && isUnspacedScript(at: after) ? .boundary(after) : .resume(after)
        }
        let next = nextClass(after: after, limit: limit)
        if next.class == .lower { return .resume(after) }
        if after > end && next.class == .upper && isAttribution(from: next.position, limit: limit) { return .resume(after) }
        return .boundary(after)
    }

    /// Whether one to four capitalised words and then a verb of saying start at `index`
    /// ("Ana Ruiz asked"), the attribution of a quotation that ended just before.
    private func isAttribution(from index: Int, limit: Int) -> Bool {
        var position = index
        for _ in 0..<5 {
            guard position < limit else { return false }
            let characterClass = text.characterClass(at: position)
            if characterClass == .lower {
                return Abbreviations.speechVerbs.contains(text.lowercasedWord(from: position, limit: limit))
            }
            guard characterClass == .upper else { return false }
            while position < limit && text.spaceWidth(at: position) == 0 { position += 1 }
            position = text.skipSpaces(from: position, limit: limit)
        }
        return false
    }

    private func decideAtEllipsisCharacter(_ index: Int, sentenceStart: Int, limit: Int) -> Decision {
        var end = index
        while end < limit && (text.isEllipsis(at: end) || text[end] == UInt8(ascii: ".")) {
            end += text[end] == UInt8(ascii: ".") ? 1 : 3
        }
        if index > sentenceStart && !text.isSpace(before: index) && !isBracket(before: index) {
            return decideAfterEllipsis(end, limit: limit)
        }
        return .resume(end)
    }

    private func decideAfterEllipsis(_ end: Int, limit: Int) -> Decision {
        let after = skipClosers(from: end, limit: limit)
        guard after < limit, text.spaceWidth(at: after) > 0 else { return .resume(after) }
        return nextClass(after: after, limit: limit).class == .upper ? .boundary(after) : .resume(after)
    }

    /// Decides at a period: a single one, or a run of dots (`...`, `....`, `. . .`).
    private func decideAtPeriod(_ index: Int, sentenceStart: Int, limit: Int) -> Decision {
        var contiguousEnd = index
        while contiguousEnd < limit && text[contiguousEnd] == UInt8(ascii: ".") { contiguousEnd += 1 }
        var runEnd = contiguousEnd
        var dots = contiguousEnd - index
        while runEnd + 1 < limit && text[runEnd] == UInt8(ascii: " ") && text[runEnd + 1] == UInt8(ascii: ".") {
            runEnd += 1
            while runEnd < limit && text[runEnd] == UInt8(ascii: ".") { runEnd += 1; dots += 1 }
        }
        if dots == 1 { return decideAtSinglePeriod(index, sentenceStart: sentenceStart, limit: limit) }
        if isBracket(before: index) { return .resume(runEnd) }
        let attached = index > sentenceStart && !text.isSpace(before: index)
        if attached && contiguousEnd - index == 1 {
            let after = skipClosers(from: runEnd, limit: limit)
            if after < limit, text.spaceWidth(at: after) > 0, nextClass(after: after, limit: limit).class == .upper {
                return .boundary(index + 1)
            }
            return .resume(runEnd)
        }
        if attached || dots >= 4 { return decideAfterEllipsis(runEnd, limit: limit) }
        return .resume(runEnd)
    }

    private func decideAtSinglePeriod(_ index: Int, sentenceStart: Int, limit: Int) -> Decision {
        let after = skipClosers(from: index + 1, limit: limit)
        if after >= limit { return .resume(after) }
        guard text.spaceWidth(at: after) > 0 else { return .resume(index + 1) }
        let next = nextClass(after: after, limit: limit)
        var wordStart = index
        while wordStart > sentenceStart && !text.isSpace(before: wordStart) { wordStart -= 1 }
        let tokenStart = wordStart
        while wordStart < index {
            let width = max(text.openerWidth(at: wordStart), text.bulletWidth(at: wordStart))
            if width == 0 { break }
            wordStart += width
        }
        if wordStart < index, isListLabel(wordStart..<index), isAtSentenceStart(tokenStart, sentenceStart: sentenceStart) {
            return .resume(index + 1)
        }
        if next.class == .lower { return .resume(index + 1) }
        if after > index + 1 { return .boundary(after) }
        if wordStart == index { return .boundary(after) }
        var lookupStart = wordStart
        for position in stride(from: index - 1, to: wordStart, by: -1) where text[position] == UInt8(ascii: "-") {
            lookupStart = position + 1
            break
        }
        let mayBeAbbreviation = index - lookupStart <= lexicon.longestEntry
        let word = mayBeAbbreviation ? text.lowercasedString(lookupStart..<index) : ""
        let kind = mayBeAbbreviation ? lexicon.kind(of: word) : .word
        if kind == .prepositive { return .resume(index + 1) }
        let singleLetter = isSingleLetter(wordStart..<index)
        let multiPeriod = isMultiPeriodAbbreviation(wordStart..<index)
        if next.class == .digit {
            if lexicon.precedesNumbers(word) || singleLetter || multiPeriod { return .resume(index + 1) }
            return .boundary(after)
        }
        let opensSentence = {
            next.class == .upper
                && Abbreviations.sentenceOpeners.contains(text.lowercasedWord(from: next.position, limit: limit))
                && !isFragment(sentenceStart..<tokenStart)
        }
        if multiPeriod && text.characterClass(at: wordStart) == .lower && next.class == .upper {
            let nextWord = text.lowercasedWord(from: next.position, limit: limit)
            let continues = Abbreviations.timeFollowers.contains(nextWord) || isFragment(sentenceStart..<tokenStart)
            return continues ? .resume(index + 1) : .boundary(after)
        }
        if kind == .ambiguous || multiPeriod {
            return opensSentence() ? .boundary(after) : .resume(index + 1)
        }
        if singleLetter {
            if word == "i" && text[wordStart] == UInt8(ascii: "I") && previousWordClass(before: tokenStart, sentenceStart: sentenceStart) == .lower {
                return .boundary(after)
            }
            if opensSentence() && !continuesName(next.position, limit: limit, before: tokenStart, sentenceStart: sentenceStart) {
                return .boundary(after)
            }
            return .resume(index + 1)
        }
        return .boundary(after)
    }

    /// Whether the capitalised word at `position`, after an initial, is the last part of the name the
    /// initial belongs to, although it is also a sentence opener ("Kim J. So and …", "Tran T. An's
    /// study"): the word before the initial is capitalised, the word is one of the openers that are
    /// also surnames, and after it comes a possessive, `and`, `&`, an opening bracket or a verb of saying.
    private func continuesName(_ position: Int, limit: Int, before initial: Int, sentenceStart: Int) -> Bool {
        guard previousWordClass(before: initial, sentenceStart: sentenceStart) == .upper else { return false }
        let word = text.lowercasedWord(from: position, limit: limit)
        if word.hasSuffix("'s") { return Abbreviations.surnameOpeners.contains(String(word.dropLast(2))) }
        guard Abbreviations.surnameOpeners.contains(word) else { return false }
        var end = position
        while end < limit && text.spaceWidth(at: end) == 0 { end += 1 }
        guard end == position + word.utf8.count else { return false }
        let following = text.skipSpaces(from: end, limit: limit)
        guard following > end, following < limit else { return false }
        let byte = text[following]
        if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "(") { return true }
        let nextWord = text.lowercasedWord(from: following, limit: limit)
        return nextWord == "and" || Abbreviations.speechVerbs.contains(nextWord)
    }

    // MARK: - Helpers

    /// The offset after the closing quotes and brackets at `index`, French guillemets after a
    /// space (`! »`) included when no word follows them (German writes `»` to open a quote).
    private func skipClosers(from index: Int, limit: Int) -> Int {
        var position = index
        while position < limit {
            var width = text.closerWidth(at: position)
            if width == 0 {
                let space = text.spaceWidth(at: position)
                if space > 0, position + space < limit, isClosingGuillemet(at: position + space) {
                    let end = position + space + text.closerWidth(at: position + space)
                    if end >= limit || !text.isWordCharacter(at: end) { width = end - position }
                }
            }
            if width == 0 { break }
            position += width
        }
        return position
    }

    /// Whether `»` or `›` starts at `index`.
    private func isClosingGuillemet(at index: Int) -> Bool {
        let width = text.closerWidth(at: index)
        return (width == 2 && text[index] == 0xC2) || (width == 3 && text[index] == 0xE2 && text[index + 2] == 0xBA)
    }

    /// Whether a Chinese or Japanese character starts at `index`.
    private func isUnspacedScript(at index: Int) -> Bool {
        text[index] >= 0xE3 && ByteText.unspacedScript(of: text.scalar(at: index).scalar) != nil
    }

    /// Whether a Chinese or Japanese character ends just before `index`.
    private func isUnspacedScript(before index: Int) -> Bool {
        guard index > 0, text[index - 1] >= 0x80 else { return false }
        var start = index - 1
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        return isUnspacedScript(at: start)
    }

    /// The class and offset of the first character after the whitespace at `index`, past any
    /// opening quotes or brackets.
    private func nextClass(after index: Int, limit: Int) -> (class: ByteText.CharacterClass, position: Int) {
        var position = text.skipSpaces(from: index, limit: limit)
        while position < limit {
            let width = text.openerWidth(at: position)
            if width == 0 { break }
            position += width
        }
        guard position < limit else { return (.other, position) }
        return (text.characterClass(at: position), position)
    }

    /// Whether only whitespace, bullets and opening quotes or brackets stand between the sentence
    /// start and `index`; looks back only as far as the first other character.
    private func isAtSentenceStart(_ index: Int, sentenceStart: Int) -> Bool {
        var position = index
        while position > sentenceStart {
            var start = position - 1
            while start > sentenceStart && text[start] & 0xC0 == 0x80 { start -= 1 }
            let width = position - start
            guard text.spaceWidth(at: start) == width || text.bulletWidth(at: start) == width
                || text.openerWidth(at: start) == width
            else { return false }
            position = start
        }
        return true
    }

    private func isBracket(before index: Int) -> Bool {
        index > 0 && (text[index - 1] == UInt8(ascii: "[") || text[index - 1] == UInt8(ascii: "("))
    }

    /// A list item's label: one to three digits or a single letter.
    private func isListLabel(_ range: Range<Int>) -> Bool {
        if range.count <= 3 && range.allSatisfy({ text[$0] >= 0x30 && text[$0] <= 0x39 }) { return true }
        return isSingleLetter(range)
    }

    private func isSingleLetter(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let (scalar, length) = text.scalar(at: range.lowerBound)
        return length == range.count && scalar.properties.isAlphabetic
    }

    /// Letters in groups of one or two joined by periods: `U.S`, `a.m`, `Ph.D`, `e.g`.
    private func isMultiPeriodAbbreviation(_ range: Range<Int>) -> Bool {
        var groupLength = 0
        var periods = 0
        for index in range {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                guard groupLength > 0 else { return false }
                periods += 1
                groupLength = 0
            } else if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A {
                groupLength += 1
                if groupLength > 2 { return false }
            } else {
                return false
            }
        }
        return periods > 0 && groupLength > 0
    }

    /// Whether the words in `range` plus one more form a short phrase that opens with a
    /// preposition ("At 5 a.m."), which is not a sentence on its own.
    private func isFragment(_ range: Range<Int>) -> Bool {
        var words = 1
        var index = range.lowerBound
        var inWord = false
        while index < range.upperBound && words <= 4 {
            let isSpace = ByteText.isASCIISpace(text[index])
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
            index += 1
        }
        guard words <= 4, range.lowerBound < range.upperBound else { return false }
        let first = text.lowercasedWord(from: range.lowerBound, limit: range.upperBound)
        return Abbreviations.fragmentPrepositions.contains(first)
    }

    /// The class of the first character of the word before `index` in the sentence (`.other` when none).
    private func previousWordClass(before index: Int, sentenceStart: Int) -> ByteText.CharacterClass {
        var position = index
        while position > sentenceStart && text.isSpace(before: position) { position -= 1 }
        var wordStart = position
        while wordStart > sentenceStart && !text.isSpace(before: wordStart) { wordStart -= 1 }
        guard wordStart < position else { return .other }
        return text.characterClass(at: wordStart)
    }
}
