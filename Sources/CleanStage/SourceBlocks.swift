import DocPipe
import HTMLExtraction

/// One paragraph of cleaned text, and where it came from: an HTML page's element (byte range), or
/// a converted document's page and box (PDF) or part (a container's file).
public struct SourceBlock: Sendable, Hashable, Codable {
    /// Code-point offset of the paragraph in the cleaned text.
    public var start: Int
    /// Code-point offset one past the paragraph.
    public var end: Int
    /// `heading`, `paragraph`, `listItem`, `quote` or `tableRow` (converters add their own).
    public var kind: String
    /// UTF-8 byte offset of the source element's start tag in the original page (HTML).
    public var byteStart: Int?
    /// UTF-8 byte offset one past the source element's end tag (HTML).
    public var byteEnd: Int?
    /// The 1-based page the paragraph starts on (PDF).
    public var page: Int?
    /// Its box on that page in points, `[x_min, y_min, x_max, y_max]`, y downwards (PDF).
    public var box: [Double]?
    /// The container's part it came from (DOCX, EPUB).
    public var part: String?

    enum CodingKeys: String, CodingKey {
        case start, end, kind, page, box, part
        case byteStart = "byte_start"
        case byteEnd = "byte_end"
    }

    /// Creates a block of a converted document (no byte range).
    public init(start: Int, end: Int, kind: String, page: Int? = nil, box: [Double]? = nil, part: String? = nil) {
        self.start = start
        self.end = end
        self.kind = kind
        self.page = page
        self.box = box
        self.part = part
    }

    init(_ block: Block) {
        start = block.start
        end = block.end
        kind = block.kind.rawValue
        byteStart = block.sourceStart
        byteEnd = block.sourceEnd
    }
}

/// The `source_blocks` layer, written for HTML input (each paragraph's element in the page) and
/// kept for converted documents (PDF pages and boxes, container parts).
public enum SourceBlocks: LayerKey {
    /// Blocks in text order.
    public typealias Value = [SourceBlock]
    /// The JSON key.
    public static let name = "source_blocks"
}
