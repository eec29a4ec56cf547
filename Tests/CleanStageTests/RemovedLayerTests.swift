import DocPipe
import Testing
@testable import CleanStage

@Suite("Removed layer and idempotence")
struct RemovedLayerTests {
    private let raw = """
    The Evening HeraldNews You Can Trust

    Opinion Why the Budget Vote Matters for Every School 🏫

    By Jane Doe

    Council members during the vote on Tuesday. (Photo by John Roe/Example Agency)

    \(Fixture.councilApproves)

    Share this article

    \(Fixture.membersArgue)

    Local News: Library hours to be cut again in the spring and summer season

    \(Fixture.mayorSigns)

    Advertisement

    \(Fixture.residentsDivided)

    Jane Doe is a columnist at the Evening Herald and a former teacher.

    The views expressed here are the author's own.
    """

    @Test("every removal slices the original input exactly, in code points, in order")
    func offsetsSliceOriginal() throws {
        let document = try Fixture.clean(raw)
        let removed = Fixture.removed(document)
        #expect(removed.count == 9)
        for removal in removed {
            #expect(raw.slice(scalars: removal.start, removal.end) == removal.text)
        }
        #expect(removed.map(\.start) == removed.map(\.start).sorted())
        #expect(Set(removed.map(\.reason)).isSubset(of: [
            "boilerplate", "interface", "caption", "related", "bio", "disclaimer", "contact", "advertisement", "metadata:title",
            "metadata:author", "metadata:publisher", "metadata:section", "metadata:date", "pattern",
        ]))
        #expect(document.text == Fixture.article())
    }

    @Test("cleaning already-cleaned text changes nothing")
    func isIdempotent() throws {
        let once = try Fixture.clean(raw)
        let twice = try Fixture.clean(once.text)
        #expect(twice.text == once.text)
        #expect(Fixture.removed(twice).isEmpty)
        var again = once
        try CleanStage(options: CleanOptions(), context: StageContext(pipelineName: "test")).process(&again)
        #expect(again.text == once.text)
        #expect(again.metadata == once.metadata)
    }

    @Test("HTML input is extracted: markup and scripts gone, each paragraph traced to its element's bytes in the page")
    func htmlOffsetsSliceOriginal() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Budget passes after a long night</title><script>var x = "<p>";</script></head>
        <body><h1>Budget passes after a long night</h1><p>\(Fixture.councilApproves)</p>
        <p>Share this article</p><p>Several members argued &amp; others warned that taxes would have to rise next year.</p>
        <p>\(Fixture.mayorSigns)</p></body></html>
        """
        let document = try Fixture.clean(html, source: "page.html")
        #expect(!document.text.contains("<"))
        #expect(document.text.contains("Several members argued & others warned"))
        #expect(document.metadata.title == "Budget passes after a long night")
        #expect(!document.text.contains("var x"))
        #expect(document.text.hasPrefix(Fixture.councilApproves))
        let blocks = try #require(document[SourceBlocks.self])
        #expect(!blocks.isEmpty)
        let bytes = Array(html.utf8)
        for block in blocks {
            let byteStart = try #require(block.byteStart), byteEnd = try #require(block.byteEnd)
            let element = String(decoding: bytes[byteStart..<byteEnd], as: UTF8.self)
            #expect(element.hasPrefix("<"))
            let paragraph = document.text.slice(scalars: block.start, block.end)
            #expect(element.contains(String(paragraph.prefix(20)).replacingOccurrences(of: "&", with: "&amp;")))
        }
    }

    @Test("HTML is sniffed in a text file")
    func sniffsHTML() throws {
        let document = try Fixture.clean("<html><body><p>\(Fixture.councilApproves)</p><p>\(Fixture.mayorSigns)</p></body></html>")
        #expect(Fixture.paragraphs(document) == [Fixture.councilApproves, Fixture.mayorSigns])
    }

    @Test("the same input gives the same output")
    func isDeterministic() throws {
        let first = try Fixture.clean(raw)
        let second = try Fixture.clean(raw)
        #expect(first.text == second.text)
        #expect(Fixture.removed(first) == Fixture.removed(second))
        #expect(first.metadata == second.metadata)
    }

    @Test("a Markdown heading that reads as a sentence anchors the article as it does once the marker is gone")
    func markdownHeadingProseIsIdempotent() throws {
        // The only sentence is a heading; the lines after it do not end a sentence. Read back as
        // plain text the heading is an ordinary prose line, so it must anchor the first pass too.
        let markdown = """
        # The council met on Tuesday and it approved the new budget.

        See [the minutes](http://example.org/minutes) for the votes of every member

        Counted by [the clerk](http://example.org/clerk) late in the evening
        """
        let once = try Fixture.clean(markdown, source: "notes.txt")
        #expect(once.text == "The council met on Tuesday and it approved the new budget.")
        let again = try Fixture.clean(once.text, source: "notes.txt", metadata: once.metadata)
        #expect(again.text == once.text)
    }

    @Test("the byline window after the first paragraph counts the lines that stay, as the cleaned text does")
    func bylineWindowIsIdempotent() throws {
        // "By Ann Lee" leaves the text, so in the cleaned text "Tom Baker" moves up into the three
        // lines after the first paragraph; the first pass must already judge it there.
        let text = Fixture.article(inserting: ["By Ann Lee", "Next steps", "Tom Baker"], after: 2)
        let once = try Fixture.clean(text)
        let again = try Fixture.clean(once.text, metadata: once.metadata)
        #expect(again.text == once.text)
        #expect(Fixture.removed(again).isEmpty)
        #expect(!once.text.contains("Tom Baker"))
        #expect(once.text.contains("Next steps"))
    }

    @Test("Markdown headings are judged by their text, as the cleaned text (without the marker) is")
    func markdownHeadingsJudgedByText() throws {
        let markdown = """
        # Budget

        \(Fixture.councilApproves)

        ## World: Floods Force Thousands From Their Homes Again

        \(Fixture.membersArgue)

        ## Photo: The Council Chamber

        See [the minutes](http://example.org/m) and [the votes](http://example.org/v).

        \(Fixture.mayorSigns)
        """
        let once = try Fixture.clean(markdown, source: "notes.md")
        #expect(Fixture.reason(for: "World: Floods Force Thousands From Their Homes Again", in: once) == "related")
        #expect(Fixture.reason(for: "Photo: The Council Chamber", in: once) == "caption")
        let again = try Fixture.clean(once.text, metadata: once.metadata)
        #expect(again.text == once.text)
        #expect(Fixture.removed(again).isEmpty)
    }
}
