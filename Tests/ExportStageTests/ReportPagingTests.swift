import DocPipe
import Foundation
import Testing
@testable import ExportStage

@Suite("Reports of large corpora")
struct ReportPagingTests {
    static func corpus(_ count: Int, clusters: Int = 2) -> Corpus {
        let documents = (1...count).map { number -> Document in
            let text = "Person \(number) met Almaty officials. They talked."
            var document = Document(id: "doc \(number)", text: text, metadata: Metadata(title: "Story \(number)", publisher: number % 2 == 0 ? "Even Times" : "Odd Post"))
            document[StandardLayers.Sentences.self] = [Span(start: 0, end: text.unicodeScalars.count - 14), Span(start: text.unicodeScalars.count - 13, end: text.unicodeScalars.count)]
            return document
        }
        var results = CorpusResults()
        results[StandardCorpusKeys.Entities.self] = (0..<clusters).map { number in
            EntityCluster(canonical: "Entity \(number)", label: .org, aliases: ["Entity \(number)"],
                          mentions: Dictionary(uniqueKeysWithValues: (1...count).map { ("doc \($0)", 1 + ($0 + number) % 3) }))
        }
        results[StandardCorpusKeys.Timeline.self] = (1...count).map { number in
            TimelineEntry(date: "2022-01-\(number % 28 + 1)", text: "Event \(number).", doc: "doc \(number)", index: 1)
        }
        return Corpus(documents: DocumentStream(documents), results: results)
    }

    @Test("up to the inline limit, articles stay in the report and no report folder is written")
    func smallCorpusInline() throws {
        let folder = try ExportFixture.export(Self.corpus(ReportIndex.defaultInlineLimit), formats: ["html", "markdown"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try ExportFixture.read(folder, "report.html")
        #expect(html.contains("<article id=\"article-doc-25\">"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report").path))
    }

    @Test("past the inline limit, each article gets its own page and the overview links to it and to index pages")
    func largeCorpusPaged() throws {
        let count = ReportIndex.defaultInlineLimit + 5
        let folder = try ExportFixture.export(Self.corpus(count), formats: ["html", "markdown", "jsonl"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try ExportFixture.read(folder, "report.html")
        #expect(!html.contains("<article"))
        #expect(html.contains("<a href=\"report/index-0001.html\">Articles 1–30</a>"))
        #expect(html.contains("href=\"report/articles/000030.html#article-doc-30.s1\""))
        let page = try ExportFixture.read(folder, "report/articles/000030.html")
        #expect(page.contains("<article id=\"article-doc-30\">"))
        #expect(page.contains("id=\"article-doc-30.s1\""))
        #expect(page.contains("<a href=\"../../report.html\">Report overview</a>"))
        let index = try ExportFixture.read(folder, "report/index-0001.html")
        #expect(index.contains("<a href=\"articles/000007.html#article-doc-7\">Story 7</a></td><td>Odd Post</td>"))
        let markdown = try ExportFixture.read(folder, "report.md")
        #expect(markdown.contains("- [Articles 1–30](report/index-0001.md)"))
        #expect(try ExportFixture.read(folder, "report/articles/000001.md").contains("### Story 1"))
        #expect(try ExportFixture.read(folder, "report/index-0001.md").contains("| 2 | [Story 2](articles/000002.md#article-doc-2) | Even Times | 2 |"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(ExportFixture.read(folder, "manifest.json").utf8)) as? [String: Any])
        let pages = try #require(manifest["report_pages"] as? [String: Any])
        #expect(pages["folder"] as? String == "report")
        #expect(pages["files"] as? Int == 2 * (count + 1), "an article page per document and an index page, in each format")
        let pageBytes = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("report").path).reduce(0) { total, path in
            let url = folder.appendingPathComponent("report").appendingPathComponent(path)
            return total + ((try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true ? 0 : ((try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0))
        }
        #expect(pages["bytes"] as? Int == pageBytes)

        _ = try ExportFixture.export(Self.corpus(3), formats: ["html"], folder: folder)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report").path), "a smaller re-run removes the old pages")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".report") }
        #expect(leftovers.isEmpty)
    }

    @Test("long lists are capped with a count of the rest and a link to the full data")
    func capsLists() throws {
        let folder = try ExportFixture.export(Self.corpus(ReportIndex.defaultInlineLimit + 1, clusters: ReportLimits.entities + 7), formats: ["html", "markdown", "csv"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try ExportFixture.read(folder, "report.html")
        #expect(html.contains("<p class=\"more\">7 more entities; all of them are in <a href=\"csv/entity_clusters.csv\">csv/entity_clusters.csv</a>.</p>"))
        #expect(html.contains("and 20 more documents"))
        #expect(html.components(separatedBy: "\"><td>Entity ").count - 1 == ReportLimits.entities, "one anchored row per shown cluster")
        #expect(html.components(separatedBy: "<tr><td>Entity ").count - 1 == EntityCooccurrence.nodeLimit, "the graph's text alternative")
        let markdown = try ExportFixture.read(folder, "report.md")
        #expect(markdown.contains("*7 more entities; all of them are in [csv/entity\\_clusters.csv](csv/entity_clusters.csv).*"))
    }

    @Test("a conflict shows its first figures in chart and cards and counts the rest")
    func capsFigures() throws {
        var corpus = Self.corpus(3)
        corpus.results[StandardCorpusKeys.Conflicts.self] = [
            ConflictGroup(unit: "troop", subject: nil, figures: (1...(ReportLimits.figuresPerConflict + 3)).map { value in
                ReportedFigure(value: Double(value * 100), unit: "troop", doc: "doc \(value % 3 + 1)", text: "Figure \(value).", index: 0)
            }),
        ]
        let folder = try ExportFixture.export(corpus, formats: ["html", "markdown"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try ExportFixture.read(folder, "report.html")
        #expect(html.contains("<p class=\"more\">and 3 more figures of this kind.</p>"))
        #expect(html.contains(">1,200</text>") && !html.contains(">1,300</text>"))
        #expect(html.components(separatedBy: "<div class=\"figure\">").count - 1 == ReportLimits.figuresPerConflict)
        #expect(try ExportFixture.read(folder, "report.md").contains("*and 3 more figures of this kind.*"))
    }
}
