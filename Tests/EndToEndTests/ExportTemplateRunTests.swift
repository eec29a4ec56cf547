import DocPipe
import Foundation
import Testing

/// Export renders each document in the per-document phase and caches the rendering; what the
/// corpus decides is filled in later, so the cache and shards must give a single run's bytes.
@Suite("Export's cached renderings", .serialized)
struct ExportTemplateRunTests {
    /// The files that hold documents, read from an output folder.
    static func outputs(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in ["documents.jsonl", "corpus.json", "csv/documents.csv", "csv/entities.csv", "csv/quotes.csv"] {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test("a copied input folder reuses the cache and still writes each document's new source")
    func copiedFolderWritesNewSources() throws {
        let root = try temporaryFolder()
        let first = root.appendingPathComponent("first"), copy = root.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("corpus/kazakhstan-2022"), to: first)
        try FileManager.default.copyItem(at: first, to: copy)
        let pipeline = root.appendingPathComponent("p.yaml")
        try "stages: [clean, segment, extract, {export: {formats: [jsonl, csv]}}]\n".write(to: pipeline, atomically: true, encoding: .utf8)
        let cache = root.appendingPathComponent("cache")
        for (input, output) in [(first, "out-first"), (copy, "out-copy")] {
            let result = try docpipe(["run", pipeline.path, "--input", input.path, "--output", root.appendingPathComponent(output).path, "--cache", cache.path, "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let fresh = root.appendingPathComponent("out-fresh")
        #expect(try docpipe(["run", pipeline.path, "--input", copy.path, "--output", fresh.path, "--no-cache", "--quiet"]).status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("out-copy/run.json"))) as? [String: Any]
        #expect((report?["documents_cached"] as? Int) == 5)
        let lines = try String(contentsOf: root.appendingPathComponent("out-copy/documents.jsonl"), encoding: .utf8)
        #expect(lines.contains("/copy/") && !lines.contains("/first/"))
        #expect(try Self.outputs(root.appendingPathComponent("out-copy")) == Self.outputs(fresh))
    }
}
