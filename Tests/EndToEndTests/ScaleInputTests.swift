import Foundation
import Testing

/// Scaled-down versions of the hostile inputs measured at full size in docs/reliability.md.
@Suite("Hostile inputs at scale", .serialized)
struct ScaleInputTests {
    @Test("5,000 tiny documents on stdin all come out, in input order")
    func manyTinyDocuments() throws {
        let folder = try temporaryFolder()
        let pipeline = folder.appendingPathComponent("p.yaml")
        try Data("stages:\n  - clean\n  - segment\n  - export:\n      formats: [jsonl]\n".utf8).write(to: pipeline)
        let count = 5_000
        let input = (0..<count).map { #"{"id": "d\#($0)", "text": "Doc \#($0) is tiny."}"# }.joined(separator: "\n") + "\n"
        let result = try docpipe(["run", pipeline.path, "--input", "-", "--output", folder.appendingPathComponent("out").path, "--quiet", "--no-cache"], stdin: input)
        #expect(result.status == 0)
        let lines = try String(contentsOf: folder.appendingPathComponent("out/documents.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == count)
        #expect(lines.first?.contains(#""id":"d0""#) == true)
        #expect(lines.last?.contains(#""id":"d\#(count - 1)""#) == true)
    }

    @Test("a 1 MB line without spaces goes through clean, segment and extract, and the other document comes out")
    func longLineWithoutSpaces() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let line = String(repeating: "Wordsandmorewordswithoutanyspace.", count: 1_000_000 / 33)
        try Data(line.utf8).write(to: input.appendingPathComponent("long.txt"))
        try Data("Anna Berg met the press in Oslo on Monday.".utf8).write(to: input.appendingPathComponent("short.txt"))
        let pipeline = folder.appendingPathComponent("p.yaml")
        try Data("stages:\n  - clean\n  - segment\n  - extract\n  - export:\n      formats: [jsonl]\n".utf8).write(to: pipeline)
        let result = try docpipe(["run", pipeline.path, "--input", input.path, "--output", folder.appendingPathComponent("out").path, "--quiet", "--no-cache"])
        #expect(result.status == 0)
        let documents = try String(contentsOf: folder.appendingPathComponent("out/documents.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(documents.map { $0["id"] as? String } == ["long", "short"])
        #expect((documents.first?["text"] as? String)?.unicodeScalars.count ?? 0 > 900_000)
        #expect((documents.last?["entities"] as? [[String: Any]])?.contains { $0["text"] as? String == "Anna Berg" } == true)
    }
}
