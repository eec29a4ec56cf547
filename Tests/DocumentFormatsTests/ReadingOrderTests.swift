import Testing

@testable import DocumentFormats

@Suite struct ReadingOrderTests {
    func block(_ text: String, x0: Double, y0: Double, x1: Double, lines: Int = 1, page: Int = 1) -> PDFBlock {
        PDFBlock(lines: (0..<lines).map { index in
            PDFLine(text: lines == 1 ? text : "\(text) \(index)", box: PageBox(x0: x0, y0: y0 + 12 * Double(index), x1: x1, y1: y0 + 12 * Double(index) + 10), page: page)
        })
    }

    @Test("a full-width title is read first, then the left column, then the right, then a full-width footer paragraph")
    func bandsAndColumns() {
        let title = block("Title", x0: 72, y0: 60, x1: 540)
        let rightTop = block("right-top", x0: 320, y0: 100, x1: 540, lines: 3)
        let leftTop = block("left-top", x0: 72, y0: 100, x1: 290, lines: 3)
        let leftBottom = block("left-bottom", x0: 72, y0: 200, x1: 290, lines: 3)
        let rightBottom = block("right-bottom", x0: 320, y0: 220, x1: 540, lines: 2)
        let closing = block("Closing", x0: 72, y0: 400, x1: 540, lines: 2)
        let ordered = ReadingOrder.ordered([rightBottom, closing, leftBottom, title, rightTop, leftTop])
        #expect(ordered.map { $0.lines[0].text } == ["Title", "left-top 0", "left-bottom 0", "right-top 0", "right-bottom 0", "Closing 0"])
    }

    @Test("a sentence cut by a column break continues in the next column; a finished one does not")
    func continuesAcrossColumns() {
        let left = PDFBlock(lines: [
            PDFLine(text: "The keepers wrote that the storm", box: PageBox(x0: 72, y0: 600, x1: 290, y1: 610), page: 1),
            PDFLine(text: "lasted for", box: PageBox(x0: 72, y0: 612, x1: 130, y1: 622), page: 1),
        ])
        let right = PDFBlock(lines: [
            PDFLine(text: "three days and two nights.", box: PageBox(x0: 320, y0: 100, x1: 460, y1: 110), page: 1),
        ])
        let next = PDFBlock(lines: [
            PDFLine(text: "Then the sea calmed.", box: PageBox(x0: 320, y0: 130, x1: 430, y1: 140), page: 1),
        ])
        let paragraphs = ParagraphBuilder.paragraphs(of: [left, right, next])
        #expect(paragraphs.map { ParagraphBuilder.text(of: $0.lines) } == ["The keepers wrote that the storm lasted for three days and two nights.", "Then the sea calmed."])
    }

    @Test("a hyphen before a capital or a digit stays, joined without a space")
    func keepsRealHyphens() {
        let lines = [
            PDFLine(text: "The 1990-", box: PageBox(x0: 72, y0: 100, x1: 200, y1: 110), page: 1),
            PDFLine(text: "2000 survey of North-", box: PageBox(x0: 72, y0: 112, x1: 200, y1: 122), page: 1),
            PDFLine(text: "East harbours.", box: PageBox(x0: 72, y0: 124, x1: 200, y1: 134), page: 1),
        ]
        #expect(ParagraphBuilder.text(of: lines) == "The 1990-2000 survey of North-East harbours.")
    }
}
