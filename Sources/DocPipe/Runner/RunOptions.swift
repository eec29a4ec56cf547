import Foundation

/// How to run a pipeline: what the command line may override.
public struct RunOptions: Sendable {
    /// Inputs replacing the pipeline's own `input` (`-` for JSON Lines on standard input).
    public var inputs: [String]?
    /// Output folder replacing the pipeline's own `output`.
    public var output: URL?
    /// Documents processed at once; at least 1.
    public var jobs: Int
    /// Whether to show a progress bar on standard error (only ever shown on a terminal).
    public var progress: Bool
    /// Whether to reuse and fill the per-document stage cache.
    public var useCache: Bool
    /// The cache folder; `nil` means `OUTPUT/.docpipe/cache`.
    public var cache: URL?
    /// Process only this shard's documents, leaving corpus-level steps to a merge.
    public var shard: Shard?
    /// Converters of binary formats (PDF, DOCX, …), asked in order about every input file.
    public var converters: [any DocumentConverter]
    /// Run every step even when the outputs are up to date (see ``RunFingerprint``); the stage
    /// cache is still used.
    public var force: Bool

    /// Creates run options.
    public init(
        inputs: [String]? = nil, output: URL? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: Bool = false, useCache: Bool = true, cache: URL? = nil, shard: Shard? = nil,
        converters: [any DocumentConverter] = [], force: Bool = false
    ) {
        self.force = force
        self.converters = converters
        self.shard = shard
        self.inputs = inputs
        self.output = output
        self.jobs = max(1, jobs)
        self.progress = progress
        self.useCache = useCache
        self.cache = cache
    }
}
