import ArgumentParser
import CleanStage
import CommandStage
import DedupStage
import DocPipe
import DocumentFormats
import ExportStage
import ExtractStage
import Foundation
import LanguageStage
import SegmentStage
import StoryStage
import SummarizeStage
import Synchronization
// docpipe:new-stage imports

/// The `docpipe` command: runs, checks and describes pipelines.
///
/// A team's own executable adds its stages beside the built-in ones in one call:
/// ```swift
/// DocPipeCommand.main(adding: [SentimentStage.self])
/// ```
public struct DocPipeCommand: AsyncParsableCommand {
    /// The command's configuration.
    public static let configuration = CommandConfiguration(
        commandName: "docpipe",
        abstract: "Run document-processing pipelines defined in YAML.",
        discussion: """
            Exit codes: 0 success, 1 some documents failed (or a run stopped), 2 the pipeline definition or command line is wrong.
            """,
        version: DocPipeVersion.current,
        subcommands: [Run.self, Validate.self, Stages.self, Describe.self, Schema.self, Merge.self, Slurm.self, Cache.self, NewStage.self]
    )

    /// Creates the command (used by the argument parser).
    public init() {}

    /// The stages this tool ships with.
    public static let builtinStages: [any Stage.Type] = [
        CleanStage.self, SegmentStage.self, ExtractStage.self, SummarizeStage.self, ExportStage.self, CommandStage.self,
        LanguageStage.self,
        DedupStage.self, StoryStage.self,
        // docpipe:new-stage registrations
    ]

    /// The binary formats this tool reads, asked in this order about every input file.
    public static let builtinConverters: [any DocumentConverter] = [PDFConverter(), EPUBConverter(), ODTConverter(), DOCXConverter(), MailConverter(), MboxConverter()]

    private static let registryStorage = Mutex(StageRegistry(builtinStages))

    /// The stages every subcommand knows.
    public static var registry: StageRegistry {
        registryStorage.withLock { $0 }
    }

    /// Loads a pipeline file for a subcommand that works on one, printing the positioned error and
    /// exiting with 2 when it is wrong.
    static func loadPipeline(_ path: String) throws -> PipelineDefinition {
        do {
            return try PipelineLoader(registry: registry).load(contentsOf: URL(fileURLWithPath: path))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// Runs the command line with extra stages registered beside the built-in ones.
    ///
    /// A command line the parser refuses exits with 2 (not the parser's own 64), like a wrong
    /// pipeline, as the README promises; help and version exit 0.
    ///
    /// Also sets how the process treats signals: SIGPIPE and SIGXFSZ are ignored (see
    /// `ProcessSignals`), and SIGINT, SIGTERM and SIGHUP end the `command` stage's programs before
    /// they end the process (see `TerminationSignals`).
    /// - Parameter stages: the team's own stage types.
    public static func main(adding stages: [any Stage.Type]) async {
        TerminationSignals.install()
        registryStorage.withLock { registry in
            for stage in stages { registry.register(stage) }
        }
        ProcessSignals.ignoreBrokenPipesAndFileSizeLimits()
        do {
            var command = try await asyncParseAsRoot(nil)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The tool's version, recorded in manifests.
public enum DocPipeVersion {
    /// The version string.
    public static let current = "0.1.0"
}
