/// One paragraph of the extracted text and the element of the page it came from.
public struct Block: Sendable, Hashable, Codable {
    /// Code-point offset of the paragraph's first character in `ExtractedPage.text`.
    public var start: Int
    /// Code-point offset just past the paragraph's last character in `ExtractedPage.text`.
    public var end: Int
    /// The kind of element the paragraph came from.
    public var kind: BlockKind
    /// UTF-8 byte offset of the source element's start tag (`<`) in the original HTML.
    public var sourceStart: Int
    /// UTF-8 byte offset just past the source element (its end tag, or where it was implicitly closed).
    public var sourceEnd: Int

    /// Creates a block.
    /// - Parameters:
    ///   - start: code-point offset of the paragraph in the extracted text.
    ///   - end: code-point offset just past the paragraph.
    ///   - kind: the kind of source element.
    ///   - sourceStart: byte offset of the source element in the original HTML.
    ///   - sourceEnd: byte offset just past the source element.
    public init(start: Int, end: Int, kind: BlockKind, sourceStart: Int, sourceEnd: Int) {
        self.start = start
        self.end = end
        self.kind = kind
        self.sourceStart = sourceStart
        self.sourceEnd = sourceEnd
    }
}
