import DocPipe

/// Options of the `language` stage.
public struct LanguageOptions: StageOptions {
    /// The languages the pipeline is for; others are set aside and reported.
    @Option(help: "Keep only documents in these languages (ISO 639-1 codes, e.g. [en, de]); the others are set aside and reported in run.json (set_aside, set_aside_counts) and the end-of-run warnings, never dropped silently. Empty keeps every document.")
    public var only_languages: [String] = []

    /// Whether a mixed-language document gets the `languages` layer.
    @Option(help: "Identify each paragraph's language and write the languages layer when a document's paragraphs are in more than one language.")
    public var paragraphs = true

    /// Paragraphs shorter than this carry too little evidence to count towards "mixed".
    @Option(help: "Paragraphs with fewer letters than this (a Chinese or Japanese character counts as three) take the document's language instead of their own guess (too little evidence).")
    public var min_paragraph_letters = 40

    /// All defaults.
    public init() {}
}
