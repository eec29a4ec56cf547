@testable import DocPipe
import Foundation
import Testing

@Suite("Corpus steps over contributions")
struct ContributionTests {
    let input: URL
    let output: URL

    init() throws {
        (input, output) = try runFolders(holding: [("c.txt", "three"), ("a.txt", "one"), ("b.txt", "twotwo"), ("a.md", "a markdown twin")])
    }

    func lengths(jobs: Int, yaml: String = "stages: [shout, lengths]") async throws -> String {
        _ = try await Runner(definition: try load(yaml), options: RunOptions(inputs: [input.path], output: output, jobs: jobs)).run()
        return try String(contentsOf: output.appendingPathComponent("lengths.json"), encoding: .utf8)
    }

    @Test("contributions arrive in input order with the final ids, the same with 1 or 3 jobs and from the cache")
    func inputOrderAndFinalIDs() async throws {
        let expected = #"[["a",16],["a~2",4],["b",7],["c",6]]"#
        #expect(try await lengths(jobs: 1) == expected)
        #expect(try await lengths(jobs: 3) == expected)
        #expect(try await lengths(jobs: 2) == expected)
    }

    @Test("the corpus step over contributions equals the one over documents")
    func samePathsSameResult() async throws {
        let viaRunner = try await lengths(jobs: 2)
        var documents: [Document] = []
        for (id, text) in [("a", "A MARKDOWN TWIN!"), ("a~2", "ONE!"), ("b", "TWOTWO!"), ("c", "THREE!")] {
            documents.append(Document(id: id, text: text))
        }
        let folder = try temporaryFolder()
        var corpus = Corpus(documents: DocumentStream(documents))
        try LengthsStage(options: NoOptions(), context: StageContext(pipelineName: "t", outputDirectory: folder)).finish(&corpus)
        #expect(try String(contentsOf: folder.appendingPathComponent("lengths.json"), encoding: .utf8) == viaRunner)
    }

    @Test("a sharded run merges contributions into the same result as one run")
    func shardsMerge() async throws {
        let single = try await lengths(jobs: 2)
        try FileManager.default.removeItem(at: output)
        let definition = try load("stages: [shout, lengths]")
        for index in 0..<3 {
            _ = try await Runner(definition: definition, options: RunOptions(inputs: [input.path], output: output, jobs: 1, shard: Shard(parsing: "\(index)/3"))).run()
        }
        _ = try Runner(definition: definition, options: RunOptions(inputs: [input.path], output: output)).merge()
        #expect(try String(contentsOf: output.appendingPathComponent("lengths.json"), encoding: .utf8) == single)
    }
}
