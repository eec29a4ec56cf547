/// A sentence of one document, cited by document id and sentence index.
public struct CitedSentence: Sendable, Hashable, Codable {
    /// The document id.
    public var doc: String
    /// The index in the document's `sentences` layer.
    public var index: Int
    /// The sentence text.
    public var text: String
    /// Ids of the documents that copy the cited one (near-duplicates, see `duplicates`), when
    /// the corpus counted a syndicated story once; `nil` when it has no copies.
    public var copies: [String]?

    /// Creates a citation.
    public init(doc: String, index: Int, text: String) {
        self.doc = doc
        self.index = index
        self.text = text
    }
}

/// A summary of the whole corpus made of cited sentences.
public struct CorpusSummary: Sendable, Hashable, Codable {
    /// The chosen sentences, in reading order.
    public var sentences: [CitedSentence]

    /// Creates a corpus summary.
    public init(sentences: [CitedSentence]) {
        self.sentences = sentences
    }
}
