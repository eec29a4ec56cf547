import Foundation
import Testing

@Suite("docpipe run on outputs that are up to date")
struct UpToDateCommandTests {
    /// Three short notes and a pipeline that writes JSON Lines and CSV.
    func setup() throws -> (pipeline: URL, output: URL) {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let notes = [
            "The ferry left the harbour at dawn. Gulls followed it out.",
            "A new bakery opened on the corner. Its rye bread sold out by noon.",
            "Rain is expected on Thursday. The market moves indoors.",
        ]
        for (index, note) in notes.enumerated() {
            try Data(note.utf8).write(to: input.appendingPathComponent("note\(index).txt"))
        }
        let pipeline = folder.appendingPathComponent("notes.yaml")
        try Data("""
            name: notes
            input: in
            stages:
              - clean
              - segment
              - export:
                  formats: [jsonl, csv]

            """.utf8).write(to: pipeline)
        return (pipeline, folder.appendingPathComponent("out"))
    }

    func inode(_ url: URL) -> UInt64 {
        var status = stat()
        return stat(url.path, &status) == 0 ? UInt64(status.st_ino) : 0
    }

    @Test("an unchanged re-run says the outputs are up to date, records it in run.json and rewrites nothing; --force runs again")
    func unchangedRerunAndForce() throws {
        let (pipeline, output) = try setup()
        let documents = output.appendingPathComponent("documents.jsonl")
        let first = try docpipe(["run", pipeline.path, "--output", output.path, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let bytes = try Data(contentsOf: documents)
        let written = inode(documents)

        let second = try docpipe(["run", pipeline.path, "--output", output.path])
        #expect(second.status == 0)
        #expect(second.stderr.contains("notes: outputs up to date: 3 processed (3 entirely from cache), 0 failed, no step ran"), "\(second.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("run.json"))) as? [String: Any])
        #expect(report["up_to_date"] as? Bool == true)
        #expect(report["documents_cached"] as? Int == 3)
        #expect(inode(documents) == written)
        #expect(try Data(contentsOf: documents) == bytes)

        let quiet = try docpipe(["run", pipeline.path, "--output", output.path, "--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")

        let forced = try docpipe(["run", pipeline.path, "--output", output.path, "--force"])
        #expect(forced.status == 0)
        #expect(!forced.stderr.contains("up to date"))
        #expect(forced.stderr.contains("3 processed (3 entirely from cache)"))
        #expect(inode(documents) != written)
        #expect(try Data(contentsOf: documents) == bytes)
    }

    @Test("an output changed by hand makes the next run a full one that writes it again")
    func changedOutputRunsAgain() throws {
        let (pipeline, output) = try setup()
        #expect(try docpipe(["run", pipeline.path, "--output", output.path, "--quiet"]).status == 0)
        let table = output.appendingPathComponent("csv/documents.csv")
        let bytes = try Data(contentsOf: table)
        try (bytes + Data("note9,extra row\r\n".utf8)).write(to: table)
        let again = try docpipe(["run", pipeline.path, "--output", output.path])
        #expect(again.status == 0)
        #expect(!again.stderr.contains("up to date"), "\(again.stderr)")
        #expect(try Data(contentsOf: table) == bytes)
    }
}
