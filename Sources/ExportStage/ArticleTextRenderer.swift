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

    private let scalars: [Unicode.Scalar]
    private var levels: [(spans: [Marked], close: String)] = []

    /// Prepares the rendering of `document`, whose section has the id `anchor`.
    init(_ document: Document, anchor: String) {
        scalars = Array(document.text.unicodeScalars)
        let paragraphs = document[StandardLayers.Paragraphs.self] ?? Self.lines(scalars)
        levels.append((Self.clean(paragraphs.map { Marked(start: $0.start, end: $0.end, open: "<p>") }, limit: scalars.count), "</p>"))
        let sentences = (document[StandardLayers.Sentences.self] ?? []).enumerated().map { index, span in
            Marked(start: span.start, end: span.end, open: "<span class=\"s\" id=\"\(ReportIndex.sentenceAnchor(anchor, index))\">")
        }
        levels.append((Self.clean(sentences, limit: scalars.count), "</span>"))
        let entities = (document[StandardLayers.Entities.self] ?? []).map { mention in
            let title = HTMLText.escape("\(mention.label.rawValue): \(mention.canonical)")
            return Marked(start: mention.start, end: mention.end, open: "<mark class=\"ent \(EntityLabelStyle.cssClass(mention.label))\" title=\"\(title)\">")
        }
        levels.append((Self.clean(entities, limit: scalars.count), "</mark>"))
    }

    /// The HTML of the text.
    func html() -> String {
        var boundaries = Set([0, scalars.count])
        for level in levels {
            for span in level.spans {
                boundaries.insert(span.start)
                boundaries.insert(span.end)
            }
        }
        let points = boundaries.sorted()
        var output = String.UnicodeScalarView()
        var cursors = Array(repeating: 0, count: levels.count)
        var open: [Int?] = Array(repeating: nil, count: levels.count)
        for (start, end) in zip(points, points.dropFirst()) where start < end {
            var wanted: [Int?] = []
            for (depth, level) in levels.enumerated() {
                while cursors[depth] < level.spans.count, level.spans[cursors[depth]].end <= start { cursors[depth] += 1 }
                let cursor = cursors[depth]
                wanted.append(cursor < level.spans.count && level.spans[cursor].start <= start ? cursor : nil)
            }
            if let changed = wanted.indices.first(where: { wanted[$0] != open[$0] }) {
                for depth in (changed..<levels.count).reversed() where open[depth] != nil {
                    output.append(contentsOf: levels[depth].close.unicodeScalars)
                    open[depth] = nil
                }
                for depth in changed..<levels.count {
                    if let index = wanted[depth] {
                        output.append(contentsOf: levels[depth].spans[index].open.unicodeScalars)
                        open[depth] = index
                    }
                }
            }
            for scalar in scalars[start..<end] {
                HTMLText.append(scalar, to: &output)
            }
        }
        for depth in levels.indices.reversed() where open[depth] != nil {
            output.append(contentsOf: levels[depth].close.unicodeScalars)
        }
        return String(output)
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

    /// Paragraphs when the document has no `paragraphs` layer: its non-blank lines.
    private static func lines(_ scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            if scalars[start..<index].contains(where: { !$0.properties.isWhitespace }) {
                spans.append(Span(start: start, end: index))
            }
            start = index + 1
        }
        return spans
    }
}
