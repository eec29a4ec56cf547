import DocPipe
import DocPipeTesting
import Foundation
import Testing

@testable import DocumentFormats

@Suite(.enabled(if: LimitedProgram.locate("pdftotext") != nil, "needs poppler-utils"))
struct PDFConverterTests {
    let converter = PDFConverter()

    /// A page with a running header and a page number, and the body in two columns.
    func twoColumnPage(_ number: Int, left: [String], right: [String]) -> [PDFFixture.Line] {
        [PDFFixture.Line(x: 72, y: 750, size: 9, text: "Annual Report on Orchard Yields"), PDFFixture.Line(x: 300, y: 40, size: 9, text: "\(number)")]
            + PDFFixture.paragraph(left, x: 72, y: 700) + PDFFixture.paragraph(right, x: 330, y: 700)
    }

    @Test("a PDF is recognised by its magic bytes, whatever its name; text is not")
    func recognisesByContent() {
        let pdf = PDFFixture(pages: [[PDFFixture.Line(x: 72, y: 700, text: "Hello")]]).data
        #expect(converter.recognizes(pdf))
        #expect(converter.recognizes(Data("junk before the header\n".utf8) + pdf))
        #expect(!converter.recognizes(Data("Plain words about a %PDF file.\n".utf8).prefix(8)))
        #expect(!converter.recognizes(Data("Plain words that mention no magic at all.".utf8)))
    }

    @Test("a two-column page is read down the left column, then the right")
    func readsColumnsInOrder() throws {
        let page = twoColumnPage(1, left: ["The orchard grew apples in the", "northern valley all year long."], right: ["Pears came from the southern", "slopes near the river."])
        let document = try converter.convert(PDFFixture(pages: [page]).data, source: "report.pdf")
        let apples = try #require(document.text.range(of: "The orchard grew apples in the northern valley all year long."))
        let pears = try #require(document.text.range(of: "Pears came from the southern slopes near the river."))
        #expect(apples.upperBound < pears.lowerBound)
    }

    @Test("running headers and page numbers repeated across pages are dropped; the body stays")
    func dropsRunningLines() throws {
        let pages = (1...3).map { twoColumnPage($0, left: ["Page \($0) tells of the harvest.", "It was a good season.", "Rain came in time."], right: ["The barn on page \($0) was full.", "Nobody went hungry.", "The mill kept turning."]) }
        let document = try converter.convert(PDFFixture(pages: pages).data, source: "report.pdf")
        #expect(!document.text.contains("Annual Report on Orchard Yields"))
        #expect(!document.text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).allSatisfy(\.isNumber) })
        #expect(document.text.contains("Page 2 tells of the harvest. It was a good season. Rain came in time."))
        #expect(document.metadata.extra["running_lines_removed"] == .integer(6))
    }

    @Test("a line that appears on one page only, in the margin, is kept")
    func keepsSingleMarginLine() throws {
        let pages = [[PDFFixture.Line(x: 72, y: 760, text: "A note only the first page carries")] + PDFFixture.paragraph(["Body text of page one."], x: 72, y: 600),
                     PDFFixture.paragraph(["Body text of page two."], x: 72, y: 600)]
        let document = try converter.convert(PDFFixture(pages: pages).data, source: "notes.pdf")
        #expect(document.text.contains("A note only the first page carries"))
    }

    @Test("a word hyphenated at a line end is joined; a dash between words is not")
    func joinsHyphenation() throws {
        let page = PDFFixture.paragraph(["The committee discussed the inter-", "national treaty and a well-known", "case of long-term planning."], x: 72, y: 700)
        let document = try converter.convert(PDFFixture(pages: [page]).data, source: "memo.pdf")
        #expect(document.text.contains("the international treaty and a well-known case of long-term planning."))
    }

    @Test("a gap between lines starts a new paragraph, and each block knows its page and box")
    func paragraphsWithPagesAndBoxes() throws {
        let first = PDFFixture.paragraph(["First paragraph starts here and", "ends on this line."], x: 72, y: 700)
            + PDFFixture.paragraph(["Second paragraph is separate."], x: 72, y: 640)
        let second = PDFFixture.paragraph(["Third paragraph sits on page two."], x: 100, y: 500)
        let document = try converter.convert(PDFFixture(pages: [first, second]).data, source: "memo.pdf")
        #expect(document.text == "First paragraph starts here and ends on this line.\n\nSecond paragraph is separate.\n\nThird paragraph sits on page two.")
        #expect(document.blocks.map(\.page) == [1, 1, 2])
        let third = try #require(document.blocks.last)
        #expect(document.text.unicodeScalars.count == third.end)
        let box = try #require(third.box)
        #expect(abs(box[0] - 100) < 1)
        #expect(box[1] > 280 && box[3] < 300)
    }

    @Test("a short line in a larger size is a heading")
    func findsHeadings() throws {
        let page = [PDFFixture.Line(x: 72, y: 720, size: 18, text: "Harvest Results")]
            + PDFFixture.paragraph(["The harvest was larger than the year", "before, and prices fell a little."], x: 72, y: 690)
        let document = try converter.convert(PDFFixture(pages: [page]).data, source: "memo.pdf")
        #expect(document.blocks.first?.kind == "heading")
        #expect(document.text.hasPrefix("Harvest Results\n\n"))
    }

    @Test("title, author and date come from the document information")
    func readsDocumentInformation() throws {
        let fixture = PDFFixture(pages: [PDFFixture.paragraph(["Some text."], x: 72, y: 700)], title: "Orchard Yields 2024", author: "Mara Quill", created: "D:20240305120000Z")
        let document = try converter.convert(fixture.data, source: "memo.pdf")
        #expect(document.metadata.title == "Orchard Yields 2024")
        #expect(document.metadata.author == "Mara Quill")
        #expect(document.metadata.date == "2024-03-05")
        #expect(document.metadata.extra["pages"] == .integer(1))
    }

    @Test("a PDF without a text layer fails saying OCR is not done")
    func imageOnlyFails() throws {
        let fixture = PDFFixture(pages: [[], []])
        #expect {
            try converter.convert(fixture.data, source: "scan.pdf")
        } throws: { error in
            "\(error)".contains("no text layer") && "\(error)".contains("OCR")
        }
    }

    @Test("an encrypted PDF fails saying it is encrypted and DocPipe does not decrypt")
    func encryptedFails() throws {
        let fixture = PDFFixture(pages: [PDFFixture.paragraph(["Secret minutes."], x: 72, y: 700)], encrypted: true)
        #expect {
            try converter.convert(fixture.data, source: "locked.pdf")
        } throws: { error in
            "\(error)".contains("encrypted") && "\(error)".contains("does not decrypt")
        }
    }

    @Test("a damaged PDF fails with a message, not a crash")
    func damagedFails() throws {
        #expect {
            try converter.convert(Data("%PDF-1.7\nthis is not a PDF body at all\n".utf8), source: "broken.pdf")
        } throws: { error in
            "\(error)".contains("PDF")
        }
    }
}

@Suite struct LimitedProgramTests {
    @Test("a program that outlives its wall-clock limit is killed and reported as timed out")
    func killsAtDeadline() throws {
        let sleep = try #require(LimitedProgram.locate("sleep"))
        let clock = ContinuousClock()
        let start = clock.now
        let result = try LimitedProgram(path: sleep, limits: ConversionLimits(seconds: 0.5)).run(["30"])
        #expect(result.ending == .timedOut)
        #expect(clock.now - start < .seconds(10))
    }

    @Test("a program over its CPU limit is stopped by a signal")
    func stopsAtCPULimit() throws {
        let shell = try #require(LimitedProgram.locate("sh"))
        let result = try LimitedProgram(path: shell, limits: ConversionLimits(seconds: 30, cpuSeconds: 1)).run(["-c", "while :; do :; done"])
        guard case .signaled = result.ending else {
            Issue.record("ended \(result.ending)")
            return
        }
    }

    @Test("a program over its memory limit fails instead of growing")
    func stopsAtMemoryLimit() throws {
        let shell = try #require(LimitedProgram.locate("sh"))
        let result = try LimitedProgram(path: shell, limits: ConversionLimits(seconds: 30, memoryBytes: 64 << 20)).run(["-c", "x=a; while :; do x=$x$x; done"])
        #expect(result.ending != .exited(0))
        #expect(result.ending != .timedOut)
    }

    @Test("output and exit status come back")
    func returnsOutput() throws {
        let shell = try #require(LimitedProgram.locate("sh"))
        let result = try LimitedProgram(path: shell, limits: ConversionLimits()).run(["-c", "echo out; echo err >&2; exit 3"])
        #expect(result.ending == .exited(3))
        #expect(String(decoding: result.output, as: UTF8.self) == "out\n")
        #expect(result.errors == "err\n")
    }

    @Test("a control character that pdftotext copies from a font does not make the page unreadable")
    func controlCharactersInLayout() throws {
        let layout = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><doc><page width=\"600\" height=\"800\"><flow><block xMin=\"72\" yMin=\"100\" xMax=\"300\" yMax=\"112\">"
            + "<line xMin=\"72\" yMin=\"100\" xMax=\"300\" yMax=\"112\"><word xMin=\"72\" yMin=\"100\" xMax=\"120\" yMax=\"112\">Harbour</word>"
            + "<word xMin=\"125\" yMin=\"100\" xMax=\"130\" yMax=\"112\">\u{5}</word><word xMin=\"135\" yMin=\"100\" xMax=\"200\" yMax=\"112\">lights</word></line>"
            + "</block></flow></page></doc></body></html>"
        let pages = try #require(BBoxLayoutReader.pages(from: Data(layout.utf8)))
        #expect(pages.first?.blocks.first?.lines.first?.text == "Harbour lights")
    }

    /// A page of poppler's layout: one line per entry, each word given as (text, x0, x1, y0, y1).
    static func layout(_ lines: [[(String, Double, Double, Double, Double)]]) -> Data {
        var xml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><doc><page width=\"600\" height=\"800\"><flow><block xMin=\"40\" yMin=\"40\" xMax=\"560\" yMax=\"760\">"
        for words in lines {
            let y0 = words.map(\.3).min() ?? 0, y1 = words.map(\.4).max() ?? 0
            xml += "<line xMin=\"\(words.first?.1 ?? 0)\" yMin=\"\(y0)\" xMax=\"\(words.last?.2 ?? 0)\" yMax=\"\(y1)\">"
            xml += words.map { "<word xMin=\"\($0.1)\" yMin=\"\($0.3)\" xMax=\"\($0.2)\" yMax=\"\($0.4)\">\($0.0)</word>" }.joined()
            xml += "</line>"
        }
        return Data((xml + "</block></flow></page></doc></body></html>").utf8)
    }

    @Test("letters of a kerned logo, which poppler reports as overlapping words, are joined into one word")
    func overlappingWordsAreOneWord() throws {
        let data = Self.layout([[("The", 72, 90, 100, 110), ("L", 93, 99, 100, 110), ("A", 96.5, 101, 100, 106), ("TEX", 99.5, 115, 102, 112), ("manual", 118, 150, 100, 110)]])
        let pages = try #require(BBoxLayoutReader.pages(from: data))
        #expect(pages.first?.blocks.first?.lines.first?.text == "The LATEX manual")
    }

    @Test("a word far taller than the page's text, such as a diagonal DRAFT watermark, is left out")
    func watermarkIsLeftOut() throws {
        var lines: [[(String, Double, Double, Double, Double)]] = (0..<25).map { row in
            let y = 100 + Double(row) * 12
            return [("harbour", 72, 110, y, y + 9), ("lights", 114, 140, y, y + 9)]
        }
        lines[3].append(("DRAFT", 150, 400, 200, 420))
        let pages = try #require(BBoxLayoutReader.pages(from: Self.layout(lines)))
        let texts = pages.flatMap(\.blocks).flatMap(\.lines).map(\.text)
        #expect(texts.count == 25)
        #expect(!texts.contains { $0.contains("DRAFT") })
    }

    @Test("a paragraph that poppler split into blocks right under each other is one paragraph, joined across a hyphen")
    func paragraphSplitIntoBlocksIsJoined() {
        func line(_ text: String, y: Double) -> PDFLine {
            PDFLine(text: text, box: PageBox(x0: 72, y0: y, x1: 290, y1: y + 10), page: 1)
        }
        let blocks = [
            PDFBlock(lines: [line("The keepers of the northern light wrote in the avail-", y: 100)]),
            PDFBlock(lines: [line("able logbook every night of the winter, and the", y: 111)]),
            PDFBlock(lines: [line("harbour master read it each spring.", y: 122)]),
            PDFBlock(lines: [line("A new paragraph begins far below.", y: 180)]),
        ]
        let texts = ParagraphBuilder.paragraphs(of: blocks).map { ParagraphBuilder.text(of: $0.lines) }
        #expect(texts == ["The keepers of the northern light wrote in the available logbook every night of the winter, and the harbour master read it each spring.",
                          "A new paragraph begins far below."])
    }
}
