import DocPipe

/// Placeholder.
public struct ExtractStage: Stage {
    public static let name = "extract"
    public static let abstract = "placeholder"
    public init(options: NoOptions, context: StageContext) throws {}
    public func process(_ document: inout Document) throws {}
}
