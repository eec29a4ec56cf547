import DocPipe
import DocPipeTesting
import Foundation
import Testing

/// Faults a batch meets in practice (docs/reliability.md, "Faults a batch meets"): each run either
/// succeeds or fails with a clear message naming the file, the documented exit code, and the good
/// documents written.
@Suite("Faults a batch meets")
struct FaultTests {
    func pipeline(_ yaml: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("p.yaml")
        try Data(yaml.utf8).write(to: url)
        return url
    }

    func jsonLines(_ url: URL) throws -> [[String: Any]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("two stdin lines with the same id get a1 and a1~2 in JSONL, CSV and SQLite alike, with a warning")
    func duplicateIDs() throws {
        let folder = try temporaryFolder()
        let p = try pipeline("stages: [clean, segment, {export: {formats: [jsonl, csv, sqlite]}}]\n", in: folder)
        let input = #"{"id": "a1", "text": "One. Two."}"# + "\n" + #"{"id": "a1", "text": "Three."}"# + "\n" + #"{"id": "b", "text": "Four."}"# + "\n"
        let out = folder.appendingPathComponent("out")
        let result = try docpipe(["run", p.path, "--input", "-", "--output", out.path], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try jsonLines(out.appendingPathComponent("documents.jsonl")).compactMap { $0["id"] as? String } == ["a1", "a1~2", "b"])
        let csv = try String(contentsOf: out.appendingPathComponent("csv/documents.csv"), encoding: .utf8)
        #expect(csv.split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: ",")[0]) } == ["a1", "a1~2", "b"])
        let database = try ExportedDatabase(path: out.appendingPathComponent("docpipe.sqlite").path)
        #expect(try database.query("SELECT id FROM documents ORDER BY rowid").map { $0[0] } == ["a1", "a1~2", "b"])
        #expect(try database.query("SELECT count(*) FROM sentences WHERE doc = 'a1~2'").first?.first == "1")
        let report = try String(contentsOf: out.appendingPathComponent("run.json"), encoding: .utf8)
        #expect(report.contains("duplicate id 'a1'"))
        #expect(result.stderr.contains("duplicate id 'a1'") && result.stderr.contains("run.json"))
    }

    @Test("an id with a NUL or newline is written escaped, with a warning")
    func controlCharactersInIDs() throws {
        let folder = try temporaryFolder()
        let p = try pipeline("stages: [clean, {export: {formats: [jsonl, csv]}}]\n", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try docpipe(["run", p.path, "--input", "-", "--output", out.path, "--quiet"], stdin: #"{"id": "a\u0000b\nc", "text": "Text."}"# + "\n")
        #expect(result.status == 0)
        #expect(try jsonLines(out.appendingPathComponent("documents.jsonl")).first?["id"] as? String == "a%00b%0Ac")
        #expect(try String(contentsOf: out.appendingPathComponent("run.json"), encoding: .utf8).contains("control characters"))
    }

    @Test("stdin layers with impossible spans are dropped with a warning; valid records stay")
    func impossibleSpans() throws {
        let folder = try temporaryFolder()
        let p = try pipeline("stages: [{export: {formats: [jsonl]}}]\n", in: folder)
        let out = folder.appendingPathComponent("out")
        let line = #"{"id": "x", "text": "Hello world", "marks": [{"start": 0, "end": 5}, {"start": -1, "end": 2}, {"start": 6, "end": 99}, {"start": 4, "end": 2}]}"#
        let result = try docpipe(["run", p.path, "--input", "-", "--output", out.path, "--quiet"], stdin: line + "\n")
        #expect(result.status == 0)
        let marks = try #require(try jsonLines(out.appendingPathComponent("documents.jsonl")).first?["marks"] as? [[String: Any]])
        #expect(marks.count == 1 && marks.first?["end"] as? Int == 5)
        #expect(try String(contentsOf: out.appendingPathComponent("run.json"), encoding: .utf8).contains("3 record(s) with impossible spans"))
    }

    @Test("a symbolic link to a file over max_document_bytes is refused by the size of its target")
    func symlinkOverLimit() throws {
        let folder = try temporaryFolder()
        let elsewhere = folder.appendingPathComponent("big.txt")
        try Data(String(repeating: "word ", count: 2000).utf8).write(to: elsewhere)
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: input.appendingPathComponent("link.txt"), withDestinationURL: elsewhere)
        try Data("Small.".utf8).write(to: input.appendingPathComponent("small.txt"))
        let p = try pipeline("limits: {max_document_bytes: 1024}\nstages: [clean, export]\n", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try docpipe(["run", p.path, "--input", input.path, "--output", out.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("link.txt") && result.stderr.contains("10000 bytes, over limits.max_document_bytes"))
        #expect(try jsonLines(out.appendingPathComponent("documents.jsonl")).compactMap { $0["id"] as? String } == ["small"])
    }

    @Test("an output folder inside the input folder is never read as input, nor another run's output")
    func outputInsideInput() throws {
        let folder = try temporaryFolder()
        try Data("An article.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        let other = folder.appendingPathComponent("older-run")
        try FileManager.default.createDirectory(at: other.appendingPathComponent(".docpipe"), withIntermediateDirectories: true)
        try Data("# Report".utf8).write(to: other.appendingPathComponent("report.md"))
        let p = try pipeline("stages: [clean, {export: {formats: [jsonl, markdown, html]}}]\n", in: folder)
        let out = folder.appendingPathComponent("out")
        for _ in 0..<2 {
            let result = try docpipe(["run", p.path, "--input", folder.path, "--output", out.path, "--quiet"])
            #expect(result.status == 0)
            #expect(try jsonLines(out.appendingPathComponent("documents.jsonl")).compactMap { $0["id"] as? String } == ["a"])
        }
        #expect(try String(contentsOf: out.appendingPathComponent("run.json"), encoding: .utf8).contains("a DocPipe output folder, not read as input"))
    }

    @Test("temporary files and spools of dead runs are removed; a live process's are kept")
    func leftoversOfDeadRuns() throws {
        let folder = try temporaryFolder()
        try Data("Text.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        let out = folder.appendingPathComponent("out")
        let work = out.appendingPathComponent(".docpipe")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let dead = try deadProcessID()
        let host = hostName()
        let deadFiles = [
            work.appendingPathComponent("processed-\(host)-\(dead)-0badf00d.jsonl"),
            out.appendingPathComponent(".documents.jsonl.tmp-\(host)-\(dead)-12345678"),
        ]
        let live = out.appendingPathComponent(".report.md.tmp-\(host)-\(getpid())-87654321")
        let otherHost = out.appendingPathComponent(".report.md.tmp-elsewhere-\(dead)-87654321")
        for url in deadFiles + [live, otherHost] { try Data(repeating: 0x41, count: 1000).write(to: url) }
        let p = try pipeline("stages: [clean, export]\n", in: folder)
        let result = try docpipe(["run", p.path, "--input", folder.appendingPathComponent("a.txt").path, "--output", out.path, "--quiet"])
        #expect(result.status == 0)
        for url in deadFiles { #expect(!FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent)") }
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(FileManager.default.fileExists(atPath: otherHost.path))
        #expect(try String(contentsOf: out.appendingPathComponent("run.json"), encoding: .utf8).contains("removed 2 temporary file(s) (2000 bytes)"))
    }

    @Test("usage errors exit 2, as the README promises; help exits 0")
    func usageErrorsExitTwo() throws {
        let pipeline = packageRoot.appendingPathComponent("pipelines/kazakhstan.yaml").path
        #expect(try docpipe(["run", pipeline, "--jobs", "0"]).status == 2)
        #expect(try docpipe(["run", pipeline, "--jobs", "abc"]).status == 2)
        #expect(try docpipe(["run", pipeline, "--no-such-flag"]).status == 2)
        let emptyOutput = try docpipe(["run", pipeline, "--output", ""])
        #expect(emptyOutput.status == 2)
        #expect(emptyOutput.stderr.contains("--output must name a folder"))
        #expect(try docpipe(["merge", pipeline, "--output", ""]).status == 2)
        #expect(try docpipe(["run", "--help"]).status == 0)
    }

    @Test("validate reports every problem of a file in one pass, each with file:line:col")
    func validateReportsEverything() throws {
        let folder = try temporaryFolder()
        let p = try pipeline("nmae: x\nstages:\n  - clean\n  - segmnt\n  - export:\n      formats: sometimes\n", in: folder)
        let result = try docpipe(["validate", p.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("p.yaml:1:1: error: unknown key 'nmae'"))
        #expect(result.stderr.contains("p.yaml:4:5: error: unknown stage 'segmnt'"))
        #expect(result.stderr.contains("p.yaml:6:") && result.stderr.contains("formats"))
    }

    @Test("validate checks inputs and output without running, and warns about a repeated stage")
    func validateChecksWhatARunNeeds() throws {
        let folder = try temporaryFolder()
        let p = try pipeline("input: missing-folder\nstages:\n  - clean\n  - clean\n", in: folder)
        let result = try docpipe(["validate", p.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("p.yaml:1:8: error: input '\(folder.path)/missing-folder' does not exist"))
        #expect(result.stderr.contains("no output"))
        #expect(result.stderr.contains("p.yaml:4:5: warning: stage 'clean' repeats the stage at line 3"))
        let given = try docpipe(["validate", p.path, "--input", folder.path, "--output", folder.appendingPathComponent("o").path])
        #expect(given.status == 0)
        #expect(given.stdout.contains("ok") && given.stdout.contains("1 warning"))
        #expect(try docpipe(["validate", p.path, "--input", folder.path, "--output", "o", "--strict"]).status == 2)
    }

    @Test("validate finds a command program that does not exist, at the stage's position")
    func validateFindsMissingProgram() throws {
        let folder = try temporaryFolder()
        let p = try pipeline("stages:\n  - clean\n  - command:\n      command: [no-such-tool-for-docpipe]\n", in: folder)
        let result = try docpipe(["validate", p.path, "--input", folder.path, "--output", folder.appendingPathComponent("o").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("p.yaml:3:5: error: stage 'command': cannot start 'no-such-tool-for-docpipe': no such program in PATH"))
        let present = try pipeline("stages:\n  - command:\n      command: [cat]\n", in: folder)
        #expect(try docpipe(["validate", present.path, "--input", folder.path, "--output", "o"]).status == 0)
    }

    @Test("a pipeline over the YAML node limit says which limit it hit")
    func hugePipelineNamesTheLimit() throws {
        let folder = try temporaryFolder()
        let p = try pipeline("stages:\n" + String(repeating: "  - clean\n", count: 120_000), in: folder)
        let result = try docpipe(["validate", p.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("more than 100000 YAML nodes, the limit on a pipeline file's size"))
        #expect(!result.stderr.contains("alias"))
    }

    /// Under ThreadSanitizer the runtime's own memory-mapped files die of SIGBUS past a `ulimit -f`,
    /// before DocPipe writes anything, so this fault cannot be injected there (it runs everywhere else).
    @Test(
        "a write that fails in the corpus step (file too large) exits 1 naming the file; nothing half-written",
        .enabled(if: !runsUnderThreadSanitizer, "ThreadSanitizer's runtime cannot run under ulimit -f"))
    func writeFailureInCorpusStep() throws {
        let folder = try temporaryFolder()
        let p = try pipeline("stages: [clean, segment, {export: {formats: [jsonl, sqlite]}}]\n", in: folder)
        let corpus = packageRoot.appendingPathComponent("corpus/kazakhstan-2022").path
        let full = folder.appendingPathComponent("full")
        #expect(try docpipe(["run", p.path, "--input", corpus, "--output", full.path, "--quiet", "--no-cache"]).status == 0)
        let jsonlSize = try #require(try FileManager.default.attributesOfItem(atPath: full.appendingPathComponent("documents.jsonl").path)[.size] as? Int)
        let sqliteSize = try #require(try FileManager.default.attributesOfItem(atPath: full.appendingPathComponent("docpipe.sqlite").path)[.size] as? Int)
        try #require(sqliteSize > jsonlSize * 11 / 10, "the database must be the largest output for this fault to hit it")
        let limitKB = (jsonlSize * 21 / 20 + sqliteSize) / 2 / 1024
        let out = folder.appendingPathComponent("limited")
        let result = try shell("ulimit -f \(limitKB); exec '\(docpipeBinary.path)' run '\(p.path)' --input '\(corpus)' --output '\(out.path)' --quiet --no-cache")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("\(out.path)/docpipe.sqlite: cannot write"))
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!names.contains("docpipe.sqlite"))
        #expect(!names.contains { $0.contains(".tmp-") })
        if names.contains("documents.jsonl") {
            #expect(try Data(contentsOf: out.appendingPathComponent("documents.jsonl")) == Data(contentsOf: full.appendingPathComponent("documents.jsonl")))
        }
    }
}

/// Whether this test process (and so the `docpipe` built with it) runs under ThreadSanitizer.
let runsUnderThreadSanitizer = dlsym(nil, "__tsan_init") != nil

/// The id of a process that has exited.
func deadProcessID() throws -> pid_t {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
}

/// This host's name as DocPipe writes it in temporary names.
func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    gethostname(&buffer, buffer.count)
    return String(cString: buffer).replacingOccurrences(of: "-", with: "_")
}

/// Runs a command line with bash.
func shell(_ command: String) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", command]
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}
