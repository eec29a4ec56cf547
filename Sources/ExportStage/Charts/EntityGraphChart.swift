import DocPipe
import Foundation

/// The main entities as a graph: one node per entity on a circle (most mentioned at the top, then
/// clockwise), sized by mentions and coloured by label; one edge per pair that shares sentences,
/// as thick as the number of shared sentences. The layout depends only on the counts, so the
/// bytes are the same on every run and with any number of jobs.
struct EntityGraphChart {
    /// The most edges listed in the text alternative.
    static let edgeListLimit = 30

    let graph: EntityCooccurrence

    /// The chart and its text alternative, or `nil` with fewer than two entities.
    func html() -> String? {
        let nodes = graph.clusters
        guard nodes.count > 1 else { return nil }
        let width = 780.0, height = 520.0, centreX = 390.0, centreY = 260.0, radius = 185.0
        let maxTotal = Double(graph.totals.max() ?? 1)
        let edges = graph.edges
        let maxShared = Double(edges.first?.2 ?? 1)
        let points = nodes.indices.map { position -> (x: Double, y: Double, angle: Double) in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(position) / Double(nodes.count)
            return (centreX + radius * cos(angle), centreY + radius * sin(angle), angle)
        }
        var body = ""
        for (first, second, shared) in edges.reversed() {
            let strength = Double(shared) / maxShared
            body += "<line x1=\"\(SVGNumber.format(points[first].x))\" y1=\"\(SVGNumber.format(points[first].y))\" "
                + "x2=\"\(SVGNumber.format(points[second].x))\" y2=\"\(SVGNumber.format(points[second].y))\" stroke=\"#607d8b\" "
                + "stroke-width=\"\(SVGNumber.format(1 + 7 * strength))\" stroke-opacity=\"\(SVGNumber.format(0.25 + 0.55 * strength))\">"
                + SVGFrame.tooltip("\(nodes[first].canonical) — \(nodes[second].canonical): \(shared) sentence\(shared == 1 ? "" : "s")") + "</line>\n"
        }
        for (position, cluster) in nodes.enumerated() {
            let point = points[position]
            let size = 7 + 21 * (Double(graph.totals[position]) / maxTotal).squareRoot()
            let colours = EntityLabelStyle.colours(cluster.label)
            body += "<circle cx=\"\(SVGNumber.format(point.x))\" cy=\"\(SVGNumber.format(point.y))\" r=\"\(SVGNumber.format(size))\" "
                + "fill=\"\(colours.background)\" stroke=\"\(colours.border)\" stroke-width=\"2\">"
                + SVGFrame.tooltip("\(cluster.canonical) (\(cluster.label.rawValue)): \(graph.totals[position]) mentions") + "</circle>"
            let labelX = point.x + (size + 6) * cos(point.angle)
            let labelY = point.y + (size + 6) * sin(point.angle) + 4
            let anchor = abs(cos(point.angle)) < 0.3 ? "middle" : cos(point.angle) > 0 ? "start" : "end"
            let dy = abs(cos(point.angle)) < 0.3 ? (sin(point.angle) < 0 ? -4.0 : 8.0) : 0
            body += SVGFrame.text(labelX, labelY + dy, ChartText.truncated(cluster.canonical, 28), anchor: anchor, extra: "font-weight=\"600\"") + "\n"
        }
        let description = "The \(nodes.count) most mentioned people, organisations and places; lines join entities named in the same sentence, thicker for more sentences. The tables below list the same."
        var html = "<figure class=\"chart\">" + SVGFrame.svg(id: "chart-entity-graph", width: width, height: height, title: "Entity graph: who appears with whom", description: description, body: body)
        html += "<figcaption>Nodes sized by mentions and coloured by label; edges weighted by sentences naming both.</figcaption></figure>\n"
        html += "<details class=\"alt\"><summary>The graph as tables</summary>\n"
        html += "<table><thead><tr><th>Entity</th><th>Label</th><th>Mentions</th></tr></thead><tbody>\n"
        for (position, cluster) in nodes.enumerated() {
            html += "<tr><td>\(HTMLText.escape(cluster.canonical))</td><td>\(cluster.label.rawValue)</td><td class=\"num\">\(graph.totals[position])</td></tr>\n"
        }
        html += "</tbody></table>\n<table><thead><tr><th>Entities</th><th>Sentences naming both</th></tr></thead><tbody>\n"
        for (first, second, shared) in edges.prefix(Self.edgeListLimit) {
            html += "<tr><td>\(HTMLText.escape(nodes[first].canonical)) — \(HTMLText.escape(nodes[second].canonical))</td><td class=\"num\">\(shared)</td></tr>\n"
        }
        if edges.isEmpty { html += "<tr><td colspan=\"2\">No two of these entities share a sentence.</td></tr>\n" }
        if edges.count > Self.edgeListLimit { html += "<tr><td colspan=\"2\">\(edges.count - Self.edgeListLimit) more pairs</td></tr>\n" }
        return html + "</tbody></table></details>\n"
    }
}
