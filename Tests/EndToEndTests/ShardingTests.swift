import DocPipe
import Foundation
import Testing

@Suite("Sharded runs", .serialized)
struct ShardingTests {
    /// Output files that must match between a single run and a sharded run + merge.
    func outputs(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if path == "run.json" || path.hasPrefix("shards") || path.hasPrefix(".docpipe") || path.hasPrefix("slurm") { continue }
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        }
        return files
    }

    @Test("every document id lands in exactly one shard")
    func partition() {
        for count in [1, 2, 7, 64] {
            for id in (0..<500).map({ "doc-\($0)" }) {
                let owners = (0..<count).filter { Shard(index: $0, count: count).contains(id) }
                #expect(owners.count == 1)
            }
        }
        #expect(Shard(parsing: "3/64") == Shard(index: 3, count: 64))
        #expect(Shard(parsing: "64/64") == nil)
        #expect(Shard(parsing: "x") == nil)
    }

    @Test("sharded runs plus merge give byte-identical outputs to one run; a complete shard is skipped")
    func shardAndMerge() throws {
        let root = try temporaryFolder()
        let single = root.appendingPathComponent("single")
        let sharded = root.appendingPathComponent("sharded")
        let pipeline = "pipelines/kazakhstan.yaml"
        let one = try docpipe(["run", pipeline, "--output", single.path, "--quiet", "--no-cache"])
        #expect(one.status == 0, "\(one.stderr)")

        let early = try docpipe(["run", pipeline, "--output", sharded.path, "--quiet", "--shard", "0/3"])
        #expect(early.status == 0, "\(early.stderr)")
        let refused = try docpipe(["merge", pipeline, "--output", sharded.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("2 of 3 shards are not complete (1/3, 2/3)"))

        for index in 1..<3 {
            let result = try docpipe(["run", pipeline, "--output", sharded.path, "--quiet", "--shard", "\(index)/3", "--jobs", "1"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let again = try docpipe(["run", pipeline, "--output", sharded.path, "--shard", "1/3"])
        #expect(again.stderr.contains("already complete"))
        let merged = try docpipe(["merge", pipeline, "--output", sharded.path])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.contains("merged 3 shards, 5 documents"))

        let expected = try outputs(single)
        #expect(expected.keys.contains("documents.jsonl"))
        let actual = try outputs(sharded)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (name, data) in expected { #expect(actual[name] == data, "\(name) differs") }
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sharded.appendingPathComponent("run.json"))) as? [String: Any])
        #expect(report["shards_consumed"] as? [String] == ["0/3", "1/3", "2/3"])
    }

    @Test("slurm --dry-run prints a requeueable array script, a dependent merge job and the sbatch commands")
    func slurmDryRun() throws {
        let result = try docpipe(["slurm", "pipelines/kazakhstan.yaml", "--shards", "4", "--output", "/shared/out", "--partition", "batch", "--time", "2:00:00", "--cpus", "8", "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("#SBATCH --array=0-3"))
        #expect(result.stdout.contains("#SBATCH --requeue"))
        #expect(result.stdout.contains("#SBATCH --open-mode=append"))
        #expect(result.stdout.contains("--shard \"${SLURM_ARRAY_TASK_ID}/4\""))
        #expect(result.stdout.contains("#SBATCH --partition=batch"))
        #expect(result.stdout.contains("#SBATCH --time=2:00:00"))
        #expect(result.stdout.contains("merge '"))
        #expect(result.stdout.contains("--dependency=afterok:"))
    }
}
