import DocPipe

/// Finds direct quotations between curly or straight double quotes and their speakers.
///
/// Speakers come from the words around the quote: after it ("…," said X / "…," X said /
/// "…," commented analyst X / "…," he told the Associated Press / "…," according to X), before it
/// in the same sentence ("X said: "…"" / "X cautioned that "…"" / "X's remarks: "…""), or, for a
/// quote that stands alone at the start of a sentence, from an attribution in the sentence before.
/// Pronouns resolve to the first person named in the nearest earlier sentence that names one (the
/// sentence's subject, usually); surnames resolve to the canonical full name.
struct QuoteExtractor: Sendable {
    /// Shortest quote, in words, kept when no speaker is found.
    let minimumWords: Int

    private static let pronouns: Set<String> = ["he", "she", "they", "i", "we"]
    private static let speechNouns: Set<String> = ["remarks", "words", "statement", "comments", "message", "speech", "address", "tweet", "post", "letter", "interview"]

    private struct Mark {
        var open: Int
        var close: Int
    }

    /// The quotes of a text.
    /// - Parameters:
    ///   - text: the analysed text.
    ///   - entities: its entity mentions (PERSON mentions give speakers and their canonical names).
    /// - Returns: quotes in order, scare quotes (short and unattributed) left out.
    func quotes(in text: AnalyzedText, entities: [EntityMention]) -> [Quote] {
        let tokens = text.tokens
        var personAt: [Int: EntityMention] = [:]
        var personTokens: [Int] = []
        var cursor = 0
        let allMarks = marks(tokens)
        var quoted = [Bool](repeating: false, count: tokens.count)
        for mark in allMarks {
            for index in mark.open...mark.close { quoted[index] = true }
        }
        for mention in entities where mention.label == .person {
            while cursor < tokens.count && tokens[cursor].start < mention.start { cursor += 1 }
            if cursor < tokens.count && tokens[cursor].start == mention.start && !quoted[cursor] {
                personAt[cursor] = mention
                personTokens.append(cursor)
            }
        }
        let context = Context(tokens: tokens, personAt: personAt, personTokens: personTokens)
        var result: [Quote] = []
        var previousSpeaker: (sentence: Int, speaker: String?)?
        for mark in allMarks {
            let innerStart = tokens[mark.open].end
            let innerEnd = tokens[mark.close].start
            guard innerEnd > innerStart else { continue }
            let words = (mark.open + 1..<mark.close).reduce(0) { $0 + (tokens[$1].kind == .word ? 1 : 0) }
            var found = after(mark, context) ?? before(mark, context) ?? sentenceEnd(mark, context)
            if found == nil, words >= minimumWords, isAtSentenceStart(mark.open, tokens) {
                if let previous = previousSpeaker, previous.sentence == tokens[mark.open].sentence - 1 || previous.sentence == tokens[mark.open].sentence {
                    found = previous.speaker.map { (nil, $0) }
                }
                if found == nil { found = attribution(inSentence: tokens[mark.open].sentence - 1, context) }
            }
            guard found != nil || words >= minimumWords else { continue }
            var speakerSpan: Span?
            if let token = found?.token {
                let mention = personAt[token]
                speakerSpan = Span(start: tokens[token].start, end: mention?.end ?? tokens[token].end)
            }
            result.append(Quote(start: innerStart, end: innerEnd, text: text.text(innerStart, innerEnd), speaker: found?.speaker, speakerSpan: speakerSpan))
            previousSpeaker = (tokens[mark.close].sentence, found?.speaker)
        }
        return result
    }

    private struct Context {
        var tokens: [Token]
        var personAt: [Int: EntityMention]
        var personTokens: [Int]
    }

    private func marks(_ tokens: [Token]) -> [Mark] {
        var result: [Mark] = []
        var open: Int?
        for (index, token) in tokens.enumerated() where token.kind == .punctuation {
            switch token.text {
            case "\u{201C}", "\u{201E}":
                if let start = open { result.append(Mark(open: start, close: paragraphEnd(tokens, start, index))) }
                open = index
            case "\u{201D}":
                if let start = open {
                    result.append(Mark(open: start, close: index))
                    open = nil
                }
            case "\"":
                let opening = open == nil && (index + 1 < tokens.count && !tokens[index + 1].spaceBefore)
                if opening {
                    open = index
                } else if let start = open {
                    result.append(Mark(open: start, close: index))
                    open = nil
                }
            default:
                break
            }
        }
        return result.filter { $0.close > $0.open + 1 }
    }

    /// Where an unclosed quote ends: the last token before the next paragraph, or before `limit`.
    private func paragraphEnd(_ tokens: [Token], _ open: Int, _ limit: Int) -> Int {
        var index = open + 1
        while index < limit && !tokens[index].lineBreakBefore { index += 1 }
        return index
    }

    private func isAtSentenceStart(_ index: Int, _ tokens: [Token]) -> Bool {
        index == 0 || tokens[index - 1].sentence != tokens[index].sentence || tokens[index].lineBreakBefore
            || (index + 1 < tokens.count && tokens[index + 1].startsSentence)
    }

    /// `…," said X`, `…," X said`, `…," commented analyst X`, `…," according to X`.
    private func after(_ mark: Mark, _ context: Context) -> (token: Int?, speaker: String)? {
        let tokens = context.tokens
        var index = mark.close + 1
        if index < tokens.count, tokens[index].text == "," { index += 1 }
        guard index < tokens.count, !tokens[index].lineBreakBefore else { return nil }
        if index + 1 < tokens.count, tokens[index].lower == "according", tokens[index + 1].lower == "to" {
            return speaker(at: index + 2, before: mark.open, context)
        }
        if SpeechVerbs.all.contains(tokens[index].lower) {
            var name = index + 1
            var skipped = 0
            while name < tokens.count, skipped < 5, context.personAt[name] == nil, !Self.pronouns.contains(tokens[name].lower),
                tokens[name].kind == .word, !tokens[name].isCapitalized || RoleWords.titles.contains(tokens[name].text)
            {
                name += 1
                skipped += 1
            }
            return speaker(at: name, before: mark.open, context)
        }
        if let found = speaker(at: index, before: mark.open, context) {
            let after = context.personAt[index].map { mention in
                var end = index
                while end < tokens.count && tokens[end].start < mention.end { end += 1 }
                return end
            } ?? index + 1
            if after < tokens.count, SpeechVerbs.all.contains(tokens[after].lower) { return found }
        }
        return nil
    }

    /// `X said: "…"`, `X cautioned that "…"`, `X's remarks … "…"` in the same sentence.
    private func before(_ mark: Mark, _ context: Context) -> (token: Int?, speaker: String)? {
        let tokens = context.tokens
        let sentence = tokens[mark.open].sentence
        var verb: Int?
        var index = mark.open - 1
        var limit = mark.open
        while index >= 0 && tokens[index].sentence == sentence && !tokens[index + 1].lineBreakBefore {
            limit = index
            index -= 1
        }
        index = mark.open - 1
        while index >= limit {
            if tokens[index].kind == .word && SpeechVerbs.all.contains(tokens[index].lower) {
                verb = index
                break
            }
            if mark.open - index > 25 { break }
            index -= 1
        }
        if let verb {
            if verb - 1 >= limit, Self.pronouns.contains(tokens[verb - 1].lower) {
                return speaker(at: verb - 1, before: mark.open, context)
            }
            let people = context.personTokens.filter { $0 >= limit && $0 < verb }
            if let adjacent = people.last, let mention = context.personAt[adjacent], mention.end >= tokens[verb - 1].end - 2 {
                return speaker(at: adjacent, before: mark.open, context)
            }
            if let first = people.first { return speaker(at: first, before: mark.open, context) }
            return nil
        }
        for person in context.personTokens where person >= limit && person < mark.open {
            if let mention = context.personAt[person] {
                var next = person
                while next < tokens.count && tokens[next].start < mention.end { next += 1 }
                if next + 1 < mark.open, tokens[next].kind == .possessive, Self.speechNouns.contains(tokens[next + 1].lower) {
                    return speaker(at: person, before: mark.open, context)
                }
            }
        }
        return nil
    }

    /// `"…," but without …, X said.`: a person or pronoun followed by a speech verb that ends the
    /// quote's sentence.
    private func sentenceEnd(_ mark: Mark, _ context: Context) -> (token: Int?, speaker: String)? {
        let tokens = context.tokens
        let sentence = tokens[mark.close].sentence
        var index = mark.close + 1
        while index < tokens.count, tokens[index].sentence == sentence, index - mark.close < 30, !tokens[index].lineBreakBefore {
            if tokens[index].text == "\u{201C}" { return nil }
            if SpeechVerbs.all.contains(tokens[index].lower), index + 1 < tokens.count, tokens[index + 1].text == "." {
                var subject = index - 1
                while subject > mark.close, context.personAt[subject] == nil, tokens[subject].kind == .word, tokens[subject].isCapitalized { subject -= 1 }
                if let found = speaker(at: subject, before: mark.open, context) { return found }
                return speaker(at: index - 1, before: mark.open, context)
            }
            index += 1
        }
        return nil
    }

    /// An attribution in a whole sentence: a speech verb next to a named person ("…, noted X, a …").
    private func attribution(inSentence sentence: Int, _ context: Context) -> (token: Int?, speaker: String)? {
        guard sentence >= 0 else { return nil }
        let tokens = context.tokens
        let people = context.personTokens.filter { tokens[$0].sentence == sentence }
        for person in people where person > 0 && SpeechVerbs.all.contains(tokens[person - 1].lower) {
            if let mention = context.personAt[person] { return (person, mention.canonical) }
        }
        for person in people {
            guard let mention = context.personAt[person] else { continue }
            var next = person
            while next < tokens.count && tokens[next].start < mention.end { next += 1 }
            let verbBefore = person > 0 && SpeechVerbs.all.contains(tokens[person - 1].lower)
            var afterClause = next
            if afterClause < tokens.count, tokens[afterClause].text == "," {
                while afterClause < tokens.count, tokens[afterClause].sentence == sentence, afterClause - next < 25,
                    !(tokens[afterClause].text == "," && afterClause > next && SpeechVerbs.all.contains(tokens[min(afterClause + 1, tokens.count - 1)].lower))
                {
                    afterClause += 1
                }
                if afterClause < tokens.count, tokens[afterClause].text == "," { afterClause += 1 }
            }
            let verbAfter = (next < tokens.count && SpeechVerbs.all.contains(tokens[next].lower))
                || (afterClause < tokens.count && tokens[afterClause].sentence == sentence && SpeechVerbs.all.contains(tokens[afterClause].lower))
            if verbBefore || verbAfter { return (person, mention.canonical) }
        }
        return nil
    }

    /// The speaker named at a token: a person mention (its canonical name) or a pronoun (the
    /// first person named in the nearest earlier sentence that names one).
    private func speaker(at index: Int, before quoteStart: Int, _ context: Context) -> (token: Int?, speaker: String)? {
        let tokens = context.tokens
        guard index < tokens.count else { return nil }
        if let mention = context.personAt[index] { return (index, mention.canonical) }
        guard Self.pronouns.contains(tokens[index].lower), tokens[index].lower == "he" || tokens[index].lower == "she" else { return nil }
        let anchor = min(index, quoteStart)
        let earlier = context.personTokens.filter { $0 < anchor }
        guard let last = earlier.last else { return nil }
        let sentence = tokens[last].sentence
        let first = earlier.first { tokens[$0].sentence == sentence } ?? last
        guard let mention = context.personAt[first] else { return nil }
        return (index, mention.canonical)
    }
}
