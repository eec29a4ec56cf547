@testable import DocPipe
import Foundation
import Testing

@Suite("Hostile and broken inputs")
struct HostileInputTests {
    func runFolder(_ files: [String: Data], yaml: String = "stages: [shout, fragile, collect]") async throws -> (RunReport, URL) {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in put ünï")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: input.appendingPathComponent(name)) }
        let output = root.appendingPathComponent("out")
        let report = try await Runner(definition: try load(yaml), options: RunOptions(inputs: [input.path], output: output, jobs: 2)).run()
        return (report, output)
    }

    @Test("a binary file named .txt is quarantined and the others come out")
    func binaryFile() async throws {
        var binary = Data([0x7F, 0x45, 0x4C, 0x46])
        binary.append(contentsOf: (0..<2000).map { UInt8($0 % 32) })
        let (report, output) = try await runFolder(["a.txt": Data("good".utf8), "b.txt": binary, "c.txt": Data("fine".utf8)])
        #expect(report.documentsProcessed == 2)
        #expect(report.failures.map(\.id) == ["b"])
        #expect(report.failures.first?.error.contains("binary") == true)
        #expect(try QuarantineEntry.read(from: output).map(\.id) == ["b"])
    }

    @Test("an empty file is processed with a warning")
    func emptyFile() async throws {
        let (report, _) = try await runFolder(["empty.txt": Data(), "a.txt": Data("x".utf8)])
        #expect(report.documentsProcessed == 2)
        #expect(report.warnings.contains { $0.subject == "empty" && $0.message == "empty document" })
    }

    @Test("a document over limits.max_document_bytes fails with the limit's name; the rest finish")
    func oversizedDocument() async throws {
        let big = Data(String(repeating: "word ", count: 1000).utf8)
        let (report, _) = try await runFolder(
            ["big.txt": big, "small.txt": Data("ok".utf8)],
            yaml: "limits: {max_document_bytes: 1024}\nstages: [shout, collect]")
        #expect(report.documentsProcessed == 1)
        #expect(report.failures.first?.error.contains("limits.max_document_bytes") == true)
    }

    @Test("a stage over limits.stage_time_budget is reported as a warning")
    func timeBudget() async throws {
        let (report, _) = try await runFolder(
            ["a.txt": Data(String(repeating: "x", count: 200_000).utf8)],
            yaml: "limits: {stage_time_budget: 0.000001}\nstages: [fragile, collect]")
        #expect(report.warnings.contains { $0.message.contains("over limits.stage_time_budget") })
    }

    @Test("invalid UTF-8 and a NUL byte are repaired, warned about, and the document comes out")
    func repairedText() async throws {
        let (report, output) = try await runFolder(["bad.txt": Data([0x61, 0xC3, 0x28, 0x00, 0x62]), "ok.txt": Data("fine".utf8)])
        #expect(report.documentsProcessed == 2)
        #expect(report.warnings.filter { $0.subject == "bad" }.count == 2)
        #expect(try String(contentsOf: output.appendingPathComponent("collected.jsonl"), encoding: .utf8).contains("A\u{FFFD}(B!"))
    }

    @Test("an output that cannot be created is a clear error before any work")
    func unwritableOutput() async throws {
        let definition = try load("stages: [shout]")
        let input = try temporaryFolder()
        await #expect(throws: RunError.self) {
            _ = try await Runner(definition: definition, options: RunOptions(inputs: [input.path], output: URL(fileURLWithPath: "/proc/docpipe-out"), jobs: 1)).run()
        }
    }

    @Test("a pipeline of 10,000 stages loads")
    func manyStages() throws {
        let yaml = "stages:\n" + String(repeating: "  - shout\n", count: 10_000)
        #expect(try load(yaml).stages.count == 10_000)
    }

    @Test("limits are checked: unknown keys and non-positive values are errors with positions")
    func badLimits() {
        #expect(loadError("limits: {max_document_bytes: 0}\nstages: [shout]")?.message.contains("positive") == true)
        let unknown = loadError("limits:\n  max_bytes: 5\nstages: [shout]")
        #expect(unknown?.message.contains("unknown limit 'max_bytes'") == true)
        #expect(unknown?.location.line == 2)
    }
}
