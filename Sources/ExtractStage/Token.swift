/// One word, number or punctuation mark of a document, with code-point offsets.
struct Token: Sendable {
    /// What kind of token it is.
    enum Kind: Sendable { case word, number, punctuation, possessive }

    /// Code-point offset of the first code point.
    var start: Int
    /// Code-point offset one past the last code point.
    var end: Int
    /// The token as written.
    var text: String
    /// The token lower-cased.
    var lower: String
    /// Its kind.
    var kind: Kind
    /// Whether white space separates it from the previous token.
    var spaceBefore: Bool
    /// Whether a line break separates it from the previous token.
    var lineBreakBefore: Bool
    /// Index of the sentence it belongs to.
    var sentence = 0
    /// Whether it is the first word of its sentence (after opening quotes or brackets).
    var startsSentence = false

    /// Whether the token is a word that starts with an upper-case letter.
    var isCapitalized: Bool { kind == .word && (text.unicodeScalars.first?.properties.isUppercase ?? false) }

    /// Whether every letter of the word is upper case and it has at least two letters ("CSTO", "U.S.").
    var isAcronym: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
