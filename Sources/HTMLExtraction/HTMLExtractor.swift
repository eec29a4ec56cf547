import CLibXML2

/// Placeholder: main-text extraction from HTML pages (issue 10).
public struct HTMLExtractor: Sendable {
    /// Creates an extractor.
    public init() {}
}
