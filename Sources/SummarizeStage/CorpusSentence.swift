/// A sentence kept from one document for a corpus-level result: where it is, its text and its terms.
struct CorpusSentence: Sendable {
    /// The document id.
    var doc: String
    /// The document's position in the stream.
    var documentOrder: Int
    /// The sentence index in the document.
    var index: Int
    /// The sentence text.
    var text: String
    /// Stemmed content terms with counts.
    var terms: [(term: String, count: Int)]
}
