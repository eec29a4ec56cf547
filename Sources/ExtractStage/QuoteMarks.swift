/// One stretch of quoted words: from an opening mark to its closing mark, or to where the quote
/// breaks off unclosed (a paragraph end, or the opening mark of its next paragraph).
struct QuotePiece: Sendable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark, or one past the last quoted token when unclosed.
    var close: Int
    /// Whether the marks are single (‘…’ or '…').
    var single: Bool
    /// Whether a closing mark ends the piece.
    var closed: Bool
    /// Whether the piece goes on a quote left unclosed just before it (its next paragraph, the
    /// opening mark repeated).
    var continuation: Bool
    /// Whether the piece opens inside another quote's sentence (a quote within a quote).
    var nested = false
}

/// Finds quotations in tokens: “curly” and "straight" double quotes, ‘curly’ and 'straight' single
/// quotes. A quote running over several paragraphs repeats its opening mark at each paragraph and
/// closes once; each paragraph is one piece. Apostrophes (don't, the Smiths' house, '90s, rock 'n'
/// roll) open nothing: an opening single mark stands after a space or an opening bracket and
/// before a word (or a tweet's "@" or "#" with more words after the handle, not a user name or
/// hashtag quoted alone), a closing one right after a word or punctuation and before a space or
/// punctuation.
enum QuoteMarks {
    private static let elisions: Set<String> = ["em", "til", "cause", "tis", "twas", "n", "bout", "round", "cos"]
    private static let openers: Set<String> = ["(", "[", "—", "–", "-", ":", "\"", "“", "/"]

    /// The quote pieces of a text, in order.
    static func pieces(_ tokens: [Token]) -> [QuotePiece] {
        var result: [QuotePiece] = []
        var current: (open: Int, single: Bool, continuation: Bool)?
        var nestedOpen = false
        func finish(before index: Int) {
            guard let open = current else { return }
            result.append(QuotePiece(open: open.open, close: index, single: open.single, closed: false, continuation: open.continuation, nested: nestedOpen))
            current = nil
            nestedOpen = false
        }
        for index in tokens.indices {
            let token = tokens[index]
            var resumed = false
            if token.lineBreakBefore, let open = current, index > open.open + 1 {
                finish(before: index)
                resumed = true
                if open.single ? singleClosesInLaterParagraph(tokens, index) : closesInLaterParagraph(tokens, index) {
                    current = (index - 1, open.single, true)
                }
            }
            guard token.kind == .punctuation else { continue }
            let text = token.text
            if let open = current {
                if open.single {
                    if isSingleOpening(tokens, index), let start = swallowedIntroducer(tokens, before: index, openedAt: open.open) {
                        finish(before: start)
                        current = (index, true, false)
                    } else if isSingleOpening(tokens, index) {
                        let resumes = index > 0 && [".", "!", "?", "…"].contains(tokens[index - 1].text)
                        finish(before: index)
                        current = (index, true, resumes)
                        nestedOpen = !resumes
                    } else if isSingleClosing(tokens, index) && !isPluralPossessive(tokens, index) && !closesElision(tokens, index)
                        || isMismatchedClosing(tokens, index, open: open.open)
                    {
                        result.append(QuotePiece(open: open.open, close: index, single: true, closed: true, continuation: open.continuation, nested: nestedOpen))
                        current = nil
                        nestedOpen = false
                    }
                } else if text == "\u{201D}" || (text == "\"" && !isStraightReopening(tokens, index)) || isDoubledSingleClosing(tokens, index)
                    || isMismatchedSingleClosing(tokens, index, open: open.open)
                {
                    result.append(QuotePiece(open: open.open, close: index, single: false, closed: true, continuation: open.continuation))
                    current = nil
                } else if text == "\u{201C}" || text == "\u{201E}" || text == "\"" {
                    let resumes = index > 0 && [".", "!", "?", "…"].contains(tokens[index - 1].text)
                    finish(before: index)
                    current = (index, false, resumes)
                }
            } else if text == "\u{201C}" || text == "\u{201E}" || (text == "\"" && isStraightOpening(tokens, index)) {
                current = (index, false, resumed)
            } else if isSingleOpening(tokens, index) {
                current = (index, true, resumed)
            }
        }
        finish(before: tokens.count)
        return result.filter { $0.close > $0.open + 1 }
    }

    /// Where a single-quoted quote left unclosed ends when the words before a new opening mark are
    /// an attribution its publisher ran into it (`'… may bite. Jo Reed, of the trust, said: 'I …`):
    /// the first token of the sentence that ends with a speech verb (at most four tokens before) and
    /// a colon right before the new mark, when that sentence starts after a full stop, `!` or `?`
    /// inside the quote, has at most thirty tokens and names its speaker in the third person (a
    /// capitalised word after its first or one right before the verb, or he, she or they; no I, we or you). The words of that
    /// sentence are then the text's, not the quote's, and the new mark opens a quote of its own
    /// rather than one within the quote. `nil` otherwise.
    static func swallowedIntroducer(_ tokens: [Token], before index: Int, openedAt open: Int) -> Int? {
        guard index >= 2, tokens[index - 1].text == ":" else { return nil }
        let colon = index - 1
        var start = colon
        while start > 0, tokens[start - 1].sentence == tokens[colon].sentence { start -= 1 }
        guard start > open + 1, colon - start <= 30, [".", "!", "?"].contains(tokens[start - 1].text) else { return nil }
        guard let verb = stride(from: colon - 1, through: max(start + 1, colon - 4), by: -1).first(where: {
            tokens[$0].kind == .word && SpeechVerbs.all.contains(tokens[$0].lower)
        }) else { return nil }
        let subject = tokens[start..<verb]
        guard !subject.contains(where: { ["i", "we", "you", "me", "us", "my", "our", "your"].contains($0.lower) }) else { return nil }
        let named = subject.indices.contains { ($0 > start || verb == start + 1 && !["it", "this", "that"].contains(tokens[$0].lower)) && tokens[$0].kind == .word && tokens[$0].isCapitalized }
        guard named || subject.contains(where: { ["he", "she", "they"].contains($0.lower) }) else { return nil }
        return start
    }

    /// A straight double mark that opens a quote: right before a word or an ellipsis, or, written
    /// with spaces on both sides, before a capitalised word when a closing mark follows in the paragraph.
    private static func isStraightOpening(_ tokens: [Token], _ index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        if !next.spaceBefore {
            if next.text == "…" { return true }
            if next.text == ".", index + 2 < tokens.count, tokens[index + 2].text == "." { return true }
            return ![".", ",", ";", ":", ")"].contains(next.text)
        }
        guard tokens[index].spaceBefore, !next.lineBreakBefore, next.isCapitalized else { return false }
        var probe = index + 2
        while probe < tokens.count, !tokens[probe].lineBreakBefore, probe - index < 80 {
            if tokens[probe].text == "\"" { return !tokens[probe].spaceBefore }
            probe += 1
        }
        return false
    }

    /// A paragraph that goes on an unclosed double quote with no opening mark of its own (texts stored
    /// one sentence a paragraph: `“Everyone is scared.` / `I am for peace.` / `But …,” said X`): it
    /// starts with a word, and the first double mark from there, within three paragraphs, closes a
    /// quote (`”`, or a straight mark glued to the word before it and not to the word after it).
    static func closesInLaterParagraph(_ tokens: [Token], _ start: Int) -> Bool {
        firstMarkDecides(tokens, from: start) { index in
            let token = tokens[index]
            switch token.text {
            case "\u{201D}": return true
            case "\u{201C}", "\u{201E}": return false
            case "\"":
                let gluedAfter = index + 1 < tokens.count && !tokens[index + 1].spaceBefore && !tokens[index + 1].lineBreakBefore
                    && tokens[index + 1].kind != .punctuation
                return !token.spaceBefore && !gluedAfter
            default: return nil
            }
        }
    }

    /// A paragraph that goes on an unclosed single quote with no opening mark of its own
    /// (`‘Everyone is scared.` / `I am for peace.` / `But …,’ said X`): it starts with a word, and
    /// within three paragraphs a single mark closes a quote right after a full stop, comma, `!`, `?`
    /// or ellipsis (so a plural possessive, `the parents’ house`, closes nothing) before any single
    /// mark opens one.
    static func singleClosesInLaterParagraph(_ tokens: [Token], _ start: Int) -> Bool {
        firstMarkDecides(tokens, from: start) { index in
            if isSingleOpening(tokens, index) { return false }
            if isSingleClosing(tokens, index), index > start, [".", ",", "!", "?", "…"].contains(tokens[index - 1].text) { return true }
            return nil
        }
    }

    /// Walks from a paragraph that starts with a word through at most three paragraphs (400
    /// tokens) until `decide` gives an answer for a token; `false` when none does.
    private static func firstMarkDecides(_ tokens: [Token], from start: Int, _ decide: (Int) -> Bool?) -> Bool {
        guard start < tokens.count, tokens[start].kind == .word || tokens[start].kind == .number else { return false }
        var paragraphs = 0
        var index = start
        while index < tokens.count, index - start < 400 {
            if index > start, tokens[index].lineBreakBefore {
                paragraphs += 1
                if paragraphs > 2 { return false }
            }
            if let answer = decide(index) { return answer }
            index += 1
        }
        return false
    }

    /// Two closing single marks glued together (`’’`, `''`) that close a double quote, as some wire
    /// copy writes them (`“It was a mistake,’’ she said`).
    private static func isDoubledSingleClosing(_ tokens: [Token], _ index: Int) -> Bool {
        guard ["\u{2019}", "'"].contains(tokens[index].text), index + 1 < tokens.count, tokens[index + 1].text == tokens[index].text,
            tokens[index + 1].start == tokens[index].end, !tokens[index].spaceBefore
        else { return false }
        return index + 2 >= tokens.count || tokens[index + 2].spaceBefore || tokens[index + 2].kind == .punctuation
    }

    /// A straight double mark inside an open double quote that opens a new one (a new paragraph of
    /// the quote): after a space and right before a word.
    private static func isStraightReopening(_ tokens: [Token], _ index: Int) -> Bool {
        tokens[index].spaceBefore && index + 1 < tokens.count && !tokens[index + 1].spaceBefore && tokens[index + 1].kind != .punctuation
    }

    private static func isSingleOpening(_ tokens: [Token], _ index: Int) -> Bool {
        let text = tokens[index].text
        guard text == "\u{2018}" || text == "'", index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard !next.spaceBefore, !next.lineBreakBefore else { return false }
        guard next.kind == .word || next.kind == .number || ["[", "(", ".", "…", "$", "£", "€", "@", "#"].contains(next.text) else { return false }
        if next.text == ".", !(index + 2 < tokens.count && tokens[index + 2].text == ".") { return false }
        if ["@", "#"].contains(next.text) {
            var probe = index + 2
            while probe < tokens.count, !tokens[probe].spaceBefore, !tokens[probe].lineBreakBefore {
                if ["'", "\u{2019}"].contains(tokens[probe].text) { return false }
                probe += 1
            }
        }
        if index > 0, !tokens[index].spaceBefore, !openers.contains(tokens[index - 1].text) { return false }
        if next.kind == .number, next.text.count == 2, !(index + 2 < tokens.count && tokens[index + 2].text == "%") { return false }
        if next.kind == .word, elisions.contains(next.lower), index + 2 < tokens.count, tokens[index + 2].spaceBefore || tokens[index + 2].text == "'" {
            return false
        }
        return true
    }

    /// A double mark that closes a single-quoted sentence by a typing slip (`'… were angry." Others
    /// said`): right after `.`, `!` or `?`, before a space and a capitalised word, with no double
    /// mark since the quote opened (so it closes no quote within the quote).
    private static func isMismatchedClosing(_ tokens: [Token], _ index: Int, open: Int) -> Bool {
        let text = tokens[index].text
        guard text == "\u{201D}" || text == "\"", index >= 1, tokens[index].start == tokens[index - 1].end, [".", "!", "?"].contains(tokens[index - 1].text),
            index + 1 < tokens.count, tokens[index + 1].spaceBefore, tokens[index + 1].isCapitalized
        else { return false }
        return !(open + 1..<index).contains { ["\"", "\u{201C}", "\u{201D}"].contains(tokens[$0].text) }
    }

    /// A single mark that closes a double-quoted sentence by a typing slip (`“As soon as … any
    /// criminal activity.' Jane Roe said`): right after `.`, `!` or `?`, before a space and a
    /// capitalised word, with no single quote opened since the double one (so it closes no quote
    /// within the quote). Left open, the quote would run to the paragraph's end over the next
    /// speakers' introductions.
    private static func isMismatchedSingleClosing(_ tokens: [Token], _ index: Int, open: Int) -> Bool {
        let text = tokens[index].text
        guard text == "\u{2019}" || text == "'", index >= 1, tokens[index].start == tokens[index - 1].end, [".", "!", "?"].contains(tokens[index - 1].text),
            index + 1 < tokens.count, tokens[index + 1].spaceBefore, tokens[index + 1].isCapitalized
        else { return false }
        return !(open + 1..<index).contains { isSingleOpening(tokens, $0) }
    }

    /// The second mark of an elision written between two apostrophes (rock 'n' roll): after a
    /// short elided word glued to a mark before it.
    private static func closesElision(_ tokens: [Token], _ index: Int) -> Bool {
        guard index >= 2 else { return false }
        let word = tokens[index - 1]
        return word.kind == .word && elisions.contains(word.lower) && !word.spaceBefore && ["'", "\u{2018}", "\u{2019}"].contains(tokens[index - 2].text)
    }

    private static func isSingleClosing(_ tokens: [Token], _ index: Int) -> Bool {
        let text = tokens[index].text
        guard text == "\u{2019}" || text == "'", index > 0, !tokens[index].spaceBefore else { return false }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return next.spaceBefore || next.kind == .punctuation
    }

    /// `parents’ house` inside a quote: a mark after a word ending in s, before a word, with the
    /// quote's real closing mark still to come in the same paragraph.
    private static func isPluralPossessive(_ tokens: [Token], _ index: Int) -> Bool {
        let previous = tokens[index - 1]
        guard previous.kind == .word, previous.lower.hasSuffix("s"), index + 1 < tokens.count, tokens[index + 1].kind == .word,
            !tokens[index + 1].lineBreakBefore
        else { return false }
        var probe = index + 1
        while probe < tokens.count, probe - index < 120, !tokens[probe].lineBreakBefore {
            if isSingleOpening(tokens, probe) { return false }
            if isSingleClosing(tokens, probe) { return true }
            probe += 1
        }
        return false
    }
}
