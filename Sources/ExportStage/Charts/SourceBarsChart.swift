import DocPipe

/// Who each outlet talks about: for the most active sources, one bar per main entity, as long as
/// the entity's share of that source's mentions of the main entities (so a small outlet's
/// profile reads as clearly as a large one's), labelled with the count.
struct SourceBarsChart {
    /// The most entities compared.
    static let entityLimit = 6
    /// The most sources with a row of their own; the rest are summed as "Other sources".
    static let sourceLimit = 8

    /// The entities compared, most mentioned first.
    let entities: [EntityCluster]
    /// Each source's mentions of ``entities``, most mentions first, "Other sources (N)" last.
    let rows: [(source: String, counts: [Int])]

    /// Sums the main entities' mentions by source.
    init(_ clusters: [EntityCluster], _ index: ReportIndex) {
        entities = Array(ReportOrdering.clusters(clusters).prefix(Self.entityLimit))
        var bySource: [String: [Int]] = [:]
        for (position, cluster) in entities.enumerated() {
            for (doc, count) in cluster.mentions {
                let source = index.entry(doc)?.source ?? doc
                bySource[source, default: Array(repeating: 0, count: entities.count)][position] += count
            }
        }
        let ranked = bySource.map { (source: $0.key, counts: $0.value) }
            .sorted { ($1.counts.reduce(0, +), $0.source) < ($0.counts.reduce(0, +), $1.source) }
        var rows = Array(ranked.prefix(Self.sourceLimit))
        if ranked.count > Self.sourceLimit {
            var other = Array(repeating: 0, count: entities.count)
            for row in ranked.dropFirst(Self.sourceLimit) {
                for position in other.indices { other[position] += row.counts[position] }
            }
            rows.append((source: "Other sources (\(ranked.count - Self.sourceLimit))", counts: other))
        }
        self.rows = rows
    }

    /// The chart and its table, or `nil` without entities.
    func html() -> String? {
        guard !entities.isEmpty, !rows.isEmpty else { return nil }
        let left = 200.0, barSpace = 500.0, barHeight = 9.0, gap = 14.0, legendHeight = 24.0 * Double((entities.count + 2) / 3), width = 780.0
        let groupHeight = Double(entities.count) * (barHeight + 1) + gap
        let height = legendHeight + Double(rows.count) * groupHeight + 8
        var body = ""
        for (position, entity) in entities.enumerated() {
            let x = 10 + Double(position % 3) * 255
            let y = 6 + Double(position / 3) * 22
            body += "<rect x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(y))\" width=\"12\" height=\"12\" fill=\"\(ChartPalette.colour(position))\"/>"
            body += SVGFrame.text(x + 17, y + 11, ChartText.truncated(entity.canonical, 34)) + "\n"
        }
        for (row, line) in rows.enumerated() {
            let y = legendHeight + Double(row) * groupHeight + gap / 2
            body += SVGFrame.text(left - 8, y + groupHeight / 2 - gap / 2 + 4, ChartText.truncated(line.source, 30), anchor: "end") + "\n"
            let rowTotal = Double(max(line.counts.reduce(0, +), 1))
            for (position, count) in line.counts.enumerated() {
                let barY = y + Double(position) * (barHeight + 1)
                let length = count == 0 ? 0 : max(1.5, Double(count) / rowTotal * barSpace)
                body += "<rect x=\"\(SVGNumber.format(left))\" y=\"\(SVGNumber.format(barY))\" width=\"\(SVGNumber.format(length))\" height=\"\(SVGNumber.format(barHeight))\" fill=\"\(ChartPalette.colour(position))\">"
                    + SVGFrame.tooltip("\(line.source): \(entities[position].canonical) ×\(count) (\(Int((Double(count) / rowTotal * 100).rounded()))%)") + "</rect>"
                if count > 0 { body += SVGFrame.text(left + length + 4, barY + barHeight - 1, String(count), extra: "font-size=\"9\"") }
                body += "\n"
            }
        }
        let description = "Each entity's share of the mentions of the \(entities.count) most mentioned entities in each of \(rows.count) sources; the table below gives the numbers."
        var html = "<figure class=\"chart\">" + SVGFrame.svg(id: "chart-source-bars", width: width, height: height, title: "Mentions of the main entities by source", description: description, body: body)
        html += "<figcaption>One group of bars per source, one bar per entity: its share of the source's mentions of these entities, labelled with the count.</figcaption></figure>\n"
        html += "<details class=\"alt\"><summary>The bars as a table</summary>\n<table><thead><tr><th>Source</th>"
        html += entities.map { "<th>\(HTMLText.escape($0.canonical))</th>" }.joined() + "</tr></thead><tbody>\n"
        for line in rows {
            html += "<tr><td>\(HTMLText.escape(line.source))</td>" + line.counts.map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody></table></details>\n"
    }
}
