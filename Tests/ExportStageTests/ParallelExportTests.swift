import DocPipe
import Foundation
import Testing
@testable import ExportStage

@Suite("Export on several threads")
struct ParallelExportTests {
    /// Many copies of the fixture's two documents under their own ids, some with a row the
    /// database refuses (a second document with the same id), so warnings come in order too.
    static var manyDocuments: Corpus {
        var documents: [Document] = []
        for number in 0..<30 {
            for var document in [ExportFixture.first, ExportFixture.second] {
                if number == 17, document.id == "second report" {
                    document.id = "first-report-16"
                } else if number > 0 {
                    document.id += "-\(number)"
                }
                documents.append(document)
            }
        }
        var summary = RunSummary()
        summary.documentsRead = documents.count
        summary.documentsProcessed = documents.count
        return Corpus(documents: DocumentStream(documents), results: ExportFixture.results, summary: summary)
    }

    /// Every file under `folder`, by relative path.
    static func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[path] = try Data(contentsOf: url)
        }
        return files
    }

    @Test("every file is byte-identical with one thread and with several")
    func sameBytes() throws {
        let corpus = Self.manyDocuments
        let one = try ExportFixture.export(corpus, jobs: 1)
        let four = try ExportFixture.export(corpus, jobs: 4)
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: four)
        }
        let single = try Self.files(one), parallel = try Self.files(four)
        #expect(single.keys.sorted() == parallel.keys.sorted())
        #expect(single.keys.contains("documents.jsonl") && single.keys.contains("docpipe.sqlite") && single.keys.contains("csv/entities.csv"))
        for (path, bytes) in single { #expect(parallel[path] == bytes, "\(path)") }
        let lines = try ExportFixture.read(four, "documents.jsonl").split(separator: "\n")
        #expect(lines.count == 60)
        #expect(lines[35].contains("\"id\":\"second report-17\"") == false && lines[35].contains("\"id\":\"first-report-16\""))
    }

    @Test("the run's warnings come in document order with several threads")
    func warningsInOrder() throws {
        for jobs in [1, 4] {
            var corpus = Self.manyDocuments
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallel-export-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            var options = ExportStage.Options()
            options.formats = ["sqlite"]
            try ExportStage(options: options, context: StageContext(pipelineName: "fixture", outputDirectory: folder, jobs: jobs)).finish(&corpus)
            #expect(corpus.warnings.map(\.subject) == ["first-report-16"], "jobs: \(jobs)")
        }
    }
}
