/// Everything `docpipe describe` shows about a stage, derived from its declaration.
public struct StageDescription: Sendable, Codable {
    /// The stage name.
    public var name: String
    /// What it does.
    public var abstract: String
    /// Its version.
    public var version: String
    /// Layers it needs.
    public var reads: [String]
    /// Layers it writes.
    public var writes: [String]
    /// Its options.
    public var options: [OptionInfo]
    /// The languages its rules are written for; absent when it works on any.
    public var languages: [String]?

    /// Describes a stage type.
    public init(_ stage: any Stage.Type) {
        name = stage.name
        abstract = stage.abstract
        version = stage.version
        reads = stage.reads
        writes = stage.writes
        options = stage.optionInfos
        languages = stage.languages
    }
}

extension Stage {
    static var optionInfos: [OptionInfo] { Options.optionInfos }
}
