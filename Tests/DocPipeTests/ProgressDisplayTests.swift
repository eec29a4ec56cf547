@testable import DocPipe
import Foundation
import Synchronization
import Testing

@Suite("Progress display")
struct ProgressDisplayTests {
    final class Lines: Sendable {
        let drawn = Mutex<[String]>([])
        var all: String { drawn.withLock { $0.joined() } }
    }

    @Test("a corpus step that streams documents shows how many it has read of the corpus")
    func corpusStepShowsDocumentCounts() throws {
        let lines = Lines()
        let display = ProgressDisplay(enabled: true, total: nil) { text in lines.drawn.withLock { $0.append(text) } }
        let file = try temporaryFolder().appendingPathComponent("docs.jsonl")
        let documents = (1...3).map { Document(id: "d\($0)", text: "text \($0)") }
        try Data(documents.map { String(decoding: try $0.jsonData(), as: UTF8.self) }.joined(separator: "\n").utf8).write(to: file)
        var stream = DocumentStream(file: file, count: 3)
        stream.readProgress = { done, total in display.stepRead(done, of: total) }
        display.phase("export", step: 5, of: 5)
        var seen = 0
        try stream.forEach { _ in seen += 1 }
        #expect(seen == 3)
        #expect(lines.all.contains("corpus 5/5: export"))
        #expect(lines.all.contains("export 3/3 documents"))
    }

    @Test("a contributor's corpus step shows how many contributions it has read, each pass anew")
    func contributionStepShowsCountsPerPass() throws {
        struct Count: Codable, Sendable { let n: Int }
        let lines = Lines()
        let display = ProgressDisplay(enabled: true, total: nil) { text in lines.drawn.withLock { $0.append(text) } }
        let file = try temporaryFolder().appendingPathComponent("contributions-2.seq.jsonl")
        var bytes = Data()
        for sequence in 0..<4 { bytes += SequencedLines.line(sequence: sequence, json: try JSONCoding.data(Count(n: sequence))) }
        try bytes.write(to: file)
        var stream = ContributionStream<Count>(sequencedFiles: [file], ids: ["a", "b", "c", "d"])
        stream.readProgress = { done, total in display.stepRead(done, of: total) }
        display.phase("summarize", step: 2, of: 3)
        var sum = 0
        try stream.forEach { _, count in sum += count.n }
        try stream.forEach { _, count in sum += count.n }
        #expect(sum == 12)
        #expect(lines.all.components(separatedBy: "summarize 4/4 documents").count == 3)
    }

    @Test("a display that is not enabled draws nothing")
    func disabledDisplayIsSilent() {
        let lines = Lines()
        let display = ProgressDisplay(enabled: false, total: 10) { text in lines.drawn.withLock { $0.append(text) } }
        display.update(done: 1, failed: 0)
        display.phase("extract", step: 1, of: 2)
        display.stepRead(1, of: 2)
        display.finish(done: 2, failed: 0)
        #expect(lines.all.isEmpty)
    }
}
