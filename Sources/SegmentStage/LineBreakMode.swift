/// How a single line break inside a paragraph is treated.
enum LineBreakMode: String, Sendable, CaseIterable {
    /// A boundary after a heading, a list item or a short line; a space inside hard-wrapped prose.
    case auto
    /// Every line break is a sentence boundary (as pySBD does).
    case split
    /// A line break is a space; only sentence punctuation decides.
    case join
}
