/// A `<meta>` element's key (`property`, `name` or `itemprop`, lower-cased) and `content`.
struct MetaTag: Sendable {
    /// The lower-cased key.
    var key: String
    /// The content value.
    var content: String
}
