import DocPipe

/// One conflict as bars side by side: each source's value of the same figure, the longest bar
/// the largest value, each bar linked to the sentence that reports it.
struct ConflictChart {
    let group: ConflictGroup
    /// A page-unique number for the chart's id.
    let number: Int

    /// The chart (the figure cards next to it are its text alternative).
    func html(_ index: ReportIndex, pageExtension: String) -> String {
        let figures = Array(group.figures.prefix(ReportLimits.figuresPerConflict))
        let left = 230.0, barSpace = 440.0, rowHeight = 28.0, top = 8.0, width = 780.0
        let height = top * 2 + Double(figures.count) * rowHeight
        let largest = figures.map { abs($0.value) }.max() ?? 1
        var body = ""
        for (row, figure) in figures.enumerated() {
            let y = top + Double(row) * rowHeight
            let length = largest > 0 ? max(2, abs(figure.value) / largest * barSpace) : 2
            let source = index.entry(figure.doc)?.source ?? figure.doc
            let value = ReportFormatting.figure(figure.value, unit: figure.unit)
            body += SVGFrame.text(left - 8, y + 18, ChartText.truncated(source, 34), anchor: "end")
            let bar = "<rect x=\"\(SVGNumber.format(left))\" y=\"\(SVGNumber.format(y + 4))\" width=\"\(SVGNumber.format(length))\" height=\"\(SVGNumber.format(rowHeight - 8))\" fill=\"\(ChartPalette.colour(row))\">"
                + SVGFrame.tooltip("\(value) — \(source): \(ChartText.truncated(figure.text.trimmingSpaces, 160))") + "</rect>"
            if let link = index.link(doc: figure.doc, index: figure.index, sentenceLevel: true, from: .overview, pageExtension: pageExtension) {
                body += "<a href=\"\(HTMLText.escape(link))\">\(bar)</a>"
            } else {
                body += bar
            }
            body += SVGFrame.text(left + length + 6, y + 18, value, extra: "font-weight=\"600\"") + "\n"
        }
        let subject = group.subject.map { " (\($0))" } ?? ""
        let values = figures.map { ReportFormatting.figure($0.value, unit: $0.unit) }.joined(separator: ", ")
        return SVGFrame.svg(id: "chart-conflict-\(number)", width: width, height: height, title: "Conflicting figures: \(group.unit)\(subject)",
                            description: "Values by source: \(values).", body: body)
    }
}
