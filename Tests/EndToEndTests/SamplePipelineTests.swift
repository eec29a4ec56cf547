import DocPipe
import Foundation
import Testing

@Suite("Sample pipeline end to end", .serialized)
struct SamplePipelineTests {
    @Test("documents.jsonl parses and every span slices the cleaned text exactly")
    func spansSliceTheText() async throws {
        let (report, output) = try await runSamplePipeline(jobs: 2)
        #expect(report.documentsProcessed == 5)
        #expect(report.documentsFailed == 0)
        let lines = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(object["text"] as? String)
            let scalars = Array(text.unicodeScalars)
            var found: [(path: String, start: Int, end: Int, text: String?)] = []
            for (key, value) in object where !["id", "source", "metadata", "text", "removed"].contains(key) {
                spans(in: value, path: key, into: &found)
            }
            for span in found {
                #expect(0 <= span.start && span.start <= span.end && span.end <= scalars.count, "\(span.path) \(span.start)..<\(span.end) outside the text")
                guard span.end <= scalars.count, span.start >= 0, span.start <= span.end else { continue }
                if let claimed = span.text {
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[span.start..<span.end])
                    #expect(String(slice) == claimed, "\(span.path) at \(span.start)")
                }
            }
        }
        let corpus = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("corpus.json")))
        #expect(corpus is [String: Any])
    }

    @Test("outputs are byte-identical with 1 and 4 jobs")
    func deterministicAcrossJobs() async throws {
        let (_, one) = try await runSamplePipeline(jobs: 1)
        let (_, four) = try await runSamplePipeline(jobs: 4)
        let names = try FileManager.default.contentsOfDirectory(atPath: one.path).filter { $0 != "run.json" }.sorted()
        #expect(names.contains("documents.jsonl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: four.path).filter { $0 != "run.json" }.sorted() == names)
        for name in names {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: one.appendingPathComponent(name).path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            #expect(try Data(contentsOf: one.appendingPathComponent(name)) == Data(contentsOf: four.appendingPathComponent(name)), "\(name) differs")
        }
    }
}
