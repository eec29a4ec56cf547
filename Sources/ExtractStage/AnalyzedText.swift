import DocPipe

/// A document's text prepared once for every extractor: code points, tokens with their sentences,
/// and the words the document writes in lower case.
struct AnalyzedText: Sendable {
    /// The text's code points.
    let scalars: [Unicode.Scalar]
    /// The tokens, each with its sentence index.
    let tokens: [Token]
    /// The number of sentences.
    let sentenceCount: Int
    /// Lower-case words the document writes in lower case somewhere (so a capitalised form of them
    /// at the start of a sentence is an ordinary word, not a name).
    let lowercaseWords: Set<String>
    /// Lower-cased words the document writes capitalised in the middle of a sentence.
    let midSentenceCapitalized: Set<String>
    /// Sentences with a line written in capitals (headlines, section heads, datelines), whose
    /// words were given title case (see ``TrueCasing``).
    let shoutedSentences: Set<Int>
    /// Whether the text reads as a sports report (see ``SportsContext``).
    let isSports: Bool

    /// Abbreviations after which a period does not end a sentence.
    static let abbreviations = WordList.set("mr|mrs|ms|dr|prof|gen|col|lt|sgt|capt|maj|adm|gov|sen|rep|rev|st|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|vs|etc|inc|corp|co|ltd|jr|sr|approx|dept|est|fig|u.s|e.g|i.e")

    /// Prepares a text.
    /// - Parameters:
    ///   - text: the document's text.
    ///   - sentences: the `sentences` layer when a segmenter wrote one; otherwise sentences are found
    ///     with a simple rule (line breaks, and `.`, `!`, `?` before a capitalised word).
    init(text: String, sentences: [Span]?) {
        scalars = Array(text.unicodeScalars)
        var tokens = Tokenizer.tokens(scalars)
        var sentence = 0
        if let sentences, !sentences.isEmpty {
            var cursor = 0
            for index in tokens.indices {
                while cursor + 1 < sentences.count && tokens[index].start >= sentences[cursor + 1].start { cursor += 1 }
                tokens[index].sentence = cursor
            }
            sentence = sentences.count - 1
        } else {
            for index in tokens.indices {
                if index > 0 && Self.breaksBefore(tokens, index) { sentence += 1 }
                tokens[index].sentence = sentence
            }
        }
        let shouted = TrueCasing.apply(to: &tokens)
        var lower: Set<String> = []
        var capitalized: Set<String> = []
        var previousSentence = -1
        var awaitingFirstWord = false
        for index in tokens.indices {
            if tokens[index].sentence != previousSentence {
                previousSentence = tokens[index].sentence
                awaitingFirstWord = true
            }
            guard tokens[index].kind == .word else { continue }
            if awaitingFirstWord {
                tokens[index].startsSentence = true
                awaitingFirstWord = false
            } else if tokens[index].isCapitalized {
                capitalized.insert(tokens[index].lower)
            }
            if let first = tokens[index].text.unicodeScalars.first, Scalars.isLowercase(first), !Self.isAddressPart(tokens, index) {
                lower.insert(tokens[index].lower)
            }
        }
        self.tokens = tokens
        self.sentenceCount = tokens.isEmpty ? 0 : sentence + 1
        self.lowercaseWords = lower
        self.midSentenceCapitalized = capitalized
        self.shoutedSentences = Set(shouted.map { tokens[$0].sentence })
        self.isSports = SportsContext.isSports(tokens)
    }

    /// Whether a word is glued to an address or handle ("bowe@…", "@bowe", "#bowe", "site.com/bowe"),
    /// where names are written in lower case.
    private static func isAddressPart(_ tokens: [Token], _ index: Int) -> Bool {
        if index > 0, !tokens[index].spaceBefore, "@#/.".contains(tokens[index - 1].text) { return true }
        if index + 1 < tokens.count, !tokens[index + 1].spaceBefore, tokens[index + 1].text == "@" || tokens[index + 1].text == "." && index + 2 < tokens.count && !tokens[index + 2].spaceBefore {
            return true
        }
        return false
    }

    private static func breaksBefore(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        if token.lineBreakBefore { return true }
        guard token.spaceBefore else { return false }
        var back = index - 1
        while back > 0 && tokens[back].kind == .punctuation && "\"”’')".contains(tokens[back].text) { back -= 1 }
        let mark = tokens[back]
        guard mark.kind == .punctuation, mark.text == "." || mark.text == "!" || mark.text == "?" else { return false }
        if mark.text == ".", back > 0, tokens[back - 1].kind == .word {
            let previous = tokens[back - 1]
            if previous.end == mark.start && (abbreviations.contains(previous.lower) || previous.text.unicodeScalars.count == 1 && previous.isCapitalized) {
                return false
            }
        }
        let first = token.text.unicodeScalars.first!
        return first.properties.isUppercase || token.kind == .number || "\"“‘(".unicodeScalars.contains(first)
    }

    /// The text between two code-point offsets.
    func text(_ start: Int, _ end: Int) -> String {
        ScalarString.make(scalars[max(0, start)..<min(end, scalars.count)])
    }
}
