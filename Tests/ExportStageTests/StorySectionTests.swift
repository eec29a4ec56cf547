import DocPipe
import Foundation
import Testing
@testable import ExportStage

@Suite("Story sections of the reports")
struct StorySectionTests {
    /// A corpus past the inline limit whose documents form 130 stories of two documents each.
    static func corpus() -> Corpus {
        var corpus = ReportPagingTests.corpus(260)
        corpus.results[StandardCorpusKeys.Stories.self] = (0..<130).map { number in
            var story = Story(
                id: "s-\(number)", label: "Story \(number)", documents: ["doc \(2 * number + 1)", "doc \(2 * number + 2)"],
                entities: [], terms: [], firstDate: "2031-05-0\(number % 9 + 1)", lastDate: "2031-05-0\(number % 9 + 1)")
            story.timeline = (0..<25).map { day in
                TimelineEntry(date: "2031-05-\(String(format: "%02d", day + 1))", text: "Event \(day).", doc: "doc \(2 * number + 1)", index: 0)
            }
            story.conflicts = [ConflictGroup(unit: "people", subject: nil, figures: [
                ReportedFigure(value: 10, unit: "people", doc: "doc \(2 * number + 1)", text: "10 people.", index: 0),
                ReportedFigure(value: 12, unit: "people", doc: "doc \(2 * number + 2)", text: "12 people.", index: 0),
            ])]
            return story
        }
        return corpus
    }

    @Test("many stories: the overview and the sections are capped, say how many more, and link to the article pages")
    func capped() throws {
        let folder = try ExportFixture.export(Self.corpus(), formats: ["html", "markdown"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try ExportFixture.read(folder, "report.html")
        #expect(html.contains("30 more stories; all of them are in"))
        #expect(html.components(separatedBy: "<h3 id=\"story-").count - 1 == StorySections.sectionLimit)
        #expect(html.contains("5 more events of this story"))
        #expect(html.contains("id=\"chart-story-1-timeline\"") && html.contains("id=\"chart-conflict-1001\""))
        #expect(html.contains("href=\"report/articles/000001.html#"), "documents link to their article pages")
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "element ids are unique on the page")
        let markdown = try ExportFixture.read(folder, "report.md")
        #expect(markdown.contains("*30 more stories; all of them are in"))
        #expect(markdown.contains("(report/articles/000001.md#"))
    }
}
