@testable import CommandStage
import DocPipe
import Foundation
import Testing

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

private func allLines(_ reader: inout AnswerLines) throws -> [String] {
    var found: [String] = []
    while let line = try reader.next() { found.append(String(decoding: line, as: UTF8.self)) }
    return found
}

@Suite("Command stage: reading answers")
struct AnswerReadingTests {
    @Test("lines come out the same whether the output arrives at once or byte by byte")
    func linesIndependentOfReads() throws {
        let output = bytes("{\"a\": 1}\n{\"b\": 2}\r\n\n{\"c\": 3}\n{\"partial\"")
        var whole = AnswerLines()
        whole.append(output)
        let expected = try allLines(&whole)
        #expect(expected == ["{\"a\": 1}", "{\"b\": 2}\r", "", "{\"c\": 3}"])
        var pieces = AnswerLines()
        var found: [String] = []
        for byte in output {
            pieces.append([byte])
            found += try allLines(&pieces)
        }
        #expect(found == expected)
        #expect(pieces.pendingCount == "{\"partial\"".utf8.count)
    }

    @Test("a line longer than the limit fails, also before its newline has arrived")
    func lineLimit() throws {
        var complete = AnswerLines(limit: 8)
        complete.append(bytes("12345678\n123456789\n"))
        #expect(try complete.next().map { String(decoding: $0, as: UTF8.self) } == "12345678")
        #expect(throws: StageError.self) { try complete.next() }
        var growing = AnswerLines(limit: 8)
        growing.append(bytes("12345678"))
        #expect(try growing.next() == nil)
        growing.append(bytes("9"))
        #expect(throws: StageError.self) { try growing.next() }
    }

    @Test("a new text drops the earlier layers; metadata merges; id and source stay")
    func mergeNewText() throws {
        var document = Document(id: "d", source: "a.txt", text: "Old text.", metadata: Metadata(title: "T"))
        document.layers[raw: "earlier"] = .bool(true)
        try ProgramAnswer.merge(bytes(#"{"id": "x", "source": "y", "text": "New text.", "metadata": {"lang": "en"}, "tags": [1]}"#), into: &document)
        #expect(document.id == "d" && document.source == "a.txt")
        #expect(document.text == "New text.")
        #expect(document.layers.names == ["tags"])
        #expect(document.metadata.title == "T" && document.metadata.extra["lang"] == .string("en"))
    }

    @Test("an answer with a 'text' or 'metadata' of the wrong type is refused and the document is left as it was")
    func refusedAnswerLeavesDocument() throws {
        for answer in [#"{"text": 5, "x": 1}"#, #"{"metadata": [1], "x": 1}"#, "[1]", "not json"] {
            var document = Document(id: "d", text: "Text.")
            document.layers[raw: "earlier"] = .bool(true)
            #expect(throws: StageError.self, "\(answer)") { try ProgramAnswer.merge(bytes(answer), into: &document) }
            #expect(document.layers.names == ["earlier"], "\(answer)")
            #expect(document.text == "Text.")
        }
    }

    @Test("null for 'text' or 'metadata' changes nothing")
    func nullChangesNothing() throws {
        var document = Document(id: "d", text: "Text.", metadata: Metadata(title: "T"))
        document.layers[raw: "earlier"] = .bool(true)
        try ProgramAnswer.merge(bytes(#"{"text": null, "metadata": null, "x": 1}"#), into: &document)
        #expect(document.text == "Text." && document.metadata.title == "T")
        #expect(document.layers.names == ["earlier", "x"])
    }

    @Test("exit statuses read as words")
    func exitStatusWords() {
        #expect(ExitStatus(raw: 3 << 8).description == "exited with status 3")
        #expect(ExitStatus(raw: 9).description.hasPrefix("was killed by signal 9"))
    }
}
