import DocPipe
import Foundation
import Testing
@testable import ExportStage

@Suite("Markdown and HTML reports")
struct ReportTests {
    static func html() throws -> String {
        let folder = try ExportFixture.export(formats: ["html"])
        defer { try? FileManager.default.removeItem(at: folder) }
        return try ExportFixture.read(folder, "report.html")
    }

    @Test("the HTML report loads nothing from elsewhere: no scripts, no external links or sources")
    func selfContained() throws {
        let html = try Self.html()
        let lowered = html.lowercased()
        #expect(!lowered.contains("<script"))
        #expect(!lowered.contains("<link"))
        #expect(!lowered.contains("@import"))
        #expect(!lowered.contains("url("))
        for attribute in ["src=", "href="] {
            var rest = lowered[...]
            while let found = rest.range(of: attribute) {
                let value = rest[found.upperBound...].dropFirst().prefix(while: { $0 != "\"" })
                #expect(value.hasPrefix("#"), "\(attribute)\(value) is not an in-page link")
                rest = rest[found.upperBound...]
            }
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
    }

    @Test("markup in document text is escaped, never passed through")
    func escapesText() throws {
        let html = try Self.html()
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; left."))
        #expect(html.contains("Troops, &quot;peace&quot; and order"))
    }

    @Test("entity mentions in the text are highlighted with their label's class, and a legend names every label")
    func highlightsEntities() throws {
        let html = try Self.html()
        #expect(html.contains("<mark class=\"ent ent-person\" title=\"PERSON: Anna Petrova\">Anna Petrova</mark>"))
        #expect(html.contains("<mark class=\"ent ent-gpe\" title=\"GPE: Zürich\">Zürich</mark>"))
        for label in EntityLabel.allCases {
            #expect(html.contains("<span class=\"ent ent-\(label.rawValue.lowercased())\">\(label.rawValue)</span>"), "legend for \(label)")
            #expect(html.contains(".ent-\(label.rawValue.lowercased()){background:"), "colour for \(label)")
        }
    }

    @Test("every in-page link points at an element id that exists")
    func linksResolve() throws {
        let html = try Self.html()
        var ids: Set<String> = []
        var targets: [String] = []
        for (marker, isTarget) in [(" id=\"", false), ("href=\"#", true)] {
            var rest = html[...]
            while let found = rest.range(of: marker) {
                let value = String(rest[found.upperBound...].prefix { $0 != "\"" })
                if isTarget { targets.append(value) } else { ids.insert(value) }
                rest = rest[found.upperBound...]
            }
        }
        #expect(!targets.isEmpty)
        for target in targets { #expect(ids.contains(target), "#\(target) has no element") }
        #expect(targets.contains("article-second-report.s0"))
    }

    @Test("the HTML report shows the corpus summary, entity table, timeline, conflicts and each article's parts")
    func htmlSections() throws {
        let html = try Self.html()
        for id in ["corpus-summary", "entities", "timeline", "conflicts", "article-first-report", "article-second-report"] {
            #expect(html.contains("id=\"\(id)\""), "section \(id)")
        }
        #expect(html.contains("<div class=\"value\">2,500</div>"))
        #expect(html.contains("<div class=\"value\">3,000</div>"))
        #expect(html.contains("<footer>— Anna Petrova</footer>"))
        #expect(html.contains("<p class=\"summary\">Peacekeepers from the alliance"))
        #expect(html.contains("<td>Anna Petrova · Petrova</td>"))
        #expect(html.contains("<li><span class=\"date\">about 2,500 soldier</span> 2,500 soldiers</li>"))
        #expect(html.contains("<li><span class=\"date\">2022-01-06</span> 6 January</li>"))
    }

    @Test("highlights that cross a sentence boundary are split so the HTML stays well nested")
    func crossingSpans() {
        var document = Document(id: "x", text: "Alpha beta. Gamma delta.")
        document[StandardLayers.Sentences.self] = [Span(start: 0, end: 11), Span(start: 12, end: 24)]
        document[StandardLayers.Entities.self] = [EntityMention(start: 6, end: 17, text: "beta. Gamma", label: .org, canonical: "B")]
        let html = ArticleTextRenderer(document, anchor: "a").html()
        let mark = "<mark class=\"ent ent-org\" title=\"ORG: B\">"
        #expect(html == "<p><span class=\"s\" id=\"a.s0\">Alpha \(mark)beta.</mark></span>\(mark) </mark><span class=\"s\" id=\"a.s1\">\(mark)Gamma</mark> delta.</span></p>")
    }

    @Test("without a paragraphs layer, non-blank lines are paragraphs, and offsets count code points, not bytes")
    func linesAndCodePoints() {
        var document = Document(id: "x", text: "Zürich café.\n  \nÄpfel & Birnen.")
        document[StandardLayers.Entities.self] = [EntityMention(start: 16, end: 21, text: "Äpfel", label: .misc, canonical: "Äpfel")]
        let html = ArticleTextRenderer(document, anchor: "a").html()
        #expect(html == "<p>Zürich café.</p>\n  \n<p><mark class=\"ent ent-misc\" title=\"MISC: Äpfel\">Äpfel</mark> &amp; Birnen.</p>")
    }

    @Test("the Markdown report has every section, escapes Markdown syntax and links citations to articles")
    func markdown() throws {
        let folder = try ExportFixture.export(formats: ["markdown"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = try ExportFixture.read(folder, "report.md")
        for heading in ["# fixture — DocPipe report", "## Corpus summary", "## Entities", "## Timeline", "## Conflicting figures", "## Articles",
                        "### Troops, \"peace\" and order", "### Ministry figures", "**Summary.**", "**Entities**", "**Quotes**", "**Text**"] {
            #expect(("\n" + markdown).contains("\n\(heading)"), "\(heading)")
        }
        #expect(markdown.contains("\\<script\\>alert('x')\\</script\\> \\& left."))
        #expect(markdown.contains("([Ministry figures, sentence 1](#article-second-report))"))
        #expect(markdown.contains("| Anna Petrova | PERSON | Anna Petrova · Petrova | [Troops, \"peace\" and order](#article-first-report) ×1 | 1 |"))
        #expect(markdown.contains("- PERSON: Anna Petrova ×1"))
        #expect(markdown.contains("<a id=\"article-first-report\"></a>"))
    }

    @Test("documents whose ids give the same slug still get distinct anchors")
    func distinctAnchors() {
        var index = ReportIndex()
        for id in ["A b", "a-b", "a_b", "a-b-2", "Ünïcode only: ü"] {
            index.add(Document(id: id, text: "t"))
        }
        let anchors = index.entries.map(\.anchor)
        #expect(anchors == ["article-a-b", "article-a-b-2", "article-a-b-3", "article-a-b-2-2", "article-n-code-only"])
        #expect(ReportIndex.slug("¿¡") == "doc")
    }

    @Test("numbers are grouped by thousands with at most three decimals")
    func numbers() {
        #expect(ReportFormatting.number(2500) == "2,500")
        #expect(ReportFormatting.number(1234567.5) == "1,234,567.5")
        #expect(ReportFormatting.number(-0.125) == "-0.125")
        #expect(ReportFormatting.number(100) == "100")
        #expect(ReportFormatting.figure(40, unit: "%") == "40%")
    }

    @Test("Markdown escaping keeps list and heading markers at a line start literal")
    func markdownEscaping() {
        #expect(MarkdownText.paragraph("# not a heading") == "\\# not a heading")
        #expect(MarkdownText.paragraph("1. not a list") == "1\\. not a list")
        #expect(MarkdownText.inline("a|b *c* [d](e)") == "a\\|b \\*c\\* \\[d\\](e)")
    }

    @Test("a report renders a corpus without any layers or corpus results")
    func bareCorpus() throws {
        let corpus = Corpus(documents: DocumentStream([Document(id: "only", text: "Just text.\nMore.")]))
        let folder = try ExportFixture.export(corpus, formats: ["html", "markdown"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try ExportFixture.read(folder, "report.html")
        #expect(html.contains("No corpus summary in this run."))
        #expect(html.contains("<p>Just text.</p>\n<p>More.</p>"))
        let markdown = try ExportFixture.read(folder, "report.md")
        #expect(markdown.contains("Just text.\n\nMore.\n\n"))
    }
}
