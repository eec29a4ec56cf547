import DocPipe

/// Finds direct quotations (double and single marks, see ``QuoteMarks``) and their speakers.
///
/// Speakers come from the words around the quote, first match: after it (`…," said X`, `…," X
/// told analysts`, `…," chief executive X said`, `…," the 52-year-old added`, `…," according to
/// X`, `…' by X` after a naming verb); before it in the same sentence (`X said: '…'`, `X cautioned
/// that "…"`, `…, saying that "…"`, `X's remarks: "…"`, `X: '…'`); for a partial quote inside a
/// sentence, the sentence's subject. A piece that continues a quote (its next paragraph) or a quote
/// that opens a sentence with no attribution of its own continues the current speaker. Names,
/// pronouns, descriptions and organisation nouns are resolved by ``SpeakerResolver``.
struct QuoteExtractor: Sendable {
    /// Shortest quote, in words, kept when no speaker is found (a whole sentence needs only four).
    let minimumWords: Int
    /// The learnt ranker that may replace the rules' speaker (inactive while it has no weights).
    var ranker = SpeakerRanker.generated

    private static let speechNouns: Set<String> = ["remarks", "words", "statement", "comments", "message", "speech", "address", "tweet", "post", "letter", "interview"]
    private static let titleWords: Set<String> = ["of", "the", "a", "an", "and", "for", "in", "on", "to", "at", "&", "-", ":", "’s", "'s"]

    /// The quotes of a text.
    /// - Parameters:
    ///   - text: the analysed text.
    ///   - entities: its entity mentions (PERSON and organisation mentions give speakers).
    /// - Returns: quotes in order; titles, names, one-word and short unattributed quotes left out.
    func quotes(in text: AnalyzedText, entities: [EntityMention]) -> [Quote] {
        rankedQuotes(in: text, entities: entities).map(\.quote)
    }

    /// The quotes of a text, each with the candidate speakers the ranker weighed (empty unless the
    /// ranker is active, candidates are exported or `withCandidates` asks for them).
    func rankedQuotes(in text: AnalyzedText, entities: [EntityMention], withCandidates: Bool = false) -> [(quote: Quote, candidates: [SpeakerCandidate])] {
        let tokens = text.tokens
        let pieces = QuoteMarks.pieces(tokens)
        var quoted = [Bool](repeating: false, count: tokens.count)
        for piece in pieces {
            for index in piece.open..<min(piece.closed ? piece.close + 1 : piece.close, tokens.count) { quoted[index] = true }
        }
        var resolver = SpeakerResolver(tokens: tokens, entities: entities, quoted: quoted)
        let context = Context(tokens: tokens, quoted: quoted)
        resolver.reporters = reporters(context, resolver)
        var found: [Attribution?] = []
        var explicit: [Bool] = []
        for (index, piece) in pieces.enumerated() {
            var attribution = after(piece, context, resolver)
            if attribution == nil || attribution?.label == .org || attribution?.isUnnamed == true, let earlier = before(piece, context, resolver),
                attribution == nil || earlier.label == .person && !earlier.isUnnamed
            {
                attribution = earlier
            } else if let later = attribution, later.label == .person, !later.isUnnamed, isPartialInClause(piece, tokens),
                let earlier = before(piece, context, resolver), !earlier.isUnnamed
            {
                attribution = earlier
            }
            var isExplicit = attribution != nil
            if attribution == nil, piece.continuation || piece.nested, index > 0 {
                var earlier = index - 1
                while earlier > 0, found[earlier] == nil, wordCount(pieces[earlier], tokens) <= 1 { earlier -= 1 }
                attribution = found[earlier]
            } else if attribution == nil, !opensSentence(piece, tokens) {
                if let shared = speakerOfEarlierQuote(inSentenceOf: piece, index, pieces, found, tokens) {
                    attribution = shared
                } else if isWholeSentence(piece, tokens), let previous = continuingSpeaker(piece, index, pieces, found, tokens, resolver) {
                    attribution = previous
                } else {
                    attribution = subjectOfSentence(piece, context, resolver)
                    isExplicit = attribution != nil
                }
            } else if attribution == nil, let reporter = reporterInNextSentence(piece, context, resolver) {
                attribution = reporter
            } else if attribution == nil {
                let continuing = continuingSpeaker(piece, index, pieces, found, tokens, resolver)
                if continuing == nil || continuing?.isUnnamed == true || !quoteInPreviousSentence(piece, context),
                    let reported = previousSentence(piece, context, resolver), !reported.isUnnamed
                {
                    attribution = reported
                } else if let continuing, !continuing.isUnnamed, let trailing = trailingReporter(piece, context, resolver), trailing.name != continuing.name {
                    attribution = trailing
                } else {
                    attribution = continuing ?? previousSentence(piece, context, resolver)
                }
                if attribution == nil { attribution = introducingLine(piece, context, resolver) }
                if attribution == nil, isWholeSentence(piece, tokens) || !piece.closed { attribution = recentReporter(piece, context, resolver) }
            }
            found.append(attribution)
            explicit.append(isExplicit)
            if let attribution, !attribution.isUnnamed { resolver.history.append((tokens[piece.open].sentence, attribution)) }
        }
        for index in pieces.indices.reversed() where found[index] == nil {
            if let later = speakerOfLaterQuote(inSentenceOf: pieces[index], index, pieces, found, context, resolver) { found[index] = later }
        }
        fillChains(pieces, &found, explicit)
        completeGivenNames(&found, text, resolver)
        let ranking = ranker.isActive || SpeakerFeatureExport.isEnabled || withCandidates ? SpeakerCandidates(resolver: resolver, pieces: pieces, found: found, explicit: explicit) : nil
        var exported: [(start: Int, end: Int, candidates: [SpeakerCandidate])] = []
        var result: [(quote: Quote, candidates: [SpeakerCandidate])] = []
        for (index, piece) in pieces.enumerated() {
            let innerStart = tokens[piece.open + 1].start
            let innerEnd = piece.closed ? tokens[piece.close].start : tokens[piece.close - 1].end
            guard innerEnd > innerStart else { continue }
            var attribution = found[index].flatMap { $0.isUnnamed ? nil : $0 }
            guard keeps(piece, attribution: attribution, reported: found[index]?.isUnnamed == true, tokens) else { continue }
            let candidates = ranking?.candidates(for: index) ?? []
            if SpeakerFeatureExport.isEnabled { exported.append((innerStart, innerEnd, candidates)) }
            if let chosen = ranker.choice(among: candidates) { attribution = chosen.isNobody ? nil : chosen.attribution }
            let quote = Quote(start: innerStart, end: innerEnd, text: text.text(innerStart, innerEnd), speaker: attribution?.name,
                              speakerLabel: attribution?.label, speakerSpan: attribution?.span)
            result.append((quote, candidates))
        }
        if SpeakerFeatureExport.isEnabled { SpeakerFeatureExport.write(exported, text: text.scalars) }
        return result
    }

    private struct Context {
        var tokens: [Token]
        var quoted: [Bool]
    }

    /// A partial quote after another quote of the same sentence takes that quote's speaker (`a
    /// spokesman for X wrote that it is "…" and is "…"`).
    private func speakerOfEarlierQuote(inSentenceOf piece: QuotePiece, _ index: Int, _ pieces: [QuotePiece], _ found: [Attribution?], _ tokens: [Token]) -> Attribution? {
        guard index > 0, let previous = found[index - 1], !previous.isUnnamed,
            tokens[pieces[index - 1].open].sentence == tokens[piece.open].sentence
        else { return nil }
        return previous
    }

    /// A partial quote with no speaker of its own before another quote of the same sentence that has
    /// one takes it, when only plain words stand between them (`These workers "…" and have "…,"
    /// according to a statement from X`): no verb of saying, no name, no clause of its own.
    private func speakerOfLaterQuote(inSentenceOf piece: QuotePiece, _ index: Int, _ pieces: [QuotePiece], _ found: [Attribution?], _ context: Context,
                                     _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        guard index + 1 < pieces.count, piece.closed, let next = found[index + 1], !next.isUnnamed, !opensSentence(piece, tokens),
            tokens[pieces[index + 1].open].sentence == tokens[piece.open].sentence, pieces[index + 1].open > piece.close
        else { return nil }
        let between = (piece.close + 1)..<pieces[index + 1].open
        guard between.count <= 6, !between.contains(where: { tokens[$0].kind == .word && SpeechVerbs.all.contains(tokens[$0].lower) }),
            !between.contains(where: { resolver.personAt[$0] != nil || resolver.organisationAt[$0] != nil || [";", ":", "."].contains(tokens[$0].text) })
        else { return nil }
        return next
    }

    /// By sentence, the named person who is the subject of its first reporting verb outside quotes
    /// (`X, who …, said in a letter that …`, `Mr X then e-mailed Y`).
    private func reporters(_ context: Context, _ resolver: SpeakerResolver) -> [Int: Attribution] {
        let tokens = context.tokens
        var result: [Int: Attribution] = [:]
        var sentenceStart = 0
        for index in tokens.indices {
            if index > 0, tokens[index].sentence != tokens[index - 1].sentence { sentenceStart = index }
            let sentence = tokens[index].sentence
            guard index > sentenceStart, !context.quoted[index], tokens[index].kind == .word, !tokens[index].isCapitalized, result[sentence] == nil,
                SpeechVerbs.all.contains(tokens[index].lower), !SpeechVerbs.participles.contains(tokens[index].lower),
                !SpeechVerbs.naming.contains(tokens[index].lower)
            else { continue }
            guard let found = subject(before: index, from: sentenceStart, context, resolver, quoteOpen: index), found.label == .person, !found.isUnnamed,
                let span = found.span, let first = tokens[sentenceStart...index].firstIndex(where: { $0.start == span.start }),
                !["he", "she", "i", "the", "a", "an"].contains(tokens[first].lower)
            else { continue }
            result[sentence] = found
        }
        return result
    }

    /// Whether a piece is a quotation worth reporting: not a title or name in marks, not one word,
    /// and either attributed or long enough (a whole sentence of four words, else `minimumWords`).
    private func keeps(_ piece: QuotePiece, attribution: Attribution?, reported: Bool, _ tokens: [Token]) -> Bool {
        let inner = (piece.open + 1..<piece.close).map { tokens[$0] }
        let words = inner.filter { $0.kind == .word || $0.kind == .number }
        guard words.count >= 2 || (piece.continuation && !words.isEmpty) else { return false }
        let endsSentence = inner.last.map { [".", "!", "?", ",", "…"].contains($0.text) } ?? false
        let contentWords = words.filter { !Self.titleWords.contains($0.lower) }
        let innerComma = inner.dropLast().contains { $0.text == "," }
        let endsFullStop = inner.last.map { [".", "!"].contains($0.text) } ?? false
        let shouted = words.count >= 3 && words.allSatisfy { $0.kind != .word || $0.text == $0.text.uppercased() }
        let lowerContent = contentWords.filter { !($0.isCapitalized || $0.kind == .number) }
        let titleCased = lowerContent.isEmpty
            || lowerContent.count == 1 && lowerContent[0].text.count <= 3 && contentWords.count - 1 >= 4 && (words.first?.isCapitalized ?? false)
        let namedInRunningText = endsFullStop && words.count <= 6 && Self.followsRunningText(piece, tokens)
        let isTitle = !innerComma && !shouted && (!endsFullStop || attribution == nil && words.count <= 6 || namedInRunningText) && words.count <= 10 && titleCased
        if isTitle && !piece.continuation { return false }
        if piece.open > 0, SpeechVerbs.naming.union(["named", "entitled", "titled"]).contains(tokens[piece.open - 1].lower), words.count <= 10,
            contentWords.allSatisfy({ $0.isCapitalized || $0.kind == .number })
        {
            return false
        }
        if Self.isAppositiveName(piece, words: words.count, tokens) { return false }
        if attribution != nil || reported && words.count >= 3 { return true }
        let sentenceLike = endsSentence && (words.first?.isCapitalized ?? false)
        return words.count >= minimumWords || (sentenceLike && words.count >= 4)
    }

    /// Participles that give a thing the name in the quote after them.
    private static let namingParticiples: Set<String> = ["dubbed", "nicknamed", "named", "called", "labelled", "labeled", "branded", "termed", "billed", "christened"]

    /// A name given in an aside (`The kite, dubbed 'dragon tail', flew`): a naming participle right
    /// after a comma before the opening mark, and a quote of at most eight words that ends no
    /// sentence inside its marks.
    private static func isAppositiveName(_ piece: QuotePiece, words: Int, _ tokens: [Token]) -> Bool {
        guard piece.closed, piece.open >= 2, words <= 8, namingParticiples.contains(tokens[piece.open - 1].lower), tokens[piece.open - 2].text == ","
        else { return false }
        return ![".", "!", "?"].contains(lastInnerText(piece, tokens))
    }

    /// Whether a quote's opening mark follows a word of running text in its own sentence (`singles
    /// like 1978's "What a Fool Believes."`, `the intro to "Big River."`), not a verb of saying, a
    /// colon or a comma: a title there keeps the full stop American style puts inside the marks.
    private static func followsRunningText(_ piece: QuotePiece, _ tokens: [Token]) -> Bool {
        guard piece.open > 0, !tokens[piece.open].lineBreakBefore, tokens[piece.open - 1].sentence == tokens[piece.open].sentence else { return false }
        let previous = tokens[piece.open - 1]
        if previous.kind == .possessive { return true }
        return previous.kind == .word && !SpeechVerbs.all.contains(previous.lower) && !previous.isCapitalized
    }

    /// Whether a quote is a few words inside a clause (`While the firm claimed it was a 'happy
    /// accident', the judge said …`): it neither opens its sentence nor starts with a capital, no
    /// comma or full stop closes it inside the marks and a comma follows the closing mark, so the
    /// speaker named after that comma speaks next, not here. So is a quote inside a clause whose
    /// comma American style puts inside the marks when "and" or "but" opens the next clause (`X
    /// dubbed him the "…," and years later Y called him …`).
    private func isPartialInClause(_ piece: QuotePiece, _ tokens: [Token]) -> Bool {
        guard piece.closed, piece.open + 1 < piece.close, piece.close + 1 < tokens.count, !opensSentence(piece, tokens) else { return false }
        if Self.lastInnerText(piece, tokens) == ",", ["and", "but", "while", "whereas"].contains(tokens[piece.close + 1].lower),
            tokens[piece.close + 1].sentence == tokens[piece.open].sentence
        {
            return true
        }
        guard tokens[piece.close + 1].text == ",", !tokens[piece.open + 1].isCapitalized else { return false }
        return ![",", ".", "!", "?", "…"].contains(Self.lastInnerText(piece, tokens))
    }

    /// Whether a quote is a whole sentence of four words or more (capitalised, ending with a full
    /// stop, "!" or "?"), closed or broken off where its next piece re-opens the mark, as one run on
    /// after a picture caption is.
    private func isWholeSentence(_ piece: QuotePiece, _ tokens: [Token]) -> Bool {
        let reopened = !piece.closed && piece.close < tokens.count && ["'", "\u{2018}", "\"", "\u{201C}"].contains(tokens[piece.close].text)
        guard piece.closed || reopened, piece.open + 1 < piece.close, tokens[piece.open + 1].isCapitalized,
            [".", "!", "?"].contains(tokens[piece.close - 1].text)
        else { return false }
        return (piece.open + 1..<piece.close).filter { tokens[$0].kind == .word }.count >= 4
    }

    /// Whether a quote opens its sentence or paragraph.
    private func opensSentence(_ piece: QuotePiece, _ tokens: [Token]) -> Bool {
        let index = piece.open
        if index == 0 || tokens[index].lineBreakBefore { return true }
        if tokens[index - 1].sentence != tokens[index].sentence { return true }
        if index + 1 < tokens.count, tokens[index + 1].startsSentence { return true }
        let previous = tokens[index - 1]
        return previous.kind == .punctuation && [".", "!", "?", "\u{201D}", "\u{2019}", "'", "\""].contains(previous.text)
    }

    /// `…," said X`, `…," X said`, `…," chief executive X told analysts`, `…," according to X`,
    /// `…' by X` (after a naming verb before the quote), in the quote's sentence.
    private func after(_ piece: QuotePiece, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        guard piece.closed else { return nil }
        let tokens = context.tokens
        var index = piece.close + 1
        if index < tokens.count, tokens[index].text == "," || tokens[index].text == "-" || tokens[index].text == "\u{2014}" { index += 1 }
        guard index < tokens.count, !tokens[index].lineBreakBefore, !context.quoted[index] else { return nil }
        let sentence = tokens[piece.close].sentence
        let lastInner = Self.lastInnerText(piece, tokens)
        if [".", "!", "?"].contains(lastInner), tokens[index].isCapitalized, !SpeechVerbs.all.contains(tokens[index].lower),
            !(["!", "?"].contains(lastInner) && namedSubjectThenVerb(at: index, resolver))
        {
            return nil
        }
        if tokens[index].lower == "according", index + 1 < tokens.count, tokens[index + 1].lower == "to" {
            return firstSpeaker(from: index + 2, context, resolver, quoteOpen: piece.open)
        }
        if tokens[index].lower == "from", let caller = personAfterRequest(piece, from: index, context, resolver) { return caller }
        if tokens[index].lower == "by", namingVerb(before: piece.open, context),
            !(index + 1 < tokens.count && !tokens[index + 1].isCapitalized && tokens[index + 1].lower.hasSuffix("ing"))
        {
            return firstSpeaker(from: index + 1, context, resolver, quoteOpen: piece.open)
        }
        if Self.pointsOut(at: index + 1, tokens) == index {
            return speakerAfterVerb(index + 1, context, resolver, quoteOpen: piece.open)
        }
        if SpeechVerbs.all.contains(tokens[index].lower), !SpeechVerbs.participles.contains(tokens[index].lower) {
            guard !introducesNextQuote(index, context) else { return nil }
            return speakerAfterVerb(index, context, resolver, quoteOpen: piece.open)
                ?? (isIndefinite(index + 1, tokens) || namesVoice(index + 1..<min(index + 4, tokens.count), context) ? Attribution.unnamed : nil)
        }
        var verb = index
        while verb < tokens.count, verb - index < 35, !tokens[verb].lineBreakBefore {
            if context.quoted[verb] {
                guard let end = Self.shortTitleEnd(from: verb, context) else { break }
                verb = end
                continue
            }
            let token = tokens[verb]
            if token.kind == .punctuation, [".", "!", "?", ";", ":"].contains(token.text) { return nil }
            if token.kind == .word, ["quotes", "quoted"].contains(token.lower), verb > index, verb - index < 8 {
                if ["was", "were", "is", "are", "been", "being"].contains(tokens[verb - 1].lower) {
                    return subject(before: verb, from: index, context, resolver, quoteOpen: piece.open)
                }
                return speakerAfterVerb(verb, context, resolver, quoteOpen: piece.open)
                    ?? (isIndefinite(verb + 1, tokens) || namesVoice(verb + 1..<min(verb + 5, tokens.count), context) ? Attribution.unnamed : nil)
            }
            if token.kind == .word, verb > index, let points = Self.pointsOut(at: verb, tokens), points > index {
                return subject(before: points, from: index, context, resolver, quoteOpen: piece.open)
            }
            if token.kind == .word, SpeechVerbs.participles.contains(token.lower), verb > index, SpeechVerbs.perception.contains(tokens[verb - 1].lower) {
                return subject(before: verb - 1, from: index, context, resolver, quoteOpen: piece.open)
            }
            if token.kind == .word, SpeechVerbs.addressing.contains(token.lower), verb > index,
                ["was", "were", "been", "being", "is", "are", "be", "get", "got"].contains(tokens[verb - 1].lower)
            {
                verb += 1
                continue
            }
            if token.kind == .word, SpeechVerbs.all.contains(token.lower) || Self.isPerfectOfSpeech(verb, tokens),
                !SpeechVerbs.participles.contains(token.lower), !Self.isNounUse(verb, tokens)
            {
                let endsSentence = verb + 1 < tokens.count && [".", "!", "?"].contains(tokens[verb + 1].text)
                guard verb - index < 18 || endsSentence else { return nil }
                guard verb > index, !introducesNextQuote(verb, context) else { return nil }
                guard tokens[verb].sentence == sentence || tokens[index].sentence == tokens[verb].sentence else { return nil }
                return subject(before: verb, from: index, context, resolver, quoteOpen: piece.open)
                    ?? (isIndefinite(index, tokens) || namesVoice(index..<verb, context) ? Attribution.unnamed : nil)
            }
            verb += 1
        }
        return nil
    }

    /// `despite a plea for her to "think it over" from Jane Roe.`: a noun of asking or saying
    /// (call, plea, appeal, warning, demand …) within eight words before the quote in its sentence,
    /// and "from" and a person's name that ends the clause right after it: that person.
    private func personAfterRequest(_ piece: QuotePiece, from index: Int, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        var name = index + 1
        if name < tokens.count, tokens[name].lower == "the" { name += 1 }
        guard name < tokens.count, !context.quoted[name], let mention = resolver.personAt[name] else { return nil }
        let next = nextToken(afterMentionAt: name, resolver) ?? tokens.count
        guard next >= tokens.count || [".", ",", ";", "!", "?"].contains(tokens[next].text) else { return nil }
        let sentence = tokens[piece.open].sentence
        let nouns = (max(0, piece.open - 8)..<piece.open).filter {
            tokens[$0].sentence == sentence && !context.quoted[$0] && Self.requestNouns.contains(tokens[$0].lower)
        }
        guard !nouns.isEmpty else { return nil }
        return resolver.attribution(of: mention, at: name)
    }

    /// Nouns of asking or saying whose speaker can follow the quote as "from X".
    private static let requestNouns: Set<String> = [
        "call", "calls", "plea", "pleas", "appeal", "appeals", "warning", "warnings", "demand", "demands", "request", "requests",
        "criticism", "praise", "remarks", "comments", "words", "message", "rebuke", "challenge", "invitation", "urging",
    ]

    /// Whether a past participle of saying that is not a simple past ("written", "spoken") follows
    /// "has", "have" or "had" (`"…," X, an economist, has written.`): a verb of saying.
    static func isPerfectOfSpeech(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 1, ["written", "spoken"].contains(tokens[index].lower) else { return false }
        return ["has", "have", "had"].contains(tokens[index - 1].lower)
    }

    /// Whether a word in -ly is a name rather than an adverb (`"…," Kindly said`): capitalised
    /// inside its sentence.
    static func isNameLike(_ index: Int, _ tokens: [Token]) -> Bool {
        tokens[index].isCapitalized && index > 0 && tokens[index - 1].sentence == tokens[index].sentence
    }

    /// `"…," the "Pose" actor said`: a title of at most four capitalised words in marks inside the
    /// words after a quote; the token after its closing mark, where the search for the verb goes on.
    private static func shortTitleEnd(from start: Int, _ context: Context) -> Int? {
        let tokens = context.tokens
        guard start >= 1, !context.quoted[start - 1], ["\u{201C}", "\""].contains(tokens[start].text) else { return nil }
        var end = start + 1
        while end < tokens.count, context.quoted[end], end - start <= 6 { end += 1 }
        guard end < tokens.count, !context.quoted[end], end - start <= 6,
            (start + 1..<end - 1).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized })
        else { return nil }
        return end
    }

    /// The last token inside a piece, past a nested quotation's closing mark (`…, "Wow!"'` ends
    /// with "!", so the piece ends its sentence as `…!'` does).
    static func lastInnerText(_ piece: QuotePiece, _ tokens: [Token]) -> String {
        let last = tokens[piece.close - 1].text
        guard ["\u{201D}", "\"", "\u{2019}", "'"].contains(last), piece.close - 2 > piece.open else { return last }
        let before = tokens[piece.close - 2].text
        return [".", "!", "?"].contains(before) ? before : last
    }

    private static let indefinites: Set<String> = ["a", "an", "one", "another", "some", "several", "many", "two", "three"]
    private static let partitives: Set<String> = ["one", "some", "several", "many", "two", "three", "four", "each", "any", "most", "none", "another", "member", "members"]

    /// Whether the noun phrase ending at a token picks someone out of a group (`one of the
    /// officers`, `some of the fans`, `a member of the family`): someone the text does not name.
    private func isGroupMember(endingAt end: Int, _ tokens: [Token], _ resolver: SpeakerResolver) -> Bool {
        guard end >= 0, end < tokens.count, tokens[end].kind == .word, resolver.personAt[end] == nil, resolver.mentionEndingAt[end] == nil else { return false }
        var index = end - 1
        while index >= 1, end - index <= 4, tokens[index].kind == .word, resolver.personAt[index] == nil {
            if tokens[index].lower == "of" { return Self.partitives.contains(tokens[index - 1].lower) }
            index -= 1
        }
        return false
    }

    /// Whether the speaker's words start with an indefinite determiner (`one young man`, `a witness`):
    /// someone the text does not name.
    private func isIndefinite(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, Self.indefinites.contains(tokens[index].lower) else { return false }
        var probe = index + 1
        while probe < tokens.count, probe - index <= 4, tokens[probe].kind == .word {
            if SpeakerWords.organisationNouns.contains(tokens[probe].lower) { return false }
            probe += 1
        }
        return true
    }

    /// Whether a stretch after a quote names a voice of some body (`a spokesman`, `sources`): when
    /// the body cannot be told, the quote has no named speaker rather than someone named earlier.
    private func namesVoice(_ range: Range<Int>, _ context: Context) -> Bool {
        range.contains { !context.quoted[$0] && context.tokens[$0].kind == .word && SpeakerWords.voices.contains(context.tokens[$0].lower) }
    }

    /// Whether the words around a verb introduce the next quote (`X added: '…'`) rather than attribute the last one.
    private func introducesNextQuote(_ verb: Int, _ context: Context) -> Bool {
        let tokens = context.tokens
        var index = verb + 1
        while index < tokens.count, index - verb <= 4, !tokens[index].lineBreakBefore {
            if tokens[index].text == ":" { return true }
            if context.quoted[index] { return index - verb <= 2 && tokens[index - 1].text != "," }
            if tokens[index].kind == .punctuation, [".", "!", "?"].contains(tokens[index].text) { return false }
            index += 1
        }
        return false
    }

    private func namingVerb(before open: Int, _ context: Context) -> Bool {
        let tokens = context.tokens
        var index = open - 1
        while index >= 0, open - index <= 8, tokens[index].sentence == tokens[open].sentence {
            if SpeechVerbs.naming.contains(tokens[index].lower) { return true }
            index -= 1
        }
        return false
    }

    /// The speaker named after a verb: `said X`, `said City manager X`, `said OECD economist X`,
    /// `said he`, `said the former mayor`, `said a spokesman for X`.
    private func speakerAfterVerb(_ verb: Int, _ context: Context, _ resolver: SpeakerResolver, quoteOpen: Int) -> Attribution? {
        let tokens = context.tokens
        if let person = personAfterOrganisationRole(verb, context, resolver) { return person }
        if let person = personAfterDescribedRole(verb, context, resolver) { return person }
        var organisation: Attribution?
        var index = verb + 1
        while index < tokens.count, index - verb <= 8, !tokens[index].lineBreakBefore, !context.quoted[index] {
            let token = tokens[index]
            if let mention = resolver.personAt[index] {
                if let next = nextToken(afterMentionAt: index, resolver), next + 1 < tokens.count, tokens[next].kind == .possessive,
                    tokens[next + 1].kind == .word, !tokens[next + 1].isCapitalized
                {
                    index = next + 1
                    continue
                }
                return resolver.attribution(of: mention, at: index)
            }
            if organisation == nil, let mention = resolver.organisationAt[index], !resolver.isModifier(at: index) {
                organisation = resolver.attribution(of: mention, at: index)
            }
            if organisation != nil, index + 1 < tokens.count, resolver.personAt[index + 1] != nil,
                token.kind == .possessive || ["'", "\u{2019}"].contains(token.text) && !token.spaceBefore
            {
                index += 1
                continue
            }
            if token.kind == .punctuation, token.text != "-" { break }
            if index == verb + 1, ["he", "she", "it"].contains(token.lower) { return resolver.speaker(at: index, quoteOpen: quoteOpen) }
            let byPublisher = token.lower == "by" && ["released", "issued", "published", "sent", "signed"].contains(tokens[index - 1].lower)
            if token.lower == "and", joinsDescriptions(after: index, context, resolver) {
                index += 1
                continue
            }
            if token.kind == .word, SpeakerWords.phraseStops.contains(token.lower), organisation == nil, !byPublisher {
                return resolver.speaker(at: index - 1, quoteOpen: quoteOpen).flatMap { index - 1 > verb ? $0 : nil }
            }
            index += 1
        }
        if let organisation {
            if index - 1 > verb, tokens[index - 1].kind == .word, !tokens[index - 1].isCapitalized, Self.personNounsAfterBody.contains(tokens[index - 1].lower),
                let described = resolver.speaker(at: index - 1, quoteOpen: quoteOpen), described.label == .person, !described.isUnnamed
            {
                return described
            }
            if index - 1 > verb, tokens[index - 1].kind == .word, !tokens[index - 1].isCapitalized, Self.personNounsAfterBody.contains(tokens[index - 1].lower),
                let last = resolver.history.last, last.attribution.label == .person, !last.attribution.isUnnamed,
                tokens[verb].sentence - last.sentence <= 3,
                !resolver.personTokens.contains(where: { $0 < verb && tokens[$0].sentence > last.sentence && !resolver.isOblique(at: $0)
                    && resolver.personAt[$0].map { resolver.name(of: $0) != last.attribution.name } ?? false })
            {
                return Attribution(name: last.attribution.name, label: .person, span: Span(start: tokens[verb + 1].start, end: tokens[index - 1].end))
            }
            return organisation
        }
        guard index - 1 > verb else { return nil }
        return resolver.speaker(at: index - 1, quoteOpen: quoteOpen)
    }

    /// `said the chairman of the X board, Green MP Jane Roe.`, `said its chairman, Sir John Doe.`:
    /// a described role (a determiner or possessive, a role noun, at most fourteen words with no
    /// name of a person) and, after its comma, the person it describes, past up to four capitalised
    /// titles, with the clause ending after the name.
    private func personAfterDescribedRole(_ verb: Int, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        var index = verb + 1
        guard index < tokens.count, ["the", "its", "his", "her", "their"].contains(tokens[index].lower) else { return nil }
        var hasRole = false
        while index < tokens.count, index - verb <= 15, tokens[index].text != "," {
            let token = tokens[index]
            guard !context.quoted[index], !token.lineBreakBefore, resolver.personAt[index] == nil,
                token.kind == .word || token.kind == .possessive || token.text == "-" || token.text == "&"
            else { return nil }
            if token.kind == .word, !token.isCapitalized, RoleWords.roles.contains(SpeakerResolver.compoundHead(token.lower)) { hasRole = true }
            index += 1
        }
        guard hasRole, index < tokens.count, tokens[index].text == "," else { return nil }
        var name = index + 1
        while name < tokens.count, name - index <= 5, resolver.personAt[name] == nil, resolver.organisationAt[name] == nil, !context.quoted[name],
            tokens[name].kind == .word, tokens[name].isCapitalized
        {
            name += 1
        }
        guard name < tokens.count, let mention = resolver.personAt[name] ?? resolver.organisationAt[name], !context.quoted[name] else { return nil }
        let next = nextToken(afterMentionAt: name, resolver) ?? tokens.count
        guard next >= tokens.count || [".", ",", ";", "!", "?"].contains(tokens[next].text) else { return nil }
        let found = resolver.attribution(of: mention, at: name)
        return found.label == .person ? found : nil
    }

    /// Nouns of a person that a body or prize can modify (`the two-time Academy Award winner`, `the
    /// Chelsea striker`): the speaker is the person so described, not the body.
    private static let personNounsAfterBody: Set<String> = [
        "winner", "star", "striker", "player", "actor", "actress", "singer", "champion", "manager", "boss", "coach", "captain",
        "midfielder", "defender", "forward", "goalkeeper", "presenter", "host", "veteran", "legend", "founder", "rapper", "frontman",
    ]

    /// Whether an "and" after a verb of saying joins two descriptions of the one speaker named
    /// next (`points out former Olympian and BBC pundit X`): a person's name follows within five
    /// words, with no punctuation, pronoun or lower-case function word before it.
    private func joinsDescriptions(after and: Int, _ context: Context, _ resolver: SpeakerResolver) -> Bool {
        let tokens = context.tokens
        var index = and + 1
        while index < tokens.count, index - and <= 5, !context.quoted[index], tokens[index].kind == .word, !tokens[index].lineBreakBefore {
            if resolver.personAt[index] != nil { return index > and + 1 }
            if !tokens[index].isCapitalized, !RoleWords.roles.contains(SpeakerResolver.compoundHead(tokens[index].lower)),
                !["former", "ex", "veteran", "retired", "fellow", "current"].contains(tokens[index].lower)
            {
                return false
            }
            index += 1
        }
        return false
    }

    /// Whether a name or a person pronoun follows a verb, past capitalised titles (`said Sheriff X`).
    private func namesSpeaker(after verb: Int, _ context: Context, _ resolver: SpeakerResolver) -> Bool {
        let tokens = context.tokens
        var index = verb + 1
        while index < tokens.count, index - verb <= 4, !context.quoted[index], resolver.personAt[index] == nil, resolver.organisationAt[index] == nil,
            tokens[index].kind == .word, tokens[index].isCapitalized || RoleWords.roles.contains(tokens[index].lower)
        {
            index += 1
        }
        guard index < tokens.count, !context.quoted[index] else { return false }
        if resolver.personAt[index] != nil || resolver.organisationAt[index] != nil, let next = nextToken(afterMentionAt: index, resolver),
            Self.opensReportedClause(next, tokens)
        {
            return false
        }
        return resolver.personAt[index] != nil || resolver.organisationAt[index] != nil || index == verb + 1 && ["he", "she"].contains(tokens[index].lower)
    }

    /// Whether the word after a name right behind a verb of saying makes the name the subject of the
    /// reported clause (`X, of the Y, said Jane Roe spends …`, `said Roe had …`): an auxiliary or a
    /// lower-case word ending in -s or -ed that stops no phrase. Then the name is not an inverted
    /// speaker (`said Jane Roe, who …`, `said Roe on Monday`).
    static func opensReportedClause(_ next: Int, _ tokens: [Token]) -> Bool {
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized, tokens[next].spaceBefore else { return false }
        let word = tokens[next].lower
        if reportedAuxiliaries.contains(word) { return true }
        guard word.count >= 4, word != "aged", !SpeakerWords.phraseStops.contains(word), !SpeechVerbs.all.contains(word) else { return false }
        return word.hasSuffix("ed") || word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
    }

    /// Auxiliaries that follow the subject of a reported clause (`said Roe had …`).
    private static let reportedAuxiliaries: Set<String> = ["has", "had", "have", "was", "were", "is", "are", "will", "would", "could", "should", "might", "may", "must", "can", "did", "does"]

    /// The first person or organisation named from a token on (`according to X`, `by X`).
    private func firstSpeaker(from start: Int, _ context: Context, _ resolver: SpeakerResolver, quoteOpen: Int) -> Attribution? {
        let tokens = context.tokens
        var index = start
        while index < tokens.count, index - start <= 8, !tokens[index].lineBreakBefore, !context.quoted[index] {
            if let mention = resolver.personAt[index] ?? resolver.organisationAt[index] { return resolver.attribution(of: mention, at: index) }
            if tokens[index].kind == .punctuation, tokens[index].text == "," || tokens[index].text == "." { break }
            index += 1
        }
        return index > start ? resolver.speaker(at: start, quoteOpen: quoteOpen) : nil
    }

    /// The subject of a speech verb, looking left from it to `from`: the name, pronoun or description
    /// right before it (past auxiliaries and adverbs), else the first speaker of the stretch (`X, who
    /// …, said`), with `X's campaign manager` never X.
    private func subject(before verb: Int, from start: Int, _ context: Context, _ resolver: SpeakerResolver, quoteOpen: Int) -> Attribution? {
        let tokens = context.tokens
        var index = verb - 1
        while index >= start, tokens[index].kind == .word,
            SpeakerWords.betweenSubjectAndVerb.contains(tokens[index].lower) || tokens[index].lower.hasSuffix("ly") && !Self.isNameLike(index, tokens) || ["there", "here"].contains(tokens[index].lower)
        {
            index -= 1
        }
        if index >= start, tokens[index].text == ")" {
            while index >= start, tokens[index].text != "(" { index -= 1 }
            index -= 1
        } else if index > start, ["\u{2013}", "\u{2014}"].contains(tokens[index].text),
            let opening = (start..<index).last(where: { tokens[$0].text == tokens[index].text }), opening > start
        {
            index = opening - 1
        }
        guard index >= start else { return nil }
        let token = tokens[index]
        if Self.ownPages.contains(token.lower), let owner = (max(start, index - 4)..<index).last(where: { ["his", "her"].contains(tokens[$0].lower) }),
            !(owner + 1..<index).contains(where: { resolver.personAt[$0] != nil })
        {
            return resolver.pronoun(at: owner, before: min(owner, quoteOpen))
        }
        if let (first, mention) = resolver.mentionEndingAt[index] {
            if first > start, SpeakerResolver.prepositions.contains(tokens[first - 1].lower) || tokens[first - 1].lower == "the" && first - 1 > start
                && SpeakerResolver.prepositions.contains(tokens[first - 2].lower)
            {
                let preposition = tokens[first - 1].lower == "the" ? first - 2 : first - 1
                if ["of", "at", "from", "with"].contains(tokens[preposition].lower), preposition >= 1,
                    let (personStart, person) = resolver.mentionEndingAt[preposition - 1], person.label == .person
                {
                    return resolver.attribution(of: person, at: personStart)
                }
                if preposition - 1 >= start, tokens[preposition - 1].kind == .word,
                    !tokens[preposition - 1].isCapitalized || SpeakerWords.organisationNouns.contains(tokens[preposition - 1].lower),
                    let found = resolver.speaker(at: preposition - 1, quoteOpen: quoteOpen)
                {
                    return found
                }
                return clauseSubject(from: start, to: index, context, resolver, quoteOpen: quoteOpen)
            }
            if mention.label != .person, first >= 2, ["of", "at", "from", "with"].contains(tokens[first - 1].lower),
                let (personStart, person) = resolver.mentionEndingAt[first - 2], person.label == .person
            {
                return resolver.attribution(of: person, at: personStart)
            }
            if mention.label != .person, let person = personBeforeRole(endingBefore: first, from: start, context, resolver) { return person }
            return resolver.speaker(at: index, quoteOpen: quoteOpen)
        }
        if ["he", "she", "it"].contains(token.lower) {
            return resolver.speaker(at: index, quoteOpen: quoteOpen)
        }
        if token.lower == "they", quotedWords(after: quoteOpen, context) >= 4, let body = resolver.groupBody(span: Span(start: token.start, end: token.end), before: min(index, quoteOpen), members: false) {
            return body
        }
        if let person = personBeforePlace(endingAt: index, from: start, context, resolver) { return person }
        if token.lower == "who", let antecedent = relativeAntecedent(before: index, from: start, context, resolver) { return antecedent }
        if isGroupMember(endingAt: index, tokens, resolver) { return Attribution.unnamed }
        if token.lower == "i", let last = resolver.history.last, !last.attribution.isUnnamed, tokens[index].sentence - last.sentence <= 1 {
            return last.attribution
        }
        if token.kind == .word, SpeakerWords.anonymousDocuments.contains(token.lower),
            !(max(start, index - 3)..<index).contains(where: { resolver.organisationAt[$0] != nil })
        {
            return Attribution.unnamed
        }
        if token.kind == .word || token.kind == .number, !["but", "and", "they", "we", "i", "you"].contains(token.lower) {
            if let found = resolver.speaker(at: index, quoteOpen: quoteOpen) { return found }
            return isPluralPeople(index, tokens) ? Attribution.unnamed : nil
        }
        if token.text == ",", let named = subjectBeforeRelativeAside(endingAt: index, from: start, context, resolver, quoteOpen: quoteOpen) { return named }
        if token.text == ",", let named = personBeforeAside(endingAt: index, from: start, context, resolver) { return named }
        if token.text == ",", let named = appositiveName(in: start..<index, context, resolver), named.span.map({ $0.end <= tokens[index].start }) ?? false,
            resolver.mentionEndingAt[index - 1]?.mention.label == .person
        {
            return named
        }
        if token.text == ",", let found = clauseSubject(from: start, to: index, context, resolver, quoteOpen: quoteOpen) { return found }
        return firstSubject(in: start..<index, context, resolver, quoteOpen: quoteOpen)
    }

    /// `X from the farm said`, `X of the local council said`: the person before a preposition
    /// that opens a short lower-case place or body phrase ending right before the verb.
    private func personBeforePlace(endingAt index: Int, from start: Int, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        guard index > start, tokens[index].kind == .word, !tokens[index].isCapitalized, resolver.personAt[index] == nil else { return nil }
        var probe = index - 1
        while probe > start, index - probe <= 4, tokens[probe].kind == .word, !tokens[probe].isCapitalized, !context.quoted[probe] {
            if ["from", "of", "at"].contains(tokens[probe].lower) {
                guard probe + 1 < index, let (first, mention) = resolver.mentionEndingAt[probe - 1], mention.label == .person else { return nil }
                return resolver.attribution(of: mention, at: first)
            }
            probe -= 1
        }
        return nil
    }

    /// `X, Director, Body said`: the person named before a role set off by commas, when an
    /// organisation ends the stretch right before the verb.
    private func personBeforeRole(endingBefore first: Int, from start: Int, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        guard first - 1 > start, tokens[first - 1].text == "," else { return nil }
        var comma = first - 2
        var hasRole = false
        while comma > start, first - comma <= 7, tokens[comma].kind == .word, !context.quoted[comma] {
            if RoleWords.roles.contains(SpeakerResolver.compoundHead(tokens[comma].lower)) { hasRole = true }
            comma -= 1
        }
        guard hasRole, comma > start, tokens[comma].text == ",", let (personStart, person) = resolver.mentionEndingAt[comma - 1], person.label == .person
        else { return nil }
        return resolver.attribution(of: person, at: personStart)
    }

    /// `said Body Chief Marketing Officer and Deputy CEO, X`: after an organisation and a role of
    /// capitalised words (with "&", "and", "of"; a run the entity layer took for a person is part of
    /// it when a role word follows it), the person named right after the comma.
    private func personAfterOrganisationRole(_ verb: Int, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        var index = verb + 1
        var hasRole = false
        while index < tokens.count, index - verb <= 16, !tokens[index].lineBreakBefore, !context.quoted[index] {
            let token = tokens[index]
            if token.text == "," {
                guard hasRole, index + 1 < tokens.count, let mention = resolver.personAt[index + 1] else { return nil }
                return resolver.attribution(of: mention, at: index + 1)
            }
            if resolver.personAt[index] != nil { hasRole = false }
            guard token.kind == .word && (token.isCapitalized || ["and", "of"].contains(token.lower)) || token.text == "&" else { return nil }
            if RoleWords.roles.contains(SpeakerResolver.compoundHead(token.lower)) || RoleWords.titles.contains(token.text) { hasRole = true }
            index += 1
        }
        return nil
    }

    /// Words that place a person in a picture, between a name and its relative clause ("X, left, who").
    private static let picturePlaces: Set<String> = ["left", "right", "centre", "center", "above", "below", "pictured", "inset", "top", "bottom", "second", "far"]

    /// The person a relative "who" stands for, when a verb of saying follows it (`X, left, who says
    /// '…'`, `X (pictured), who said`): the name right before it, past commas, brackets, an age and
    /// picture places.
    private func relativeAntecedent(before who: Int, from start: Int, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        var back = who - 1
        while back >= start, who - back <= 6,
            [",", "(", ")"].contains(tokens[back].text) || tokens[back].kind == .number || Self.picturePlaces.contains(tokens[back].lower)
        {
            back -= 1
        }
        if back >= start, let (first, mention) = resolver.mentionEndingAt[back], mention.label == .person {
            return resolver.attribution(of: mention, at: first)
        }
        return appositiveAntecedent(before: who, from: start, context, resolver)
    }

    /// The person before an apposition that a relative "who" follows (`X, professor of demography
    /// at Y, who said`, `X, his team chairman, who told him`): a name right before a comma that opens
    /// an aside of at most twelve words with no other name of a person and no clause punctuation.
    private func appositiveAntecedent(before who: Int, from start: Int, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        guard who - 1 > start, tokens[who - 1].text == "," else { return nil }
        var comma = who - 2
        while comma > start, who - comma <= 14, tokens[comma].text != "," {
            let token = tokens[comma]
            if context.quoted[comma] || resolver.personAt[comma] != nil || token.kind == .punctuation && !["-", "'", "\u{2019}"].contains(token.text) {
                return nil
            }
            comma -= 1
        }
        guard comma > start, tokens[comma].text == ",", who - 1 - comma >= 2, let (first, mention) = resolver.mentionEndingAt[comma - 1],
            mention.label == .person
        else { return nil }
        return resolver.attribution(of: mention, at: first)
    }

    /// How many words the quote opened at `open` holds (a scare-quoted term has one or two; "they"
    /// speaks only whole phrases).
    private func quotedWords(after open: Int, _ context: Context) -> Int {
        var count = 0
        var index = open + 1
        while index < context.tokens.count, context.quoted[index] {
            if context.tokens[index].kind == .word { count += 1 }
            index += 1
        }
        return count
    }

    /// Whether a lower-case plural noun names a group of people ("judges", "officers", "campaigners")
    /// as a verb's subject: words the text gives to no one it names.
    private func isPluralPeople(_ index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.lower.count > 4, token.lower.hasSuffix("s"), !token.lower.hasSuffix("ss") else { return false }
        let singular = String(token.lower.dropLast())
        return RoleWords.roles.contains(singular) || ["er", "or", "ist", "ian", "ant", "ent"].contains { singular.hasSuffix($0) } && singular.count > 4
    }

    /// The subject of `X, whose team could face Y, said` or `X, 52, who lives with her husband Y,
    /// said`: when a relative aside opened by ", who" or ", whose" runs to the comma before the
    /// verb, the words before it speak (a name, past an age or a picture place; a surname of one
    /// person named earlier; or a short opening pronoun or description), never a name inside it.
    private func subjectBeforeRelativeAside(endingAt comma: Int, from start: Int, _ context: Context, _ resolver: SpeakerResolver, quoteOpen: Int) -> Attribution? {
        let tokens = context.tokens
        guard comma > start + 2, let relative = (start + 2..<comma).first(where: { ["who", "whose"].contains(tokens[$0].lower) && tokens[$0 - 1].text == "," && !context.quoted[$0] }),
            !(relative..<comma).contains(where: { context.quoted[$0] || [".", "!", "?", ";", ":"].contains(tokens[$0].text) })
        else { return nil }
        var last = relative - 2
        while last > start, [",", "(", ")"].contains(tokens[last].text) || tokens[last].kind == .number || Self.picturePlaces.contains(tokens[last].lower) {
            last -= 1
        }
        if let (first, mention) = resolver.mentionEndingAt[last], mention.label == .person { return resolver.attribution(of: mention, at: first) }
        if tokens[last].isCapitalized, resolver.personAt[last] == nil, resolver.organisationAt[last] == nil,
            let people = resolver.personsBySurname[tokens[last].text], let name = people.first(where: { $0.token < quoteOpen })?.name,
            people.allSatisfy({ $0.token >= quoteOpen || $0.name == name })
        {
            return Attribution(name: name, label: .person, span: Span(start: tokens[last].start, end: tokens[last].end))
        }
        guard resolver.mentionEndingAt[last] == nil, last - start < 6,
            !(start...last).contains(where: { context.quoted[$0] || tokens[$0].kind == .word && SpeechVerbs.all.contains(tokens[$0].lower) })
        else { return nil }
        return clauseSubject(from: start, to: last + 1, context, resolver, quoteOpen: quoteOpen)
    }

    /// The person whose aside ends at a comma before a speech verb: the name set off by commas
    /// (`The judge, Mr Recorder Jane Roe QC, said`) or the name right before the aside (`Jane Roe,
    /// 85, told …`, `Jane Roe, the current manager of the branch, said`).
    private func personBeforeAside(endingAt comma: Int, from start: Int, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        if comma - 1 >= start, let (first, mention) = resolver.mentionEndingAt[comma - 1], mention.label == .person {
            var back = first - 1
            while back >= start, first - back <= 5, tokens[back].kind == .word, tokens[back].isCapitalized || tokens[back].lower == "the" && first - back > 1 { back -= 1 }
            if back >= start, tokens[back].text == "," { return resolver.attribution(of: mention, at: first) }
        }
        var index = comma - 1
        while index > start, comma - index <= 20, !context.quoted[index] {
            if tokens[index].kind == .punctuation, [".", "!", "?", ";", ":"].contains(tokens[index].text) { return nil }
            if tokens[index].text == ",", let (first, mention) = resolver.mentionEndingAt[index - 1], mention.label == .person,
                !resolver.isOblique(at: first)
            {
                return resolver.attribution(of: mention, at: first)
            }
            index -= 1
        }
        return nil
    }

    /// The subject a stretch opens with, before an aside (`X, who …, said`, `The Oscar-winning
    /// actor, whose …, said`): a name, a pronoun or a description.
    private func clauseSubject(from start: Int, to end: Int, _ context: Context, _ resolver: SpeakerResolver, quoteOpen: Int) -> Attribution? {
        let tokens = context.tokens
        var first = start
        while first < end, context.quoted[first] || tokens[first].kind == .punctuation { first += 1 }
        guard first < end else { return nil }
        if let mention = resolver.personAt[first] ?? resolver.organisationAt[first], !resolver.isModifier(at: first) {
            if mention.label != .person,
                let person = (first..<end).prefix(while: { tokens[$0].kind != .punctuation }).first(where: { resolver.personAt[$0] != nil }),
                let named = resolver.personAt[person]
            {
                return resolver.attribution(of: named, at: person)
            }
            return resolver.attribution(of: mention, at: first)
        }
        let word = tokens[first].lower
        if ["the", "a", "an"].contains(word), let named = appositiveName(in: first..<end, context, resolver) { return named }
        if word == "he" || word == "she" || ["the", "a", "an"].contains(word) {
            return resolver.speaker(at: first, quoteOpen: quoteOpen)
        }
        return nil
    }

    /// A person named in apposition to a description (`The commander of the mission, General X,`):
    /// after a comma and any titles, and followed by a comma.
    private func appositiveName(in range: Range<Int>, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        for index in range where resolver.personAt[index] != nil {
            var back = index - 1
            while back >= range.lowerBound, tokens[back].kind == .word, RoleWords.titles.contains(tokens[back].text) || Nationalities.all.contains(tokens[back].text) {
                back -= 1
            }
            guard back >= range.lowerBound, tokens[back].text == ",", let next = nextToken(afterMentionAt: index, resolver), next < range.upperBound + 1,
                next < tokens.count, tokens[next].text == ",", let mention = resolver.personAt[index]
            else { continue }
            return resolver.attribution(of: mention, at: index)
        }
        return nil
    }

    /// The subject of the clause a participle hangs on (`X left the room, saying …`, `while X
    /// caused a storm by labelling …`): the nearest person or person pronoun before it that a verb follows.
    private func nearestSubject(before participle: Int, from start: Int, _ context: Context, _ resolver: SpeakerResolver, quoteOpen: Int) -> Attribution? {
        let tokens = context.tokens
        var index = participle - 1
        while index >= start {
            defer { index -= 1 }
            guard !context.quoted[index] else { continue }
            if resolver.personAt[index] != nil, !resolver.isOblique(at: index), resolver.isClauseSubject(index) {
                return resolver.speaker(at: index, quoteOpen: quoteOpen)
            }
            if ["he", "she"].contains(tokens[index].lower), index + 1 < participle, tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized {
                return resolver.speaker(at: index, quoteOpen: quoteOpen)
            }
        }
        for index in stride(from: participle - 1, through: start, by: -1) where !context.quoted[index] {
            if let mention = resolver.organisationAt[index], !resolver.isOblique(at: index), let next = nextToken(afterMentionAt: index, resolver),
                next < participle, tokens[next].kind == .word, !tokens[next].isCapitalized,
                SpeechVerbs.all.contains(tokens[next].lower) || SpeakerWords.betweenSubjectAndVerb.contains(tokens[next].lower) || tokens[next].lower.hasSuffix("ed")
            {
                return resolver.attribution(of: mention, at: index)
            }
        }
        return nil
    }

    /// The first name or person pronoun of a stretch that is not the object of a preposition.
    private func firstSubject(in range: Range<Int>, _ context: Context, _ resolver: SpeakerResolver, quoteOpen: Int) -> Attribution? {
        let tokens = context.tokens
        var inPhrase = false
        for index in range where !context.quoted[index] {
            if tokens[index].text == "," { inPhrase = false }
            if tokens[index].kind == .word, SpeakerResolver.prepositions.contains(tokens[index].lower) { inPhrase = true }
            let isName = resolver.personAt[index] != nil || resolver.organisationAt[index] != nil
            let isPronoun = tokens[index].lower == "he" || tokens[index].lower == "she" || tokens[index].lower == "it" && index == range.lowerBound
            guard isName || isPronoun, !inPhrase else { continue }
            if isName, resolver.isOblique(at: index) { continue }
            if isName, isPlaceModifier(at: index, resolver) { continue }
            if isName, namesRoleOfPerson(at: index, resolver) { continue }
            if index > range.lowerBound, tokens[index - 1].kind == .possessive { continue }
            return resolver.speaker(at: index, quoteOpen: quoteOpen)
        }
        return nil
    }

    /// Whether an organisation mention names the body of a role right before a person's name (`EC
    /// spokeswoman Jane Roe`, `BBC pundit Sam Lee`): the person is the subject, not the body.
    private func namesRoleOfPerson(at index: Int, _ resolver: SpeakerResolver) -> Bool {
        guard resolver.personAt[index] == nil, resolver.organisationAt[index] != nil, var next = nextToken(afterMentionAt: index, resolver) else { return false }
        let first = next
        while next < resolver.tokens.count, next - first < 3, resolver.personAt[next] == nil, resolver.tokens[next].kind == .word,
            !resolver.tokens[next].isCapitalized, RoleWords.roles.contains(resolver.tokens[next].lower) || SpeakerResolver.spokespersons.contains(resolver.tokens[next].lower)
        {
            next += 1
        }
        return next > first && next < resolver.tokens.count && resolver.personAt[next] != nil
    }

    /// Whether a place mention modifies the lower-case noun after it (`a Pennsylvania girl`, `the
    /// London man`): a description, not a speaker.
    private func isPlaceModifier(at index: Int, _ resolver: SpeakerResolver) -> Bool {
        guard let mention = resolver.organisationAt[index], mention.label == .gpe || mention.label == .loc,
            let next = nextToken(afterMentionAt: index, resolver), next < resolver.tokens.count
        else { return false }
        let word = resolver.tokens[next]
        return word.kind == .word && !word.isCapitalized && !SpeechVerbs.all.contains(word.lower) && !SpeakerWords.betweenSubjectAndVerb.contains(word.lower)
            && !SpeakerResolver.prepositions.contains(word.lower) && !SpeakerWords.phraseStops.contains(word.lower)
    }

    private func nextToken(afterMentionAt index: Int, _ resolver: SpeakerResolver) -> Int? {
        guard let mention = resolver.personAt[index] ?? resolver.organisationAt[index] else { return nil }
        var next = index
        while next < resolver.tokens.count && resolver.tokens[next].start < mention.end { next += 1 }
        return next
    }

    /// `X said: '…'`, `X cautioned that "…"`, `…, saying that '…'`, `X's remarks … "…"`, `X: '…'`,
    /// in the same sentence and paragraph before the quote.
    private func before(_ piece: QuotePiece, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        let sentence = tokens[piece.open].sentence
        var limit = piece.open
        while limit - 1 >= 0, tokens[limit - 1].sentence == sentence, !tokens[limit].lineBreakBefore { limit -= 1 }
        if let labelled = labelledSpeaker(piece, context, resolver) { return labelled }
        if piece.open >= 2, tokens[piece.open - 1].text == ":", let (start, mention) = resolver.mentionEndingAt[piece.open - 2], mention.label == .person,
            start == limit || tokens[start - 1].kind == .punctuation
        {
            return resolver.attribution(of: mention, at: start)
        }
        var index = piece.open - 1
        while index >= limit, piece.open - index <= 30 {
            defer { index -= 1 }
            guard !context.quoted[index], tokens[index].kind == .word else { continue }
            let word = tokens[index].lower
            if word == "according", index + 1 < piece.open, tokens[index + 1].lower == "to" {
                return firstSpeaker(from: index + 2, context, resolver, quoteOpen: piece.open)
            }
            if Self.speechNouns.contains(word), index >= 2, tokens[index - 1].kind == .possessive,
                let (start, mention) = resolver.mentionEndingAt[index - 2],
                !(limit..<start).contains(where: { !context.quoted[$0] && SpeechVerbs.all.contains(tokens[$0].lower) })
            {
                return resolver.attribution(of: mention, at: start)
            }
            if let points = Self.pointsOut(at: index, tokens) {
                return subject(before: points, from: limit, context, resolver, quoteOpen: piece.open)
                    ?? firstSubject(in: limit..<points, context, resolver, quoteOpen: piece.open) ?? Attribution.unnamed
            }
            if let went = Self.goesOn(at: index, tokens), index + 1 < piece.open, [":", ","].contains(tokens[index + 1].text) {
                return subject(before: went, from: limit, context, resolver, quoteOpen: piece.open)
                    ?? firstSubject(in: limit..<went, context, resolver, quoteOpen: piece.open) ?? Attribution.unnamed
            }
            if SpeechVerbs.naming.contains(word), !SpeechVerbs.all.contains(word), Self.isPassive(index, tokens),
                !(index + 1..<piece.open).contains(where: { tokens[$0].lower == "by" })
            {
                return Attribution.unnamed
            }
            guard SpeechVerbs.all.contains(word), !Self.isNounUse(index, tokens) else { continue }
            if SpeechVerbs.naming.contains(word), index + 2 < piece.open, tokens[index + 1].lower == "by",
                let found = firstSpeaker(from: index + 2, context, resolver, quoteOpen: piece.open)
            {
                return found
            }
            if SpeechVerbs.naming.contains(word) || SpeechVerbs.addressing.contains(word), Self.isPassive(index, tokens) { return Attribution.unnamed }
            if SpeechVerbs.participles.contains(word) {
                if index >= 2, tokens[index - 1].lower == "as", let (start, mention) = resolver.mentionEndingAt[index - 2], mention.label == .person {
                    return resolver.attribution(of: mention, at: start)
                }
                if isGroupMember(endingAt: index - 1, tokens, resolver) { return Attribution.unnamed }
                if let document = documentSubject(from: limit, before: index, context, resolver, quoteOpen: piece.open) { return document }
                if let reporter = mainReporter(before: index, from: limit, context, resolver, quoteOpen: piece.open) { return reporter }
                return nearestSubject(before: index, from: limit, context, resolver, quoteOpen: piece.open)
                    ?? firstSubject(in: limit..<index, context, resolver, quoteOpen: piece.open)
            }
            if index + 1 < piece.open, !SpeechVerbs.addressing.contains(word), namesSpeaker(after: index, context, resolver),
                index == limit || context.quoted[index - 1] || tokens[index - 1].text == ","
            {
                return speakerAfterVerb(index, context, resolver, quoteOpen: piece.open)
            }
            return subject(before: index, from: limit, context, resolver, quoteOpen: piece.open)
                ?? firstSubject(in: limit..<index, context, resolver, quoteOpen: piece.open) ?? Attribution.unnamed
        }
        for person in resolver.personTokens where person >= limit && person < piece.open {
            if let next = nextToken(afterMentionAt: person, resolver), next + 1 < piece.open, tokens[next].kind == .possessive,
                Self.speechNouns.contains(tokens[next + 1].lower), let mention = resolver.personAt[person]
            {
                return resolver.attribution(of: mention, at: person)
            }
        }
        return nil
    }

    /// The subject of the sentence's first verb of saying when a participle of saying goes on from
    /// it (`He said X had spoken with "…", adding: "…"`): the one who said the clause adds the
    /// quote, not a name inside what was said.
    private func mainReporter(before participle: Int, from start: Int, _ context: Context, _ resolver: SpeakerResolver, quoteOpen: Int) -> Attribution? {
        let tokens = context.tokens
        guard Self.continuingParticiples.contains(tokens[participle].lower), participle >= 1, tokens[participle - 1].text == "," else { return nil }
        guard let verb = (start..<participle).first(where: {
            !context.quoted[$0] && tokens[$0].kind == .word && SpeechVerbs.all.contains(tokens[$0].lower) && !SpeechVerbs.participles.contains(tokens[$0].lower)
                && !SpeechVerbs.naming.contains(tokens[$0].lower) && !Self.isNounUse($0, tokens) && !Self.isPassive($0, tokens)
        }), verb > start else { return nil }
        guard (verb + 1..<participle).contains(where: { resolver.personAt[$0] != nil && !context.quoted[$0] }),
            !(verb + 1..<participle).contains(where: { !context.quoted[$0] && (Self.clauseJoiners.contains(tokens[$0].lower) || tokens[$0].text == ";") })
        else { return nil }
        guard let found = subject(before: verb, from: start, context, resolver, quoteOpen: quoteOpen), !found.isUnnamed, found.label == .person else { return nil }
        return found
    }

    /// Participles that go on with the words of a sentence's reporter (`…, adding: '…'`).
    private static let continuingParticiples: Set<String> = ["adding", "saying", "insisting", "explaining", "noting", "stressing", "arguing", "warning"]

    /// Words that open another clause with its own subject (`X said …, while Y …`).
    private static let clauseJoiners: Set<String> = ["while", "whereas", "whilst", "but", "and", "although", "though", "as", "when"]

    /// A sentence led by a document ("The memo also expresses concern …, saying: '…'"): the body
    /// the document speaks for, when no name stands between it and the participle's clause.
    private func documentSubject(from start: Int, before participle: Int, _ context: Context, _ resolver: SpeakerResolver, quoteOpen: Int) -> Attribution? {
        let tokens = context.tokens
        var first = start
        if first < participle, SpeakerWords.sentenceConnectives.contains(tokens[first].lower) { first += 1 }
        guard first + 1 < participle, ["the", "a", "an", "its", "their"].contains(tokens[first].lower), tokens[first + 1].kind == .word else { return nil }
        var head = first + 1
        if !SpeakerWords.voices.contains(tokens[head].lower), head + 1 < participle, !tokens[head].isCapitalized, tokens[head + 1].kind == .word {
            head += 1
        }
        guard SpeakerWords.voices.contains(tokens[head].lower), !SpeakerResolver.spokespersons.contains(tokens[head].lower),
            let found = resolver.speaker(at: head, quoteOpen: quoteOpen), found.label == .org, !found.isUnnamed
        else { return nil }
        return found
    }

    /// Whether a word that can be a verb of saying is a noun here ("her answers", "Jane Roe's claims",
    /// "the remarks"): after a possessive or a determiner.
    static func isNounUse(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 1 else { return false }
        let previous = tokens[index - 1]
        return previous.kind == .possessive || previous.kind == .word && Self.nounMarkers.contains(previous.lower)
    }

    /// Whether a verb is passive (`she was called '…'`, `he was also told: '…'`): a form of "be" or
    /// "get" right before it, past one adverb. Its subject is the one named or spoken to, not the speaker.
    static func isPassive(_ index: Int, _ tokens: [Token]) -> Bool {
        var auxiliary = index - 1
        if auxiliary >= 1, tokens[auxiliary].kind == .word, tokens[auxiliary].lower.hasSuffix("ly") || ["also", "even", "once", "often", "then"].contains(tokens[auxiliary].lower) {
            auxiliary -= 1
        }
        return auxiliary >= 0 && tokens[auxiliary].kind == .word && Self.passiveAuxiliaries.contains(tokens[auxiliary].lower)
    }

    private static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "get", "gets", "got", "getting"]

    private static let nounMarkers: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "these", "those", "such", "whose"]

    /// "points out" and "pointed out" used as a verb of saying (`…," points out X`, `X pointed out
    /// that '…'`): the index of "points" when the token is its "out".
    static func pointsOut(at index: Int, _ tokens: [Token]) -> Int? {
        guard index >= 1, index < tokens.count, tokens[index].lower == "out", ["points", "pointed", "point", "pointing"].contains(tokens[index - 1].lower) else { return nil }
        return index - 1
    }

    /// Whether a person's name (or "He"/"She") and then a verb of saying start at a token
    /// (`"…?" Jane Roe asked`, past one adverb: `"…?" Jane Roe tearfully asked`): an attribution,
    /// though the quote ended its own sentence.
    private func namedSubjectThenVerb(at index: Int, _ resolver: SpeakerResolver) -> Bool {
        let tokens = resolver.tokens
        var next = index + 1
        if resolver.personAt[index] != nil {
            next = nextToken(afterMentionAt: index, resolver) ?? next
        } else if !["He", "She"].contains(tokens[index].text) {
            return false
        }
        if next + 1 < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized, tokens[next].lower.hasSuffix("ly"), tokens[next].lower.count > 4 {
            next += 1
        }
        return next < tokens.count && tokens[next].kind == .word && !tokens[next].isCapitalized && SpeechVerbs.all.contains(tokens[next].lower)
            && !SpeechVerbs.participles.contains(tokens[next].lower)
    }

    /// "went on" and "goes on" used as a verb of saying (`He went on: '…'`), and "fired back" or "hit
    /// back" (`X fires back: '…'`): the index of "went" or "fired" when the token is its "on" or "back".
    static func goesOn(at index: Int, _ tokens: [Token]) -> Int? {
        guard index >= 1 else { return nil }
        if tokens[index].lower == "on", ["went", "goes", "go"].contains(tokens[index - 1].lower) { return index - 1 }
        if tokens[index].lower == "back", Self.retorts.contains(tokens[index - 1].lower) { return index - 1 }
        return nil
    }

    /// Verbs that, with "back", answer someone (`She fired back: '…'`, `He hit back:`).
    private static let retorts: Set<String> = ["fires", "fired", "fire", "hits", "hit", "shot", "shoots", "snapped", "snaps", "bites", "bit"]

    /// A quote under a capitalised label (`EXPERT VERDICT: '…'`, `OUR VIEW: "…"`): the person of the
    /// earlier sentence that used the label's noun in running text ("X gives his verdict").
    private func labelledSpeaker(_ piece: QuotePiece, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        guard piece.open >= 2, tokens[piece.open - 1].text == ":" else { return nil }
        var first = piece.open - 1
        while first - 1 >= 0, tokens[first - 1].kind == .word, tokens[first - 1].text.count >= 2,
            tokens[first - 1].text == tokens[first - 1].text.uppercased(), tokens[first - 1].text != tokens[first - 1].lower
        {
            first -= 1
        }
        guard first < piece.open - 1, piece.open - 1 - first <= 3 else { return nil }
        let nouns = Set((first..<piece.open - 1).map { tokens[$0].lower }.filter { $0.count >= 4 })
        var index = first - 1
        while index >= 0 {
            defer { index -= 1 }
            guard !context.quoted[index], nouns.contains(tokens[index].text) else { continue }
            let sentence = tokens[index].sentence
            let people = resolver.personTokens.filter { tokens[$0].sentence == sentence && $0 < index && !resolver.isOblique(at: $0) }
            if let person = people.first(where: resolver.isClauseSubject) ?? people.first, let mention = resolver.personAt[person] {
                return resolver.attribution(of: mention, at: person)
            }
        }
        return nil
    }

    /// A partial quote inside a sentence with no speech verb: the sentence's subject, when it is a
    /// person named or referred to before the quote.
    private func subjectOfSentence(_ piece: QuotePiece, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        guard piece.open + 1 < tokens.count, !tokens[piece.open + 1].isCapitalized || tokens[piece.open + 1].lower == "i" else { return nil }
        let words = (piece.open + 1..<piece.close).filter({ tokens[$0].kind == .word }).count
        guard words >= 2 else { return nil }
        var limit = piece.open
        while limit - 1 >= 0, tokens[limit - 1].sentence == tokens[piece.open].sentence, !tokens[limit].lineBreakBefore { limit -= 1 }
        if words >= 3, let found = firstSubject(in: limit..<piece.open, context, resolver, quoteOpen: piece.open), found.label == .person { return found }
        if words >= 3, let body = organisationSubject(from: limit, before: piece.open, context, resolver) { return body }
        return describedSubject(from: limit, before: piece.open, context, resolver)
    }

    /// A sentence led by an organisation and its verb ("The Film Institute also questioned '…'",
    /// "It credited the band's '…'" after the institute spoke): the organisation, for a partial
    /// quote with no reporting verb.
    private func organisationSubject(from start: Int, before open: Int, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        var first = start
        if first + 1 < open, SpeakerWords.sentenceConnectives.contains(tokens[first].lower) { first += 1 }
        if first + 1 < open, tokens[first].text == "," { first += 1 }
        guard first + 1 < open, !context.quoted[first] else { return nil }
        let next: Int
        if tokens[first].lower == "it" {
            next = first + 1
        } else if let mention = resolver.organisationAt[first] ?? (tokens[first].lower == "the" ? resolver.organisationAt[first + 1] : nil),
            mention.label == .org, let after = nextToken(afterMentionAt: tokens[first].lower == "the" ? first + 1 : first, resolver)
        {
            next = after
        } else {
            return nil
        }
        var verb = next
        while verb < open, tokens[verb].kind == .word, SpeakerWords.betweenSubjectAndVerb.contains(tokens[verb].lower) || tokens[verb].lower.hasSuffix("ly") { verb += 1 }
        guard verb < open, tokens[verb].kind == .word, !tokens[verb].isCapitalized, tokens[verb].lower.hasSuffix("ed") || tokens[verb].lower.hasSuffix("s"),
            !SpeakerWords.phraseStops.contains(tokens[verb].lower), !SpeakerResolver.prepositions.contains(tokens[verb].lower),
            let found = resolver.speaker(at: first, quoteOpen: open), found.label == .org, !found.isUnnamed
        else { return nil }
        return found
    }

    /// A sentence led by a description of a person, auxiliaries and a verb of saying or judging
    /// ("The 52-year-old has criticised …"; not "The leader must assert …"): the person the
    /// description resolves to.
    private func describedSubject(from start: Int, before open: Int, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        guard start + 2 < open, tokens[start].lower == "the", resolver.personAt[start + 1] == nil else { return nil }
        var head = start + 1
        while head + 1 < open, head - start < 5, tokens[head + 1].kind == .word || tokens[head + 1].text == "-",
            !SpeakerWords.betweenSubjectAndVerb.contains(tokens[head + 1].lower), !SpeechVerbs.all.contains(tokens[head + 1].lower)
        {
            head += 1
        }
        guard head + 1 < open, SpeakerWords.betweenSubjectAndVerb.contains(tokens[head + 1].lower) else { return nil }
        var verb = head + 1
        while verb < open, SpeakerWords.betweenSubjectAndVerb.contains(tokens[verb].lower) { verb += 1 }
        guard verb < open, SpeechVerbs.all.contains(tokens[verb].lower) || SpeechVerbs.naming.contains(tokens[verb].lower),
            let found = resolver.speaker(at: head, quoteOpen: open), found.label == .person
        else { return nil }
        return found
    }

    /// The speaker of the quote just before, for a quote that opens a sentence with no attribution
    /// of its own: the previous quote is at most three sentences back, or at most twelve when the
    /// sentences after the previous quote's own (its attribution left out) name no one else.
    private func continuingSpeaker(_ piece: QuotePiece, _ index: Int, _ pieces: [QuotePiece], _ found: [Attribution?], _ tokens: [Token], _ resolver: SpeakerResolver) -> Attribution? {
        var earlier = index - 1
        while earlier > 0, found[earlier] == nil, wordCount(pieces[earlier], tokens) <= 1 { earlier -= 1 }
        guard earlier >= 0, let previous = found[earlier] else { return nil }
        let gap = tokens[piece.open].sentence - tokens[max(pieces[earlier].close - 1, 0)].sentence
        if gap <= 3 { return previous }
        var after = min(pieces[earlier].close + 1, piece.open)
        while after < piece.open, tokens[after].sentence == tokens[pieces[earlier].close].sentence { after += 1 }
        let between = after..<piece.open
        return gap <= 12 && !someoneElse(in: between, tokens, resolver) ? previous : nil
    }

    /// Whether a stretch holds a person's name outside quotes (not a possessor or a preposition's
    /// object: "Burkitt's lymphoma") or a speech verb (someone else who may be speaking), not one
    /// used as a noun or adjective after a determiner ("for a stated period", "the report").
    private func someoneElse(in range: Range<Int>, _ tokens: [Token], _ resolver: SpeakerResolver) -> Bool {
        range.contains {
            resolver.personAt[$0] != nil && !resolver.isOblique(at: $0)
                || tokens[$0].kind == .word && SpeechVerbs.all.contains(tokens[$0].lower) && !SpeechVerbs.naming.contains(tokens[$0].lower) && !Self.isNounUse($0, tokens)
        }
    }

    /// The words inside a piece.
    private func wordCount(_ piece: QuotePiece, _ tokens: [Token]) -> Int {
        (piece.open + 1..<max(piece.close, piece.open + 1)).filter { tokens[$0].kind == .word || tokens[$0].kind == .number }.count
    }

    /// An attribution in the sentence before a quote that opens its sentence: a speech verb with its
    /// subject ("…, noted X, a researcher." / "X added:").
    private func previousSentence(_ piece: QuotePiece, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        let sentence = tokens[piece.open].sentence - 1
        guard sentence >= 0 else { return nil }
        var first = piece.open - 1
        while first >= 0, tokens[first].sentence > sentence { first -= 1 }
        let end = first + 1
        while first - 1 >= 0, tokens[first - 1].sentence == sentence { first -= 1 }
        guard first >= 0, end > first else { return nil }
        for index in first..<end where !context.quoted[index] && tokens[index].kind == .word && SpeechVerbs.all.contains(tokens[index].lower)
            && !Self.isNounUse(index, tokens)
        {
            if SpeechVerbs.participles.contains(tokens[index].lower) { continue }
            if index + 1 < end, resolver.personAt[index + 1] != nil { return speakerAfterVerb(index, context, resolver, quoteOpen: piece.open) }
            if let found = subject(before: index, from: first, context, resolver, quoteOpen: piece.open) { return found }
        }
        var lead = first
        if lead + 1 < end, SpeakerWords.sentenceConnectives.contains(tokens[lead].lower) { lead += 1 }
        if lead > first, lead + 1 < end, tokens[lead].text == "," { lead += 1 }
        while lead + 1 < end, resolver.personAt[lead] == nil, RoleWords.titles.contains(tokens[lead].text) { lead += 1 }
        let subjectLed = resolver.personAt[lead].map { _ in resolver.isClauseSubject(lead) } ?? false
        let introduces = tokens[end - 1].text == ":" || tokens[piece.open].lineBreakBefore || subjectLed
        guard introduces, !(first..<end).contains(where: { context.quoted[$0] }) else { return nil }
        guard let found = firstSubject(in: first..<end, context, resolver, quoteOpen: piece.open), found.label == .person else { return nil }
        return found
    }

    /// The person reported at the end of the sentence before a quote, after that sentence's last
    /// quoted words (`"…," said X. [more of it in indirect speech], said Ms Y. "…"`): `, said Y.` or
    /// `, Y said.` closing the sentence. The quote that follows is Y's, not the earlier quote's speaker's.
    private func trailingReporter(_ piece: QuotePiece, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        let sentence = tokens[piece.open].sentence - 1
        guard sentence >= 0, piece.open >= 3, tokens[piece.open - 1].sentence == sentence, tokens[piece.open - 1].text == "." else { return nil }
        let end = piece.open - 1
        var comma = end - 1
        while comma > 0, end - comma <= 6, tokens[comma].sentence == sentence, !context.quoted[comma], tokens[comma].text != "," { comma -= 1 }
        guard comma > 0, tokens[comma].text == ",", !context.quoted[comma], comma + 2 < end, context.quoted[..<comma].contains(true) else { return nil }
        let verb = comma + 1
        if tokens[verb].kind == .word, SpeechVerbs.all.contains(tokens[verb].lower), !SpeechVerbs.participles.contains(tokens[verb].lower),
            let found = speakerAfterVerb(verb, context, resolver, quoteOpen: piece.open), found.label == .person, !found.isUnnamed,
            let span = found.span, tokens[end - 1].end <= span.end
        {
            return found
        }
        if let mention = resolver.personAt[verb] ?? (verb + 1 < end && RoleWords.titles.contains(tokens[verb].text) ? resolver.personAt[verb + 1] : nil),
            tokens[end - 1].kind == .word, SpeechVerbs.all.contains(tokens[end - 1].lower), !SpeechVerbs.participles.contains(tokens[end - 1].lower),
            let next = nextToken(afterMentionAt: resolver.personAt[verb] != nil ? verb : verb + 1, resolver), next == end - 1
        {
            return resolver.attribution(of: mention, at: resolver.personAt[verb] != nil ? verb : verb + 1)
        }
        return nil
    }

    /// Words after a verb of saying that end a sentence of attribution only (`X concluded in an
    /// interview`).
    private static let attributionTails: Set<String> = ["in", "on", "to", "at", "during", "after", "via", "from", "later", "yesterday", "today", "afterwards"]

    /// The person named by a short sentence of attribution right after a whole-sentence quote
    /// (`'… with aplomb.' Jane Roe concluded in an interview.`): the next sentence opens with a
    /// person's name and a verb of saying that ends it or goes on with a preposition, within twelve
    /// words, with no quotation mark or "that" in it.
    private func reporterInNextSentence(_ piece: QuotePiece, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        let first = piece.close + 1
        guard piece.closed, isWholeSentence(piece, tokens), first < tokens.count, !tokens[first].lineBreakBefore,
            tokens[first].sentence != tokens[piece.open].sentence, let mention = resolver.personAt[first], !resolver.isModifier(at: first),
            let verb = nextToken(afterMentionAt: first, resolver), verb < tokens.count, tokens[verb].kind == .word,
            SpeechVerbs.all.contains(tokens[verb].lower), !SpeechVerbs.participles.contains(tokens[verb].lower), !SpeechVerbs.naming.contains(tokens[verb].lower),
            tokens[verb].sentence == tokens[first].sentence, verb + 1 < tokens.count
        else { return nil }
        let after = tokens[verb + 1]
        guard after.text == "." || after.kind == .word && Self.attributionTails.contains(after.lower) else { return nil }
        var index = verb + 1
        while index < tokens.count, tokens[index].sentence == tokens[first].sentence {
            if context.quoted[index] || tokens[index].lower == "that" || index - first > 14 { return nil }
            index += 1
        }
        return resolver.attribution(of: mention, at: first)
    }

    /// The named reporter of one of the two sentences before a quote that opens its sentence with
    /// no attribution and no quote before it to continue (`X, the firm's director, said the copy
    /// was exact. [A sentence of background.] "…"`), when no one else is named in between.
    private func recentReporter(_ piece: QuotePiece, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        let here = tokens[piece.open].sentence
        for sentence in stride(from: here - 1, through: max(0, here - 2), by: -1) {
            guard let reporter = resolver.reporters[sentence] else { continue }
            guard let last = (0..<piece.open).last(where: { tokens[$0].sentence == sentence }) else { return nil }
            let between = last + 1..<piece.open
            if between.contains(where: { context.quoted[$0] || resolver.personAt[$0] != nil }) { return nil }
            return reporter
        }
        return nil
    }

    /// The speaker of a line that introduces what follows ("The minister added: That changed
    /// everything. … 'So I say to them …'"): the subject of the last `verb:` within six sentences
    /// before the quote, with no quoted words between.
    private func introducingLine(_ piece: QuotePiece, _ context: Context, _ resolver: SpeakerResolver) -> Attribution? {
        let tokens = context.tokens
        let here = tokens[piece.open].sentence
        var index = piece.open - 1
        while index >= 1, here - tokens[index].sentence <= 6, !context.quoted[index] {
            defer { index -= 1 }
            guard tokens[index].text == ":" else { continue }
            for verb in stride(from: index - 1, through: max(0, index - 3), by: -1)
            where tokens[verb].kind == .word && SpeechVerbs.all.contains(tokens[verb].lower) && !SpeechVerbs.participles.contains(tokens[verb].lower)
                && !Self.isNounUse(verb, tokens)
            {
                var start = verb
                while start > 0, tokens[start - 1].sentence == tokens[verb].sentence, !context.quoted[start - 1] { start -= 1 }
                guard let found = subject(before: verb, from: start, context, resolver, quoteOpen: piece.open), !found.isUnnamed else { return nil }
                return found
            }
            return nil
        }
        return nil
    }

    /// A speaker known only by a given name ("His mother Claire, 34, said") whose surname the text
    /// gives through a title of the same sex ("Mrs Creag said", "Her father Mr Roe"): when exactly
    /// one such surname stands for that sex, the given name takes it ("Claire Creag"). A word that is
    /// the surname of someone the text names in full ("Christie" beside "Chris Christie") is no given
    /// name here.
    private func completeGivenNames(_ found: inout [Attribution?], _ text: AnalyzedText, _ resolver: SpeakerResolver) {
        var surnames: [Bool: Set<String>] = [:]
        for person in resolver.personTokens {
            guard let mention = resolver.personAt[person], !mention.text.contains(" "), !resolver.name(of: mention).contains(" "),
                let sex = SpeakerResolver.titleSex(at: person, resolver.tokens)
            else { continue }
            surnames[sex, default: []].insert(mention.text)
        }
        for attribution in found {
            guard let attribution, attribution.label == .person, !attribution.isUnnamed, let span = attribution.span else { continue }
            var written = text.text(span.start, span.end).split(separator: " ").map(String.init)
            if written.count == 1, let title = text.text(max(0, span.start - 9), span.start).split(separator: " ").last {
                written.insert(String(title), at: 0)
            }
            guard written.count == 2, !attribution.name.contains(" "), written[1] == attribution.name else { continue }
            let last = attribution.name
            if SpeakerWords.femaleTitles.contains(written[0]) { surnames[false, default: []].insert(last) }
            if SpeakerWords.maleTitles.contains(written[0]) { surnames[true, default: []].insert(last) }
        }
        for index in found.indices {
            guard let attribution = found[index], attribution.label == .person, !attribution.name.contains(" "),
                FirstNames.all.contains(attribution.name), resolver.personsBySurname[attribution.name] == nil,
                let sex = SpeakerResolver.givenNameSex(of: attribution.name),
                let names = surnames[sex], names.count == 1, let surname = names.first, surname != attribution.name
            else { continue }
            found[index]?.name = attribution.name + " " + surname
        }
    }

    /// A person's own pages and posts, whose words are the person's ("Her Facebook page states:").
    private static let ownPages: Set<String> = ["page", "profile", "account", "blog", "website", "site", "feed", "bio", "channel", "post", "posts"]

    /// Whether the sentence before a quote's holds quoted words.
    private func quoteInPreviousSentence(_ piece: QuotePiece, _ context: Context) -> Bool {
        let sentence = context.tokens[piece.open].sentence - 1
        return context.tokens.indices.contains { context.tokens[$0].sentence == sentence && context.quoted[$0] }
    }

    /// Gives every piece of a multi-paragraph quote the speaker attributed to any of its pieces.
    private func fillChains(_ pieces: [QuotePiece], _ found: inout [Attribution?], _ explicit: [Bool]) {
        var start = 0
        while start < pieces.count {
            var end = start + 1
            while end < pieces.count, pieces[end].continuation { end += 1 }
            if let named = (start..<end).first(where: { explicit[$0] }).flatMap({ found[$0] }) {
                for index in start..<end where !explicit[index] { found[index] = named }
            }
            start = end
        }
    }
}
