/// A stretch of text (a paragraph) and the language it is written in, as the `language` stage finds it.
public struct LanguageSpan: Sendable, Hashable, Codable {
    /// Offset of the first code point.
    public var start: Int
    /// Offset one past the last code point.
    public var end: Int
    /// The language: an ISO 639-1 code (`en`, `ru`, `zh`), another ISO 639 code where 639-1 has none,
    /// or `und` when undetermined.
    public var language: String
    /// How sure the identification is, from 0 to 1 (see `docs/stages/language.md`).
    public var confidence: Double

    /// Creates a language span.
    /// - Parameters:
    ///   - start: offset of the first code point.
    ///   - end: offset one past the last code point.
    ///   - language: the language code.
    ///   - confidence: from 0 to 1.
    public init(start: Int, end: Int, language: String, confidence: Double) {
        self.start = start
        self.end = end
        self.language = language
        self.confidence = confidence
    }
}

extension StandardLayers {
    /// `languages`: the language of each paragraph, written only for documents in more than one language.
    public enum Languages: LayerKey {
        public typealias Value = [LanguageSpan]
        public static let name = "languages"
    }
}
