/// The abbreviations one run of the stage knows: the built-in lists of ``Abbreviations`` plus
/// the ones the pipeline adds through the stage's options.
struct AbbreviationLexicon: Sendable {
    /// How a word written with a final period behaves at a possible sentence boundary.
    enum Kind: Sendable, Equatable {
        /// Never ends a sentence ("Mr.", "e.g.").
        case prepositive
        /// Ends a sentence only before a typical sentence opener ("Co.", "Jan.").
        case ambiguous
        /// An ordinary word, unless a number follows ("No. 5").
        case beforeNumberOnly
        /// Ends a sentence like an ordinary word, but is an abbreviation ("etc.").
        case usuallyFinal
        /// Not an abbreviation.
        case word
    }

    private let prepositive: Set<String>
    private let ambiguous: Set<String>
    /// The length in UTF-8 bytes of the longest entry: longer words need no look-up.
    let longestEntry: Int

    /// Creates the lexicon.
    /// - Parameters:
    ///   - extraPrepositive: more abbreviations that never end a sentence, lower case, no final period.
    ///   - extraAmbiguous: more abbreviations that end one only before a typical opener.
    init(extraPrepositive: [String] = [], extraAmbiguous: [String] = []) {
        prepositive = Abbreviations.prepositive.union(Abbreviations.prepositiveOtherLanguages)
            .union(extraPrepositive.map(Self.normalise))
        ambiguous = Abbreviations.ambiguous.union(Abbreviations.calendar)
            .union(Abbreviations.beforeNumber.subtracting(Abbreviations.ordinaryUnlessBeforeNumber))
            .union(extraAmbiguous.map(Self.normalise))
        longestEntry = prepositive.union(ambiguous).union(Abbreviations.ordinaryUnlessBeforeNumber)
            .union(Abbreviations.usuallyFinal).union(Abbreviations.beforeNumber).union(Abbreviations.calendar)
            .map(\.utf8.count).max() ?? 0
    }

    /// The behaviour of `word` (lower case, without its final period).
    func kind(of word: String) -> Kind {
        if prepositive.contains(word) { return .prepositive }
        if ambiguous.contains(word) { return .ambiguous }
        if Abbreviations.ordinaryUnlessBeforeNumber.contains(word) { return .beforeNumberOnly }
        if Abbreviations.usuallyFinal.contains(word) { return .usuallyFinal }
        return .word
    }

    /// Whether `word` (lower case, without its final period) is written before numbers ("No.", "p.", "Fig.").
    func precedesNumbers(_ word: String) -> Bool {
        Abbreviations.beforeNumber.contains(word) || Abbreviations.calendar.contains(word)
    }

    /// An option entry in the lexicon's form: lower case, without a final period.
    static func normalise(_ entry: String) -> String {
        var value = entry.lowercased()
        while value.hasSuffix(".") { value.removeLast() }
        return value
    }
}
