/// Companies named by two surnames joined by "and" ("Barnes and Noble", "Ernst and Young"), which
/// read as two people unless the sentence treats the pair as one company: it "said it" or "said
/// its", or a company noun stands in apposition ("…, the accounting firm said").
enum CompanyPairs {
    /// Nouns for a company in an apposition after its name.
    static let companyNouns = WordList.set("""
    firm|company|group|bank|retailer|chain|carrier|insurer|lender|maker|giant|publisher|bookseller|airline|\
    brewer|manufacturer|partnership|consultancy|business|store|stores|label|agency|network|outfit
    """)

    /// Whether a run is "WORD and WORD" naming one company: both words capitalised, neither a
    /// common given name, a place or an acronym, and a company cue after the run in its sentence.
    static func isCompanyPair(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard run.count == 3, tokens[run.lowerBound + 1].text == "and" else { return false }
        for index in [run.lowerBound, run.upperBound - 1] {
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized, !token.isAcronym, !FirstNames.common.contains(token.text),
                  Gazetteer.label(of: token.text) == nil, !CommonWords.isCommon(token.lower) || CensusNames.surnames.contains(token.text) else { return false }
        }
        return hasCompanyCue(after: run, tokens)
    }

    /// Whether the words after a name treat it as one company: a speech verb and "it"/"its"
    /// ("said it would"), or later in the sentence a comma, "the", up to three lower-case words
    /// ending in a company noun and a speech verb ("…, the accounting firm said").
    static func hasCompanyCue(after run: Range<Int>, _ tokens: [Token]) -> Bool {
        let next = run.upperBound
        guard next + 1 < tokens.count, tokens[next].sentence == tokens[run.lowerBound].sentence else { return false }
        if SpeechVerbs.all.contains(tokens[next].lower), ["it", "its"].contains(tokens[next + 1].text) { return true }
        var cursor = next
        while cursor + 3 < tokens.count, tokens[cursor].sentence == tokens[next].sentence {
            if tokens[cursor].text == ",", tokens[cursor + 1].text == "the" {
                var word = cursor + 2
                while word < tokens.count, word - cursor <= 5, tokens[word].kind == .word, !tokens[word].isCapitalized {
                    if companyNouns.contains(tokens[word].lower), word + 1 < tokens.count, SpeechVerbs.all.contains(tokens[word + 1].lower) { return true }
                    word += 1
                }
            }
            cursor += 1
        }
        return false
    }
}
