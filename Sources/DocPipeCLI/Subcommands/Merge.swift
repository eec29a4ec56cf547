import ArgumentParser
import DocPipe
import Foundation

extension DocPipeCommand {
    /// `docpipe merge`: the corpus-level steps and exports over the shards of a sharded run.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the corpus-level steps and exports over every shard of a sharded run (after 'run --shard i/n').")

        @Argument(help: "The pipeline file the shards ran.")
        var pipeline: String

        @ArgumentParser.Option(help: "The output folder the shards wrote to; replaces the pipeline's output.")
        var output: String?

        @Flag(help: "No summary line.")
        var quiet = false

        func validate() throws {
            try OutputArgument.check(output)
        }

        func run() throws {
            let definition = try DocPipeCommand.loadPipeline(pipeline)
            let options = RunOptions(output: output.map { URL(fileURLWithPath: $0).standardizedFileURL })
            do {
                let report = try Runner(definition: definition, options: options).merge()
                if !quiet {
                    Console.error("\(definition.name): merged \(report.shardsConsumed?.count ?? 0) shards, \(report.documentsProcessed) documents, \(report.documentsFailed) failed → \(report.output)")
                }
                if !quiet { WarningSummary.print(for: report) }
                if report.documentsFailed > 0 { throw ExitCode(1) }
            } catch let error as RunError {
                Console.error("\(error)")
                throw ExitCode(error.isUsageError ? 2 : 1)
            } catch let error as ExitCode {
                throw error
            } catch {
                Console.error("\(definition.name): the merge stopped: \(error)")
                throw ExitCode(1)
            }
        }
    }
}
