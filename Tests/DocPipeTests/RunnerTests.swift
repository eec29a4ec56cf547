@testable import DocPipe
import Foundation
import Testing

@Suite("Runner")
struct RunnerTests {
    func makeInputs(_ texts: [String: String]) throws -> URL {
        let folder = try temporaryFolder().appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in texts {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    func run(_ yaml: String, input: URL, jobs: Int) async throws -> (RunReport, URL) {
        let output = try temporaryFolder().appendingPathComponent("out")
        let definition = try load(yaml)
        let report = try await Runner(definition: definition, options: RunOptions(inputs: [input.path], output: output, jobs: jobs)).run()
        return (report, output)
    }

    @Test("one failing document is reported and the others finish")
    func errorIsolation() async throws {
        let input = try makeInputs(["a.txt": "alpha", "b.txt": "FAIL here", "c.txt": "gamma"])
        let (report, output) = try await run("stages: [fragile, collect]", input: input, jobs: 2)
        #expect(report.documentsRead == 3)
        #expect(report.documentsProcessed == 2)
        #expect(report.documentsFailed == 1)
        #expect(report.failures.first?.id == "b")
        #expect(report.failures.first?.stage == "fragile")
        #expect(report.failures.first?.error.contains("found FAIL in b") == true)
        let lines = try String(contentsOf: output.appendingPathComponent("collected.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let runJSON = try JSONCoding.decode(RunReport.self, from: Data(contentsOf: output.appendingPathComponent("run.json")))
        #expect(runJSON.failures.count == 1)
    }

    @Test("on_error: fail stops the run and still writes the report")
    func failFast() async throws {
        let input = try makeInputs(["a.txt": "FAIL", "b.txt": "fine"])
        let output = try temporaryFolder().appendingPathComponent("out")
        let definition = try load("on_error: fail\nstages: [fragile, collect]")
        await #expect(throws: RunError.self) {
            _ = try await Runner(definition: definition, options: RunOptions(inputs: [input.path], output: output, jobs: 1)).run()
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("run.json").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("collected.jsonl").path))
    }

    @Test("output bytes are the same whatever the number of jobs")
    func determinism() async throws {
        var texts: [String: String] = [:]
        for index in 0..<60 {
            texts["part\(index % 3)/doc\(index).txt"] = String(repeating: "Text number \(index) with ünïcode — ", count: 1 + (index * 7) % 40)
        }
        let input = try makeInputs(texts)
        let (_, one) = try await run("stages: [shout, fragile, collect]", input: input, jobs: 1)
        let (_, four) = try await run("stages: [shout, fragile, collect]", input: input, jobs: 4)
        let a = try Data(contentsOf: one.appendingPathComponent("collected.jsonl"))
        let b = try Data(contentsOf: four.appendingPathComponent("collected.jsonl"))
        #expect(a == b)
        #expect(try Data(contentsOf: one.appendingPathComponent("corpus.json")) == Data(contentsOf: four.appendingPathComponent("corpus.json")))
        let first = try #require(String(decoding: a, as: UTF8.self).split(separator: "\n").first)
        #expect(first.contains("\"id\":\"part0/doc0\""))
    }

    @Test("records per-stage counts and leaves no work files behind")
    func stageFigures() async throws {
        let input = try makeInputs(["a.txt": "one", "b.md": "two", "skip.json": "{}"])
        let (report, output) = try await run("stages: [shout, collect]", input: input, jobs: 2)
        #expect(report.stages.map(\.stage) == ["shout", "collect"])
        #expect(report.stages[0].documents == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(leftovers == [".docpipe", "collected.jsonl", "corpus.json", "run.json"])
        let work = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".docpipe").path).sorted()
        #expect(work == ["cache", "up-to-date.json"])
    }

    @Test("refuses an output path that is a file")
    func outputIsFile() async throws {
        let input = try makeInputs(["a.txt": "x"])
        let file = try temporaryFolder().appendingPathComponent("taken")
        try Data("x".utf8).write(to: file)
        let definition = try load("stages: [shout]")
        await #expect(throws: RunError.self) {
            _ = try await Runner(definition: definition, options: RunOptions(inputs: [input.path], output: file, jobs: 1)).run()
        }
    }

    @Test("reports a missing input path")
    func missingInput() async throws {
        let definition = try load("stages: [shout]")
        let output = try temporaryFolder()
        await #expect(throws: RunError.self) {
            _ = try await Runner(definition: definition, options: RunOptions(inputs: ["/nonexistent/in"], output: output, jobs: 1)).run()
        }
    }
}

@Suite("Inputs")
struct InputTests {
    @Test("folders are searched recursively for text, Markdown and HTML, in path order, with unique ids")
    func collectsFolders() throws {
        let root = try temporaryFolder()
        for name in ["b/z.txt", "a.md", "b/y.html", "c.pdf", ".hidden.txt", "a.txt"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let collected = try InputCollector().collect([root.path])
        #expect(collected.files.map(\.id) == ["a", "a~2", "b/y", "b/z"])
        #expect(collected.files.map { $0.url.lastPathComponent } == ["a.md", "a.txt", "y.html", "z.txt"])
    }

    @Test("a symbolic link loop is reported, not followed forever")
    func symlinkLoop() throws {
        let root = try temporaryFolder()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("d"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("d/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("d/loop").path, withDestinationPath: root.path)
        let collected = try InputCollector().collect([root.path])
        #expect(collected.files.count == 1)
        #expect(collected.warnings.contains { $0.contains("loop") })
    }

    @Test("JSON Lines input keeps id, metadata and extra layers")
    func jsonLines() throws {
        let line = Data(#"{"id": 7, "text": "Hello.", "metadata": {"title": "T", "lang": "en"}, "sentences": [{"start": 0, "end": 6}]}"#.utf8)
        let (document, _) = try DocumentReader.readJSON(line, line: 1, fallbackID: "x")
        #expect(document.id == "7")
        #expect(document.metadata.title == "T")
        #expect(document.metadata.extra["lang"] == .string("en"))
        #expect(document[StandardLayers.Sentences.self] == [Span(start: 0, end: 6)])
    }

    @Test("a bad JSON line is an error naming the line")
    func badJSONLine() {
        #expect(throws: StageError.self) { try DocumentReader.readJSON(Data("{oops".utf8), line: 3, fallbackID: "x") }
        #expect(throws: StageError.self) { try DocumentReader.readJSON(Data(#"{"id": "a"}"#.utf8), line: 4, fallbackID: "x") }
    }

    @Test("invalid UTF-8 is decoded with replacement characters and a warning")
    func invalidUTF8() {
        let (text, warnings) = TextDecoding.decode(Data([0x61, 0xFF, 0x62]))
        #expect(text == "a\u{FFFD}b")
        #expect(warnings.count == 1)
    }

    @Test("a stage's fingerprint changes its cache key and every later one, and no fingerprint keeps the old keys")
    func fingerprintKeysTheCache() {
        func keys(_ fingerprint: String?) -> [String] {
            StageCache.keys(contentHash: "h", id: "d", format: "txt", referenceDate: nil, stages: [
                StageRecord(name: "extract", version: "2", options: .object([:]), fingerprint: fingerprint),
                StageRecord(name: "export", version: "1", options: .object([:])),
            ])
        }
        #expect(keys("a")[0] != keys("b")[0])
        #expect(keys("a")[1] != keys("b")[1])
        let input = SHA256.hex("input\u{0}d\u{0}txt\u{0}h\u{0}")
        #expect(keys(nil)[0] == SHA256.hex("\(input)\u{0}extract\u{0}2\u{0}\(JSONValue.object([:]).jsonText)"))
        #expect(keys(nil)[0] != keys("a")[0])
    }

    @Test("a Windows-1252 file keeps its accented letters and typographic quotes")
    func windows1252() {
        let bytes: [UInt8] = Array("Jos".utf8) + [0xE9] + Array(" M".utf8) + [0xFC] + Array("ller said ".utf8) + [0x93] + Array("yes".utf8) + [0x94]
        let (text, warnings) = TextDecoding.decode(Data(bytes))
        #expect(text == "José Müller said \u{201C}yes\u{201D}")
        #expect(warnings == ["not valid UTF-8; decoded as Windows-1252 (Latin-1)"])
    }

    @Test("bytes that only partly read as Windows-1252 are not taken for it")
    func notWindows1252() {
        #expect(!LegacyEncoding.isWindows1252(Array("caf".utf8) + [0xC3, 0xA9] + Array(" na".utf8) + [0xEF]))
        #expect(!LegacyEncoding.isWindows1252(Array("ab".utf8) + [0xC9] + Array("cd".utf8)))
        #expect(!LegacyEncoding.isWindows1252(Array("plain".utf8)))
        #expect(LegacyEncoding.isWindows1252(Array("S".utf8) + [0xE3] + Array("o Paulo".utf8)))
    }

    @Test("UTF-16 with a byte-order mark and NUL bytes are handled")
    func utf16AndNUL() {
        let (text, warnings) = TextDecoding.decode(Data([0xFF, 0xFE, 0x68, 0x00, 0x69, 0x00]))
        #expect(text == "hi")
        #expect(warnings.first?.contains("UTF-16") == true)
        let (clean, nulWarnings) = TextDecoding.decode(Data([0x61, 0x00, 0x62]))
        #expect(clean == "ab")
        #expect(nulWarnings.contains { $0.contains("NUL") })
    }
}

@Suite("Document")
struct DocumentTests {
    @Test("a typed layer survives a round trip through JSON")
    func layerRoundTrip() throws {
        var document = Document(id: "d", source: "s", text: "Ünïcode text", metadata: Metadata(title: "T", extra: ["k": .integer(1)]))
        document[StandardLayers.Entities.self] = [EntityMention(start: 0, end: 7, text: "Ünïcode", label: .org, canonical: "Ünïcode")]
        let data = try JSONCoding.data(document)
        let decoded = try JSONCoding.decode(Document.self, from: data)
        #expect(decoded[StandardLayers.Entities.self] == document[StandardLayers.Entities.self])
        #expect(decoded.metadata == document.metadata)
        #expect(try JSONCoding.data(decoded) == data)
    }

    @Test("spans count Unicode code points")
    func codePointSpans() {
        let document = Document(id: "d", text: "naïve café 🇰🇿 flag")
        #expect(document.text(of: Span(start: 6, end: 10)) == "café")
        #expect(document.text(of: Span(start: 11, end: 13)) == "🇰🇿")
        var offsets = ScalarOffsets(utf8: Array(document.text.utf8))
        #expect(offsets.scalarOffset(ofByte: Array("naïve ".utf8).count) == 6)
    }
}
