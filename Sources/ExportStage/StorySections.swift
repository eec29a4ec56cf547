import DocPipe

/// The reports' story sections: an overview of the stories by size and time span, then, when
/// the corpus has several stories, a section per story with its timeline and conflicting figures.
enum StorySections {
    /// Stories with their own section at most (the largest; the overview lists them all).
    static let sectionLimit = 100

    /// The Markdown sections, or nothing when no `stories` step ran.
    static func markdown(_ results: CorpusResults, _ index: ReportIndex) -> String {
        guard let stories = results[StandardCorpusKeys.Stories.self], !stories.isEmpty else { return "" }
        var text = "<a id=\"stories\"></a>\n\n## Stories\n\n| Story | Documents | From | To |\n|---|---:|---|---|\n"
        for story in stories {
            text += "| \(MarkdownText.inline(story.label)) (`\(story.id)`) | \(story.documents.count) | \(story.firstDate ?? "") | \(story.lastDate ?? "") |\n"
        }
        text += "\n"
        guard stories.count > 1 else { return text }
        for story in sections(stories) {
            text += "<a id=\"story-\(story.id)\"></a>\n\n### Story: \(MarkdownText.inline(story.label))\n\n"
            text += "Documents: " + story.documents.map { markdownLink($0, index) }.joined(separator: ", ") + "\n\n"
            if let timeline = story.timeline, !timeline.isEmpty {
                text += "| Date | Event | Source |\n|---|---|---|\n"
                for entry in timeline {
                    text += "| \(MarkdownText.inline(entry.date)) | \(MarkdownText.inline(entry.text.trimmingSpaces)) | \(markdownLink(entry.doc, index)) |\n"
                }
                text += "\n"
            }
            for group in story.conflicts ?? [] {
                let figures = group.figures.map { "\(ReportFormatting.figure($0.value, unit: $0.unit)) (\(markdownLink($0.doc, index)))" }
                text += "- Conflicting \(MarkdownText.inline(group.unit)): " + figures.joined(separator: "; ") + "\n"
            }
            if !(story.conflicts ?? []).isEmpty { text += "\n" }
        }
        return text
    }

    /// The HTML sections, or nothing when no `stories` step ran.
    static func html(_ results: CorpusResults, _ index: ReportIndex) -> String {
        guard let stories = results[StandardCorpusKeys.Stories.self], !stories.isEmpty else { return "" }
        var html = "<section id=\"stories\"><h2>Stories</h2>\n<table><thead><tr><th>Story</th><th>Documents</th><th>From</th><th>To</th></tr></thead><tbody>\n"
        for story in stories {
            html += "<tr><td>\(HTMLText.escape(story.label)) <small>\(HTMLText.escape(story.id))</small></td><td class=\"num\">\(story.documents.count)</td>"
            html += "<td class=\"date\">\(HTMLText.escape(story.firstDate ?? ""))</td><td class=\"date\">\(HTMLText.escape(story.lastDate ?? ""))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        guard stories.count > 1 else { return html + "</section>\n" }
        for story in sections(stories) {
            html += "<h3 id=\"story-\(HTMLText.escape(story.id))\">\(HTMLText.escape(story.label))</h3>\n"
            html += "<p>" + story.documents.map { htmlLink($0, index) }.joined(separator: ", ") + "</p>\n"
            if let timeline = story.timeline, !timeline.isEmpty {
                html += "<table><thead><tr><th>Date</th><th>Event</th><th>Source</th></tr></thead><tbody>\n"
                for entry in timeline {
                    html += "<tr><td class=\"date\">\(HTMLText.escape(entry.date))</td><td>\(HTMLText.escape(entry.text))</td><td>\(htmlLink(entry.doc, index))</td></tr>\n"
                }
                html += "</tbody></table>\n"
            }
            for group in story.conflicts ?? [] {
                let figures = group.figures.map { "\(HTMLText.escape(ReportFormatting.figure($0.value, unit: $0.unit))) (\(htmlLink($0.doc, index)))" }
                html += "<p>Conflicting \(HTMLText.escape(group.unit)): " + figures.joined(separator: "; ") + "</p>\n"
            }
        }
        return html + "</section>\n"
    }

    private static func sections(_ stories: [Story]) -> ArraySlice<Story> {
        stories.filter { $0.documents.count > 1 }.prefix(sectionLimit)
    }

    private static func markdownLink(_ doc: String, _ index: ReportIndex) -> String {
        guard let entry = index.entry(doc) else { return MarkdownText.inline(doc) }
        return "[\(MarkdownText.inline(entry.title))](#\(entry.anchor))"
    }

    private static func htmlLink(_ doc: String, _ index: ReportIndex) -> String {
        guard let entry = index.entry(doc) else { return HTMLText.escape(doc) }
        return "<a href=\"#\(entry.anchor)\">\(HTMLText.escape(entry.title))</a>"
    }
}
