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
