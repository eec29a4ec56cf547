import DocPipe
import DocPipeTesting
import Foundation
import Testing

@Suite("Cluster ids across runs", .serialized)
struct ClusterIDRunTests {
    /// Every cluster id with its name, and every mention's and speaker's cluster id, from a run's database.
    static func identities(_ output: URL) throws -> [[[String?]]] {
        let database = try ExportedDatabase(path: output.appendingPathComponent("docpipe.sqlite").path)
        return [
            try database.query("SELECT id, canonical, label FROM entity_clusters ORDER BY id"),
            try database.query("SELECT doc, start, cluster_id FROM entities ORDER BY doc, start"),
            try database.query("SELECT doc, start, speaker_cluster_id FROM quotes ORDER BY doc, start"),
            try database.query("SELECT entry, cluster_id FROM timeline_entities ORDER BY entry, cluster_id"),
        ]
    }

    @Test("the sample corpus gets the same cluster ids with --jobs 1, --jobs 2 and two shards merged")
    func sameIDsAcrossJobsAndShards() throws {
        let root = try temporaryFolder()
        let pipeline = "pipelines/kazakhstan.yaml"
        let single = root.appendingPathComponent("jobs1"), double = root.appendingPathComponent("jobs2"), sharded = root.appendingPathComponent("sharded")
        #expect(try docpipe(["run", pipeline, "--output", single.path, "--quiet", "--no-cache", "--jobs", "1"]).status == 0)
        #expect(try docpipe(["run", pipeline, "--output", double.path, "--quiet", "--no-cache", "--jobs", "2"]).status == 0)
        for index in 0..<2 {
            #expect(try docpipe(["run", pipeline, "--output", sharded.path, "--quiet", "--no-cache", "--shard", "\(index)/2"]).status == 0)
        }
        let merged = try docpipe(["merge", pipeline, "--output", sharded.path])
        #expect(merged.status == 0, "\(merged.stderr)")

        let expected = try Self.identities(single)
        #expect(expected[0].count > 10)
        #expect(expected[1].contains { $0[2] != nil })
        #expect(try Self.identities(double) == expected)
        #expect(try Self.identities(sharded) == expected)

        let database = try ExportedDatabase(path: single.appendingPathComponent("docpipe.sqlite").path)
        let spellings = try database.query("SELECT count(DISTINCT speaker) FROM quotes WHERE speaker_cluster_id IS NOT NULL")
        let people = try database.query("SELECT count(*) FROM (SELECT speaker_cluster_id FROM quotes WHERE speaker_cluster_id IS NOT NULL GROUP BY speaker_cluster_id)")
        #expect(Int(people[0][0] ?? "0")! <= Int(spellings[0][0] ?? "0")!)
        #expect(try database.query("PRAGMA foreign_key_check").isEmpty)
    }
}
