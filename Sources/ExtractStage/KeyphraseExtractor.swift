import DocPipe
import Foundation

/// Picks the noun phrases that characterise a document.
///
/// Candidates are runs of one to four content words between stopwords, punctuation, numbers and
/// verbs of saying, past tenses, lower-case -ed words and present-tense verbs (a lower-case -s word
/// before a name or a determiner); a capitalised word after a lower-case one starts a new run
/// ("chief financial officer" | "Dana Reyes"). Words in -ly are trimmed from both ends, and a given
/// name left at the end without its surname is dropped. A candidate scores
/// `tf × (1 + ln(mean word frequency)) × length × (1 + 1 / (1 + first sentence index))`, where
/// length is 0.5 for one word and 1 + 0.5 × (words − 1) otherwise: repeated phrases of frequent
/// words, longer phrases and phrases that appear early rank higher. Single words need two occurrences; a phrase contained
/// in a better one is dropped.
struct KeyphraseExtractor: Sendable {
    /// How many to keep.
    let limit: Int

    private static let excluded = WordList.set("despite|amid|unlike|including|regarding|concerning|toward|towards|across|believe|believes|make|makes|making|seem|seems|want|wants|need|needs|know|knows|think|thinks|see|sees|become|becomes|became|remain|remains|appear|appears|try|tries|trying|use|uses|using|allow|allows|help|helps|show|shows|mean|means|give|gives|come|comes|go|goes|going|keep|keeps|find|finds|began|begin|begins|get|gets|getting|look|looks|call|calls|let|tell|tells|ask|asks|hope|hopes|poses|pose|play|plays|sent|send|sends||also|said|says|would|could|like|well|even|still|much|many|mere|according|however|one|two|way|lot|thing|things|time|times|part|kind|sort|yet|first|last|next|new|make|made|take|taken|put|set|ahead|behind|apart|away|adrift|past|again|ago|later|earlier|already|almost|nearly|instead|together|abroad")

    /// Words never inside a candidate: stopwords, the excluded words above, verbs of saying,
    /// number words and calendar words, in one set so that most words cost one look-up.
    private static let neverContent: Set<String> = {
        var words = CommonWords.stopwords.union(excluded).union(SpeechVerbs.all)
        words.formUnion(NumberWords.units.keys)
        words.formUnion(NumberWords.tens.keys)
        words.formUnion(CalendarWords.weekdays.keys)
        words.formUnion(CalendarWords.months.keys.filter { CalendarWords.isCalendarWord($0) })
        return words
    }()

    private static let pastTenses = WordList.set("rose|fell|grew|began|went|came|took|gave|made|saw|left|held|kept|ran|led|won|lost|sent|spent|built|brought|bought|fought|thought|told|felt|met|paid|stood|sat|spoke|broke|chose|drove|flew|knew|drew|threw|wrote|rode|sought|became|seemed|got|found|meant|heard|struck|fled|shot|hid|forgot|caught|taught|sold|understood|woke")

    /// Whether a lower-case word reads as a verb form that ends a noun phrase: a past tense or a
    /// participle in -ed.
    private func isVerbLike(_ token: Token) -> Bool {
        guard !token.isCapitalized else { return false }
        return Self.pastTenses.contains(token.lower) || (token.lower.hasSuffix("ed") && token.lower.hasMoreScalars(than: 4))
    }

    private static let determiners = WordList.set("the|a|an|his|her|their|its|our|my|your|this|that|these|those")

    /// Whether a lower-case word in -s reads as a verb in the present tense: it is followed by a
    /// name or a determiner ("win leaves City", "plan costs the city").
    private func isPresentVerb(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard !token.isCapitalized, token.lower.hasMoreScalars(than: 3), token.lower.hasSuffix("s"), index + 1 < tokens.count else { return false }
        if token.lower.hasSuffix("ss") || token.lower.hasSuffix("us") || token.lower.hasSuffix("is") { return false }
        let next = tokens[index + 1]
        guard next.kind == .word, next.spaceBefore, !next.lineBreakBefore else { return false }
        return (next.isCapitalized && !next.startsSentence) || Self.determiners.contains(next.lower)
    }

    /// Whether a word is a given name left at the end of a phrase without its surname.
    private func isStrandedFirstName(_ tokens: [Token], last: Int, previous: Int?) -> Bool {
        let token = tokens[last]
        guard token.isCapitalized, FirstNames.all.contains(token.text) else { return false }
        return previous.map { !tokens[$0].isCapitalized } ?? true
    }

    private struct Candidate {
        var start: Int
        var end: Int
        var sentence: Int
        var count: Int
        /// The phrase's words, as ids into the words met.
        var words: [Int]
    }

    /// A phrase of one to four words, as ids into the words met (unused places −1).
    private struct PhraseKey: Hashable {
        var first: Int32 = -1, second: Int32 = -1, third: Int32 = -1, fourth: Int32 = -1
    }

    /// The keyphrases of a text, best first.
    /// - Parameter text: the analysed text.
    /// - Returns: at most `limit` phrases.
    func keyphrases(in text: AnalyzedText) -> [Keyphrase] {
        guard limit > 0 else { return [] }
        let tokens = text.tokens
        var wordIDs: [String: Int] = [:]
        var words: [String] = []
        var wordFrequency: [Int] = []
        var candidateIndex: [PhraseKey: Int] = [:]
        var candidates: [Candidate] = []
        var run: [Int] = []
        var phrase: [Int] = []
        phrase.reserveCapacity(4)
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard !run.isEmpty else { return }
            var index = 0
            while index < run.count {
                var low = index, high = min(run.count, index + 4)
                index += 4
                while high > low, tokens[run[high - 1]].lower.hasSuffix("ly") { high -= 1 }
                while low < high, tokens[run[low]].lower.hasSuffix("ly") { low += 1 }
                if low < high, isStrandedFirstName(tokens, last: run[high - 1], previous: high - 1 > low ? run[high - 2] : nil) { high -= 1 }
                guard low < high else { continue }
                phrase.removeAll(keepingCapacity: true)
                var key = PhraseKey()
                for position in low..<high {
                    let word = tokens[run[position]].lower
                    let id: Int
                    if let known = wordIDs[word] {
                        id = known
                    } else {
                        id = words.count
                        wordIDs[word] = id
                        words.append(word)
                        wordFrequency.append(0)
                    }
                    wordFrequency[id] += 1
                    phrase.append(id)
                    switch position - low {
                    case 0: key.first = Int32(id)
                    case 1: key.second = Int32(id)
                    case 2: key.third = Int32(id)
                    default: key.fourth = Int32(id)
                    }
                }
                if let existing = candidateIndex[key] {
                    candidates[existing].count += 1
                } else {
                    let first = tokens[run[low]], last = tokens[run[high - 1]]
                    candidateIndex[key] = candidates.count
                    candidates.append(Candidate(start: first.start, end: last.end, sentence: first.sentence, count: 1, words: phrase))
                }
            }
        }
        for (index, token) in tokens.enumerated() {
            let content = token.kind == .word && token.lower.hasMoreScalars(than: 2) && !Self.neverContent.contains(token.lower)
                && !(token.lower.utf8.contains(UInt8(ascii: "-")) && NumberWords.value(of: token.lower) != nil)
                && !(token.startsSentence && CommonWords.frequent.contains(token.lower))
                && !isVerbLike(token) && !isPresentVerb(tokens, index)
            let startsName = token.isCapitalized && !token.startsSentence && run.last == index - 1 && index > 0 && !tokens[index - 1].isCapitalized
            if !content || startsName || token.lineBreakBefore || (index > 0 && tokens[index - 1].kind == .possessive) { flush() }
            if content { run.append(index) }
        }
        flush()
        var scored: [(Candidate, Double)] = []
        for candidate in candidates {
            if candidate.words.count == 1 && candidate.count < 2 { continue }
            let meanFrequency = Double(candidate.words.reduce(0) { $0 + wordFrequency[$1] }) / Double(candidate.words.count)
            let score = Double(candidate.count) * (1 + log(meanFrequency)) * (candidate.words.count == 1 ? 0.5 : 1 + 0.5 * Double(candidate.words.count - 1))
                * (1 + 1 / (1 + Double(candidate.sentence)))
            scored.append((candidate, score))
        }
        scored.sort { ($0.1, $1.0.start) > ($1.1, $0.0.start) }
        var chosen: [Keyphrase] = []
        var chosenKeys: [String] = []
        for (candidate, score) in scored where chosen.count < limit {
            let key = " " + candidate.words.map { words[$0] }.joined(separator: " ") + " "
            if chosenKeys.contains(where: { $0.contains(key) || key.contains($0) }) { continue }
            chosenKeys.append(key)
            chosen.append(Keyphrase(start: candidate.start, end: candidate.end, text: text.text(candidate.start, candidate.end), score: (score * 1000).rounded() / 1000))
        }
        return chosen
    }
}
