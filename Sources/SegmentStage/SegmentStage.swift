import DocPipe

/// Placeholder.
public struct SegmentStage: Stage {
    public static let name = "segment"
    public static let abstract = "placeholder"
    public init(options: NoOptions, context: StageContext) throws {}
    public func process(_ document: inout Document) throws {}
}
