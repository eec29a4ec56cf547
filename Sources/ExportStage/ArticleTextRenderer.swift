import DocPipe

/// Renders a document's text as HTML: paragraphs, each sentence in an element with its own id
/// (so citations can link to it), entity mentions highlighted by label.
///
/// Paragraphs, sentences and entities are nested levels; a span that crosses the boundary of an
/// outer level is split so the HTML stays well formed, and of overlapping spans on one level the
/// earlier (then longer) one is kept.
struct ArticleTextRenderer {
    private struct Marked {
        var start: Int
        var end: Int
        var open: String
    }

    private let bytes: [UInt8]
    private let scalarCount: Int
    private var levels: [(spans: [Marked], close: String)] = []

    /// Prepares the rendering of `document`, whose section has the id `anchor`.
    init(_ document: Document, anchor: String) {
        bytes = Array(document.text.utf8)
        scalarCount = bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        let paragraphs = document[StandardLayers.Paragraphs.self] ?? Self.lines(bytes)
        levels.append((Self.clean(paragraphs.map { Marked(start: $0.start, end: $0.end, open: "<p>") }, limit: scalarCount), "</p>"))
        let sentences = (document[StandardLayers.Sentences.self] ?? []).enumerated().map { index, span in
            Marked(start: span.start, end: span.end, open: "<span class=\"s\" id=\"\(ReportIndex.sentenceAnchor(anchor, index))\">")
        }
        levels.append((Self.clean(sentences, limit: scalarCount), "</span>"))
        let entities = (document[StandardLayers.Entities.self] ?? []).map { mention in
            let title = HTMLText.escape("\(mention.label.rawValue): \(mention.canonical)")
            return Marked(start: mention.start, end: mention.end, open: "<mark class=\"ent \(EntityLabelStyle.cssClass(mention.label))\" title=\"\(title)\">")
        }
        levels.append((Self.clean(entities, limit: scalarCount), "</mark>"))
    }

    /// The HTML of the text.
    func html() -> String {
        var boundaries = Set([0, scalarCount])
        for level in levels {
            for span in level.spans {
                boundaries.insert(span.start)
                boundaries.insert(span.end)
            }
        }
        let points = boundaries.sorted()
        let byteOffsets = Self.byteOffsets(of: points, in: bytes)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        var cursors = Array(repeating: 0, count: levels.count)
        var open: [Int?] = Array(repeating: nil, count: levels.count)
        for (position, (start, end)) in zip(points, points.dropFirst()).enumerated() where start < end {
            var wanted: [Int?] = []
            for (depth, level) in levels.enumerated() {
                while cursors[depth] < level.spans.count, level.spans[cursors[depth]].end <= start { cursors[depth] += 1 }
                let cursor = cursors[depth]
                wanted.append(cursor < level.spans.count && level.spans[cursor].start <= start ? cursor : nil)
            }
            if let changed = wanted.indices.first(where: { wanted[$0] != open[$0] }) {
                for depth in (changed..<levels.count).reversed() where open[depth] != nil {
                    output.append(contentsOf: levels[depth].close.utf8)
                    open[depth] = nil
                }
                for depth in changed..<levels.count {
                    if let index = wanted[depth] {
                        output.append(contentsOf: levels[depth].spans[index].open.utf8)
                        open[depth] = index
                    }
                }
            }
            for byte in bytes[byteOffsets[position]..<byteOffsets[position + 1]] {
                HTMLText.append(byte, to: &output)
            }
        }
        for depth in levels.indices.reversed() where open[depth] != nil {
            output.append(contentsOf: levels[depth].close.utf8)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The UTF-8 byte offset of each code-point offset in `points` (ascending).
    private static func byteOffsets(of points: [Int], in bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(points.count)
        var byte = 0
        var scalar = 0
        for point in points {
            while scalar < point, byte < bytes.count {
                byte += 1
                while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
            result.append(byte)
        }
        return result
    }

    /// Spans clamped to the text, empty ones dropped, sorted, overlaps removed.
    private static func clean(_ spans: [Marked], limit: Int) -> [Marked] {
        let sorted = spans.map { span in
            var span = span
            span.start = max(0, min(span.start, limit))
            span.end = max(span.start, min(span.end, limit))
            return span
        }
        .filter { $0.start < $0.end }
        .enumerated()
        .sorted { ($0.element.start, $1.element.end, $0.offset) < ($1.element.start, $0.element.end, $1.offset) }
        .map(\.element)
        var kept: [Marked] = []
        for span in sorted where kept.last.map({ $0.end <= span.start }) ?? true {
            kept.append(span)
        }
        return kept
    }

    /// Paragraphs when the document has no `paragraphs` layer: its lines holding more than spaces.
    private static func lines(_ bytes: [UInt8]) -> [Span] {
        var spans: [Span] = []
        var lineStart = 0
        var scalar = 0
        var blank = true
        for index in 0...bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                if !blank { spans.append(Span(start: lineStart, end: scalar)) }
                scalar += 1
                lineStart = scalar
                blank = true
                continue
            }
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 {
                if byte != 0x20, byte != 0x09, byte != 0x0D { blank = false }
                scalar += 1
            }
        }
        return spans
    }
}
