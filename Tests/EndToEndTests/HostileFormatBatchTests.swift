import DocPipe
import DocPipeTesting
import Foundation
import Testing

/// One batch holding hostile files of every binary format beside a good document: each is refused
/// with a message naming it, or read, and the good document still comes out.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "needs poppler-utils"))
struct HostileFormatBatchTests {
    static let container = #"<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0"><rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"#

    /// Word's container for a password-protected DOCX: an OLE compound file naming `EncryptedPackage`.
    static var lockedWord: Data {
        var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        data.append(Data(repeating: 0, count: 504))
        data.append(Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        data.append(Data(repeating: 0x33, count: 2048))
        return data
    }

    static var files: [(name: String, data: Data)] {
        let odt = ZipFixture.zip([
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", "ciphertext"),
            ("META-INF/manifest.xml", #"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>"#),
        ])
        let epub = ZipFixture.zip([
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", container),
            ("META-INF/encryption.xml", #"<encryption><EncryptedData><CipherData><CipherReference URI="one.xhtml"/></CipherData></EncryptedData></encryption>"#),
            ("content.opf", #"<package xmlns="http://www.idpf.org/2007/opf"><manifest><item id="one" href="one.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="one"/></spine></package>"#),
            ("one.xhtml", "ciphertext"),
        ])
        let goodEPUB = ZipFixture.zip([
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", container),
            ("content.opf", #"<package xmlns="http://www.idpf.org/2007/opf"><manifest><item id="one" href="one.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="one"/></spine></package>"#),
            ("one.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>The keeper logged three ships in the fog that night.</p></body></html>"),
        ])
        let pdf = PDFFixture(pages: [PDFFixture.paragraph(["The harbour report for the spring."], x: 72, y: 700)]).data
        var nested = "From: a@example.org\r\nTo: b@example.org\r\nSubject: nested\r\nDate: Tue, 14 Nov 2023 09:30:00 +0100\r\nMIME-Version: 1.0\r\n"
        for level in 0..<1_000 { nested += "Content-Type: multipart/mixed; boundary=\"b\(level)\"\r\n\r\n--b\(level)\r\n" }
        nested += "Content-Type: text/plain\r\n\r\nThe innermost note.\r\n"
        var files: [(String, Data)] = ["pdf", "docx", "odt", "epub", "eml", "mbox"].map { ("empty.\($0)", Data()) }
        files += [
            ("cut.pdf", pdf.prefix(pdf.count / 2)),
            ("cut.epub", goodEPUB.prefix(goodEPUB.count / 2)),
            ("locked.docx", lockedWord),
            ("locked.odt", odt),
            ("locked.epub", epub),
            ("deep.eml", Data(nested.utf8)),
            ("note.txt", Data("The harbour master wrote a short note about the lamps.\n".utf8)),
        ]
        return files
    }

    @Test("empty, truncated, encrypted, deeply nested and 1 GB files of each format are refused naming the file or read; the batch goes on")
    func hostileBatch() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for file in Self.files { try file.data.write(to: input.appendingPathComponent(file.name)) }
        let huge = input.appendingPathComponent("huge.pdf")
        try Data("%PDF-1.7\n".utf8).write(to: huge)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let pipeline = folder.appendingPathComponent("hostile.yaml")
        try "name: hostile\non_error: skip\nstages:\n  - clean\n  - export:\n      formats: [jsonl]\n".write(to: pipeline, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        let result = try docpipe(["run", pipeline.path, "--input", input.path, "--output", output.path, "--quiet"])
        #expect(result.status == 1)
        for (name, phrase) in [("locked.docx", "is encrypted"), ("locked.odt", "is encrypted"), ("locked.epub", "is encrypted"),
                               ("cut.epub", "not a readable"), ("huge.pdf", "over limits.max_document_bytes")] {
            #expect(result.stderr.contains("\(name): failed in read:") && result.stderr.contains(phrase), "\(name)")
        }
        #expect(result.stderr.contains("cut.pdf"))
        let lines = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
        let ids = Set(try lines.compactMap { try (JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String })
        #expect(ids.contains("note"))
        #expect(ids.contains("deep"))
        let report = try String(contentsOf: output.appendingPathComponent("run.json"), encoding: .utf8)
        #expect(report.contains("empty"))
    }
}
