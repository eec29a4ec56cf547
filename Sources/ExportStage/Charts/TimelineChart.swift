import DocPipe

/// The timeline as a picture: each source's reports of dated events as dots on a time axis,
/// one lane and colour per source (the most active ``laneLimit`` sources, then "Other sources"),
/// each dot linked to the sentence that reports the event.
struct TimelineChart {
    /// The most dots drawn; past it, events are sampled evenly in date order.
    static let eventLimit = 400
    /// The most sources with a lane of their own.
    static let laneLimit = 8

    private struct Event {
        var day: Int
        var date: String
        var doc: String
        var index: Int
        var text: String
        var source: String
    }

    private let events: [Event]
    private let lanes: [String]
    private let hasOther: Bool
    /// Events left out of the picture by ``eventLimit``.
    let omitted: Int

    /// Places the timeline's events.
    init(_ entries: [TimelineEntry], _ index: ReportIndex) {
        var all: [Event] = []
        for entry in entries {
            guard let day = CalendarDay.number(entry.date) else { continue }
            for cited in entry.sources ?? [CitedSentence(doc: entry.doc, index: entry.index, text: entry.text)] {
                all.append(Event(day: day, date: entry.date, doc: cited.doc, index: cited.index, text: cited.text,
                                 source: index.entry(cited.doc)?.source ?? cited.doc))
            }
        }
        all.sort { ($0.day, $0.source, $0.doc, $0.index) < ($1.day, $1.source, $1.doc, $1.index) }
        if all.count > Self.eventLimit {
            let step = Double(all.count) / Double(Self.eventLimit)
            omitted = all.count - Self.eventLimit
            all = (0..<Self.eventLimit).map { all[Int(Double($0) * step)] }
        } else {
            omitted = 0
        }
        var counts: [String: Int] = [:]
        for event in all { counts[event.source, default: 0] += 1 }
        let ranked = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        lanes = Array(ranked.prefix(Self.laneLimit))
        hasOther = ranked.count > Self.laneLimit
        events = all
    }

    /// The chart, or `nil` when no event has a date on the calendar; `id` is page-unique.
    func html(_ index: ReportIndex, pageExtension: String, id: String = "chart-timeline") -> String? {
        guard let first = events.first?.day, let last = events.last?.day else { return nil }
        let laneNames = lanes + (hasOther ? ["Other sources"] : [])
        let left = 190.0, right = 30.0, top = 16.0, laneHeight = 30.0, width = 780.0
        let plotWidth = width - left - right
        let height = top + Double(laneNames.count) * laneHeight + 44
        let start = last == first ? first - 1 : first
        let end = last == first ? last + 1 : last
        func x(_ day: Int) -> Double { left + Double(day - start) / Double(end - start) * plotWidth }
        var body = ""
        for (lane, name) in laneNames.enumerated() {
            let y = top + Double(lane) * laneHeight + laneHeight / 2
            body += "<line x1=\"\(SVGNumber.format(left))\" x2=\"\(SVGNumber.format(width - right))\" y1=\"\(SVGNumber.format(y))\" y2=\"\(SVGNumber.format(y))\" stroke=\"#e0e0e0\"/>"
            body += "<rect x=\"6\" y=\"\(SVGNumber.format(y - 5))\" width=\"10\" height=\"10\" fill=\"\(ChartPalette.colour(lane))\"/>"
            body += SVGFrame.text(22, y + 4, ChartText.truncated(name, 26)) + "\n"
        }
        let axisY = top + Double(laneNames.count) * laneHeight + 6
        body += "<line x1=\"\(SVGNumber.format(left))\" x2=\"\(SVGNumber.format(width - right))\" y1=\"\(SVGNumber.format(axisY))\" y2=\"\(SVGNumber.format(axisY))\" stroke=\"#555\"/>\n"
        for tick in Self.ticks(start, end) {
            let tx = x(tick.day)
            body += "<line x1=\"\(SVGNumber.format(tx))\" x2=\"\(SVGNumber.format(tx))\" y1=\"\(SVGNumber.format(axisY))\" y2=\"\(SVGNumber.format(axisY + 5))\" stroke=\"#555\"/>"
            body += SVGFrame.text(tx, axisY + 19, tick.label, anchor: "middle") + "\n"
        }
        var stacked: [String: Int] = [:]
        for event in events {
            let lane = lanes.firstIndex(of: event.source) ?? lanes.count
            let slot = "\(lane)-\(event.day)"
            let depth = stacked[slot, default: 0]
            stacked[slot] = depth + 1
            let y = top + Double(lane) * laneHeight + laneHeight / 2 + Double([0, -7, 7, -3, 3][depth % 5])
            let dot = "<circle cx=\"\(SVGNumber.format(x(event.day) + Double(depth / 5) * 3))\" cy=\"\(SVGNumber.format(y))\" r=\"5\" fill=\"\(ChartPalette.colour(lane))\" fill-opacity=\"0.85\" stroke=\"#fff\">"
                + SVGFrame.tooltip("\(event.date) — \(event.source): \(ChartText.truncated(event.text.trimmingSpaces, 160))") + "</circle>"
            if let link = index.link(doc: event.doc, index: event.index, sentenceLevel: true, from: .overview, pageExtension: pageExtension) {
                body += "<a href=\"\(HTMLText.escape(link))\">\(dot)</a>\n"
            } else {
                body += dot + "\n"
            }
        }
        let description = "\(events.count) reports of dated events from \(CalendarDay.iso(first)) to \(CalendarDay.iso(last)), one lane per source; the table below lists them."
        var html = "<figure class=\"chart\">" + SVGFrame.svg(id: id, width: width, height: height, title: "Timeline of events by source", description: description, body: body)
        let more = omitted > 0 ? " \(ReportFormatting.number(Double(omitted))) further reports are not drawn (an even sample of \(Self.eventLimit) is)." : ""
        html += "<figcaption>Events on a time axis, one lane and colour per source; each dot links to its sentence.\(more)</figcaption></figure>\n"
        return html
    }

    private static func ticks(_ start: Int, _ end: Int) -> [(day: Int, label: String)] {
        let span = end - start
        let step = [1, 2, 7, 14, 31, 61, 92, 183, 366, 731, 1827, 3653, 36525].first { span / $0 <= 6 } ?? max(span / 6, 1)
        return stride(from: start, through: end, by: step).map { day in
            let iso = CalendarDay.iso(day)
            return (day, step >= 366 ? String(iso.prefix(4)) : step >= 31 ? String(iso.prefix(7)) : iso)
        }
    }
}
