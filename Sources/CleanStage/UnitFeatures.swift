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
        let count = scalars.count
        var index = 0
        while index < count {
            let first = scalars[index]
            guard WordScanner.isWordScalar(first) else {
                index += 1
                continue
            }
            var packed = StopWords.code(first)
            var packable = packed != 0
            var length = 1
            index += 1
            while index < count {
                let scalar = scalars[index]
                if WordScanner.isWordScalar(scalar) {
                    length += 1
                    index += 1
                } else if WordScanner.isJoiner(scalar), index + 1 < count, WordScanner.isWordScalar(scalars[index + 1]) {
                    length += 1
                    index += 1
                } else {
                    break
                }
                if packable {
                    let code = StopWords.code(scalar)
                    packable = code != 0 && length <= 12
                    packed = packed << 5 | code
                }
            }
            words += 1
            if ScalarClass.isLetter(first) {
                letterWords += 1
                if ScalarClass.isUppercase(first) { capitalized += 1 }
                if packable && StopWords.contains(packed: packed) { stopWords += 1 }
            }
        }
        var last = count - 1
        while last >= 0, ScalarClass.isClosing(scalars[last]) { last -= 1 }
        if last >= 0 {
            finalMark = scalars[last]
            endsSentence = ScalarClass.isSentenceFinal(scalars[last])
            endsWithColon = scalars[last] == ":"
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
