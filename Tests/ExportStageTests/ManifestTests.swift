import DocPipe
import DocPipeTesting
import Foundation
import Testing
@testable import ExportStage

@Suite("Manifest, determinism and atomic writes")
struct ManifestTests {
    @Test("SHA-256 matches the FIPS 180-4 test vectors, whether fed at once or in pieces")
    func sha256Vectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var pieces = SHA256()
        let block = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { pieces.update(Array(block[0..<333])); pieces.update(Array(block[333...])) }
        #expect(pieces.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("manifest.json records tool, pipeline hash, stages, inputs with hashes, counts and every output")
    func fields() throws {
        let folder = try ExportFixture.export()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = try JSONCoding.decode(Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        #expect(manifest.tool.name == "docpipe")
        #expect(manifest.tool.version == ExportStage.toolVersion)
        #expect(manifest.pipeline.name == "fixture")
        #expect(manifest.pipeline.sha256.count == 64)
        #expect(manifest.stages.map(\.name) == ["export"])
        #expect(manifest.formats == ExportStage.supportedFormats)
        #expect(manifest.inputs.map(\.id) == ["first-report", "second report"])
        #expect(manifest.inputs[0].textSHA256 == SHA256.hex(ExportFixture.firstText))
        #expect(manifest.inputs[0].inputSHA256 == nil)
        #expect(manifest.counts["documents"] == 2)
        #expect(manifest.counts["sentences"] == 5)
        #expect(manifest.counts["entities"] == 4)
        #expect(manifest.counts["conflict_groups"] == 1)
        #expect(manifest.outputs.map(\.file).contains("docpipe.sqlite"))
        #expect(manifest.outputs.map(\.file).contains("csv/documents.csv"))
        for output in manifest.outputs {
            let (bytes, hash) = try ManifestWriter.hashFile(folder.appendingPathComponent(output.file))
            #expect(output.bytes == bytes && output.sha256 == hash, "\(output.file)")
        }
        let raw = try ExportFixture.read(folder, "manifest.json")
        #expect(!raw.contains(folder.path))
    }

    @Test("the pipeline hash changes when a stage option changes")
    func pipelineHash() throws {
        let one = StageContext(pipelineName: "p", stageRecords: [try ExportFixture.record(name: "summarize", options: .object(["sentences": .integer(3)]))])
        let two = StageContext(pipelineName: "p", stageRecords: [try ExportFixture.record(name: "summarize", options: .object(["sentences": .integer(4)]))])
        #expect(try ManifestWriter.pipelineHash(one) != ManifestWriter.pipelineHash(two))
        #expect(try ManifestWriter.pipelineHash(one) == ManifestWriter.pipelineHash(one))
    }

    @Test("an input file that exists is hashed from its bytes")
    func inputFileHash() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("export-input-\(UUID().uuidString).txt")
        try Data("raw input\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let corpus = Corpus(documents: DocumentStream([Document(id: "d", source: file.path, text: "raw input")]))
        let folder = try ExportFixture.export(corpus, formats: ["jsonl"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = try JSONCoding.decode(Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        #expect(manifest.inputs.first?.inputSHA256 == SHA256.hex("raw input\n"))
    }

    @Test("two exports of the same corpus are byte-identical, file by file")
    func determinism() throws {
        let one = try ExportFixture.export()
        let two = try ExportFixture.export()
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: two)
        }
        let files = try Self.files(one)
        #expect(files == (try Self.files(two)))
        #expect(files.count == 19)
        for file in files {
            let a = try Data(contentsOf: one.appendingPathComponent(file))
            let b = try Data(contentsOf: two.appendingPathComponent(file))
            #expect(a == b, "\(file) differs")
        }
    }

    @Test("an export leaves no temporary files beside the outputs")
    func noTemporaryFiles() throws {
        let folder = try ExportFixture.export()
        defer { try? FileManager.default.removeItem(at: folder) }
        let leftovers = try Self.files(folder).filter { $0.split(separator: "/").last!.hasPrefix(".") || $0.contains("tmp") || $0.hasSuffix("-journal") }
        #expect(leftovers.isEmpty)
    }

    @Test("an export that fails half-way keeps the previous files whole and leaves no temporary files")
    func failedExportKeepsPreviousFiles() throws {
        let folder = try ExportFixture.export()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.files(folder).map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
        let broken = folder.appendingPathComponent("broken-input.jsonl")
        var lines = try JSONCoding.data(ExportFixture.first)
        lines.append(contentsOf: Array("\n{\"id\": \"cut off".utf8))
        try lines.write(to: broken)
        let corpus = Corpus(documents: DocumentStream(file: broken, count: 2), results: ExportFixture.results)
        for format in ExportStage.supportedFormats {
            #expect(throws: (any Error).self, "\(format)") { _ = try ExportFixture.export(corpus, formats: [format], folder: folder) }
        }
        try FileManager.default.removeItem(at: broken)
        let after = try Self.files(folder).map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
        #expect(after.map(\.0) == before.map(\.0))
        for ((name, old), (_, new)) in zip(before, after) {
            #expect(old == new, "\(name) changed")
        }
    }

    @Test("an unknown or empty format list is refused when the stage is created")
    func unknownFormat() {
        var options = ExportStage.Options()
        options.formats = ["jsonl", "xlsx"]
        #expect {
            _ = try ExportStage(options: options, context: StageContext(pipelineName: "t"))
        } throws: { error in
            "\(error)" == "unknown format 'xlsx'; formats: jsonl, csv, sqlite, markdown, html"
        }
        options.formats = []
        #expect(throws: StageError.self) { _ = try ExportStage(options: options, context: StageContext(pipelineName: "t")) }
    }

    @Test("span_layout arrays writes span lists as parallel offset arrays that read back as the same spans")
    func spanLayoutArrays() throws {
        var document = Document(id: "a", source: "a.txt", text: "Two words.")
        document[StandardLayers.Tokens.self] = [Span(start: 0, end: 3), Span(start: 4, end: 9), Span(start: 9, end: 10)]
        var options = ExportStage.Options()
        options.span_layout = "arrays"
        let output = ScratchSpace.newPath("export")
        var corpus = Corpus(documents: DocumentStream([document]))
        try ExportStage(options: options, context: StageContext(pipelineName: "t", outputDirectory: output)).finish(&corpus)
        let line = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(line.contains(#""tokens":{"end":[3,9,10],"start":[0,4,9]}"#))
        let read = try Document(jsonData: Data(line.utf8.dropLast()))
        #expect(read[StandardLayers.Tokens.self] == document[StandardLayers.Tokens.self])
        options.span_layout = "deltas"
        #expect {
            _ = try ExportStage(options: options, context: StageContext(pipelineName: "t"))
        } throws: { error in
            "\(error)" == "unknown span_layout 'deltas'; span_layout: objects, arrays"
        }
    }

    static func files(_ folder: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
