/// An extractive summary: chosen sentences in document order.
public struct Summary: Sendable, Hashable, Codable {
    /// Indices into the `sentences` layer, ascending.
    public var sentences: [Int]
    /// The chosen sentences joined by a space.
    public var text: String

    /// Creates a summary.
    public init(sentences: [Int], text: String) {
        self.sentences = sentences
        self.text = text
    }
}
