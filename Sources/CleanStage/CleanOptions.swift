import DocPipe

/// The options of the `clean` stage, as written in a pipeline file.
public struct CleanOptions: StageOptions {
    /// The input format: `auto`, `text`, `markdown` or `html`.
    @Option(help: "Input format: auto (by the source's extension .md/.markdown/.html/.htm, else sniffed from the text), text, markdown or html (minimal tag-stripping fallback).")
    public var format = "auto"

    /// Whether boilerplate (interface text, captions, related headlines, bios, disclaimers, junk lines) is removed.
    @Option(help: "Remove web furniture: interface phrases, advertisements, captions, related headlines, author bios, disclaimers, mastheads and short junk lines.")
    public var boilerplate = true

    /// Whether title, author, publisher, section and date are taken from the text into the metadata.
    @Option(help: "Take title, author, publisher, section and date out of the text into the document metadata (never overwriting values already present).")
    public var metadata = true

    /// Whether curly quotes, dashes and ellipses are folded to ASCII.
    @Option(help: "Fold curly quotes to straight quotes, dashes to '-', the ellipsis character to '...'.")
    public var fold_punctuation = false

    /// Regular expressions of lines to drop.
    @Option(help: "Regular expressions (ICU syntax) of site-specific lines to drop; a line matching anywhere is removed with reason 'pattern'. Use ^ and $ to match whole lines.")
    public var drop_patterns: [String] = []

    /// Regular expressions of lines never to drop.
    @Option(help: "Regular expressions (ICU syntax) of lines never to drop or take into metadata; they win over every other rule, drop_patterns included.")
    public var keep_patterns: [String] = []

    /// Creates the defaults.
    public init() {}
}
