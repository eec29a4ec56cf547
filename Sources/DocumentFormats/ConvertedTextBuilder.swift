import DocPipe

/// Builds a converted document's text, one paragraph per line with a blank line between, and
/// its blocks with code-point offsets.
struct ConvertedTextBuilder {
    /// The text so far.
    private(set) var text = ""
    /// The blocks so far.
    private(set) var blocks: [ConvertedBlock] = []
    private var length = 0

    /// Adds a paragraph; line breaks and runs of white space in it become single spaces, and an
    /// empty one is skipped.
    mutating func append(_ paragraph: String, kind: String, page: Int? = nil, box: [Double]? = nil, part: String? = nil) {
        let words = paragraph.split { $0.isWhitespace }
        guard !words.isEmpty else { return }
        let line = words.joined(separator: " ")
        if !text.isEmpty {
            text += "\n\n"
            length += 2
        }
        let count = line.unicodeScalars.count
        blocks.append(ConvertedBlock(start: length, end: length + count, kind: kind, page: page, box: box, part: part))
        text += line
        length += count
    }
}
