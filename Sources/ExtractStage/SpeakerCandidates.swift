import DocPipe
import Foundation

/// The candidate speakers of each quote of a text, with the features the ``SpeakerRanker`` weighs:
/// every person and organisation named outside quotes from three sentences before the quote to the
/// sentence after it, the two latest earlier speakers, the rules' own pick, and "no one".
///
/// Features describe where the candidate is named (same sentence, the one before or after, same
/// paragraph, tokens away, before or after the quote, next to a speech verb, as a clause subject or
/// only as an object or possessor), what it is (person or organisation, how often the article names
/// it, whether its name is inside the quote), its part in the conversation (the previous quote's
/// speaker, an earlier or the next speaker), the rules' pick and how the rules found it (a name, a
/// pronoun, a description; in the quote's own sentence or carried over), and whether a he/she next to
/// the quote agrees with the sex its given name tells. Quote-level facts (single marks, the quote
/// opens its paragraph, the paragraph has an attribution of its own) enter as products with these.
struct SpeakerCandidates {
    private struct Mention {
        var token: Int
        var last: Int
        var attribution: Attribution
        var subject: Bool
        var oblique: Bool
    }

    private let resolver: SpeakerResolver
    private let pieces: [QuotePiece]
    private let found: [Attribution?]
    private let explicit: [Bool]
    private let paragraph: [Int]
    private let speech: [Bool]
    private let mentions: [Mention]
    private let counts: [String: Int]
    private let mostMentioned: String?

    /// Prepares the candidates of a text's quotes.
    /// - Parameters:
    ///   - resolver: the text's speaker resolver (tokens, mentions, sexes).
    ///   - pieces: the quote pieces.
    ///   - found: the rules' attribution of each piece.
    ///   - explicit: whether the rules found each piece's attribution in its own sentence.
    init(resolver: SpeakerResolver, pieces: [QuotePiece], found: [Attribution?], explicit: [Bool]) {
        self.resolver = resolver
        self.pieces = pieces
        self.found = found
        self.explicit = explicit
        let tokens = resolver.tokens
        var paragraph = [Int](repeating: 0, count: tokens.count)
        var speech = [Bool](repeating: false, count: tokens.count)
        for index in tokens.indices {
            paragraph[index] = index == 0 ? 0 : paragraph[index - 1] + (tokens[index].lineBreakBefore ? 1 : 0)
            let token = tokens[index]
            speech[index] = !resolver.quoted[index] && token.kind == .word && SpeechVerbs.all.contains(token.lower) && !SpeechVerbs.naming.contains(token.lower)
        }
        var mentions: [Mention] = []
        for index in (resolver.personTokens + resolver.organisationTokens).sorted() where !resolver.isModifier(at: index) {
            guard let mention = resolver.personAt[index] ?? resolver.organisationAt[index], mention.label == .person || mention.label == .org else { continue }
            let attribution = resolver.attribution(of: mention, at: index)
            guard !attribution.isUnnamed else { continue }
            var last = index
            while last + 1 < tokens.count && tokens[last + 1].start < mention.end { last += 1 }
            let subject = mention.label == .person && resolver.isClauseSubject(index)
            mentions.append(Mention(token: index, last: last, attribution: attribution, subject: subject, oblique: resolver.isOblique(at: index)))
        }
        var counts: [String: Int] = [:]
        for mention in mentions { counts[mention.attribution.name, default: 0] += 1 }
        self.paragraph = paragraph
        self.speech = speech
        self.mentions = mentions
        self.counts = counts
        self.mostMentioned = counts.filter { $0.value >= 2 }.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// Whether two names stand for one speaker: equal, or one ("Woods") made of the other's words
    /// with the same last word ("Tiger Woods").
    static func sameSpeaker(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let left = a.split(separator: " "), right = b.split(separator: " ")
        guard let lastLeft = left.last, let lastRight = right.last, lastLeft == lastRight else { return false }
        let (shorter, longer) = left.count <= right.count ? (left, right) : (right, left)
        return shorter.allSatisfy(longer.contains)
    }

    /// The candidates of one quote piece, "no one" last.
    func candidates(for index: Int) -> [SpeakerCandidate] {
        let tokens = resolver.tokens
        let piece = pieces[index]
        let open = piece.open
        let lastInner = min(max(piece.close - 1, open), tokens.count - 1)
        let close = min(piece.close, tokens.count - 1)
        let first = tokens[open].sentence, last = tokens[lastInner].sentence
        let here = paragraph[open]
        let opensParagraph = open == 0 || tokens[open].lineBreakBefore
        let paragraphAttributed = tokens.indices.contains { paragraph[$0] == here && speech[$0] }
        let sentenceAttributed = tokens.indices.contains { (first...last).contains(tokens[$0].sentence) && speech[$0] }
        let rule = found[index]
        let ruleNamed = rule.map { !$0.isUnnamed } ?? false
        let ruleKind = rule.flatMap { $0.span }.map { kind(of: $0) } ?? ""
        let pronounMale = clausePronoun(open: open, close: close, first: first, last: last)
        let earlier = (0..<index).reversed().compactMap { found[$0] }.filter { !$0.isUnnamed }
        let previous = earlier.first
        let beforePrevious = earlier.first { speaker in previous.map { !Self.sameSpeaker(speaker.name, $0.name) } ?? false }
        var next: Attribution?
        if index + 1 < pieces.count, explicit[index + 1], let speaker = found[index + 1], !speaker.isUnnamed,
            paragraph[pieces[index + 1].open] == here || pieces[index + 1].continuation
        {
            next = speaker
        }
        let quotedWords = Set((open + 1..<max(lastInner + 1, open + 1)).map { tokens[$0].lower })

        var result: [SpeakerCandidate] = []
        func add(_ attribution: Attribution) -> Int {
            if let at = result.firstIndex(where: { Self.sameSpeaker($0.name, attribution.name) }) {
                if attribution.name.split(separator: " ").count > result[at].name.split(separator: " ").count, (result[at].features["rule"] ?? 0) == 0 {
                    result[at].name = attribution.name
                }
                return at
            }
            result.append(SpeakerCandidate(name: attribution.name, label: attribution.label, span: attribution.span))
            return result.count - 1
        }
        if let rule, ruleNamed { result[add(rule)].features["rule"] = 1 }
        let window = mentions.filter { tokens[$0.token].sentence >= first - 3 && tokens[$0.token].sentence <= last + 1 }
        var grouped: [Int: [Mention]] = [:]
        for mention in window { grouped[add(mention.attribution), default: []].append(mention) }
        for speaker in [previous, beforePrevious].compactMap({ $0 }) { _ = add(speaker) }

        let lastBefore = mentions.last { $0.last < open }
        let firstAfter = mentions.first { $0.token > close && tokens[$0.token].sentence == last }
        for at in result.indices {
            var f = result[at].features
            let name = result[at].name
            let isRule = (f["rule"] ?? 0) > 0
            let own = grouped[at] ?? []
            f["candidate"] = 1
            f[result[at].label == .org ? "org" : "person"] = 1
            if isRule {
                f["rule_explicit"] = explicit[index] ? 1 : 0
                f["rule_implicit"] = explicit[index] ? 0 : 1
                if !ruleKind.isEmpty { f["rule_" + ruleKind] = 1 }
                f["rule_single"] = piece.single ? 1 : 0
                f["rule_paragraph_unattributed"] = paragraphAttributed ? 0 : 1
                f["rule_continuation"] = piece.continuation ? 1 : 0
            }
            let isPrevious = previous.map { Self.sameSpeaker($0.name, name) } ?? false
            if isPrevious {
                f["previous_speaker"] = 1
                f["previous_opens_paragraph"] = opensParagraph ? 1 : 0
                f["previous_paragraph_unattributed"] = paragraphAttributed ? 0 : 1
                f["previous_sentence_attributed"] = sentenceAttributed ? 1 : 0
                f["previous_single"] = piece.single ? 1 : 0
            }
            if beforePrevious.map({ Self.sameSpeaker($0.name, name) }) ?? false { f["earlier_speaker"] = 1 }
            if earlier.contains(where: { Self.sameSpeaker($0.name, name) }) { f["spoke_before"] = 1 }
            if next.map({ Self.sameSpeaker($0.name, name) }) ?? false { f["next_speaker"] = 1 }
            if own.isEmpty {
                f["not_near"] = 1
            } else {
                let gaps = own.map { mention -> Int in
                    let sentence = tokens[mention.token].sentence
                    return sentence < first ? first - sentence : sentence > last ? sentence - last : 0
                }
                let tokenGaps = own.map { $0.last < open ? open - $0.last : $0.token - close }
                f["in_sentence"] = gaps.contains(0) ? 1 : 0
                f["in_previous_sentence"] = own.contains { tokens[$0.token].sentence == first - 1 } ? 1 : 0
                f["in_next_sentence"] = own.contains { tokens[$0.token].sentence == last + 1 } ? 1 : 0
                f["in_paragraph"] = own.contains { paragraph[$0.token] == here } ? 1 : 0
                f["sentence_gap"] = min(Double(gaps.min() ?? 4), 4) / 4
                f["token_gap"] = min(log1p(Double(max(tokenGaps.min() ?? 200, 0))) / log1p(200), 1)
                f["after_quote"] = own.contains { $0.token > close } && !own.contains { $0.last < open && tokens[$0.token].sentence >= first } ? 1 : 0
                f["window_mentions"] = Double(min(own.count, 5)) / 5
                f["subject"] = own.contains { $0.subject && !$0.oblique } ? 1 : 0
                f["oblique_only"] = own.allSatisfy(\.oblique) ? 1 : 0
                f["speech_verb_next_to"] = own.contains { tokens[$0.token].sentence >= first - 1 && nextToSpeechVerb($0) } ? 1 : 0
                f["speech_verb_in_sentence"] = own.contains { (first...last).contains(tokens[$0.token].sentence) && nextToSpeechVerb($0) } ? 1 : 0
            }
            if let lastBefore, Self.sameSpeaker(lastBefore.attribution.name, name) { f["nearest_before"] = 1 }
            if let firstAfter, Self.sameSpeaker(firstAfter.attribution.name, name) { f["first_after_in_sentence"] = 1 }
            let count = counts.filter { Self.sameSpeaker($0.key, name) }.reduce(0) { $0 + $1.value }
            f["article_mentions"] = min(log1p(Double(count)) / log1p(30), 1)
            if let mostMentioned, Self.sameSpeaker(mostMentioned, name) { f["most_mentioned"] = 1 }
            if let surname = name.split(separator: " ").last, quotedWords.contains(surname.lowercased()) { f["named_in_quote"] = 1 }
            if let pronounMale {
                if result[at].label == .org {
                    f["pronoun_org"] = 1
                } else if let sex = resolver.sexOf[name] ?? SpeakerResolver.givenNameSex(of: name) {
                    f[sex == pronounMale ? "pronoun_agrees" : "pronoun_disagrees"] = 1
                }
            }
            result[at].features = f.filter { $0.value != 0 }
        }
        var nobody = SpeakerCandidate(name: "", label: .person, span: nil)
        nobody.features["nobody"] = 1
        nobody.features[ruleNamed ? "nobody_rule_named" : rule == nil ? "nobody_rule_none" : "nobody_rule_unnamed"] = 1
        if piece.single { nobody.features["nobody_single"] = 1 }
        if opensParagraph { nobody.features["nobody_opens_paragraph"] = 1 }
        if paragraphAttributed { nobody.features["nobody_paragraph_attributed"] = 1 }
        if !result.contains(where: { ($0.features["in_sentence"] ?? 0) > 0 || ($0.features["in_previous_sentence"] ?? 0) > 0 }) {
            nobody.features["nobody_no_one_near"] = 1
        }
        result.append(nobody)
        return result
    }

    /// How a span names its speaker: `pronoun`, `description` ("the 52-year-old") or `name`.
    private func kind(of span: Span) -> String {
        guard let token = resolver.tokens.first(where: { $0.start >= span.start }) else { return "name" }
        if ["he", "she", "it", "they", "i", "we"].contains(token.lower) { return "pronoun" }
        if ["the", "a", "an", "his", "her", "their", "its"].contains(token.lower) || !token.isCapitalized { return "description" }
        return "name"
    }

    /// The sex a he or she right before or after the quote, in its sentences, tells (`true` for he).
    private func clausePronoun(open: Int, close: Int, first: Int, last: Int) -> Bool? {
        let tokens = resolver.tokens
        let near = Array(stride(from: close + 1, to: min(close + 6, tokens.count), by: 1)) + Array(stride(from: open - 1, through: max(open - 6, 0), by: -1))
        for index in near where index >= 0 && !resolver.quoted[index] && (first...last).contains(tokens[index].sentence) {
            if tokens[index].lower == "he" { return true }
            if tokens[index].lower == "she" { return false }
        }
        return nil
    }

    /// Whether a speech verb stands within three tokens of a mention, in its sentence.
    private func nextToSpeechVerb(_ mention: Mention) -> Bool {
        let tokens = resolver.tokens
        let sentence = tokens[mention.token].sentence
        let around = Array(max(0, mention.token - 3)..<mention.token) + Array((mention.last + 1)..<min(tokens.count, mention.last + 4))
        return around.contains { speech[$0] && tokens[$0].sentence == sentence }
    }
}
