/// A noun phrase that characterises a document.
public struct Keyphrase: Sendable, Hashable, Codable {
    /// Code-point offset of the phrase's first occurrence.
    public var start: Int
    /// Code-point offset one past it.
    public var end: Int
    /// The phrase.
    public var text: String
    /// Higher is more characteristic; comparable within one document.
    public var score: Double

    /// Creates a keyphrase.
    public init(start: Int, end: Int, text: String, score: Double) {
        self.start = start
        self.end = end
        self.text = text
        self.score = score
    }
}
