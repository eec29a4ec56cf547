import DocPipe

/// Options of the `extract` stage.
public struct ExtractOptions: StageOptions {
    /// How many keyphrases to keep per document.
    @Option(help: "Keyphrases kept per document (0 turns keyphrases off).")
    public var keyphrases = 8

    /// Whether to keep entity mentions no rule could label (as MISC).
    @Option(help: "Keep capitalised names no rule could label, with label MISC.")
    public var keep_unlabeled = false

    /// Shortest quotation, in words, kept when no speaker is found for it (a whole sentence needs only four).
    @Option(help: "Shortest quotation in words kept without a speaker; a whole sentence needs only four (shorter ones are scare quotes).")
    public var minimum_quote_words = 6

    /// Gazetteer and pattern files that add names to the built-in knowledge.
    @Option(help: "Files that add names: {gazetteers: [names.tsv], patterns: rules.jsonl}; paths relative to the pipeline file (see docs/stages/extract.md).")
    public var entities = EntityKnowledgeOptions()

    /// All defaults.
    public init() {}
}
