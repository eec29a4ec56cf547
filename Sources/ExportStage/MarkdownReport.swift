import DocPipe
import Foundation

/// The `markdown` format: `report.md`, the same report as the HTML one in plain Markdown
/// (GitHub tables; every piece of document text escaped), with the same caps and, past
/// ``ReportIndex/inlineLimit`` documents, the articles on pages of their own under `report/`.
struct MarkdownReport: ReportFormat {
    /// The pipeline name, the report's title.
    let pipelineName: String

    /// The formats the run writes, for pointing capped lists at the full data.
    var formats: [String] = []

    /// The file name in the output folder.
    static let fileName = "report.md"

    /// The extension of article and index pages.
    static let pageExtension = "md"

    /// The title, contents and corpus sections.
    func opening(_ results: CorpusResults, _ index: ReportIndex) -> String {
        let count = index.entries.count
        var text = "# \(MarkdownText.inline(pipelineName)) — DocPipe report\n\n"
        text += "\(ReportFormatting.number(Double(count))) document\(count == 1 ? "" : "s") · docpipe \(ExportStage.toolVersion)\n\n"
        text += contents(index)
        text += corpusSummary(results, index)
        text += entityTable(results, index)
        text += timeline(results, index)
        text += conflicts(results, index)
        text += dateConflicts(results, index)
        text += StorySections.markdown(results, index, pageExtension: Self.pageExtension)
        text += "<a id=\"articles\"></a>\n\n## Articles\n\n"
        guard index.articlesOnOwnPages else { return text }
        text += "\(ReportFormatting.number(Double(count))) documents, each on a page of its own. Browse them in run order:\n\n"
        for page in 1...max(index.indexPageCount, 1) {
            let first = (page - 1) * ReportIndex.indexPageSize + 1
            let last = min(page * ReportIndex.indexPageSize, count)
            text += "- [Articles \(ReportFormatting.number(Double(first)))–\(ReportFormatting.number(Double(last)))](\(ReportIndex.folder)/\(ReportIndex.indexFile(page, Self.pageExtension)))\n"
        }
        return text + "\n"
    }

    /// Nothing follows the last article.
    var closing: String { "" }

    /// A page of its own for one article, linking back to the report and its index page.
    func articlePage(_ document: Document, entry: ReportIndex.Entry, index: ReportIndex) -> String {
        let page = (entry.number - 1) / ReportIndex.indexPageSize + 1
        var text = "[Report overview](../../\(Self.fileName)) · [Article index](../\(ReportIndex.indexFile(page, Self.pageExtension)))\n\n"
        text += "\(MarkdownText.inline(pipelineName)) · article \(ReportFormatting.number(Double(entry.number))) of \(ReportFormatting.number(Double(index.entries.count)))\n\n"
        return text + article(document, entry: entry)
    }

    /// Page `page` (from 1) of the article index.
    func indexPage(_ page: Int, _ index: ReportIndex) -> String {
        let first = (page - 1) * ReportIndex.indexPageSize
        let entries = index.entries[first..<min(first + ReportIndex.indexPageSize, index.entries.count)]
        var links = ["[Report overview](../\(Self.fileName))"]
        if page > 1 { links.append("[Previous page](\(ReportIndex.indexFile(page - 1, Self.pageExtension)))") }
        if page < index.indexPageCount { links.append("[Next page](\(ReportIndex.indexFile(page + 1, Self.pageExtension)))") }
        var text = "# \(MarkdownText.inline(pipelineName)) — articles \(first + 1)–\(first + entries.count) of \(ReportFormatting.number(Double(index.entries.count)))\n\n"
        text += links.joined(separator: " · ") + "\n\n| # | Article | Source | Sentences |\n|---:|---|---|---:|\n"
        for entry in entries {
            text += "| \(entry.number) | [\(MarkdownText.inline(entry.title))](\(index.documentLink(entry, from: .index, pageExtension: Self.pageExtension))) | \(MarkdownText.inline(entry.source)) | \(entry.sentenceCount) |\n"
        }
        return text + "\n" + links.joined(separator: " · ") + "\n"
    }

    private func contents(_ index: ReportIndex) -> String {
        var text = "## Contents\n\n- [Corpus summary](#corpus-summary)\n- [Entities](#entities)\n- [Timeline](#timeline)\n"
        text += "- [Conflicting figures](#conflicts)\n- [Conflicting dates](#date-conflicts)\n- [Articles](#articles)\n"
        guard !index.articlesOnOwnPages else { return text + "\n" }
        for entry in index.entries {
            text += "  - [\(MarkdownText.inline(entry.title))](#\(entry.anchor))\n"
        }
        return text + "\n"
    }

    private func corpusSummary(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var text = "<a id=\"corpus-summary\"></a>\n\n## Corpus summary\n\n"
        guard let summary = results[StandardCorpusKeys.Summary.self], !summary.sentences.isEmpty else {
            return text + "*No corpus summary in this run.*\n\n"
        }
        for (number, sentence) in summary.sentences.prefix(ReportLimits.summary).enumerated() {
            text += "\(number + 1). \(MarkdownText.inline(sentence.text.trimmingSpaces)) \(citation(sentence.doc, sentence.index, index))\n"
        }
        text += "\n"
        if summary.sentences.count > ReportLimits.summary {
            text += more(summary.sentences.count - ReportLimits.summary, "summary sentences", table: nil, corpusKey: "summary")
        }
        return text
    }

    private func entityTable(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var text = "<a id=\"entities\"></a>\n\n## Entities\n\n"
        guard let clusters = results[StandardCorpusKeys.Entities.self], !clusters.isEmpty else {
            return text + "*No corpus-level entities in this run.*\n\n"
        }
        text += cooccurrence(index.cooccurrence) + bySource(clusters, index)
        text += "### Most mentioned entities\n\n"
        text += "| Entity | Label | Aliases | Mentions by document | Total |\n|---|---|---|---|---:|\n"
        let ordered = ReportOrdering.clusters(clusters)
        for cluster in ordered.prefix(ReportLimits.entities) {
            let documents = cluster.mentions.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            var listed = documents.prefix(ReportLimits.documentsPerEntity).sorted { $0.key < $1.key }.map { doc, count in
                "\(documentLink(doc, index)) ×\(count)"
            }
            if documents.count > ReportLimits.documentsPerEntity {
                listed.append("and \(ReportFormatting.number(Double(documents.count - ReportLimits.documentsPerEntity))) more documents")
            }
            let counts = listed.joined(separator: "; ")
            let aliases = cluster.aliases.map(MarkdownText.inline).joined(separator: " · ")
            text += "| \(MarkdownText.inline(cluster.canonical)) | \(cluster.label.rawValue) | \(aliases) | \(counts) | \(cluster.mentions.values.reduce(0, +)) |\n"
        }
        text += "\n"
        if ordered.count > ReportLimits.entities {
            text += more(ordered.count - ReportLimits.entities, "entities", table: "entity_clusters", corpusKey: "entities")
        }
        return text
    }

    private func cooccurrence(_ graph: EntityCooccurrence) -> String {
        let edges = graph.edges
        guard !edges.isEmpty else { return "" }
        var text = "### Who appears with whom\n\nSentences naming both of two of the \(graph.clusters.count) most mentioned people, organisations and places:\n\n"
        text += "| Entities | Sentences |\n|---|---:|\n"
        for (first, second, shared) in edges.prefix(EntityGraphChart.edgeListLimit) {
            text += "| \(MarkdownText.inline(graph.clusters[first].canonical)) — \(MarkdownText.inline(graph.clusters[second].canonical)) | \(shared) |\n"
        }
        if edges.count > EntityGraphChart.edgeListLimit { text += "\n*\(edges.count - EntityGraphChart.edgeListLimit) more pairs.*\n" }
        return text + "\n"
    }

    private func bySource(_ clusters: [EntityCluster], _ index: ReportIndex) -> String {
        let chart = SourceBarsChart(clusters, index)
        guard !chart.entities.isEmpty, !chart.rows.isEmpty else { return "" }
        var text = "### Who each source talks about\n\n| Source | " + chart.entities.map { MarkdownText.inline($0.canonical) }.joined(separator: " | ") + " |\n"
        text += "|---|" + String(repeating: "---:|", count: chart.entities.count) + "\n"
        for row in chart.rows {
            text += "| \(MarkdownText.inline(row.source)) | " + row.counts.map(String.init).joined(separator: " | ") + " |\n"
        }
        return text + "\n"
    }

    private func timeline(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var text = "<a id=\"timeline\"></a>\n\n## Timeline\n\n"
        guard let entries = results[StandardCorpusKeys.Timeline.self], !entries.isEmpty else {
            return text + "*No timeline in this run.*\n\n"
        }
        text += "| Date | Event | Sources |\n|---|---|---|\n"
        let shown = HTMLReport.timelineRows(entries)
        for entry in shown {
            let sources = (entry.sources ?? [CitedSentence(doc: entry.doc, index: entry.index, text: entry.text)])
                .map { citation($0.doc, $0.index, index) }.joined(separator: " ")
            let date = MarkdownText.inline(entry.date) + (entry.inferred == true ? " (year inferred)" : "")
            text += "| \(date) | \(MarkdownText.inline(entry.text.trimmingSpaces)) | \(sources) |\n"
        }
        text += "\n"
        if entries.count > shown.count {
            text += more(entries.count - shown.count, "events (the table shows those reported by the most sources, in date order)", table: "timeline", corpusKey: "timeline")
        }
        return text
    }

    private func conflicts(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var text = "<a id=\"conflicts\"></a>\n\n## Conflicting figures\n\n"
        guard let groups = results[StandardCorpusKeys.Conflicts.self], !groups.isEmpty else {
            return text + "*No conflicting figures in this run.*\n\n"
        }
        for group in groups.prefix(ReportLimits.conflicts) {
            let subject = group.subject.map { " — " + MarkdownText.inline($0) } ?? ""
            text += "### \(MarkdownText.inline(group.unit))\(subject)\n\n| Figure | Source | Sentence |\n|---:|---|---|\n"
            for figure in group.figures.prefix(ReportLimits.figuresPerConflict) {
                text += "| \(MarkdownText.inline(ReportFormatting.figure(figure.value, unit: figure.unit))) | \(citation(figure.doc, figure.index, index)) | \(MarkdownText.inline(figure.text.trimmingSpaces)) |\n"
            }
            text += "\n"
            if group.figureCount > ReportLimits.figuresPerConflict {
                text += "*and \(group.figureCount - min(group.figures.count, ReportLimits.figuresPerConflict)) more figures of this kind.*\n\n"
            }
        }
        if groups.count > ReportLimits.conflicts {
            text += more(groups.count - ReportLimits.conflicts, "conflicting figures", table: "conflicts", corpusKey: "conflicts")
        }
        return text
    }

    private func dateConflicts(_ results: CorpusResults, _ index: ReportIndex) -> String {
        var text = "<a id=\"date-conflicts\"></a>\n\n## Conflicting dates\n\n"
        guard let conflicts = results[StandardCorpusKeys.DateConflicts.self], !conflicts.isEmpty else {
            return text + "*No event dated differently by different sources in this run.*\n\n"
        }
        for conflict in conflicts.prefix(ReportLimits.dateConflicts) {
            text += "### \(MarkdownText.inline(conflict.event))\n\n| Date | Source | Sentence |\n|---|---|---|\n"
            for date in conflict.dates.prefix(ReportLimits.datesPerConflict) {
                text += "| \(MarkdownText.inline(date.date)) | \(citation(date.doc, date.index, index)) | \(MarkdownText.inline(date.text.trimmingSpaces)) |\n"
            }
            text += "\n"
            if conflict.dates.count > ReportLimits.datesPerConflict {
                text += "*and \(conflict.dates.count - ReportLimits.datesPerConflict) more dates.*\n\n"
            }
        }
        if conflicts.count > ReportLimits.dateConflicts {
            text += more(conflicts.count - ReportLimits.dateConflicts, "conflicting dates", table: nil, corpusKey: "date_conflicts")
        }
        return text
    }

    private func more(_ count: Int, _ what: String, table: String?, corpusKey: String) -> String {
        "*" + ReportDataLinks(formats: formats).more(count, what, table: table, corpusKey: corpusKey) { path, label in
            "[\(MarkdownText.inline(label))](\(path))"
        } + "*\n\n"
    }

    /// One article's section.
    func article(_ document: Document, entry: ReportIndex.Entry) -> String {
        var text = "<a id=\"\(entry.anchor)\"></a>\n\n### \(MarkdownText.inline(entry.title))\n\n"
        let metadata = document.metadata
        var facts: [String] = []
        if let author = metadata.author { facts.append("By \(MarkdownText.inline(author))") }
        if let publisher = metadata.publisher { facts.append(MarkdownText.inline(publisher)) }
        if let section = metadata.section { facts.append(MarkdownText.inline(section)) }
        if let date = metadata.date { facts.append(MarkdownText.inline(date)) }
        facts.append("Source: \(MarkdownText.inline(document.source.isEmpty ? document.id : document.source))")
        text += facts.joined(separator: " · ") + "\n\n"
        if let summary = document[StandardLayers.SummaryLayer.self], !summary.text.isEmpty {
            text += "**Summary.** \(MarkdownText.inline(summary.text.trimmingSpaces))\n\n"
        }
        let mentions = document[StandardLayers.Entities.self] ?? []
        if !mentions.isEmpty {
            text += "**Entities**\n\n"
            for (label, names) in ReportOrdering.entitiesByLabel(mentions) {
                text += "- \(label.rawValue): \(names.map { "\(MarkdownText.inline($0.name)) ×\($0.count)" }.joined(separator: ", "))\n"
            }
            text += "\n"
        }
        let quotes = document[StandardLayers.Quotes.self] ?? []
        if !quotes.isEmpty {
            text += "**Quotes**\n\n"
            for quote in quotes {
                let speaker = quote.speaker.map { MarkdownText.inline(ReportFormatting.speaker($0, cluster: quote.speakerCluster)) } ?? "*unattributed*"
                text += "> “\(MarkdownText.inline(quote.text.trimmingSpaces))”  \n> — \(speaker)\n\n"
            }
        }
        let dates = document[StandardLayers.Dates.self] ?? []
        let quantities = document[StandardLayers.Quantities.self] ?? []
        if !dates.isEmpty || !quantities.isEmpty {
            text += "**Dates and figures**\n\n"
            for date in dates {
                let value = date.value.map { value in date.endValue.map { "\(value) – \($0)" } ?? value } ?? date.reference ?? "unresolved"
                text += "- \(MarkdownText.inline(value)): \(MarkdownText.inline(date.text))\n"
            }
            for quantity in quantities {
                text += "- \(MarkdownText.inline(ReportFormatting.quantity(quantity))): \(MarkdownText.inline(quantity.text))\n"
            }
            text += "\n"
        }
        if let phrases = document[StandardLayers.Keyphrases.self], !phrases.isEmpty {
            text += "**Keyphrases.** \(phrases.map { MarkdownText.inline($0.text) }.joined(separator: " · "))\n\n"
        }
        text += "**Text**\n\n"
        if let paragraphs = document[StandardLayers.Paragraphs.self] {
            let slicer = SpanTexts(document.text)
            for paragraph in paragraphs {
                let body = MarkdownText.paragraph(slicer.slice(paragraph.start, paragraph.end))
                if !body.isEmpty { text += body + "\n\n" }
            }
        } else {
            for line in document.text.utf8.split(separator: 0x0A) {
                let body = MarkdownText.paragraph(String(decoding: line, as: UTF8.self))
                if !body.isEmpty { text += body + "\n\n" }
            }
        }
        return text
    }

    private func citation(_ doc: String, _ sentence: Int, _ index: ReportIndex) -> String {
        let title = MarkdownText.inline(index.entry(doc)?.title ?? doc)
        guard let link = index.link(doc: doc, index: sentence, sentenceLevel: false, from: .overview, pageExtension: Self.pageExtension) else {
            return "(\(title), sentence \(sentence + 1))"
        }
        return "([\(title), sentence \(sentence + 1)](\(link)))"
    }

    private func documentLink(_ doc: String, _ index: ReportIndex) -> String {
        guard let entry = index.entry(doc) else { return MarkdownText.inline(doc) }
        return "[\(MarkdownText.inline(entry.title))](\(index.documentLink(entry, from: .overview, pageExtension: Self.pageExtension)))"
    }
}
