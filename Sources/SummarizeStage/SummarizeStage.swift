import DocPipe

/// Placeholder.
public struct SummarizeStage: Stage {
    public static let name = "summarize"
    public static let abstract = "placeholder"
    public init(options: NoOptions, context: StageContext) throws {}
    public func process(_ document: inout Document) throws {}
}
