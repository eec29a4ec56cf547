import Testing
@testable import HTMLExtraction

@Suite("Unusual pages do not break the extractor")
struct RobustnessTests {
    @Test("a page in another language is not empty")
    func otherLanguages() {
        let russian = TestPages.page(body: """
            <div class="menu"><a href="/">Главная</a> <a href="/news">Новости</a></div>
            <div class="statya">
            <p>Власти региона открыли северные шлюзы во вторник утром, после трёх дней сильных дождей уровень воды поднялся почти на два метра.</p>
            <p>Инженеры заявили, что плотине ничего не угрожало, однако фермерам ниже по течению посоветовали перегнать скот на возвышенности.</p>
            </div>
            """)
        let page = TestPages.extract(russian)
        #expect(page.text.contains("северные шлюзы"))
        #expect(page.text.contains("перегнать скот"))
        #expect(!page.text.contains("Главная"))
        let japanese = TestPages.page(body: """
            <div><p>河川局は火曜日の朝、三日間の大雨で水位が約二メートル上昇したため、北側の水門を開いた。</p>
            <p>技術者はダムに危険はなかったと述べたが、下流の農家には家畜を高台へ移すよう指示が出され、二つの学校が早く閉まった。</p></div>
            """)
        #expect(TestPages.extract(japanese).text.contains("北側の水門を開いた"))
    }

    @Test("the declarations of a doctype's internal subset never reach the text")
    func doctypeInternalSubset() {
        let html = Array("""
            <!DOCTYPE html [
              <!ENTITY greeting "hidden > words">
              <!-- a comment with ] and > inside -->
              <!ATTLIST p data-x CDATA 'more ] hidden'>
            ]>
            <html><body><p>The ferry to the island runs twice a day in summer and once a day in winter.</p></body></html>
            """.utf8)
        let page = TestPages.extract(html)
        #expect(page.text == "The ferry to the island runs twice a day in summer and once a day in winter.")
        let unclosed = Array("<!DOCTYPE html [ <!ENTITY a 'b'>\n<html><body><p>Text after a subset that never closes.</p></body></html>".utf8)
        #expect(TestPages.extract(unclosed).text.contains("Text after a subset that never closes."))
    }

    @Test("broken markup with unclosed tags still gives the text")
    func brokenMarkup() {
        let html = Array("""
            <html><body><div class="content"><p>First paragraph of a page whose markup is broken in several ways, written for this test.
            <p>Second paragraph, the previous one never closed <b>and this bold <i>never ends either.
            <div><p>Third paragraph inside a div that is not closed, with enough text to be content.
            <table><tr><td>cell without end <td>another
            """.utf8)
        let page = TestPages.extract(html)
        #expect(page.text.contains("First paragraph"))
        #expect(page.text.contains("Third paragraph"))
        for block in page.blocks {
            #expect(block.sourceStart >= 0 && block.sourceStart < block.sourceEnd && block.sourceEnd <= html.count)
        }
    }

    @Test("truncated and garbage input does not crash")
    func garbage() {
        let inputs: [[UInt8]] = [
            [], Array("<".utf8), Array("<html><body><p attr=\"unterminated".utf8), Array("</p></div></body>".utf8),
            Array("<!-- never closed comment <p>text".utf8), Array("<script>never closed".utf8),
            [0xFF, 0xFE, 0x3C, 0x00, 0x70], Array("<p>plain text only</p>".utf8),
        ]
        for input in inputs {
            let page = TestPages.extract(input)
            for block in page.blocks { #expect(block.sourceEnd <= input.count) }
        }
        #expect(TestPages.extract(Array("<p>plain text only</p>".utf8)).text == "plain text only")
    }

    @Test("10,000 nested divs neither crash nor hang, and the text survives")
    func deepNesting() {
        let depth = 10_000
        var html = "<html><body>"
        html += String(repeating: "<div>", count: depth)
        html += "<p>Deep paragraph at the bottom of ten thousand nested elements, still readable text here.</p>"
        html += String(repeating: "</div>", count: depth)
        html += "</body></html>"
        let page = TestPages.extract(Array(html.utf8))
        #expect(page.text.contains("Deep paragraph"))
    }

    @Test("the same page gives the same result every time")
    func deterministic() {
        let html = TestPages.article(with: "<nav><a href=\"/\">Home</a></nav>")
        let first = TestPages.extract(html)
        for _ in 0..<3 { #expect(TestPages.extract(html) == first) }
    }

    @Test("a declared legacy encoding is honoured")
    func legacyEncoding() {
        var html = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8)
        html.append(0xE9)
        html += Array(" on the corner of the square, open every day from seven in the morning until late.</p></body></html>".utf8)
        #expect(TestPages.extract(html).text.hasPrefix("Café on the corner"))
    }

    @Test("extractions running in parallel agree with a serial one")
    func parallel() async {
        let pages = (0..<8).map { index in
            TestPages.article(with: "<nav><a href=\"/\">Home \(index)</a></nav><aside><p>Side note number \(index) for the reader.</p></aside>")
        }
        let serial = pages.map { TestPages.extract($0) }
        let parallel = await withTaskGroup(of: (Int, ExtractedPage).self) { group in
            for (index, page) in pages.enumerated() {
                group.addTask { (index, TestPages.extract(page)) }
            }
            var results = [ExtractedPage?](repeating: nil, count: pages.count)
            for await (index, page) in group { results[index] = page }
            return results
        }
        #expect(parallel == serial.map { Optional($0) })
    }

    @Test("invalid UTF-8 in the page keeps block offsets consistent with the text")
    func invalidUTF8() {
        var html = Array("<html><body><article><p>Broken bytes here: ".utf8)
        html += [0x49, 0x74, 0x80, 0x99, 0x73, 0x20, 0xE2, 0x82, 0x20, 0xC3]
        html += Array(" and the sentence goes on for a while so that it counts as the main text of the page.</p><p>Second paragraph follows with more words, enough of them to be content as well.</p></article></body></html>".utf8)
        let page = TestPages.extract(html)
        #expect(page.blocks.count == 2)
        #expect(page.blocks.last?.end == page.text.unicodeScalars.count)
        var truncated = Array("<html><body><p>A long enough paragraph of text that is cut in the middle of a letter: caf".utf8)
        truncated += [0xC3]
        let cut = TestPages.extract(truncated)
        #expect(cut.blocks.last?.end == cut.text.unicodeScalars.count)
        let joined = page.blocks.map { page.text.slice($0.start, $0.end) }.joined(separator: "\n\n")
        #expect(joined == page.text)
    }

    @Test("100,000 unclosed tags are handled in linear time")
    func manyUnclosedTags() {
        let html = Array(("<html><body>" + String(repeating: "<div><span>word ", count: 50_000) + "</body></html>").utf8)
        let clock = ContinuousClock()
        var page = ExtractedPage()
        let elapsed = clock.measure { page = TestPages.extract(html) }
        #expect(page.text.contains("word word"))
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }
}
