import ArgumentParser
import DocPipe
import Foundation

extension DocPipeCommand {
    /// `docpipe slurm`: submits a sharded run as a Slurm job array and a dependent merge job.
    struct Slurm: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write and submit a Slurm job array (one task per shard) and a merge job that runs after it.")

        @Argument(help: "The pipeline file.")
        var pipeline: String

        @ArgumentParser.Option(help: "Number of shards (array tasks).")
        var shards: Int

        @ArgumentParser.Option(help: "Output folder on the shared file system; replaces the pipeline's output.")
        var output: String?

        @ArgumentParser.Option(help: "Slurm partition.")
        var partition: String?

        @ArgumentParser.Option(help: "Time limit per task, as Slurm takes it (e.g. 2:00:00).")
        var time: String?

        @ArgumentParser.Option(help: "CPUs per task (also the --jobs of each shard).")
        var cpus: Int = 1

        @ArgumentParser.Option(help: "The docpipe binary the nodes run (default: this one).")
        var binary: String?

        @Flag(help: "Print the scripts and the sbatch commands instead of submitting.")
        var dryRun = false

        func validate() throws {
            guard shards >= 1 else { throw ValidationError("--shards must be at least 1") }
            guard cpus >= 1 else { throw ValidationError("--cpus must be at least 1") }
            try OutputArgument.check(output)
        }

        func run() throws {
            let definition = try DocPipeCommand.loadPipeline(pipeline)
            guard let outputURL = output.map({ URL(fileURLWithPath: $0).standardizedFileURL }) ?? definition.output else {
                Console.error(RunError.noOutput(pipeline: definition.file.path).description)
                throw ExitCode(2)
            }
            let plan = SlurmPlan(
                binary: binary ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path,
                pipeline: definition.file.standardizedFileURL.path, name: definition.name, output: outputURL.path,
                shards: shards, cpus: cpus, partition: partition, time: time)
            let folder = outputURL.appendingPathComponent("slurm")
            let arrayScript = folder.appendingPathComponent("shards.sbatch")
            let mergeScript = folder.appendingPathComponent("merge.sbatch")
            if dryRun {
                print("# \(arrayScript.path)\n\(plan.arrayScript)\n# \(mergeScript.path)\n\(plan.mergeScript)")
                print("sbatch --parsable \(arrayScript.path)")
                print("sbatch --parsable --dependency=afterok:<array job id> \(mergeScript.path)")
                return
            }
            try AtomicFile.write(Data(plan.arrayScript.utf8), to: arrayScript)
            try AtomicFile.write(Data(plan.mergeScript.utf8), to: mergeScript)
            let arrayJob = try sbatch([arrayScript.path])
            let mergeJob = try sbatch(["--dependency=afterok:\(arrayJob)", mergeScript.path])
            print("array job \(arrayJob) (\(shards) tasks), merge job \(mergeJob)")
        }

        private func sbatch(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sbatch", "--parsable"] + arguments
            let out = Pipe()
            process.standardOutput = out
            do {
                try process.run()
            } catch {
                Console.error("cannot run sbatch: \(error.localizedDescription) (is Slurm installed? try --dry-run)")
                throw ExitCode(2)
            }
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let id = String(decoding: data, as: UTF8.self).split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard process.terminationStatus == 0, !id.isEmpty else {
                Console.error("sbatch failed (exit \(process.terminationStatus))")
                throw ExitCode(1)
            }
            return id
        }
    }
}

/// The two batch scripts of a sharded Slurm run.
struct SlurmPlan {
    var binary: String
    var pipeline: String
    var name: String
    var output: String
    var shards: Int
    var cpus: Int
    var partition: String?
    var time: String?

    private var header: [String] {
        var lines = ["#!/bin/bash", "#SBATCH --job-name=docpipe-\(name)", "#SBATCH --cpus-per-task=\(cpus)"]
        if let partition { lines.append("#SBATCH --partition=\(partition)") }
        if let time { lines.append("#SBATCH --time=\(time)") }
        return lines
    }

    var arrayScript: String {
        (header + [
            "#SBATCH --array=0-\(shards - 1)",
            "#SBATCH --output=\(output)/slurm/shard-%a.log",
            "#SBATCH --open-mode=append",
            "#SBATCH --requeue",
            "set -euo pipefail",
            "exec \(quote(binary)) run \(quote(pipeline)) --shard \"${SLURM_ARRAY_TASK_ID}/\(shards)\" --output \(quote(output)) --jobs \"${SLURM_CPUS_PER_TASK:-\(cpus)}\" --quiet",
        ]).joined(separator: "\n") + "\n"
    }

    var mergeScript: String {
        (header + [
            "#SBATCH --output=\(output)/slurm/merge.log",
            "set -euo pipefail",
            "exec \(quote(binary)) merge \(quote(pipeline)) --output \(quote(output))",
        ]).joined(separator: "\n") + "\n"
    }

    private func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
