import Foundation

/// What a run knows that a stage may need: one value passed to every stage.
public struct StageContext: Sendable {
    /// The pipeline's name.
    public var pipelineName: String
    /// The date relative expressions resolve against when a document has none (`YYYY-MM-DD`).
    public var referenceDate: String?
    /// The folder of the pipeline file; relative paths in options resolve against it.
    public var pipelineDirectory: URL
    /// The folder outputs go to.
    public var outputDirectory: URL
    /// The stages of the pipeline with their options, for stages that record provenance.
    public var stageRecords: [StageRecord]
    /// The table layouts the pipeline's stages declare for their layers (``LayerTableProvider``).
    public var layerTables: [LayerTable]
    /// How many threads a stage may keep busy at once (the run's `--jobs`); a corpus step that
    /// works in parallel stays within it.
    public var jobs: Int

    /// Creates a context.
    public init(
        pipelineName: String, referenceDate: String? = nil,
        pipelineDirectory: URL = URL(fileURLWithPath: "."), outputDirectory: URL = URL(fileURLWithPath: "out"),
        stageRecords: [StageRecord] = [], layerTables: [LayerTable] = [],
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.jobs = max(1, jobs)
        self.layerTables = layerTables
        self.pipelineName = pipelineName
        self.referenceDate = referenceDate
        self.pipelineDirectory = pipelineDirectory
        self.outputDirectory = outputDirectory
        self.stageRecords = stageRecords
    }
}

/// A stage as configured in a run: its name, version and options as JSON.
public struct StageRecord: Sendable, Hashable, Codable {
    /// The stage name.
    public var name: String
    /// The stage version.
    public var version: String
    /// The options after defaults were filled in.
    public var options: JSONValue
    /// What the stage read besides its options (see ``Stage/fingerprint``), when anything.
    public var fingerprint: String?

    /// Creates a record.
    public init(name: String, version: String, options: JSONValue, fingerprint: String? = nil) {
        self.name = name
        self.version = version
        self.options = options
        self.fingerprint = fingerprint
    }
}
