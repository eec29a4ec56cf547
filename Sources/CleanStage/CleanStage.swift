import DocPipe

/// Placeholder.
public struct CleanStage: Stage {
    public static let name = "clean"
    public static let abstract = "placeholder"
    public init(options: NoOptions, context: StageContext) throws {}
    public func process(_ document: inout Document) throws {}
}
