import DocPipe
import Foundation
import Testing
@testable import ExportStage

@Suite("Report charts")
struct ReportChartTests {
    static func html() throws -> String {
        let folder = try ExportFixture.export(formats: ["html"])
        defer { try? FileManager.default.removeItem(at: folder) }
        return try ExportFixture.read(folder, "report.html")
    }

    @Test("the HTML report draws a timeline, an entity graph, mentions by source and a chart per conflict, each titled for screen readers")
    func chartsArePresent() throws {
        let html = try Self.html()
        for id in ["chart-timeline", "chart-entity-graph", "chart-source-bars", "chart-conflict-1"] {
            #expect(html.contains("<svg class=\"chart\" id=\"\(id)\""), "\(id)")
            #expect(html.contains("aria-labelledby=\"\(id)-title \(id)-desc\""), "\(id) label")
            #expect(html.contains("<title id=\"\(id)-title\">"), "\(id) title")
        }
        #expect(html.contains("<a href=\"#article-first-report.s0\"><circle"))
        #expect(html.contains("<a href=\"#article-second-report.s0\"><rect"))
        #expect(html.contains(">3,000</text>"))
        #expect(html.contains("<summary>The graph as tables</summary>"))
        #expect(html.contains("No two of these entities share a sentence."), "Almaty and Anna Petrova are in different sentences")
    }

    @Test("the Markdown report gives the mentions by source as a table, sources by publisher else title")
    func markdownBySource() throws {
        let folder = try ExportFixture.export(formats: ["markdown"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = try ExportFixture.read(folder, "report.md")
        #expect(markdown.contains("### Who each source talks about\n\n| Source | Almaty | Anna Petrova |\n|---|---:|---:|\n| Daily Example | 1 | 1 |\n| Ministry figures | 2 | 0 |\n"))
        #expect(!markdown.contains("### Who appears with whom"), "no two entities share a sentence in the fixture")
    }

    @Test("the report's bytes are the same on every export (across processes: SamplePipelineTests)")
    func deterministic() throws {
        #expect(try Self.html() == Self.html())
    }

    @Test("entities count as co-occurring once per sentence that names both, by their cluster")
    func cooccurrence() {
        let text = "Ann Lee met Bo Chan. Lee left. Bo Chan and Ann Lee and Lee spoke."
        var document = Document(id: "d", text: text)
        document[StandardLayers.Sentences.self] = [Span(start: 0, end: 20), Span(start: 21, end: 30), Span(start: 31, end: 66)]
        document[StandardLayers.Entities.self] = [
            ExportFixture.mention(text, "Ann Lee", .person, "Ann Lee"),
            ExportFixture.mention(text, "Bo Chan", .person, "Bo Chan"),
            EntityMention(start: 21, end: 24, text: "Lee", label: .person, canonical: "Ann Lee"),
            EntityMention(start: 31, end: 38, text: "Bo Chan", label: .person, canonical: "Bo Chan"),
            EntityMention(start: 43, end: 50, text: "Ann Lee", label: .person, canonical: "Ann Lee"),
        ]
        var graph = EntityCooccurrence([
            EntityCluster(canonical: "Ann Lee", label: .person, aliases: ["Ann Lee", "Lee"], mentions: ["d": 3]),
            EntityCluster(canonical: "Bo Chan", label: .person, aliases: ["Bo Chan"], mentions: ["d": 2]),
            EntityCluster(canonical: "Cy", label: .misc, aliases: ["Cy"], mentions: ["d": 9]),
        ])
        graph.add(document)
        #expect(graph.clusters.map(\.canonical) == ["Ann Lee", "Bo Chan"])
        #expect(graph.sentences(0, 1) == 2)
        #expect(graph.edges.count == 1)
    }

    @Test("the reports' index built from export templates equals the one built from the documents")
    func reportIndexFromTemplates() throws {
        let text = "Ann Lee met Bo Chan. Lee left.  Bo Chan and Ann Lee and Lee spoke."
        var document = Document(id: "d one", text: text, metadata: Metadata(title: " A meeting ", publisher: "The Wire"))
        document[StandardLayers.Sentences.self] = [Span(start: 0, end: 20), Span(start: 21, end: 30), Span(start: 32, end: 66)]
        document[StandardLayers.Entities.self] = [
            ExportFixture.mention(text, "Ann Lee", .person, "Ann Lee"),
            ExportFixture.mention(text, "Bo Chan", .person, "Bo Chan"),
            EntityMention(start: 17, end: 23, text: "an. Le", label: .person, canonical: "Ann Lee"),
            EntityMention(start: 30, end: 32, text: "  ", label: .person, canonical: "Bo Chan"),
            EntityMention(start: 32, end: 39, text: "Bo Chan", label: .person, canonical: "Bo Chan"),
            EntityMention(start: 44, end: 51, text: "Ann Lee", label: .person, canonical: "Ann Lee"),
        ]
        var bare = Document(id: "d two", text: "No layers here.")
        bare.metadata.title = "  "
        let clusters = [
            EntityCluster(canonical: "Ann Lee", label: .person, aliases: ["Ann Lee", "Lee"], mentions: ["d one": 3]),
            EntityCluster(canonical: "Bo Chan", label: .person, aliases: ["Bo Chan"], mentions: ["d one": 2]),
        ]
        var fromDocuments = ReportIndex(clusters: clusters), fromTemplates = ReportIndex(clusters: clusters)
        for item in [document, bare] {
            fromDocuments.add(item)
            let rendered = try DocumentRenderer(jsonl: .objects, csv: false, sqlite: false).template(item)
            fromTemplates.add(try DocumentTemplate(encodedBytes: rendered.encodedBytes()).reportSource, id: item.id)
        }
        let describe: (ReportIndex) -> [String] = { $0.entries.map { "\($0.id)|\($0.anchor)|\($0.title)|\($0.source)|\($0.sentenceCount)|\($0.number)" } }
        #expect(describe(fromDocuments) == ["d one|article-d-one|A meeting|The Wire|3|1", "d two|article-d-two|d two|d two|0|2"])
        #expect(describe(fromTemplates) == describe(fromDocuments))
        #expect(fromDocuments.cooccurrence.sentences(0, 1) == 2)
        #expect(fromTemplates.cooccurrence.pairs == fromDocuments.cooccurrence.pairs)
    }

    @Test("ISO dates of any precision map to day numbers and back")
    func calendarDays() {
        #expect(CalendarDay.number("1970-01-01") == 0)
        #expect(CalendarDay.number("2022-01") == CalendarDay.number("2022-01-01"))
        #expect(CalendarDay.number("2022") == CalendarDay.number("2022-01-01"))
        #expect(CalendarDay.iso(CalendarDay.number("2024-02-29")!) == "2024-02-29")
        #expect(CalendarDay.number("2022-13-01") == nil)
        #expect(CalendarDay.number("soon") == nil)
    }

    @Test("SVG coordinates have at most one decimal")
    func coordinates() {
        #expect(SVGNumber.format(12) == "12")
        #expect(SVGNumber.format(3.14159) == "3.1")
        #expect(SVGNumber.format(-0.04) == "0")
        #expect(SVGNumber.format(-2.25) == "-2.3" || SVGNumber.format(-2.25) == "-2.2")
    }
}
