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
    let isCapitalized: Bool

    /// Whether every letter of the word is upper case and it has at least two letters ("CSTO", "U.S.").
    let isAcronym: Bool

    /// Creates a token; the case flags are computed once here.
    init(start: Int, end: Int, text: String, lower: String, kind: Kind, spaceBefore: Bool, lineBreakBefore: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.lineBreakBefore = lineBreakBefore
        var capitalized = false
        var acronym = false
        if kind == .word, let first = text.unicodeScalars.first, Scalars.isUppercase(first) {
            capitalized = true
            var letters = 0
            acronym = true
            for scalar in text.unicodeScalars where Scalars.isLetter(scalar) {
                if !Scalars.isUppercase(scalar) {
                    acronym = false
                    break
                }
                letters += 1
            }
            acronym = acronym && letters >= 2
        }
        isCapitalized = capitalized
        isAcronym = acronym
    }
}
