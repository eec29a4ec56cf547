import DocPipe
import Foundation
import Testing

/// Texts written for these tests: three unrelated events, with wire copies of two of them.
private let articles: [String: String] = [
    "a-flood.txt": """
        Heavy rain flooded the lower town of Brandvik on Monday, and the river rose two metres above its usual level. \
        The mayor, Ingrid Solheim, said 300 people had left their homes and spent the night in the sports hall. \
        Firefighters pumped water from the cellars of the old harbour street until late in the evening.
        """,
    "b-election.txt": """
        Voters in the province of Castellano chose a new regional assembly on Sunday after a short campaign about \
        hospitals and roads. The Green Alliance won 14 seats, two more than four years ago, and its leader Pablo Ortega \
        said he would talk to every party before forming a government.
        """,
    "c-flood-copy.txt": """
        Heavy rain flooded the lower town of Brandvik on Monday, and the river rose two metres above its usual level. \
        The mayor, Ingrid Solheim, said 300 people had left their homes and spent the night in the sports hall. \
        Firefighters pumped water from the cellars of the old harbour street until late in the evening.
        """,
    "d-launch.txt": """
        A small rocket built by students at the Northern Technical Institute reached a height of twelve kilometres \
        on its first flight from the test field near Orrvik. The team had worked on the engine for three years and \
        plans a second launch with a weather instrument next spring.
        """,
    "e-election-copy.txt": """
        Voters in the province of Castellano chose a new regional assembly on Sunday after a short campaign about \
        hospitals and roads. The Green Alliance won 14 seats, two more than four years ago, and its leader Pablo Ortega \
        said he would talk to every party before forming a government. Turnout was high.
        """,
]

private func corpusFolder(_ root: URL) throws -> URL {
    let input = root.appendingPathComponent("input")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for (name, text) in articles { try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return input
}

private func pipeline(_ root: URL, duplicates: String) throws -> String {
    let file = root.appendingPathComponent("dups-\(duplicates).yaml")
    try """
        name: duplicates
        stages:
          - clean
          - segment
          - dedup:
              duplicates: \(duplicates)
          - extract
          - stories
          - summarize
          - export:
              formats: [jsonl, csv]
        """.write(to: file, atomically: true, encoding: .utf8)
    return file.path
}

private func jsonLines(_ url: URL) throws -> [[String: Any]] {
    try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
        try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
}

@Suite("Duplicates and stories end to end", .serialized)
struct DuplicateStoryTests {
    @Test("copies are marked with their first copy, and every output is identical across jobs and shards")
    func markedIdenticallyAcrossJobsAndShards() throws {
        let root = try temporaryFolder()
        let input = try corpusFolder(root)
        let yaml = try pipeline(root, duplicates: "mark")
        var folders: [URL] = []
        for jobs in ["1", "2"] {
            let out = root.appendingPathComponent("jobs-\(jobs)")
            let result = try docpipe(["run", yaml, "--input", input.path, "--output", out.path, "--jobs", jobs, "--quiet", "--no-cache"])
            #expect(result.status == 0, "\(result.stderr)")
            folders.append(out)
        }
        let sharded = root.appendingPathComponent("sharded")
        for index in 0..<2 {
            let result = try docpipe(["run", yaml, "--input", input.path, "--output", sharded.path, "--shard", "\(index)/2", "--quiet", "--no-cache"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let merged = try docpipe(["merge", yaml, "--output", sharded.path])
        #expect(merged.status == 0, "\(merged.stderr)")
        folders.append(sharded)
        for name in ["documents.jsonl", "corpus.json", "csv/documents.csv", "csv/stories.csv", "stories-state.json"] {
            let first = try Data(contentsOf: folders[0].appendingPathComponent(name))
            for other in folders.dropFirst() {
                #expect(try Data(contentsOf: other.appendingPathComponent(name)) == first, "\(name) differs in \(other.lastPathComponent)")
            }
        }
        let documents = try jsonLines(folders[0].appendingPathComponent("documents.jsonl"))
        let duplicateOf = Dictionary(uniqueKeysWithValues: documents.map {
            ($0["id"] as! String, ($0["duplicate"] as? [String: Any])?["duplicate_of"] as? String)
        })
        #expect(duplicateOf["c-flood-copy"] == .some("a-flood"))
        #expect(duplicateOf["e-election-copy"] == .some("b-election"))
        #expect(duplicateOf["d-launch"] == .some(nil))
        let stories = Set(documents.compactMap { $0["story"] as? String })
        #expect(stories.count == 3)
        let story = Dictionary(uniqueKeysWithValues: documents.map { ($0["id"] as! String, $0["story"] as? String) })
        #expect(story["a-flood"] == story["c-flood-copy"])
    }

    @Test("with duplicates: drop, copies leave the exports and run.json lists them")
    func droppedAndListed() throws {
        let root = try temporaryFolder()
        let input = try corpusFolder(root)
        let out = root.appendingPathComponent("out")
        let result = try docpipe(["run", try pipeline(root, duplicates: "drop"), "--input", input.path, "--output", out.path, "--quiet", "--no-cache"])
        #expect(result.status == 0, "\(result.stderr)")
        let ids = try jsonLines(out.appendingPathComponent("documents.jsonl")).map { $0["id"] as! String }
        #expect(ids == ["a-flood", "b-election", "d-launch"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("run.json"))) as? [String: Any])
        #expect(report["documents_dropped"] as? Int == 2)
        #expect((report["dropped"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["c-flood-copy", "e-election-copy"])
    }
}
