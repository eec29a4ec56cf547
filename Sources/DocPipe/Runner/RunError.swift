/// Errors that stop a run before or after its documents, each with a message a person can act on.
public enum RunError: Error, Sendable, CustomStringConvertible {
    /// An input path does not exist.
    case missingInput(String)
    /// The pipeline names no input and none was given on the command line.
    case noInput(pipeline: String)
    /// The pipeline names no output and none was given on the command line.
    case noOutput(pipeline: String)
    /// The output path exists and is not a folder.
    case outputIsFile(String)
    /// The output folder cannot be created or written.
    case outputNotWritable(String)
    /// A document failed and the pipeline says `on_error: fail`.
    case failFast(document: String, stage: String, message: String)
    /// A corpus-level step failed.
    case corpusStep(stage: String, message: String)
    /// A merge was asked for before every shard completed.
    case incompleteShards(missing: [Int], count: Int)
    /// A merge found no shard results.
    case noShards(String)
    /// An output file could not be written (disk full, file too large, permissions).
    case writeFailed(path: String, reason: String)

    /// Whether the definition or command line is at fault (exit 2) rather than the run (exit 1).
    public var isUsageError: Bool {
        switch self {
        case .missingInput, .noInput, .noOutput, .outputIsFile, .outputNotWritable, .incompleteShards, .noShards: return true
        case .failFast, .corpusStep, .writeFailed: return false
        }
    }

    /// The message.
    public var description: String {
        switch self {
        case .missingInput(let path): return "\(path): input not found"
        case .noInput(let pipeline): return "\(pipeline): no input — set 'input:' in the pipeline or pass --input PATH"
        case .noOutput(let pipeline): return "\(pipeline): no output — set 'output:' in the pipeline or pass --output DIR"
        case .outputIsFile(let path): return "\(path): output exists and is a file, not a folder"
        case .outputNotWritable(let path): return "\(path): cannot create or write the output folder"
        case .failFast(let document, let stage, let message):
            return "document '\(document)' failed in stage '\(stage)': \(message) (on_error: fail stops the run)"
        case .corpusStep(let stage, let message): return "corpus step of stage '\(stage)' failed: \(message)"
        case .incompleteShards(let missing, let count):
            let list = missing.prefix(20).map { "\($0)/\(count)" }.joined(separator: ", ") + (missing.count > 20 ? ", …" : "")
            return "cannot merge: \(missing.count) of \(count) shards are not complete (\(list)); run them with --shard i/\(count)"
        case .noShards(let path): return "\(path): no shard results to merge; run 'docpipe run --shard i/n' first"
        case .writeFailed(let path, let reason): return "\(path): cannot write: \(reason); no output was left half-written under its final name"
        }
    }
}
