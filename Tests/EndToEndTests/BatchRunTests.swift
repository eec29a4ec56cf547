import Foundation
import Testing

@Suite("Batch runs", .serialized)
struct BatchRunTests {
    /// A folder of `count` small articles and a pipeline whose external stage sleeps per document,
    /// so a run lasts long enough to be killed half-way.
    func slowSetup(count: Int) throws -> (folder: URL, pipeline: URL) {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for index in 0..<count {
            let text = "Report \(index).\n\nOfficials in the capital said on Monday that \(index * 17) workers joined the strike. The talks continue."
            try Data(text.utf8).write(to: input.appendingPathComponent(String(format: "doc%03d.txt", index)))
        }
        try Data("""
            import json, sys, time
            for line in sys.stdin:
                d = json.loads(line)
                time.sleep(0.04)
                print(json.dumps({"chars": len(d["text"])}), flush=True)
            """.utf8).write(to: folder.appendingPathComponent("slow.py"))
        let pipeline = folder.appendingPathComponent("slow.yaml")
        try Data("""
            name: slow
            input: in
            stages:
              - clean
              - segment
              - command:
                  command: [python3, -u, slow.py]
              - export:
                  formats: [jsonl]
            """.utf8).write(to: pipeline)
        return (folder, pipeline)
    }

    func cacheEntries(_ output: URL) -> Int {
        let cache = output.appendingPathComponent(".docpipe/cache")
        let enumerator = FileManager.default.enumerator(atPath: cache.path)
        var count = 0
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".json") { count += 1 }
        }
        return count
    }

    @Test("a run killed with SIGKILL half-way, started again, finishes the rest with byte-identical outputs")
    func killAndResume() throws {
        let (folder, pipeline) = try slowSetup(count: 80)
        let reference = folder.appendingPathComponent("reference")
        let complete = try docpipe(["run", pipeline.path, "--output", reference.path, "--jobs", "1", "--quiet", "--no-cache"])
        #expect(complete.status == 0, "\(complete.stderr)")

        let output = folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = docpipeBinary
        process.arguments = ["run", pipeline.path, "--output", output.path, "--jobs", "1", "--quiet"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while cacheEntries(output) < 60, process.isRunning, Date() < deadline { usleep(20_000) }
        #expect(process.isRunning, "the run finished before it could be killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("documents.jsonl").path))

        let resumed = try docpipe(["run", pipeline.path, "--output", output.path, "--jobs", "2", "--quiet"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("run.json"))) as? [String: Any])
        let stages = try #require(report["stages"] as? [[String: Any]])
        let commandStage = try #require(stages.first { $0["stage"] as? String == "command" })
        let cached = commandStage["cached"] as? Int ?? 0
        #expect(cached > 0 && cached < 80, "command stage cached \(cached) of 80")
        for name in ["documents.jsonl", "corpus.json"] {
            #expect(try Data(contentsOf: output.appendingPathComponent(name)) == Data(contentsOf: reference.appendingPathComponent(name)), "\(name) differs")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("a second run over unchanged inputs reports every document as cached")
    func secondRunCached() throws {
        let (folder, pipeline) = try slowSetup(count: 5)
        let output = folder.appendingPathComponent("out")
        #expect(try docpipe(["run", pipeline.path, "--output", output.path, "--quiet"]).status == 0)
        let second = try docpipe(["run", pipeline.path, "--output", output.path])
        #expect(second.status == 0)
        #expect(second.stderr.contains("5 processed (5 entirely from cache)"))
    }

    @Test("the Python example stage runs in a pipeline and adds its layer")
    func pythonExample() throws {
        let output = try temporaryFolder()
        let result = try docpipe(["run", "docs/examples/python-lexicon/pipeline.yaml", "--output", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let lexicon = try #require(object["lexicon"] as? [[String: Any]])
            #expect(!lexicon.isEmpty)
            #expect(lexicon.allSatisfy { $0["score"] is Double || $0["score"] is Int })
        }
    }
}
