import DocPipe
import HTMLExtraction

/// One paragraph of text cleaned from an HTML page, and where it came from in the page.
public struct SourceBlock: Sendable, Hashable, Codable {
    /// Code-point offset of the paragraph in the cleaned text.
    public var start: Int
    /// Code-point offset one past the paragraph.
    public var end: Int
    /// `heading`, `paragraph`, `listItem`, `quote` or `tableRow`.
    public var kind: String
    /// UTF-8 byte offset of the source element's start tag in the original page.
    public var byteStart: Int
    /// UTF-8 byte offset one past the source element's end tag.
    public var byteEnd: Int

    enum CodingKeys: String, CodingKey {
        case start, end, kind
        case byteStart = "byte_start"
        case byteEnd = "byte_end"
    }

    init(_ block: Block) {
        start = block.start
        end = block.end
        kind = block.kind.rawValue
        byteStart = block.sourceStart
        byteEnd = block.sourceEnd
    }
}

/// The `source_blocks` layer, written for HTML input: each paragraph's element in the page.
public enum SourceBlocks: LayerKey {
    /// Blocks in text order.
    public typealias Value = [SourceBlock]
    /// The JSON key.
    public static let name = "source_blocks"
}
