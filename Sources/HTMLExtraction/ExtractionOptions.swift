/// Choices for `HTMLExtractor`.
public struct ExtractionOptions: Sendable, Hashable {
    /// Keep figure captions and picture credits in the text (default: dropped).
    public var includeCaptions: Bool
    /// Keep tables of the main content, one paragraph per row (default: kept).
    public var includeTables: Bool
    /// When the main block gives fewer UTF-8 bytes of text than this, fall back to every paragraph of the
    /// page that is not boilerplate, so that an unusual layout never comes out empty.
    public var minimumMainTextLength: Int

    /// Creates options.
    /// - Parameters:
    ///   - includeCaptions: keep figure captions.
    ///   - includeTables: keep tables.
    ///   - minimumMainTextLength: the fallback threshold in UTF-8 bytes.
    public init(includeCaptions: Bool = false, includeTables: Bool = true, minimumMainTextLength: Int = 200) {
        self.includeCaptions = includeCaptions
        self.includeTables = includeTables
        self.minimumMainTextLength = minimumMainTextLength
    }
}
