import DocPipe
import Foundation

/// Runs an external program as a stage, in any language.
///
/// The program is started once (or `copies` times) and kept running for the batch. For each
/// document it receives one line of JSON on standard input — the document as in
/// `documents.jsonl` — and answers with one line of JSON on standard output: an object with
/// the layers it adds (and optionally `metadata` keys to add, or a new `text`). A crash, a time-out
/// or a line that is not JSON fails that document only (it goes to the quarantine with the
/// program's last standard-error lines); the program is restarted for the next document.
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

    /// Sends the document to the program and merges what it answers.
    /// - Throws: ``StageError`` with the program's standard error when it crashes, hangs or answers garbage.
    public func process(_ document: inout Document) throws {
        let request = try document.jsonData()
        let answer = try pool.exchange(request)
        let value: JSONValue
        do {
            value = try JSONCoding.decode(JSONValue.self, from: answer)
        } catch {
            throw StageError("the program answered a line that is not JSON: \(String(decoding: answer.prefix(200), as: UTF8.self))")
        }
        guard case .object(var object) = value else {
            throw StageError("the program answered JSON that is not an object")
        }
        object["id"] = nil
        object["source"] = nil
        if case .string(let text)? = object.removeValue(forKey: "text"), text != document.text {
            document.text = text
            for name in document.layers.names { document.layers.remove(name) }
        }
        if case .object(let metadata)? = object.removeValue(forKey: "metadata") {
            let merged = try JSONCoding.decode(Metadata.self, from: .object(document.metadata.asDictionary.merging(metadata) { $1 }))
            document.metadata = merged
        }
        for (name, layer) in object { document.layers[raw: name] = layer }
    }

    /// Stops the program.
    public func finish(_ corpus: inout Corpus) throws {
        pool.shutdown()
    }
}
