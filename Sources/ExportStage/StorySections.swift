import DocPipe

/// The reports' story sections: an overview of the largest stories by size and time span, then,
/// when the corpus has several stories, a section per large story with its timeline (HTML: its
/// timeline chart too) and its conflicting figures (HTML: a bar chart each). Every list is capped
/// like the rest of the overview, with the count of the rest and where to find them.
enum StorySections {
    /// Stories listed in the overview table (the largest; all of them are in `stories.csv`).
    static let overviewLimit = 100
    /// Stories with a section of their own (the largest of two or more documents).
    static let sectionLimit = 20
    /// Documents named per story section.
    static let documentsPerStory = 12
    /// Timeline rows per story section.
    static let timelinePerStory = 20
    /// Conflicting-figure groups per story section.
    static let conflictsPerStory = 5

    /// The Markdown sections, or nothing when no `stories` step ran.
    static func markdown(_ results: CorpusResults, _ index: ReportIndex, pageExtension: String) -> String {
        guard let stories = results[StandardCorpusKeys.Stories.self], !stories.isEmpty else { return "" }
        var text = "<a id=\"stories\"></a>\n\n## Stories\n\n| Story | Documents | From | To |\n|---|---:|---|---|\n"
        for story in stories.prefix(overviewLimit) {
            text += "| \(MarkdownText.inline(story.label)) (`\(story.id)`) | \(story.documents.count) | \(story.firstDate ?? "") | \(story.lastDate ?? "") |\n"
        }
        text += "\n" + more(stories.count - overviewLimit, "stories", markdown: true)
        guard stories.count > 1 else { return text }
        for story in sections(stories) {
            text += "<a id=\"story-\(story.id)\"></a>\n\n### Story: \(MarkdownText.inline(story.label))\n\n"
            text += "Documents: " + story.documents.prefix(documentsPerStory).map { markdownLink($0, index, pageExtension) }.joined(separator: ", ")
            text += story.documents.count > documentsPerStory ? " and \(story.documents.count - documentsPerStory) more\n\n" : "\n\n"
            if let timeline = story.timeline, !timeline.isEmpty {
                text += "| Date | Event | Source |\n|---|---|---|\n"
                for entry in timeline.prefix(timelinePerStory) {
                    text += "| \(MarkdownText.inline(entry.date)) | \(MarkdownText.inline(entry.text.trimmingSpaces)) | \(markdownLink(entry.doc, index, pageExtension)) |\n"
                }
                text += "\n" + more(timeline.count - timelinePerStory, "events of this story", markdown: true)
            }
            for group in (story.conflicts ?? []).prefix(conflictsPerStory) {
                let figures = group.figures.prefix(ReportLimits.figuresPerConflict).map {
                    "\(ReportFormatting.figure($0.value, unit: $0.unit)) (\(markdownLink($0.doc, index, pageExtension)))"
                }
                text += "- Conflicting \(MarkdownText.inline(group.unit)): " + figures.joined(separator: "; ") + "\n"
            }
            if !(story.conflicts ?? []).isEmpty { text += "\n" }
        }
        return text
    }

    /// The HTML sections, or nothing when no `stories` step ran.
    static func html(_ results: CorpusResults, _ index: ReportIndex, pageExtension: String) -> String {
        guard let stories = results[StandardCorpusKeys.Stories.self], !stories.isEmpty else { return "" }
        var html = "<section id=\"stories\"><h2>Stories</h2>\n<table><thead><tr><th>Story</th><th>Documents</th><th>From</th><th>To</th></tr></thead><tbody>\n"
        for story in stories.prefix(overviewLimit) {
            html += "<tr><td>\(HTMLText.escape(story.label)) <small>\(HTMLText.escape(story.id))</small></td><td class=\"num\">\(story.documents.count)</td>"
            html += "<td class=\"date\">\(HTMLText.escape(story.firstDate ?? ""))</td><td class=\"date\">\(HTMLText.escape(story.lastDate ?? ""))</td></tr>\n"
        }
        html += "</tbody></table>\n" + more(stories.count - overviewLimit, "stories", markdown: false)
        guard stories.count > 1 else { return html + "</section>\n" }
        for (number, story) in sections(stories).enumerated() {
            html += "<h3 id=\"story-\(HTMLText.escape(story.id))\">\(HTMLText.escape(story.label))</h3>\n"
            html += "<p>" + story.documents.prefix(documentsPerStory).map { htmlLink($0, index, pageExtension) }.joined(separator: ", ")
            html += story.documents.count > documentsPerStory ? " and \(story.documents.count - documentsPerStory) more</p>\n" : "</p>\n"
            if let timeline = story.timeline, !timeline.isEmpty {
                html += TimelineChart(timeline, index).html(index, pageExtension: pageExtension, id: "chart-story-\(number + 1)-timeline") ?? ""
                html += "<table><thead><tr><th>Date</th><th>Event</th><th>Source</th></tr></thead><tbody>\n"
                for entry in timeline.prefix(timelinePerStory) {
                    html += "<tr><td class=\"date\">\(HTMLText.escape(entry.date))</td><td>\(HTMLText.escape(entry.text))</td><td>\(htmlLink(entry.doc, index, pageExtension))</td></tr>\n"
                }
                html += "</tbody></table>\n" + more(timeline.count - timelinePerStory, "events of this story", markdown: false)
            }
            for (conflict, group) in (story.conflicts ?? []).prefix(conflictsPerStory).enumerated() {
                let chart = ConflictChart(group: group, number: (number + 1) * 1000 + conflict + 1)
                html += "<figure class=\"chart\">" + chart.html(index, pageExtension: pageExtension) + "</figure>\n"
                let figures = group.figures.prefix(ReportLimits.figuresPerConflict).map {
                    "\(HTMLText.escape(ReportFormatting.figure($0.value, unit: $0.unit))) (\(htmlLink($0.doc, index, pageExtension)))"
                }
                html += "<p>Conflicting \(HTMLText.escape(group.unit)): " + figures.joined(separator: "; ") + "</p>\n"
            }
        }
        return html + "</section>\n"
    }

    private static func sections(_ stories: [Story]) -> ArraySlice<Story> {
        stories.filter { $0.documents.count > 1 }.prefix(sectionLimit)
    }

    private static func more(_ count: Int, _ what: String, markdown: Bool) -> String {
        guard count > 0 else { return "" }
        let place = "`csv/stories.csv` and `corpus.json` (`stories`)"
        return markdown ? "*\(count) more \(what); all of them are in \(place).*\n\n"
            : "<p class=\"more\">\(count) more \(HTMLText.escape(what)); all of them are in <code>csv/stories.csv</code> and <code>corpus.json</code>.</p>\n"
    }

    private static func markdownLink(_ doc: String, _ index: ReportIndex, _ pageExtension: String) -> String {
        guard let entry = index.entry(doc) else { return MarkdownText.inline(doc) }
        return "[\(MarkdownText.inline(entry.title))](\(index.documentLink(entry, from: .overview, pageExtension: pageExtension)))"
    }

    private static func htmlLink(_ doc: String, _ index: ReportIndex, _ pageExtension: String) -> String {
        guard let entry = index.entry(doc) else { return HTMLText.escape(doc) }
        return "<a href=\"\(HTMLText.escape(index.documentLink(entry, from: .overview, pageExtension: pageExtension)))\">\(HTMLText.escape(entry.title))</a>"
    }
}
