import DocPipe
import Foundation
import Testing
@testable import ExportStage

@Suite("Manifest input hashes")
struct ManifestInputHashTests {
    @Test("the manifest takes the hash the runner took of a document's file instead of reading it again")
    func digestUsed() {
        let missing = "/nonexistent/harbour/tide-table.txt"
        var document = Document(id: "tide-table", source: missing, text: "High water at six.")
        document.inputDigest = InputDigest(path: missing, sha256: String(repeating: "ab", count: 32))
        document.noteTextSHA256(String(repeating: "cd", count: 32))
        let record = ManifestWriter.Record(document)
        #expect(record.input.inputSHA256 == String(repeating: "ab", count: 32))
        #expect(record.input.textSHA256 == String(repeating: "cd", count: 32))
    }

    @Test("a digest of another path than the document's source is not used; the source is read")
    func sourceMoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-hash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tides.txt")
        try Data("Low water at noon.".utf8).write(to: file)
        var document = Document(id: "tides", source: file.path, text: "Low water at noon.")
        document.inputDigest = InputDigest(path: "/elsewhere/tides.txt", sha256: String(repeating: "ab", count: 32))
        let record = ManifestWriter.Record(document)
        #expect(record.input.inputSHA256 == SHA256.hex(Data("Low water at noon.".utf8)))
        #expect(record.input.textSHA256 == SHA256.hex("Low water at noon."))
    }
}
