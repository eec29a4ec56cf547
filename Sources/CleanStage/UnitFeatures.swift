/// The features boilerplate classification reads from a unit's normalised text.
struct UnitFeatures: Sendable {
    /// Number of words.
    var words = 0
    /// Words starting with a letter.
    var letterWords = 0
    /// Words starting with an uppercase letter.
    var capitalized = 0
    /// Stop words among the words.
    var stopWords = 0
    /// Whether the text ends with sentence-final punctuation (closing quotes and brackets aside).
    var endsSentence = false
    /// Whether the text ends with a colon.
    var endsWithColon = false
    /// The last code point before any closing quotes and brackets.
    var finalMark: Unicode.Scalar?

    /// Measures a unit.
    /// - Parameter scalars: the unit's normalised text.
    init(_ scalars: [Unicode.Scalar]) {
        WordScanner.forEachWord(in: scalars) { range in
            words += 1
            let first = scalars[range.lowerBound]
            if ScalarClass.isLetter(first) {
                letterWords += 1
                if ScalarClass.isUppercase(first) { capitalized += 1 }
                if StopWords.contains(scalars[range]) { stopWords += 1 }
            }
        }
        var index = scalars.count - 1
        while index >= 0, ScalarClass.isClosing(scalars[index]) { index -= 1 }
        if index >= 0 {
            finalMark = scalars[index]
            endsSentence = ScalarClass.isSentenceFinal(scalars[index])
            endsWithColon = scalars[index] == ":"
        }
    }

    /// Share of stop words among the words.
    var stopShare: Double { words == 0 ? 0 : Double(stopWords) / Double(words) }

    /// Share of capitalised words among the words that start with a letter.
    var capitalShare: Double { letterWords == 0 ? 0 : Double(capitalized) / Double(letterWords) }

    /// Whether the unit reads as running prose: it ends a sentence, has four words or more, and
    /// is not title-cased (unless it is long: 25 words or more).
    var isProse: Bool {
        guard endsSentence || endsWithColon, words >= 4 else { return false }
        return capitalShare < 0.6 || words >= 25
    }
}
