/// What the tag scanner learnt from the original bytes of a page.
struct SourceScan: Sendable {
    /// The page with the contents of scripts, styles, comments, templates, `noscript`, `svg` and `math`
    /// removed and over-deep tags blanked; every newline is kept so line numbers still match the original.
    var sanitized: [UInt8]
    /// The start tags of every known tag in document order, indexed by `HTMLTag.rawValue`.
    var elements: [[SourceElement]]
    /// The raw contents of `<script type="application/ld+json">` elements.
    var linkedData: [[UInt8]]
    /// The character encoding named by `<meta charset>` or `http-equiv` content type, lower-cased.
    var declaredEncoding: String?
}
