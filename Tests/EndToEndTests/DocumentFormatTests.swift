import DocPipe
import DocPipeTesting
import Foundation
import Testing

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "needs poppler-utils"))
struct DocumentFormatTests {
    /// A three-page report: a running header and a page number on every page, two columns of text.
    static var report: Data {
        let pages = (1...3).map { number in
            [PDFFixture.Line(x: 72, y: 750, size: 9, text: "Survey of Coastal Lighthouses"), PDFFixture.Line(x: 300, y: 40, size: 9, text: "\(number)")]
                + PDFFixture.paragraph(["The keepers on page \(number) logged every ship", "that passed the northern cape in", "the winter months of that year."], x: 72, y: 700)
                + PDFFixture.paragraph(["Storms closed harbour \(number) twice,", "and the lamp burned oil for", "\(number * 30) nights without a pause."], x: 330, y: 700)
        }
        return PDFFixture(pages: pages, title: "Coastal Lighthouses", author: "Ines Harrow", created: "D:20230611090000Z").data
    }

    @Test("a folder mixing PDFs and text is read; a scanned and a damaged PDF are quarantined with a message naming them, the batch goes on")
    func mixedFolder() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Self.report.write(to: input.appendingPathComponent("report.pdf"))
        try PDFFixture(pages: [[], []]).data.write(to: input.appendingPathComponent("scan.pdf"))
        try Data("%PDF-1.7\nnot really a PDF\n".utf8).write(to: input.appendingPathComponent("broken.pdf"))
        try Data("The harbour master wrote a short note about the lamps.\n".utf8).write(to: input.appendingPathComponent("note.txt"))
        let output = folder.appendingPathComponent("out")
        let result = try docpipe(["run", "pipelines/kazakhstan.yaml", "--input", input.path, "--output", output.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("scan.pdf") && result.stderr.contains("OCR"))
        #expect(result.stderr.contains("broken.pdf"))
        let lines = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
        let documents = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(Set(documents.compactMap { $0["id"] as? String }) == ["report", "note"])
        let report = try #require(documents.first { $0["id"] as? String == "report" })
        let text = try #require(report["text"] as? String)
        #expect(!text.contains("Survey of Coastal Lighthouses"))
        #expect(text.contains("The keepers on page 2 logged every ship that passed the northern cape in the winter months of that year."))
        let keepers = try #require(text.range(of: "The keepers on page 1"))
        let storms = try #require(text.range(of: "Storms closed harbour 1 twice"))
        #expect(keepers.lowerBound < storms.lowerBound)
        let metadata = try #require(report["metadata"] as? [String: Any])
        #expect(metadata["format"] as? String == "pdf")
        #expect(metadata["title"] as? String == "Coastal Lighthouses")
        #expect(metadata["date"] as? String == "2023-06-11")
        let blocks = try #require(report["source_blocks"] as? [[String: Any]])
        #expect(blocks.compactMap { $0["page"] as? Int } == [1, 1, 2, 2, 3, 3])
        let scalars = Array(text.unicodeScalars)
        for block in blocks {
            let start = try #require(block["start"] as? Int), end = try #require(block["end"] as? Int)
            #expect(0 <= start && start < end && end <= scalars.count)
        }
        let quarantine = try String(contentsOf: output.appendingPathComponent("quarantine.jsonl"), encoding: .utf8)
        #expect(quarantine.contains("scan") && quarantine.contains("broken"))
    }

    /// A Word memo with a heading, a paragraph, a table and core properties.
    static var memo: Data {
        let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
        let body = #"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Ferry Timetable Changes</w:t></w:r></w:p>"#
            + #"<w:p><w:r><w:t>From May the morning ferry leaves the island at seven, and the evening boat waits for the last train.</w:t></w:r></w:p>"#
            + #"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Morning</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>07:00</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
        return ZipFixture.zip([
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", "<w:document \(w)><w:body>\(body)</w:body></w:document>"),
            ("docProps/core.xml", #"<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Ferry Memo</dc:title><dc:creator>Tove Lind</dc:creator><dcterms:created>2021-09-14T10:00:00Z</dcterms:created></cp:coreProperties>"#),
        ])
    }

    @Test("a DOCX in a folder is read with its structure and core properties; a truncated one is quarantined naming it")
    func wordDocuments() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Self.memo.write(to: input.appendingPathComponent("memo.docx"))
        try Self.memo.prefix(Self.memo.count / 2).write(to: input.appendingPathComponent("cut.docx"))
        let output = folder.appendingPathComponent("out")
        let result = try docpipe(["run", "pipelines/kazakhstan.yaml", "--input", input.path, "--output", output.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cut.docx: failed in read: not a readable zip container"))
        let line = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n").first ?? ""
        let memo = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(memo["id"] as? String == "memo")
        let text = try #require(memo["text"] as? String)
        #expect(text.contains("From May the morning ferry leaves the island at seven"))
        let metadata = try #require(memo["metadata"] as? [String: Any])
        #expect(metadata["format"] as? String == "docx")
        #expect(metadata["author"] as? String == "Tove Lind")
        #expect(metadata["date"] as? String == "2021-09-14")
        let blocks = try #require(memo["source_blocks"] as? [[String: Any]])
        #expect(blocks.contains { $0["kind"] as? String == "paragraph" && $0["part"] as? String == "word/document.xml" })
    }

    @Test("an EPUB's chapters are read in spine order with the book's metadata")
    func books() throws {
        let chapter = { (title: String, text: String) in
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>\(title)</title></head><body><h1>\(title)</h1><p>\(text)</p></body></html>"
        }
        let opf = #"<package xmlns="http://www.idpf.org/2007/opf"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Salt Roads</dc:title><dc:creator>Ada Fenn</dc:creator></metadata>"#
            + #"<manifest><item id="b" href="b.xhtml" media-type="application/xhtml+xml"/><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest>"#
            + #"<spine><itemref idref="a"/><itemref idref="b"/></spine></package>"#
        let book = ZipFixture.zip([
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", #"<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="book.opf"/></rootfiles></container>"#),
            ("book.opf", opf),
            ("b.xhtml", chapter("The Return", "The caravan came back over the pass with salt and news from the coast towns.")),
            ("a.xhtml", chapter("The Journey", "They left the village in March, when the snow on the pass had begun to melt.")),
        ])
        let folder = try temporaryFolder()
        try book.write(to: folder.appendingPathComponent("roads.epub"))
        let output = folder.appendingPathComponent("out")
        let result = try docpipe(["run", "pipelines/kazakhstan.yaml", "--input", folder.appendingPathComponent("roads.epub").path, "--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n").first ?? ""
        let document = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let text = try #require(document["text"] as? String)
        let journey = try #require(text.range(of: "They left the village in March"))
        let caravan = try #require(text.range(of: "The caravan came back over the pass"))
        #expect(journey.lowerBound < caravan.lowerBound)
        let metadata = try #require(document["metadata"] as? [String: Any])
        #expect(metadata["format"] as? String == "epub")
        #expect(metadata["title"] as? String == "Salt Roads")
    }

    @Test("an unchanged PDF is taken entirely from the cache on a re-run, with the same output")
    func cachedRerun() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("report.pdf")
        try Self.report.write(to: file)
        let output = folder.appendingPathComponent("out")
        let first = try docpipe(["run", "pipelines/kazakhstan.yaml", "--input", file.path, "--output", output.path, "--quiet"])
        let firstDocuments = try Data(contentsOf: output.appendingPathComponent("documents.jsonl"))
        let second = try docpipe(["run", "pipelines/kazakhstan.yaml", "--input", file.path, "--output", output.path, "--quiet", "--force"])
        #expect(first.status == 0 && second.status == 0, "\(second.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("run.json"))) as? [String: Any])
        #expect(report["documents_cached"] as? Int == 1)
        #expect(report["up_to_date"] == nil, "--force runs the corpus steps")
        #expect(try Data(contentsOf: output.appendingPathComponent("documents.jsonl")) == firstDocuments)
    }

    @Test("an e-mail's headers become metadata; its quoted reply and signature are removed with their reasons")
    func emails() throws {
        let message = """
            From: Ines Harrow <ines@example.org>
            To: Tove Lind <tove@example.org>
            Subject: Lamp oil for the winter
            Date: Tue, 14 Nov 2023 09:30:00 +0100
            Message-ID: <lamp-oil-1@example.org>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            The supply ship will bring forty barrels of oil next week, enough to keep both towers lit for the whole winter.

            On Monday, Tove Lind wrote:
            > How much oil do we need for the winter?

            --\u{20}
            Ines Harrow

            """
        let folder = try temporaryFolder()
        try Data(message.utf8).write(to: folder.appendingPathComponent("oil.eml"))
        let output = folder.appendingPathComponent("out")
        let result = try docpipe(["run", "pipelines/kazakhstan.yaml", "--input", folder.appendingPathComponent("oil.eml").path, "--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n").first ?? ""
        let document = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(document["text"] as? String == "The supply ship will bring forty barrels of oil next week, enough to keep both towers lit for the whole winter.")
        let metadata = try #require(document["metadata"] as? [String: Any])
        #expect(metadata["format"] as? String == "email")
        #expect(metadata["message_id"] as? String == "lamp-oil-1@example.org")
        #expect(metadata["title"] as? String == "Lamp oil for the winter")
        let removed = try #require(document["removed"] as? [[String: Any]])
        #expect(removed.compactMap { $0["reason"] as? String } == ["quoted_reply", "signature"])
    }

    @Test("the mixed-formats sample pipeline reads one document of each format without a failure")
    func mixedSample() throws {
        let output = try temporaryFolder()
        let result = try docpipe(["run", "pipelines/mixed-formats.yaml", "--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
        let formats = try lines.map { line -> String in
            let document = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let metadata = try #require(document["metadata"] as? [String: Any])
            #expect(!((document["text"] as? String) ?? "").isEmpty)
            return metadata["format"] as? String ?? "text"
        }
        #expect(Set(formats) == ["pdf", "docx", "odt", "epub", "email", "text"])
    }

    @Test("an e-mail's readable attachments become documents of their own with a parent link; an image is named in a warning")
    func attachments() throws {
        let pdf = Self.report.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        let image = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)).base64EncodedString()
        let message = """
            From: Ines Harrow <ines@example.org>\r
            To: Tove Lind <tove@example.org>\r
            Subject: The lighthouse survey\r
            Date: Tue, 14 Nov 2023 09:30:00 +0100\r
            Message-ID: <survey-1@example.org>\r
            MIME-Version: 1.0\r
            Content-Type: multipart/mixed; boundary="B"\r
            \r
            --B\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            The survey of the coastal lighthouses is attached, with the keepers' notes and a photograph.\r
            --B\r
            Content-Type: application/pdf; name="survey.pdf"\r
            Content-Disposition: attachment; filename="survey.pdf"\r
            Content-Transfer-Encoding: base64\r
            \r
            \(pdf)\r
            --B\r
            Content-Type: text/plain; name="notes.txt"\r
            Content-Disposition: attachment; filename="notes.txt"\r
            \r
            The north keeper asks for a new lens before the winter storms arrive on the cape.\r
            --B\r
            Content-Type: image/png; name="tower.png"\r
            Content-Disposition: attachment; filename="tower.png"\r
            Content-Transfer-Encoding: base64\r
            \r
            \(image)\r
            --B--\r

            """
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(message.utf8).write(to: input.appendingPathComponent("survey.eml"))
        let output = folder.appendingPathComponent("out")
        let result = try docpipe(["run", "pipelines/kazakhstan.yaml", "--input", input.path, "--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(documents.compactMap { $0["id"] as? String } == ["survey", "survey/survey.pdf", "survey/notes.txt"])
        let pdfDocument = try #require(documents.first { $0["id"] as? String == "survey/survey.pdf" })
        let metadata = try #require(pdfDocument["metadata"] as? [String: Any])
        #expect(metadata["parent"] as? String == "survey")
        #expect(metadata["format"] as? String == "pdf")
        #expect((pdfDocument["text"] as? String)?.contains("Storms closed harbour 1 twice") == true)
        let notes = try #require(documents.last)
        #expect((notes["metadata"] as? [String: Any])?["parent"] as? String == "survey")
        let report = try String(contentsOf: output.appendingPathComponent("run.json"), encoding: .utf8)
        #expect(report.contains("attachment(s) not read (not a readable format): tower.png"))
    }

    @Test("an mbox mailbox yields one document per message, with stable ids and a parent link, and none for itself")
    func mailboxes() throws {
        let message = { (number: Int, text: String) in
            "From ines@example.org Tue Nov 14 09:30:00 2023\nFrom: Ines Harrow <ines@example.org>\nTo: tove@example.org\nSubject: Note \(number)\n"
                + "Date: Tue, 14 Nov 2023 09:3\(number):00 +0100\nMessage-ID: <note-\(number)@example.org>\n\n\(text)\n\n"
        }
        let mbox = message(1, "The north tower needs a new lens before the first winter storm.")
            + message(2, "The south tower's clockwork was oiled and runs on time again.")
        let folder = try temporaryFolder()
        try Data(mbox.utf8).write(to: folder.appendingPathComponent("notes.mbox"))
        let output = folder.appendingPathComponent("out")
        let result = try docpipe(["run", "pipelines/kazakhstan.yaml", "--input", folder.appendingPathComponent("notes.mbox").path, "--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(documents.compactMap { $0["id"] as? String } == ["notes/message-1", "notes/message-2"])
        #expect(documents.compactMap { ($0["metadata"] as? [String: Any])?["parent"] as? String } == ["notes", "notes"])
        #expect(documents.compactMap { ($0["metadata"] as? [String: Any])?["message_id"] as? String } == ["note-1@example.org", "note-2@example.org"])
        #expect((documents.last?["text"] as? String)?.hasPrefix("The south tower's clockwork was oiled") == true)
    }

    @Test("a PDF given under another extension is recognised by its content")
    func sniffsContent() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("report.dat")
        try Self.report.write(to: file)
        let output = folder.appendingPathComponent("out")
        let result = try docpipe(["run", "pipelines/kazakhstan.yaml", "--input", file.path, "--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(documents.contains("\"format\":\"pdf\""))
        #expect(documents.contains("Storms closed harbour 1 twice"))
    }
}
