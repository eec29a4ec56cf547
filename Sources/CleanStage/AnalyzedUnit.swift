/// A unit with its normalised text and features, what the classifier looks at.
struct AnalyzedUnit: Sendable {
    /// The unit.
    var unit: TextUnit
    /// Its normalised code points.
    var scalars: [Unicode.Scalar]
    /// Its normalised text.
    var text: String
    /// Its features.
    var features: UnitFeatures

    /// Its words, lowercased, `’` written `'`.
    func lowercasedWords() -> [String] { WordScanner.lowercasedWords(scalars) }

    /// Its text split at spaces, keeping punctuation attached.
    func tokens() -> [Substring] { text.split(separator: " ") }

    /// Its text case-folded for phrase matching.
    func folded() -> FoldedText { FoldedText(scalars) }

    /// Its text case-folded, as a string.
    func lowercasedText() -> String { folded().string }

    /// Its tokens with words glued by a scraper split apart where a lowercase letter is followed by
    /// an uppercase one ("PostDemocracy" → "Post", "Democracy"); reserved for short furniture lines.
    func camelSplitTokens() -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in scalars {
            if ScalarClass.isSpace(scalar) {
                if !current.isEmpty { tokens.append(String(current)) }
                current = String.UnicodeScalarView()
            } else {
                if ScalarClass.isLowercase(previous) && ScalarClass.isUppercase(scalar) && !current.isEmpty && current.count > 1 {
                    tokens.append(String(current))
                    current = String.UnicodeScalarView()
                }
                current.append(scalar)
            }
            previous = scalar
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }
}
