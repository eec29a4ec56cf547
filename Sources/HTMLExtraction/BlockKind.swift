/// What kind of element a paragraph of extracted text came from.
public enum BlockKind: String, Sendable, Codable, Hashable {
    /// A heading, `h1` to `h6`.
    case heading
    /// A paragraph or any other block of running text.
    case paragraph
    /// An item of a list (`li`, `dt`, `dd`).
    case listItem
    /// Text inside a `blockquote`.
    case quote
    /// A row of a table, its cells separated by " | ".
    case tableRow
}
