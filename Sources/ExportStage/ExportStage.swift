import DocPipe

/// Placeholder.
public struct ExportStage: Stage {
    public static let name = "export"
    public static let abstract = "placeholder"
    public init(options: NoOptions, context: StageContext) throws {}
    public func process(_ document: inout Document) throws {}
}
