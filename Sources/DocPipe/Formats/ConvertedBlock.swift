/// One paragraph of a converted document, and where it came from in the source file.
///
/// Written as the document's `source_blocks` layer; `clean` keeps it pointing into the cleaned
/// text. Fields that do not apply to a format are absent from the JSON.
public struct ConvertedBlock: Sendable, Hashable, Codable {
    /// Code-point offset of the paragraph in the text.
    public var start: Int
    /// Code-point offset one past the paragraph.
    public var end: Int
    /// `heading`, `paragraph`, `listItem`, `tableRow`, `footnote`, …
    public var kind: String
    /// The 1-based page it starts on (PDF).
    public var page: Int?
    /// Its box on that page in PDF points, `[x_min, y_min, x_max, y_max]`, y growing downwards.
    public var box: [Double]?
    /// The part of a container it came from (`word/document.xml`, a chapter's path).
    public var part: String?

    /// Creates a block.
    public init(start: Int, end: Int, kind: String, page: Int? = nil, box: [Double]? = nil, part: String? = nil) {
        self.start = start
        self.end = end
        self.kind = kind
        self.page = page
        self.box = box
        self.part = part
    }
}
