import DocPipe
import Foundation

/// Runs an external program as a stage, in any language.
///
/// The program is started once (or `copies` times) and kept running for the batch. For each
/// document it receives one line of JSON on standard input — the document as in
/// `documents.jsonl` — and answers with one line of JSON on standard output: an object with
/// the layers it adds (and optionally `metadata` keys to add, or a new `text`). A crash, a time-out,
/// a closed pipe or a line that is not JSON fails that document only (it goes to the quarantine
/// with the program's exit status and last standard-error lines); the program is restarted for
/// the next document.
///
/// Each program leads its own process group, started with no blocked signals and every signal's
/// default disposition; a time-out, a crash or the end of the batch kills the whole group, so
/// no process a program started outlives it.
public struct CommandStage: Stage {
    /// The command stage's options.
    public struct Options: StageOptions {
        /// The program and its arguments.
        @Option(help: "The program and its arguments, e.g. [python3, stages/tagger.py]. Relative paths resolve against the pipeline file's folder.")
        public var command: [String] = []

        /// Extra environment variables.
        @Option(help: "Environment variables added to the program's environment.")
        public var env: [String: String] = [:]

        /// Seconds allowed per document.
        @Option(help: "Seconds the program may take for one document before it is killed and the document fails.")
        public var timeout: Double = 60

        /// Copies of the program run in parallel.
        @Option(help: "How many copies of the program run in parallel.")
        public var copies: Int = 1

        /// Creates the defaults.
        public init() {}
    }

    /// `command`.
    public static let name = "command"
    /// What the stage does.
    public static let abstract = "Run an external program as a stage (one JSON line in, one JSON line out per document)."
    /// The program may write any layer.
    public static let writes = ["*"]

    let pool: ProcessPool

    /// Creates the stage; the program starts on the first document.
    /// - Throws: ``StageError`` when no command is given or the options are out of range.
    public init(options: Options, context: StageContext) throws {
        guard let program = options.command.first, !program.isEmpty else {
            throw StageError("'command' is empty; give the program and its arguments, e.g. command: [python3, tagger.py]")
        }
        guard options.copies >= 1 else { throw StageError("'copies' must be at least 1") }
        guard options.timeout > 0 else { throw StageError("'timeout' must be more than 0 seconds") }
        let folder = context.pipelineDirectory
        let arguments = options.command.dropFirst().map { argument -> String in
            let candidate = folder.appendingPathComponent(argument).path
            return !argument.hasPrefix("/") && !argument.hasPrefix("-") && FileManager.default.fileExists(atPath: candidate) ? candidate : argument
        }
        pool = ProcessPool(
            launch: ProgramLaunch(program: program, arguments: Array(arguments), environment: options.env, directory: folder),
            copies: options.copies, timeout: options.timeout)
    }

    /// The program must exist and be executable (looked up in `PATH` when it is a bare name).
    public func preflight() -> [String] {
        do {
            let path = try pool.launch.executablePath()
            return access(path, X_OK) == 0 ? [] : ["'\(pool.launch.program)' (\(path)) does not exist or is not executable"]
        } catch {
            return ["\(error)"]
        }
    }

    /// The corpus step only stops the programs; it reads no documents.
    public func finishReads(_ document: Document) -> Bool { false }

    /// Sends the document to the program and merges what it answers.
    /// - Throws: ``StageError`` with the program's exit status and standard error when it crashes,
    ///   stops reading, hangs or answers garbage.
    public func process(_ document: inout Document) throws {
        let request = try document.jsonData()
        let answer = try pool.exchange(request)
        try ProgramAnswer.merge(answer, into: &document)
    }

    /// Stops the programs: closes their input, gives them a few seconds to exit, then kills
    /// their process groups.
    public func finish(_ corpus: inout Corpus) throws {
        pool.shutdown()
    }

    /// Kills, with SIGKILL, every program any command stage of this process has started and
    /// not yet stopped, together with everything in their process groups, and reaps them
    /// (waiting a few seconds at most). For a process about to end on a signal: the programs
    /// run in their own process groups, so a terminal's Ctrl-C does not reach them.
    public static func killRunningPrograms() {
        RunningPrograms.killAll()
    }
}
