import Testing
@testable import HTMLExtraction

@Suite("Blocks map the text back to the page")
struct SourceRangeTests {
    @Test("every block's byte range slices the original HTML to its source element")
    func byteRangesSliceElements() throws {
        let html = TestPages.page(head: "<title>Ranges</title><script>var a = '<p>not a paragraph</p>';</script>", body: """
            <!-- a comment with <p>markup</p> inside -->
            <article>
            <h2 class="sub">What happened</h2>
            \(TestPages.story)
            <blockquote><p>"The gates will stay open," the spokesperson said at the end of the long briefing.</p></blockquote>
            <ul><li>First point about the river level, which rose by almost two metres in three days.</li><li>Second point about the farms downstream, told to move livestock to higher ground.</li></ul>
            <table><tr><td>Gate</td><td>Status</td></tr><tr><td>North</td><td>Open</td></tr></table>
            </article>
            """)
        let page = TestPages.extract(html)
        #expect(!page.blocks.isEmpty)
        for block in page.blocks {
            let source = String(decoding: html[block.sourceStart..<block.sourceEnd], as: UTF8.self)
            let paragraph = page.text.slice(block.start, block.end)
            #expect(source.hasPrefix("<"))
            let firstWord = String(paragraph.split(separator: " ").first ?? "")
            #expect(source.contains(firstWord), "block \(paragraph) → \(source)")
        }
        let kinds = page.blocks.map(\.kind)
        #expect(kinds.contains(.heading))
        #expect(kinds.contains(.quote))
        #expect(kinds.contains(.listItem))
        #expect(kinds.contains(.tableRow))
        let heading = try #require(page.blocks.first { $0.kind == .heading })
        #expect(String(decoding: html[heading.sourceStart..<heading.sourceEnd], as: UTF8.self) == #"<h2 class="sub">What happened</h2>"#)
        let row = try #require(page.blocks.last { $0.kind == .tableRow })
        #expect(page.text.slice(row.start, row.end) == "North | Open")
    }

    @Test("blocks cover the text exactly, separated by blank lines")
    func blocksCoverText() {
        let page = TestPages.extract(TestPages.article(with: ""))
        let joined = page.blocks.map { page.text.slice($0.start, $0.end) }.joined(separator: "\n\n")
        #expect(joined == page.text)
        #expect(page.blocks.count == 3)
    }

    @Test("code-point offsets stay right after non-ASCII text")
    func nonASCIIOffsets() {
        let page = TestPages.extract(TestPages.page(body: """
            <article><p>Ünïcödé façade — naïve café, résumé: “quoted” text with emoji 🌊 and more words to make it long.</p>
            <p>Second paragraph after the emoji, still in the article, with enough words to count as prose here.</p></article>
            """))
        #expect(page.blocks.count == 2)
        #expect(page.text.slice(page.blocks[1].start, page.blocks[1].end).hasPrefix("Second paragraph"))
    }

    @Test("paragraphs keep reading order, including text between nested blocks")
    func readingOrder() {
        let page = TestPages.extract(TestPages.page(body: """
            <div class="story-content">
            <p>Alpha paragraph opens the article with a long enough sentence, written for this test.</p>
            Loose text between blocks, also long enough to be read as part of the article body.
            <div><p>Beta paragraph sits one level deeper, and it must still come second in the output.</p></div>
            <p>Gamma paragraph closes the article, after the nested one, with a final long sentence.</p>
            </div>
            """))
        let order = ["Alpha", "Loose text", "Beta", "Gamma"].compactMap { page.text.firstRange(of: $0)?.lowerBound }
        #expect(order.count == 4)
        #expect(order == order.sorted())
    }
}

extension String {
    /// The substring between two code-point offsets.
    func slice(_ start: Int, _ end: Int) -> String {
        let scalars = Array(unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
