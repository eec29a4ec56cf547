import DocPipe

/// Scores each sentence's readability with the Flesch reading-ease formula.
public struct ReadabilityStage: Stage {
    /// Options.
    public struct Options: StageOptions {
        /// Sentences shorter than this many words get no score.
        @Option(help: "Sentences with fewer words than this get no score.")
        public var minimum_words = 3

        /// Creates the defaults.
        public init() {}
    }

    /// `readability`.
    public static let name = "readability"
    /// What the stage does.
    public static let abstract = "Flesch reading ease per sentence."
    /// Needs sentences.
    public static let reads = [StandardLayers.Sentences.name]
    /// Writes `readability`.
    public static let writes = [ReadabilityLayer.name]

    let minimumWords: Int

    /// Creates the stage.
    /// - Throws: ``StageError`` when `minimum_words` is below 1.
    public init(options: Options, context: StageContext) throws {
        guard options.minimum_words >= 1 else { throw StageError("minimum_words must be at least 1") }
        minimumWords = options.minimum_words
    }

    /// Scores every sentence.
    public func process(_ document: inout Document) throws {
        let sentences = document[StandardLayers.Sentences.self] ?? []
        document[ReadabilityLayer.self] = sentences.compactMap { span in
            let words = document.text(of: span).split { !$0.isLetter && $0 != "'" }
            guard words.count >= minimumWords else { return nil }
            let syllables = words.reduce(0) { $0 + Self.syllables(in: $1) }
            let score = 206.835 - 1.015 * Double(words.count) - 84.6 * Double(syllables) / Double(words.count)
            return SentenceScore(start: span.start, end: span.end, score: (score * 10).rounded() / 10)
        }
    }

    /// Counts vowel groups, a common approximation of syllables.
    static func syllables(in word: Substring) -> Int {
        var count = 0
        var previousWasVowel = false
        for character in word.lowercased() {
            let isVowel = "aeiouy".contains(character)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if word.lowercased().hasSuffix("e") && count > 1 { count -= 1 }
        return max(1, count)
    }
}

/// A score for one sentence.
public struct SentenceScore: Codable, Sendable, Hashable {
    /// Code-point offset of the sentence.
    public var start: Int
    /// Code-point offset one past the sentence.
    public var end: Int
    /// Flesch reading ease: higher is easier.
    public var score: Double
}

/// The `readability` layer: one score per sentence long enough to score.
public enum ReadabilityLayer: LayerKey {
    /// Scores in sentence order.
    public typealias Value = [SentenceScore]
    /// The JSON key.
    public static let name = "readability"
}

/// The table `export` writes for the layer (`csv/layer_readability.csv`, SQLite `layer_readability`):
/// `doc`, `start`, `end`, `text`, then the columns declared here.
extension ReadabilityStage: LayerTableProvider {
    /// One column: the score.
    public static let layerTables = [LayerTable(layer: ReadabilityLayer.name, columns: [.init("score", .real)])]
}
