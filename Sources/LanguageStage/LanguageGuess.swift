/// What the language identifier says about one text.
public struct LanguageGuess: Sendable, Hashable {
    /// The language: ISO 639-1 where one exists (`en`, `kk`, `zh`), another ISO 639 code otherwise,
    /// `und` when undetermined.
    public var language: String
    /// From 0 to 1: the share of the text's letters in `language`, halved when the identifier
    /// finds the evidence too thin to be reliable (short or odd text).
    public var confidence: Double
    /// Whether the identifier considers the result reliable.
    public var reliable: Bool

    /// Creates a guess.
    /// - Parameters:
    ///   - language: the ISO 639 code, or `und`.
    ///   - confidence: from 0 to 1.
    ///   - reliable: whether the identifier considers it reliable.
    public init(language: String, confidence: Double, reliable: Bool) {
        self.language = language
        self.confidence = confidence
        self.reliable = reliable
    }

    /// The guess for text with no letters to go on.
    public static let undetermined = LanguageGuess(language: "und", confidence: 0, reliable: false)
}
