import DocPipe
import Foundation
import Testing
@testable import ExportStage

@Suite("Manifest inputs streamed to a file")
struct ManifestInputsTests {
    /// A manifest listing `inputs` and counting 3 documents, whatever `inputs` holds.
    static func manifest(_ inputs: [Manifest.Input]) -> Manifest {
        Manifest(
            tool: Manifest.Tool(name: "docpipe", version: "1"), pipeline: Manifest.Pipeline(name: "p", sha256: "00"),
            stages: [], formats: ["jsonl", "inputs"], inputs: inputs, counts: ["documents": 3], outputs: [])
    }

    /// The manifest of no inputs with `inputs` streamed and spliced in, as written to a file in `folder`.
    static func spliced(_ inputs: [Manifest.Input], in folder: URL) throws -> Data {
        let streamed = ManifestInputs(folder: folder)
        for input in inputs { streamed.add(input) }
        let file = folder.appendingPathComponent("manifest.json")
        try AtomicFile.write(to: file) { handle in try streamed.splice(into: JSONCoding.prettyData(manifest([])), writingTo: handle) }
        return try Data(contentsOf: file)
    }

    @Test("the manifest with streamed inputs has the bytes of the manifest encoded whole")
    func sameBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = [
            Manifest.Input(id: "harbour/notes \"one\"", source: "/data/harbour/notes.txt", inputSHA256: String(repeating: "ab", count: 32), textSHA256: String(repeating: "cd", count: 32), characters: 1234),
            Manifest.Input(id: "stdin-2", source: "", inputSHA256: nil, textSHA256: String(repeating: "ef", count: 32), characters: 0),
            Manifest.Input(id: "tab\there", source: "/data/é.txt", inputSHA256: nil, textSHA256: String(repeating: "01", count: 32), characters: 7),
        ]
        #expect(try Self.spliced(inputs, in: folder) == JSONCoding.prettyData(Self.manifest(inputs)))
        #expect(try Self.spliced([], in: folder) == JSONCoding.prettyData(Self.manifest([])))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "manifest.json" }
        #expect(left.isEmpty, "the temporary file of the inputs is removed once they are let go of")
    }
}
