import ArgumentParser
import DocPipe
import Foundation

extension DocPipeCommand {
    /// `docpipe run`: runs one or more pipelines.
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run pipelines on their inputs.",
            discussion: "Exit 0 when every document succeeded, 1 when some failed, 2 when a definition or argument is wrong.")

        @Argument(help: "Pipeline files (YAML).")
        var pipelines: [String]

        @ArgumentParser.Option(name: .customLong("input"), help: "Input file, folder (searched for .txt, .md, .html) or '-' for JSON Lines on stdin; repeatable. Replaces the pipeline's input.")
        var inputs: [String] = []

        @ArgumentParser.Option(help: "Output folder; replaces the pipeline's output.")
        var output: String?

        @ArgumentParser.Option(help: "Documents processed in parallel (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(help: "No progress bar and no summary line.")
        var quiet = false

        @ArgumentParser.Option(help: "Folder of the per-document stage cache (default: OUTPUT/.docpipe/cache).")
        var cache: String?

        @Flag(help: "Neither read nor write the stage cache: every stage runs on every document.")
        var noCache = false

        @Flag(help: "Re-run the documents in OUTPUT/quarantine.jsonl (the others come from the cache).")
        var retryQuarantine = false

        @Flag(help: "Run the corpus steps and exports even when OUTPUT already holds this run's unchanged outputs (the stage cache is still used).")
        var force = false

        @ArgumentParser.Option(help: "Process only shard i of n (e.g. 3/64): per-document stages only; 'docpipe merge' does the rest.")
        var shard: String?

        @ArgumentParser.Option(help: "Day (YYYY-MM-DD) that anchors relative dates in documents that carry no date of their own; replaces the pipeline's reference_date.")
        var referenceDate: String?

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
            try OutputArgument.check(output)
            if inputs.contains("") { throw ValidationError("--input must name a file, a folder or '-'; found an empty path") }
            guard !pipelines.isEmpty else { throw ValidationError("give at least one pipeline file") }
            if let shard, Shard(parsing: shard) == nil {
                throw ValidationError("--shard must be i/n with 0 <= i < n, e.g. 3/64; found '\(shard)'")
            }
        }

        func run() async throws {
            if let referenceDate, !ISODate.isValidDay(referenceDate) {
                Console.error("--reference-date must be a calendar day written YYYY-MM-DD; found '\(referenceDate)'")
                throw ExitCode(2)
            }
            let loader = PipelineLoader(registry: DocPipeCommand.registry)
            var definitions: [PipelineDefinition] = []
            var definitionErrors = false
            for path in pipelines {
                do {
                    definitions.append(try loader.load(contentsOf: URL(fileURLWithPath: path)))
                } catch {
                    Console.error("\(error)")
                    definitionErrors = true
                }
            }
            if definitionErrors { throw ExitCode(2) }
            if !quiet {
                for warning in definitions.flatMap(\.warnings) { Console.error(warning.warningDescription) }
            }
            if definitions.count > 1, output != nil {
                Console.error("--output with several pipelines would mix their outputs; give each pipeline its own 'output:'")
                throw ExitCode(2)
            }
            var anyFailed = false
            for var definition in definitions {
                if let referenceDate { definition.referenceDate = referenceDate }
                let options = RunOptions(
                    inputs: inputs.isEmpty ? nil : inputs.map { $0 == "-" ? "-" : URL(fileURLWithPath: $0).standardizedFileURL.path },
                    output: output.map { URL(fileURLWithPath: $0).standardizedFileURL },
                    jobs: jobs, progress: !quiet, useCache: !noCache,
                    cache: cache.map { URL(fileURLWithPath: $0).standardizedFileURL },
                    shard: shard.flatMap(Shard.init(parsing:)), converters: DocPipeCommand.builtinConverters, force: force)
                if retryQuarantine {
                    guard let folder = options.output ?? definition.output else {
                        Console.error(RunError.noOutput(pipeline: definition.file.path).description)
                        throw ExitCode(2)
                    }
                    let quarantined = (try? QuarantineEntry.read(from: folder)) ?? []
                    if quarantined.isEmpty {
                        if !quiet { Console.error("\(definition.name): no quarantined documents in \(folder.path)") }
                        continue
                    }
                    if !quiet { Console.error("\(definition.name): retrying \(quarantined.count) quarantined document(s)") }
                }
                do {
                    let report = try await Runner(definition: definition, options: options).run()
                    if report.shardSkipped == true {
                        if !quiet { Console.error("\(definition.name): shard \(report.shard ?? "") is already complete; skipped") }
                        continue
                    }
                    if report.upToDate == true {
                        if !quiet {
                            Console.error(
                                "\(definition.name): outputs up to date: \(report.documentsProcessed) processed (\(report.documentsCached) entirely from cache), "
                                    + "\(report.documentsFailed) failed, no step ran (--force runs them), "
                                    + String(format: "%.2f s", report.wallSeconds) + " → \(report.output)")
                        }
                    } else if !quiet {
                        Console.error(
                            "\(definition.name): \(report.documentsProcessed) processed (\(report.documentsCached) entirely from cache), \(report.documentsFailed) failed, "
                                + (report.documentsSetAside.map { "\($0) set aside, " } ?? "")
                                + String(format: "%.2f s", report.wallSeconds) + " → \(report.output)")
                    }
                    for failure in report.failures {
                        Console.error("\(failure.source): failed in \(failure.stage): \(failure.error)")
                    }
                    if !quiet { WarningSummary.print(for: report) }
                    if report.documentsFailed > 0 { anyFailed = true }
                } catch let error as RunError {
                    Console.error("\(error)")
                    throw ExitCode(error.isUsageError ? 2 : 1)
                } catch let error as PipelineError {
                    Console.error("\(error)")
                    throw ExitCode(2)
                } catch {
                    Console.error("\(definition.name): the run stopped: \(error)")
                    throw ExitCode(1)
                }
            }
            if anyFailed { throw ExitCode(1) }
        }
    }
}
