import DocPipe

/// What the summarizer knows about one sentence: its words, its terms and its shape.
struct SentenceProfile: Sendable {
    /// The index in the document's `sentences` layer.
    var index: Int
    /// The sentence span.
    var span: Span
    /// The number of words (letter or digit runs).
    var wordCount: Int
    /// Words that start with a lower-case letter.
    var lowercaseWords: Int
    /// Words that start with an upper-case letter.
    var capitalizedWords: Int
    /// Whether the sentence ends with sentence punctuation, possibly followed by closing quotes or brackets.
    var endsWithPunctuation: Bool
    /// Stemmed content terms with their counts, sorted by term.
    var terms: [(term: String, count: Int)]
}
