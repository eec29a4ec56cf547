import DocPipe

/// Identifies each document's language (and, in mixed documents, each paragraph's) with CLD2, and
/// sets aside the documents a pipeline is not for.
///
/// Writes `language` and `language_confidence` to the metadata; a document whose paragraphs are in
/// more than one language also gets the `languages` layer. With `only_languages`, a document in
/// another language is set aside (reported, not dropped). See `docs/stages/language.md`.
public struct LanguageStage: PerDocumentStage {
    /// `language`.
    public static let name = "language"
    /// One line for `docpipe stages`.
    public static let abstract = "Language of each document and, when mixed, of each paragraph (CLD2); routes with only_languages"
    /// Bumped when output changes for the same input.
    public static let version = "1"
    /// The layers written.
    public static let writes = ["languages"]

    private let keep: Set<String>
    private let perParagraph: Bool
    private let minParagraphLetters: Int
    private let identifier = LanguageIdentifier()

    /// Creates the stage.
    /// - Parameters:
    ///   - options: the decoded options.
    ///   - context: the run's context (unused).
    /// - Throws: ``StageError`` when a code in `only_languages` is not two or three letters, or
    ///   `min_paragraph_letters` is negative.
    public init(options: LanguageOptions, context: StageContext) throws {
        for code in options.only_languages where !Self.isLanguageCode(code) {
            throw StageError("language: '\(code)' in 'only_languages' is not a language code; use ISO 639-1 codes such as en, de, ru, zh")
        }
        guard options.min_paragraph_letters >= 0 else {
            throw StageError("language: option 'min_paragraph_letters' is \(options.min_paragraph_letters); use 0 or more")
        }
        keep = Set(options.only_languages.map { $0.lowercased() })
        perParagraph = options.paragraphs
        minParagraphLetters = options.min_paragraph_letters
    }

    /// The stage has no corpus step, so it reads no documents there.
    public func finishReads(_ document: Document) -> Bool { false }

    /// Writes the language metadata and, for a mixed document, the `languages` layer.
    /// - Parameter document: the document; its text is not changed.
    /// - Throws: ``DocumentSetAside`` when `only_languages` is set and the document's language is not in it.
    public func process(_ document: inout Document) throws {
        let guess = identifier.identify(document.text)
        document.metadata.extra["language"] = .string(guess.language)
        document.metadata.extra["language_confidence"] = .number(guess.confidence)
        document[StandardLayers.Languages.self] = nil
        if perParagraph, let spans = paragraphLanguages(of: document.text, documentGuess: guess) {
            document[StandardLayers.Languages.self] = spans
        }
        guard !keep.isEmpty, !keep.contains(guess.language) else { return }
        let wanted = keep.sorted().joined(separator: ", ")
        throw DocumentSetAside(
            group: "language \(guess.language)",
            reason: "language '\(guess.language)' is not in only_languages (\(wanted)); document set aside")
    }

    /// Each paragraph's language, or `nil` when the document is in one language (or has one paragraph).
    private func paragraphLanguages(of text: String, documentGuess: LanguageGuess) -> [LanguageSpan]? {
        let paragraphs = ParagraphRanges.of(text)
        guard paragraphs.count > 1 else { return nil }
        var spans: [LanguageSpan] = []
        var confident: Set<String> = []
        for paragraph in paragraphs {
            var guess = documentGuess
            if ParagraphRanges.letterCount(paragraph.text) >= minParagraphLetters {
                let own = identifier.identify(paragraph.text)
                if own.language != "und" { guess = own }
                if own.reliable { confident.insert(own.language) }
            }
            spans.append(LanguageSpan(start: paragraph.start, end: paragraph.end, language: guess.language, confidence: guess.confidence))
        }
        return confident.count > 1 ? spans : nil
    }

    /// Whether `code` looks like an ISO 639 code (two or three ASCII letters).
    static func isLanguageCode(_ code: String) -> Bool {
        (2...3).contains(code.count) && code.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
    }
}
