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

    @Test("a half-megabyte line of prose goes through the whole sample pipeline and every output has all of it")
    func longLineOfProse() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let sentences = [
            "The harbour board met on day N to discuss the new ferry timetable.",
            "Maria Lindqvist, who chairs the board, said change N would take effect in March.",
            "Fishermen in Tromsø asked for crossing N during the winter season.",
            "The council agreed to spend 2.5 million kroner on repair N to the northern pier.",
            "Critics said plan N ignored the needs of the smaller island communities.",
        ]
        var words: [String] = []
        var size = 0
        var round = 0
        while size < 500_000 {
            let sentence = sentences[round % sentences.count].replacingOccurrences(of: " N ", with: " \(round) ")
            words.append(sentence)
            size += sentence.utf8.count + 1
            round += 1
        }
        let line = words.joined(separator: " ")
        try Data(line.utf8).write(to: input.appendingPathComponent("long.txt"))
        let pipeline = folder.appendingPathComponent("p.yaml")
        try Data("""
            reference_date: 2022-01-11
            stages:
              - clean
              - segment
              - extract
              - summarize:
                  sentences: 3
              - export:
                  formats: [jsonl, csv, sqlite, markdown, html]

            """.utf8).write(to: pipeline)
        let output = folder.appendingPathComponent("out")
        let cache = folder.appendingPathComponent("cache").path
        do {
            let result = try docpipe(["run", pipeline.path, "--input", input.path, "--output", output.path, "--quiet", "--cache", cache])
            #expect(result.status == 0)
            let lines = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 1)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
            #expect(document["text"] as? String == line)
            let spans = try #require(document["sentences"] as? [[String: Int]])
            #expect(spans.count == words.count)
            #expect(spans.last?["end"] == line.unicodeScalars.count)
            let tokens = try #require(document["tokens"] as? [[String: Int]])
            #expect(tokens.count > words.count * 10)
            #expect(tokens.last?["end"] == line.unicodeScalars.count)
            let entities = try #require(document["entities"] as? [[String: Any]])
            #expect(entities.contains { $0["text"] as? String == "Maria Lindqvist" })
            #expect((document["summary"] as? [String: Any])?["sentences"] as? [Int] != nil)
            #expect(((document["summary"] as? [String: Any])?["sentences"] as? [Int])?.count == 3)
            let report = try String(contentsOf: output.appendingPathComponent("report.html"), encoding: .utf8)
            #expect(report.utf8.count > line.utf8.count)
            #expect(report.contains("met on day 0 to discuss") && report.contains("Critics said plan \(sentences.count - 1) ignored"))
        }
    }
}
