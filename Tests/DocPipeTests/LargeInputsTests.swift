@testable import DocPipe
import Foundation
import Testing

@Suite("Large inputs started ahead")
struct LargeInputsTests {
    @Test("files holding at least a hundredth of the input bytes are large")
    func largeByShare() {
        #expect(LargeInputs.positions(sizes: [10, 10, 5_000, 10, 3_000, 10]) == [2, 4])
        #expect(LargeInputs.positions(sizes: Array(repeating: 100, count: 200)).isEmpty)
        #expect(LargeInputs.positions(sizes: [0, 0]).isEmpty)
        #expect(LargeInputs.positions(sizes: [50]).isEmpty)
    }

    @Test("one job or one file starts nothing ahead")
    func oneJobOrOneFile() throws {
        let (input, _) = try runFolders(holding: [("a.txt", String(repeating: "x", count: 500)), ("b.txt", "y")])
        let files = try FileManager.default.contentsOfDirectory(at: input, includingPropertiesForKeys: nil)
            .sorted { $0.path < $1.path }.map { (url: $0, id: $0.lastPathComponent) }
        #expect(LargeInputs.positions(of: files, jobs: 1).isEmpty)
        #expect(LargeInputs.positions(of: Array(files.prefix(1)), jobs: 2).isEmpty)
        #expect(LargeInputs.positions(of: files, jobs: 2) == [0])
    }

    @Test("the feed hands out large files first and skips them in their turn")
    func feedOrder() {
        var collected = InputCollector.Collected()
        collected.files = (0..<6).map { (url: URL(fileURLWithPath: "/nowhere/\($0).txt"), id: "d\($0)") }
        let feed = InputFeed(collected: collected, ahead: [2, 4])
        var order: [Int] = []
        if let first = feed.nextAhead() { order.append(first.sequence) }
        while let item = feed.next() { order.append(item.sequence) }
        #expect(order == [2, 0, 1, 3, 4, 5])
        #expect(feed.nextAhead() == nil)
    }

    @Test("a sharded feed starts nothing ahead")
    func shardedFeed() {
        var collected = InputCollector.Collected()
        collected.files = (0..<4).map { (url: URL(fileURLWithPath: "/nowhere/\($0).txt"), id: "d\($0)") }
        let feed = InputFeed(collected: collected, shard: Shard(index: 0, count: 1), ahead: [3])
        #expect(feed.nextAhead() == nil)
    }

    @Test("a run with large files late in the input writes what one job writes")
    func sameOutputs() async throws {
        var files: [(name: String, text: String)] = []
        for index in 0..<40 {
            let size = [29, 33, 37].contains(index) ? 400 : 1 + index % 5
            let text = index == 33 ? "FAIL " + String(repeating: "big ", count: size) : String(repeating: "Word \(index) ünï ", count: size)
            files.append((name: "doc\(String(index).leftPadded(2)).txt", text: text))
        }
        files.append((name: "doc37.md", text: String(repeating: "twin ", count: 900)))
        let (input, _) = try runFolders(holding: files)
        var outputs: [[Data]] = []
        var reports: [RunReport] = []
        for jobs in [1, 2, 3] {
            let output = try temporaryFolder().appendingPathComponent("out")
            let definition = try load("stages: [shout, fragile, lengths, collect]")
            reports.append(try await Runner(definition: definition, options: RunOptions(inputs: [input.path], output: output, jobs: jobs)).run())
            outputs.append(try ["collected.jsonl", "corpus.json", "lengths.json", "quarantine.jsonl"].map {
                try Data(contentsOf: output.appendingPathComponent($0))
            })
            let work = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".docpipe").path).sorted()
            #expect(work == ["cache"])
        }
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
        #expect(reports.map(\.documentsProcessed) == [40, 40, 40])
        #expect(reports.map(\.documentsFailed) == [1, 1, 1])
        #expect(reports[1].warnings.map(\.subject) == reports[0].warnings.map(\.subject))
        let lengths = try #require(String(data: outputs[0][2], encoding: .utf8))
        #expect(lengths.contains("\"doc37~2\""))
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
