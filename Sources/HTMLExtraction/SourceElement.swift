/// Where one element of a known tag sits in the original HTML bytes.
struct SourceElement: Sendable {
    /// Byte offset of the `<` of the start tag.
    var start: Int
    /// Byte offset just past the element: past its end tag's `>`, or where it was implicitly closed.
    var end: Int
    /// The 1-based line of the start tag's `>` (the line libxml2 records for the element).
    var line: Int
}
