/// What a run did, written to `OUTPUT/run.json`.
///
/// Unlike the other outputs, this report holds wall-clock timings, so it differs between runs.
public struct RunReport: Sendable, Codable {
    /// Timing and counts of one stage.
    public struct StageTiming: Sendable, Codable {
        /// The stage name.
        public var stage: String
        /// Documents the stage processed.
        public var documents: Int
        /// Documents that failed in this stage.
        public var failed: Int
        /// Seconds spent in `process`, summed over documents (so over all threads).
        public var processSeconds: Double
        /// CPU seconds of the threads that ran `process` (steadier than wall time on a busy machine).
        public var processCPUSeconds: Double
        /// Seconds spent in the corpus-level step.
        public var finishSeconds: Double
        /// Documents whose result for this stage came from the cache (no work done).
        public var cached: Int

        /// Creates empty figures for a stage.
        public init(stage: String) {
            self.stage = stage
            documents = 0
            failed = 0
            processSeconds = 0
            processCPUSeconds = 0
            finishSeconds = 0
            cached = 0
        }

        enum CodingKeys: String, CodingKey {
            case stage, documents, failed, cached
            case processSeconds = "process_seconds"
            case processCPUSeconds = "process_cpu_seconds"
            case finishSeconds = "finish_seconds"
        }
    }

    /// A document that failed.
    public struct Failure: Sendable, Codable, Hashable {
        /// The document id.
        public var id: String
        /// Where it came from.
        public var source: String
        /// The stage that failed, or `read` when the input could not be read.
        public var stage: String
        /// The error.
        public var error: String
    }

    /// A document a stage set aside on purpose (see ``DocumentSetAside``).
    public struct SetAside: Sendable, Codable, Hashable {
        /// The document id.
        public var id: String
        /// Where it came from.
        public var source: String
        /// The stage that set it aside.
        public var stage: String
        /// What it shares with others set aside for the same reason (e.g. `language ru`).
        public var group: String
        /// Why.
        public var reason: String
    }

    /// A warning about one document or input.
    public struct Warning: Sendable, Codable, Hashable {
        /// The document id or path concerned.
        public var subject: String
        /// What happened.
        public var message: String

        /// Creates a warning.
        public init(subject: String, message: String) {
            self.subject = subject
            self.message = message
        }
    }

    /// A document a corpus step dropped from the later corpus steps and the exports.
    public struct Dropped: Sendable, Codable, Hashable {
        /// The document id.
        public var id: String
        /// The stage that dropped it.
        public var stage: String
        /// Why ("duplicate of a-1 (similarity 0.93)").
        public var reason: String

        /// Creates an entry.
        public init(id: String, stage: String, reason: String) {
            self.id = id
            self.stage = stage
            self.reason = reason
        }
    }

    /// The pipeline name.
    public var pipeline: String
    /// The pipeline file.
    public var pipelineFile: String
    /// The inputs as given.
    public var inputs: [String]
    /// The output folder.
    public var output: String
    /// Parallel jobs used.
    public var jobs: Int
    /// Documents read.
    public var documentsRead: Int = 0
    /// Documents that went through every stage.
    public var documentsProcessed: Int = 0
    /// Documents that failed.
    public var documentsFailed: Int = 0
    /// Documents whose every stage came from the cache.
    public var documentsCached: Int = 0
    /// Wall-clock seconds for the whole run.
    public var wallSeconds: Double = 0
    /// Per-stage figures, in pipeline order.
    public var stages: [StageTiming] = []
    /// Failed documents with their errors.
    public var failures: [Failure] = []
    /// Warnings.
    public var warnings: [Warning] = []
    /// Documents a stage set aside on purpose (absent when none).
    public var documentsSetAside: Int?
    /// The documents set aside, with why (absent when none).
    public var setAside: [SetAside]?
    /// How many documents were set aside per group (`language ru`: 3), absent when none.
    public var setAsideCounts: [String: Int]?
    /// For a shard run, `i/n`.
    public var shard: String?
    /// Whether this shard was already complete, so nothing ran.
    public var shardSkipped: Bool?
    /// For a merge, every shard consumed.
    public var shardsConsumed: [String]?
    /// Entries in the stage cache after the run (absent with `--no-cache`).
    public var cacheEntries: Int?
    /// Bytes of the stage cache after the run; `docpipe cache prune` bounds it.
    public var cacheBytes: Int?
    /// Documents corpus steps dropped from the exports (absent when none was).
    public var documentsDropped: Int?
    /// Those documents, in input order, with the stage and the reason.
    public var dropped: [Dropped]?
    /// `true` when the outputs were already those of this run (same inputs, pipeline and build,
    /// every output unchanged), so no document and no corpus step ran; absent otherwise. The
    /// counts are those of the run that wrote the outputs, every document counted as cached.
    public var upToDate: Bool?

    /// Adds a shard's figures to a merge's.
    mutating func absorb(_ part: RunReport) {
        documentsRead += part.documentsRead
        documentsProcessed += part.documentsProcessed
        documentsFailed += part.documentsFailed
        documentsCached += part.documentsCached
        failures += part.failures
        warnings += part.warnings
        for entry in part.setAside ?? [] { noteSetAside(entry) }
        for (index, stage) in part.stages.enumerated() where index < stages.count {
            stages[index].documents += stage.documents
            stages[index].failed += stage.failed
            stages[index].cached += stage.cached
            stages[index].processSeconds += stage.processSeconds
            stages[index].processCPUSeconds += stage.processCPUSeconds
        }
    }

    /// Records a document set aside: its entry and its group's count.
    mutating func noteSetAside(_ entry: SetAside) {
        documentsSetAside = (documentsSetAside ?? 0) + 1
        setAside = (setAside ?? []) + [entry]
        setAsideCounts = (setAsideCounts ?? [:]).merging([entry.group: 1], uniquingKeysWith: +)
    }

    enum CodingKeys: String, CodingKey {
        case pipeline, inputs, output, jobs, stages, failures, warnings
        case documentsSetAside = "documents_set_aside"
        case setAside = "set_aside"
        case setAsideCounts = "set_aside_counts"
        case pipelineFile = "pipeline_file"
        case documentsRead = "documents_read"
        case documentsProcessed = "documents_processed"
        case documentsFailed = "documents_failed"
        case documentsCached = "documents_cached"
        case wallSeconds = "wall_seconds"
        case shard
        case shardSkipped = "shard_skipped"
        case shardsConsumed = "shards_consumed"
        case cacheEntries = "cache_entries"
        case cacheBytes = "cache_bytes"
        case documentsDropped = "documents_dropped"
        case dropped
        case upToDate = "up_to_date"
    }
}
