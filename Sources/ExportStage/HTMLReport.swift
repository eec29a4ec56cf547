import DocPipe
import Foundation

/// The `html` format: `report.html`, a self-contained page (inline CSS and SVG charts drawn by
/// DocPipe, no scripts, no external resources) with the corpus results, and the articles with
/// entities highlighted by label: inline for small corpora, else one page per article under
/// `report/articles/` with an article index (`report/index-NNNN.html`).
struct HTMLReport: ReportFormat {
    /// The pipeline name, the report's title.
    let pipelineName: String

    /// The formats the run writes, for pointing capped lists at the full data.
    var formats: [String] = []

    /// The file name in the output folder.
    static let fileName = "report.html"

    /// The extension of article and index pages.
    static let pageExtension = "html"

    /// The document head, header, contents and corpus sections.
    func opening(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var html = header(title: pipelineName, subtitle: "DocPipe report · \(Self.documents(index.entries.count)) · docpipe \(ExportStage.toolVersion)")
        html += contents(index, results: results)
        html += corpusSummary(results, index)
        html += entities(results, index)
        html += timeline(results, index)
        html += conflicts(results, index)
        html += dateConflicts(results, index)
        html += StorySections.html(results, index, pageExtension: Self.pageExtension)
        if index.articlesOnOwnPages {
            html += "<section id=\"articles\"><h2>Articles</h2>\n<p>\(Self.documents(index.entries.count)), each on a page of its own "
            html += "(a report this size keeps only the overview in one file; full-text search: <code>docpipe.sqlite</code>, table <code>sentences</code>). Browse them in run order:</p>\n<ul class=\"pages\">\n"
            for page in 1...max(index.indexPageCount, 1) {
                let first = (page - 1) * ReportIndex.indexPageSize + 1
                let last = min(page * ReportIndex.indexPageSize, index.entries.count)
                html += "<li><a href=\"\(ReportIndex.folder)/\(ReportIndex.indexFile(page, Self.pageExtension))\">Articles \(ReportFormatting.number(Double(first)))–\(ReportFormatting.number(Double(last)))</a></li>\n"
            }
            return html + "</ul></section>\n"
        }
        return html + "<h2 id=\"articles\">Articles</h2>\n"
    }

    /// The end of the page.
    var closing: String { "</main>\n</body>\n</html>\n" }

    /// A page of its own for one article, linking back to the report and its index page.
    func articlePage(_ document: Document, entry: ReportIndex.Entry, index: ReportIndex) -> String {
        let page = (entry.number - 1) / ReportIndex.indexPageSize + 1
        var html = header(title: entry.title, subtitle: "\(pipelineName) · article \(ReportFormatting.number(Double(entry.number))) of \(ReportFormatting.number(Double(index.entries.count)))")
        html += "<nav class=\"crumbs\"><a href=\"../../\(Self.fileName)\">Report overview</a> · <a href=\"../\(ReportIndex.indexFile(page, Self.pageExtension))\">Article index</a></nav>\n"
        return html + article(document, entry: entry) + closing
    }

    /// Page `page` (from 1) of the article index: number, title, source and size of each article.
    func indexPage(_ page: Int, _ index: ReportIndex) -> String {
        let first = (page - 1) * ReportIndex.indexPageSize
        let entries = index.entries[first..<min(first + ReportIndex.indexPageSize, index.entries.count)]
        var html = header(title: "\(pipelineName) — articles", subtitle: "Articles \(first + 1)–\(first + entries.count) of \(ReportFormatting.number(Double(index.entries.count))) · page \(page) of \(index.indexPageCount)")
        var links = ["<a href=\"../\(Self.fileName)\">Report overview</a>"]
        if page > 1 { links.append("<a href=\"\(ReportIndex.indexFile(page - 1, Self.pageExtension))\" rel=\"prev\">Previous page</a>") }
        if page < index.indexPageCount { links.append("<a href=\"\(ReportIndex.indexFile(page + 1, Self.pageExtension))\" rel=\"next\">Next page</a>") }
        let nav = "<nav class=\"crumbs\">\(links.joined(separator: " · "))</nav>\n"
        html += nav + "<table><thead><tr><th>#</th><th>Article</th><th>Source</th><th>Sentences</th></tr></thead><tbody>\n"
        for entry in entries {
            html += "<tr><td class=\"num\">\(entry.number)</td><td><a href=\"\(HTMLText.escape(index.documentLink(entry, from: .index, pageExtension: Self.pageExtension)))\">\(HTMLText.escape(entry.title))</a></td>"
            html += "<td>\(HTMLText.escape(entry.source))</td><td class=\"num\">\(entry.sentenceCount)</td></tr>\n"
        }
        return html + "</tbody></table>\n" + nav + closing
    }

    private static func documents(_ count: Int) -> String {
        "\(ReportFormatting.number(Double(count))) document\(count == 1 ? "" : "s")"
    }

    private func header(title: String, subtitle: String) -> String {
        let title = HTMLText.escape(title)
        let legend = EntityLabel.allCases.map { label in
            "<span class=\"ent \(EntityLabelStyle.cssClass(label))\">\(label.rawValue)</span> \(HTMLText.escape(EntityLabelStyle.description(label)))"
        }.joined(separator: " &nbsp; ")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) — DocPipe report</title>
            <style>
            \(Self.css)
            \(EntityLabelStyle.css)
            </style>
            </head>
            <body>
            <header><h1>\(title)</h1><p>\(HTMLText.escape(subtitle))</p>
            <p class="legend"><strong>Entity colours:</strong> \(legend)</p></header>
            <main>

            """
    }

    private func contents(_ index: ReportIndex, results: CorpusResults) -> String {
        var html = "<nav><h2>Contents</h2><ol>"
        html += "<li><a href=\"#corpus-summary\">Corpus summary</a></li><li><a href=\"#entities\">Entities</a></li>"
        html += "<li><a href=\"#timeline\">Timeline</a></li><li><a href=\"#conflicts\">Conflicting figures</a></li>"
        html += "<li><a href=\"#date-conflicts\">Conflicting dates</a></li>"
        guard !index.articlesOnOwnPages else {
            return html + "<li><a href=\"#articles\">Articles</a> (\(Self.documents(index.entries.count)), on pages of their own)</li></ol></nav>\n"
        }
        html += "<li><a href=\"#articles\">Articles</a><ol>"
        for entry in index.entries {
            html += "<li><a href=\"#\(entry.anchor)\">\(HTMLText.escape(entry.title))</a></li>"
        }
        return html + "</ol></li></ol></nav>\n"
    }

    private func corpusSummary(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var html = "<section id=\"corpus-summary\"><h2>Corpus summary</h2>\n"
        guard let summary = results[StandardCorpusKeys.Summary.self], !summary.sentences.isEmpty else {
            return html + "<p class=\"none\">No corpus summary in this run.</p></section>\n"
        }
        html += "<ol class=\"cited\">\n"
        for sentence in summary.sentences.prefix(ReportLimits.summary) {
            html += "<li>\(HTMLText.escape(sentence.text)) \(citation(sentence.doc, sentence.index, index))</li>\n"
        }
        html += "</ol>\n"
        if summary.sentences.count > ReportLimits.summary {
            html += more(summary.sentences.count - ReportLimits.summary, "summary sentences", table: nil, corpusKey: "summary")
        }
        return html + "</section>\n"
    }

    private func entities(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var html = "<section id=\"entities\"><h2>Entities</h2>\n"
        guard let clusters = results[StandardCorpusKeys.Entities.self], !clusters.isEmpty else {
            return html + "<p class=\"none\">No corpus-level entities in this run.</p></section>\n"
        }
        if let graph = EntityGraphChart(graph: index.cooccurrence).html() {
            html += "<h3 id=\"entity-graph\">Who appears with whom</h3>\n" + graph
        }
        if let bars = SourceBarsChart(clusters, index).html() {
            html += "<h3 id=\"entities-by-source\">Who each source talks about</h3>\n" + bars
        }
        let ordered = ReportOrdering.clusters(clusters)
        html += "<h3 id=\"entity-table\">Most mentioned entities</h3>\n"
        html += "<table><thead><tr><th>Entity</th><th>Label</th><th>Aliases</th><th>Mentions by document</th><th>Total</th></tr></thead><tbody>\n"
        for cluster in ordered.prefix(ReportLimits.entities) {
            let documents = cluster.mentions.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            var counts = documents.prefix(ReportLimits.documentsPerEntity).sorted { $0.key < $1.key }.map { doc, count in
                "\(documentLink(doc, index)) <span class=\"count\">\(count)</span>"
            }
            if documents.count > ReportLimits.documentsPerEntity {
                counts.append("<span class=\"more\">and \(ReportFormatting.number(Double(documents.count - ReportLimits.documentsPerEntity))) more documents</span>")
            }
            let total = cluster.mentions.values.reduce(0, +)
            html += "<tr id=\"cluster-\(HTMLText.escape(cluster.id))\"><td>\(HTMLText.escape(cluster.canonical))</td>"
            html += "<td><span class=\"ent \(EntityLabelStyle.cssClass(cluster.label))\">\(cluster.label.rawValue)</span></td>"
            html += "<td>\(cluster.aliases.map(HTMLText.escape).joined(separator: " · "))</td><td>\(counts.joined(separator: "<br>"))</td><td class=\"num\">\(total)</td></tr>\n"
        }
        html += "</tbody></table>\n"
        if ordered.count > ReportLimits.entities {
            html += more(ordered.count - ReportLimits.entities, "entities", table: "entity_clusters", corpusKey: "entities")
        }
        return html + "</section>\n"
    }

    private func timeline(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var html = "<section id=\"timeline\"><h2>Timeline</h2>\n"
        guard let entries = results[StandardCorpusKeys.Timeline.self], !entries.isEmpty else {
            return html + "<p class=\"none\">No timeline in this run.</p></section>\n"
        }
        html += TimelineChart(entries, index).html(index, pageExtension: Self.pageExtension) ?? ""
        let shown = Self.timelineRows(entries)
        html += "<table><thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead><tbody>\n"
        for entry in shown {
            let sources = (entry.sources ?? [CitedSentence(doc: entry.doc, index: entry.index, text: entry.text)])
                .map { citation($0.doc, $0.index, index) }.joined(separator: " ")
            let inferred = entry.inferred == true ? " <small>(year inferred)</small>" : ""
            html += "<tr><td class=\"date\">\(HTMLText.escape(entry.date))\(inferred)</td><td>\(HTMLText.escape(entry.text))</td><td>\(sources)</td></tr>\n"
        }
        html += "</tbody></table>\n"
        if entries.count > shown.count {
            html += more(entries.count - shown.count, "events (the table shows those reported by the most sources, in date order)", table: "timeline", corpusKey: "timeline")
        }
        return html + "</section>\n"
    }

    /// The timeline rows the report lists: all of them up to the cap, else those reported by the
    /// most sources, kept in date order.
    static func timelineRows(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        guard entries.count > ReportLimits.timeline else { return entries }
        let chosen = entries.indices
            .sorted { (entries[$1].sources?.count ?? 1, $0) < (entries[$0].sources?.count ?? 1, $1) }
            .prefix(ReportLimits.timeline)
        return chosen.sorted().map { entries[$0] }
    }

    private func conflicts(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var html = "<section id=\"conflicts\"><h2>Conflicting figures</h2>\n"
        guard let groups = results[StandardCorpusKeys.Conflicts.self], !groups.isEmpty else {
            return html + "<p class=\"none\">No conflicting figures in this run.</p></section>\n"
        }
        for (number, group) in groups.prefix(ReportLimits.conflicts).enumerated() {
            let subject = group.subject.map { " — " + HTMLText.escape($0) } ?? ""
            html += "<h3>\(HTMLText.escape(group.unit))\(subject)</h3>\n"
            html += "<figure class=\"chart\">" + ConflictChart(group: group, number: number + 1).html(index, pageExtension: Self.pageExtension) + "</figure>\n"
            html += "<div class=\"figures\">\n"
            for figure in group.figures.prefix(ReportLimits.figuresPerConflict) {
                html += card(ReportFormatting.figure(figure.value, unit: figure.unit), figure.doc, figure.index, figure.text, index)
            }
            html += "</div>\n"
            if group.figureCount > ReportLimits.figuresPerConflict {
                html += "<p class=\"more\">and \(group.figureCount - min(group.figures.count, ReportLimits.figuresPerConflict)) more figures of this kind.</p>\n"
            }
        }
        if groups.count > ReportLimits.conflicts {
            html += more(groups.count - ReportLimits.conflicts, "conflicting figures", table: "conflicts", corpusKey: "conflicts")
        }
        return html + "</section>\n"
    }

    private func dateConflicts(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var html = "<section id=\"date-conflicts\"><h2>Conflicting dates</h2>\n"
        guard let conflicts = results[StandardCorpusKeys.DateConflicts.self], !conflicts.isEmpty else {
            return html + "<p class=\"none\">No event dated differently by different sources in this run.</p></section>\n"
        }
        for conflict in conflicts.prefix(ReportLimits.dateConflicts) {
            html += "<h3>\(HTMLText.escape(conflict.event))</h3>\n<div class=\"figures\">\n"
            for date in conflict.dates.prefix(ReportLimits.datesPerConflict) {
                html += card(date.date, date.doc, date.index, date.text, index)
            }
            html += "</div>\n"
            if conflict.dates.count > ReportLimits.datesPerConflict {
                html += "<p class=\"more\">and \(conflict.dates.count - ReportLimits.datesPerConflict) more dates.</p>\n"
            }
        }
        if conflicts.count > ReportLimits.dateConflicts {
            html += more(conflicts.count - ReportLimits.dateConflicts, "conflicting dates", table: nil, corpusKey: "date_conflicts")
        }
        return html + "</section>\n"
    }

    private func more(_ count: Int, _ what: String, table: String?, corpusKey: String) -> String {
        let sentence = ReportDataLinks(formats: formats).more(count, what, table: table, corpusKey: corpusKey) { path, label in
            "<a href=\"\(HTMLText.escape(path))\">\(HTMLText.escape(label))</a>"
        }
        return "<p class=\"more\">\(sentence)</p>\n"
    }

    /// One article's section.
    func article(_ document: Document, entry: ReportIndex.Entry) -> String {
        var html = "<article id=\"\(entry.anchor)\">\n<h2>\(HTMLText.escape(entry.title))</h2>\n"
        let metadata = document.metadata
        var facts: [String] = []
        if let author = metadata.author { facts.append("<span>By \(HTMLText.escape(author))</span>") }
        if let publisher = metadata.publisher { facts.append("<span>\(HTMLText.escape(publisher))</span>") }
        if let section = metadata.section { facts.append("<span>\(HTMLText.escape(section))</span>") }
        if let date = metadata.date { facts.append("<span>\(HTMLText.escape(date))</span>") }
        facts.append("<span>Source: <code>\(HTMLText.escape(document.source.isEmpty ? document.id : document.source))</code></span>")
        html += "<p class=\"meta\">\(facts.joined(separator: " · "))</p>\n"
        if let summary = document[StandardLayers.SummaryLayer.self], !summary.text.isEmpty {
            html += "<h3>Summary</h3>\n<p class=\"summary\">\(HTMLText.escape(summary.text))</p>\n"
        }
        let mentions = document[StandardLayers.Entities.self] ?? []
        if !mentions.isEmpty {
            html += "<h3>Entities</h3>\n<dl class=\"entities\">\n"
            for (label, names) in ReportOrdering.entitiesByLabel(mentions) {
                let list = names.map { "\(HTMLText.escape($0.name)) <span class=\"count\">\($0.count)</span>" }.joined(separator: ", ")
                html += "<dt><span class=\"ent \(EntityLabelStyle.cssClass(label))\">\(label.rawValue)</span></dt><dd>\(list)</dd>\n"
            }
            html += "</dl>\n"
        }
        let quotes = document[StandardLayers.Quotes.self] ?? []
        if !quotes.isEmpty {
            html += "<h3>Quotes</h3>\n"
            for quote in quotes {
                let speaker = quote.speaker.map { HTMLText.escape(ReportFormatting.speaker($0, cluster: quote.speakerCluster)) } ?? "<em>unattributed</em>"
                html += "<blockquote><p>“\(HTMLText.escape(quote.text))”</p><footer>— \(speaker)</footer></blockquote>\n"
            }
        }
        let dates = document[StandardLayers.Dates.self] ?? []
        let quantities = document[StandardLayers.Quantities.self] ?? []
        if !dates.isEmpty || !quantities.isEmpty {
            html += "<h3>Dates and figures</h3>\n<ul class=\"facts\">\n"
            for date in dates {
                html += "<li><span class=\"date\">\(HTMLText.escape(date.value.map { value in date.endValue.map { "\(value) – \($0)" } ?? value } ?? date.reference ?? "unresolved"))</span> \(HTMLText.escape(date.text))</li>\n"
            }
            for quantity in quantities {
                html += "<li><span class=\"date\">\(HTMLText.escape(ReportFormatting.quantity(quantity)))</span> \(HTMLText.escape(quantity.text))</li>\n"
            }
            html += "</ul>\n"
        }
        if let phrases = document[StandardLayers.Keyphrases.self], !phrases.isEmpty {
            html += "<h3>Keyphrases</h3>\n<p class=\"keyphrases\">\(phrases.map { HTMLText.escape($0.text) }.joined(separator: " · "))</p>\n"
        }
        html += "<h3>Text</h3>\n<div class=\"text\">\n"
        html += ArticleTextRenderer(document, anchor: entry.anchor).html()
        return html + "\n</div>\n</article>\n"
    }

    /// One source's value as a card: the value, the citation, the sentence.
    private func card(_ value: String, _ doc: String, _ sentence: Int, _ text: String, _ index: ReportIndex) -> String {
        "<div class=\"figure\"><div class=\"value\">\(HTMLText.escape(value))</div>"
            + "<div class=\"source\">\(citation(doc, sentence, index))</div>"
            + "<p>\(HTMLText.escape(text))</p></div>\n"
    }

    private func citation(_ doc: String, _ sentence: Int, _ index: ReportIndex) -> String {
        let title = index.entry(doc)?.title ?? doc
        let label = "[\(HTMLText.escape(title)), sentence \(sentence + 1)]"
        guard let link = index.link(doc: doc, index: sentence, sentenceLevel: true, from: .overview, pageExtension: Self.pageExtension) else {
            return "<span class=\"cite\">\(label)</span>"
        }
        return "<a class=\"cite\" href=\"\(HTMLText.escape(link))\">\(label)</a>"
    }

    private func documentLink(_ doc: String, _ index: ReportIndex) -> String {
        guard let entry = index.entry(doc) else { return HTMLText.escape(doc) }
        return "<a href=\"\(HTMLText.escape(index.documentLink(entry, from: .overview, pageExtension: Self.pageExtension)))\">\(HTMLText.escape(entry.title))</a>"
    }

    private static let css = """
        body{font:16px/1.55 -apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;color:#1d1d1f;background:#fafafa;margin:0}
        header{background:#263238;color:#fff;padding:1.2em 2em}
        header h1{margin:0 0 .2em;font-size:1.8em}
        header p{margin:.2em 0}
        .legend .ent{color:#1d1d1f}
        main{max-width:60em;margin:0 auto;padding:1em 2em 4em}
        nav ol{margin:.2em 0}
        section,article{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:.5em 1.5em 1em;margin:1.5em 0}
        h2{border-bottom:1px solid #e0e0e0;padding-bottom:.2em}
        table{border-collapse:collapse;width:100%;font-size:.92em}
        th,td{border:1px solid #e0e0e0;padding:.35em .5em;text-align:left;vertical-align:top}
        th{background:#f3f4f6}
        td.num{text-align:right}
        td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
        .ent{border-radius:3px;padding:0 .15em}
        mark.ent{color:inherit}
        .count{color:#666;font-size:.85em}
        .count::before{content:"×"}
        .cite{font-size:.85em;white-space:nowrap}
        .figures{display:flex;flex-wrap:wrap;gap:1em;margin-bottom:1em}
        .figure{flex:1 1 14em;border:1px solid #e0e0e0;border-radius:6px;padding:.6em .8em;background:#fcfcfc}
        .figure .value{font-size:1.5em;font-weight:600}
        .figure p{margin:.4em 0 0;font-size:.9em}
        .meta{color:#555;font-size:.92em}
        .summary{background:#f5f9ff;border-left:4px solid #1565c0;padding:.5em .8em}
        dl.entities{display:grid;grid-template-columns:max-content 1fr;gap:.3em 1em}
        dl.entities dd{margin:0}
        blockquote{margin:.6em 0;padding:.3em 1em;border-left:4px solid #bbb;background:#f7f7f7}
        blockquote p{margin:.2em 0}
        blockquote footer{color:#555;font-size:.9em}
        .text p{margin:.6em 0}
        .s:target{background:#fff59d;outline:2px solid #fbc02d}
        .none{color:#777;font-style:italic}
        ul.facts{columns:2;padding-left:1.2em;font-size:.92em}
        ul.facts .date{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.4em}
        code{font-size:.9em}
        figure.chart{margin:1em 0}
        svg.chart{max-width:100%;height:auto;display:block;background:#fff}
        svg.chart a:hover circle,svg.chart a:hover rect{stroke:#000;stroke-width:2}
        figcaption{color:#555;font-size:.9em}
        details.alt{margin:.5em 0 1em}
        details.alt summary{cursor:pointer;color:#1565c0}
        .more{color:#555;font-style:italic}
        nav.crumbs{margin:1em 0}
        ul.pages{columns:3}
        """
}
