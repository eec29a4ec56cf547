import Foundation

/// A pipeline as loaded from its YAML file: where documents come from, where results go, and the stages.
public struct PipelineDefinition: Sendable {
    /// The pipeline's name (`name:`; the file's name without extension when absent).
    public var name: String
    /// The pipeline file.
    public var file: URL
    /// Input files or folders, resolved against the pipeline file's folder; `-` is standard input.
    public var inputs: [String]
    /// The output folder, resolved against the pipeline file's folder.
    public var output: URL?
    /// What a failed document does to the run.
    public var onError: OnError
    /// The date relative dates resolve against, `YYYY-MM-DD`.
    public var referenceDate: String?
    /// The stages in order.
    public var stages: [ConfiguredStage]
    /// Size and time bounds per document.
    public var limits: Limits
    /// Where `input:` is written, for messages about the inputs it names.
    public var inputLocation: SourceLocation?
    /// What is allowed but probably a mistake (a stage repeated with the same options).
    public var warnings: [PipelineError] = []

    /// Creates a definition in code.
    public init(
        name: String, file: URL = URL(fileURLWithPath: "pipeline.yaml"), inputs: [String] = [], output: URL? = nil,
        onError: OnError = .skip, referenceDate: String? = nil, stages: [ConfiguredStage], limits: Limits = Limits()
    ) {
        self.limits = limits
        self.name = name
        self.file = file
        self.inputs = inputs
        self.output = output
        self.onError = onError
        self.referenceDate = referenceDate
        self.stages = stages
    }
}
