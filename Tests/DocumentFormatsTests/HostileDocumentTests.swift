import DocPipe
import DocPipeTesting
import Foundation
import Testing

@testable import DocumentFormats

/// Damaged and hostile files of every format: each is refused with an error or read, never a crash.
@Suite struct HostileDocumentTests {
    static let converters: [any DocumentConverter] = [PDFConverter(), EPUBConverter(), ODTConverter(), DOCXConverter(), MailConverter(), MboxConverter()]

    /// One valid sample per zip or text format.
    static var samples: [(name: String, data: Data)] {
        [
            ("docx", DOCXFixture.docx(body: DOCXFixture.paragraph("A short paragraph of the memo."), footnotes: ["A note."], title: "T")),
            ("odt", ODTConverterTests.odt("<text:h>Title</text:h><text:p>Some text of the survey.</text:p>")),
            ("epub", EPUBFixture.book(chapters: [("one.xhtml", EPUBFixture.chapter("One", ["The first chapter's text."]))], spine: ["one.xhtml"])),
            ("eml", Data(MailConverterTests.plain.utf8)),
        ]
    }

    /// Converts with the first converter that recognises the bytes; `true` when one did.
    @discardableResult
    static func survive(_ data: Data) -> Bool {
        guard let converter = converters.first(where: { $0.recognizes(data) }) else { return false }
        _ = try? converter.convert(data, source: "hostile")
        return true
    }

    @Test("an empty file is recognised by no converter")
    func emptyFile() {
        #expect(!Self.survive(Data()))
    }

    @Test("every prefix cut of each container format is refused or read, without a crash")
    func truncatedFiles() {
        for sample in Self.samples {
            for cut in stride(from: 0, to: sample.data.count, by: max(1, sample.data.count / 40)) {
                Self.survive(sample.data.prefix(cut))
            }
        }
    }

    @Test("flipped bytes in each container format are refused or read, without a crash")
    func corruptedFiles() {
        var generator = SystemRandomNumberGenerator()
        for sample in Self.samples {
            for _ in 0..<30 {
                var data = sample.data
                for _ in 0..<8 {
                    let index = Int.random(in: 0..<data.count, using: &generator)
                    data[index] = UInt8.random(in: 0...255, using: &generator)
                }
                Self.survive(data)
            }
        }
    }

    @Test("XML nested thousands of levels deep fails with a message instead of exhausting the stack")
    func deeplyNestedXML() {
        let nested = String(repeating: "<w:r>", count: 50_000) + "<w:t>deep</w:t>" + String(repeating: "</w:r>", count: 50_000)
        let data = DOCXFixture.docx(body: "<w:p>\(nested)</w:p>")
        #expect(throws: ConversionError.self) {
            try DOCXConverter().convert(data, source: "deep.docx")
        }
    }

    @Test("a damaged PDF body and PDF magic followed by random bytes are refused with a message")
    func damagedPDFs() throws {
        guard LimitedProgram.locate("pdftotext") != nil else { return }
        var random = Data("%PDF-1.5\n".utf8)
        random.append(contentsOf: (0..<4096).map { _ in UInt8.random(in: 0...255) })
        let pdf = PDFFixture(pages: [PDFFixture.paragraph(["Text of the report."], x: 72, y: 700)]).data
        for data in [random, pdf.prefix(pdf.count / 2)] {
            do {
                _ = try PDFConverter().convert(data, source: "bad.pdf")
            } catch {
                #expect(!"\(error)".isEmpty)
            }
        }
    }
}
