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

    /// An OLE compound file such as Word writes for a password-protected DOCX: the magic, then a
    /// directory naming an `EncryptedPackage` stream (UTF-16LE), padded to a sector.
    static var encryptedWordFile: Data {
        var data = Data(EncryptionMarkers.compoundFileMagic)
        data.append(Data(repeating: 0, count: 504))
        data.append(Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        data.append(Data(repeating: 0x5A, count: 1024))
        return data
    }

    @Test("password-protected DOCX, ODT and DRM-encrypted EPUB fail saying they are encrypted")
    func encryptedContainers() throws {
        let odt = ZipFixture.zip([
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", "binary ciphertext, not XML"),
            ("META-INF/manifest.xml", #"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>"#),
        ])
        let fontOnly = #"<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><EncryptedData><CipherData><CipherReference URI="OEBPS/fonts/serif.otf"/></CipherData></EncryptedData></encryption>"#
        let chapterToo = #"<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><EncryptedData><CipherData><CipherReference URI="OEBPS/one.xhtml"/></CipherData></EncryptedData></encryption>"#
        let book = EPUBFixture.book(chapters: [("one.xhtml", EPUBFixture.chapter("One", ["The lamp was lit at dusk."]))], spine: ["one.xhtml"])
        func withEncryption(_ xml: String) -> Data {
            let plain = EPUBFixture.chapter("One", ["The lamp was lit at dusk."])
            return ZipFixture.zip([
                ("mimetype", "application/epub+zip"),
                ("META-INF/container.xml", #"<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"#),
                ("META-INF/encryption.xml", xml),
                ("OEBPS/content.opf", #"<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/><manifest><item id="one" href="one.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="one"/></spine></package>"#),
                ("OEBPS/one.xhtml", plain),
            ])
        }
        #expect(DOCXConverter().recognizes(Self.encryptedWordFile))
        for (converter, data) in [(DOCXConverter() as any DocumentConverter, Self.encryptedWordFile), (ODTConverter(), odt), (EPUBConverter(), withEncryption(chapterToo))] {
            #expect(converter.recognizes(data))
            #expect {
                try converter.convert(data, source: "locked")
            } throws: { error in
                "\(error)".contains("is encrypted") && "\(error)".contains("does not decrypt")
            }
        }
        #expect(try EPUBConverter().convert(withEncryption(fontOnly), source: "fonts.epub").text.contains("The lamp was lit at dusk."))
        #expect(try EPUBConverter().convert(book, source: "plain.epub").text.contains("The lamp was lit at dusk."))
    }

    @Test("an ODT or EPUB entry that expands past the zip limit is refused as a possible zip bomb")
    func zipBombsInEveryContainer() {
        let filler = String(repeating: "lamp oil ", count: 40_000)
        let odt = ODTConverterTests.odt("<text:p>\(filler)</text:p>")
        let epub = EPUBFixture.book(chapters: [("one.xhtml", EPUBFixture.chapter("One", [filler]))], spine: ["one.xhtml"])
        for (data, entry) in [(odt, "content.xml"), (epub, "OEBPS/one.xhtml")] {
            var archive = ZipArchive(data: data)
            archive.maxEntryBytes = 100_000
            #expect(data.count < 100_000)
            #expect {
                try archive.read([entry])
            } throws: { error in
                "\(error)".contains("zip bomb")
            }
        }
    }

    @Test("ODT, EPUB and e-mail nested thousands of levels deep are refused or read, without exhausting the stack")
    func deeplyNestedContainers() {
        let spans = String(repeating: "<text:span>", count: 50_000) + "deep" + String(repeating: "</text:span>", count: 50_000)
        #expect(throws: ConversionError.self) {
            try ODTConverter().convert(ODTConverterTests.odt("<text:p>\(spans)</text:p>"), source: "deep.odt")
        }
        let divs = String(repeating: "<div>", count: 20_000) + "<p>deep</p>" + String(repeating: "</div>", count: 20_000)
        let chapter = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Deep</title></head><body>\(divs)</body></html>"
        Self.survive(EPUBFixture.book(chapters: [("one.xhtml", chapter)], spine: ["one.xhtml"]))
        var mail = "From: a@example.org\r\nTo: b@example.org\r\nSubject: nested\r\nDate: Tue, 14 Nov 2023 09:30:00 +0100\r\nMIME-Version: 1.0\r\n"
        let depth = 2_000
        for level in 0..<depth {
            mail += "Content-Type: multipart/mixed; boundary=\"b\(level)\"\r\n\r\n--b\(level)\r\n"
        }
        mail += "Content-Type: text/plain\r\n\r\nThe innermost note.\r\n"
        for level in (0..<depth).reversed() { mail += "--b\(level)--\r\n" }
        #expect(Self.survive(Data(mail.utf8)))
    }
}
