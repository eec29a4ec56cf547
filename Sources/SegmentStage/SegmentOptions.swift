import DocPipe

/// Options of the `segment` stage.
public struct SegmentOptions: StageOptions {
    /// Whether to write the `tokens` layer.
    @Option(help: "Write the tokens layer (words and punctuation); false skips it.")
    public var tokens = true

    /// How a single line break inside a paragraph is treated.
    @Option(help: "Line breaks inside a paragraph: auto (a boundary after headings, list items and short lines; a space in hard-wrapped prose), split (always a boundary, like pySBD) or join (never).")
    public var lines = "auto"

    /// More abbreviations that never end a sentence.
    @Option(help: "More abbreviations that never end a sentence, like titles (\"Insp\", \"Cllr\"); case-insensitive, final period optional.")
    public var titles: [String] = []

    /// More abbreviations that end a sentence only before a typical sentence opener.
    @Option(help: "More abbreviations that may end a sentence (\"Bhd\", \"Pty\"): they end one only before a typical opener such as The, It, He; case-insensitive, final period optional.")
    public var abbreviations: [String] = []

    /// All defaults.
    public init() {}
}
