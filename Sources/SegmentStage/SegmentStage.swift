import DocPipe

/// Splits each document into paragraphs, sentences and tokens, written as code-point spans into
/// the document's text.
///
/// Paragraphs are separated by blank lines; sentences never cross a paragraph and are trimmed of
/// surrounding whitespace; headings and list items on their own line are sentences of their own.
/// The scan runs over UTF-8 bytes. See `docs/stages/segment.md` for every rule.
public struct SegmentStage: PerDocumentStage {
    /// `segment`.
    public static let name = "segment"
    /// One line for `docpipe stages`.
    public static let abstract = "Paragraphs, sentences and tokens (rule-based, abbreviation- and list-aware)"
    /// Bumped when output changes for the same input.
    public static let version = "4"
    /// The layers written.
    public static let writes = ["paragraphs", "sentences", "tokens"]

    private let writesTokens: Bool
    private let lineBreaks: LineBreakMode
    private let lexicon: AbbreviationLexicon

    /// Creates the stage.
    /// - Parameters:
    ///   - options: the decoded options.
    ///   - context: the run's context (unused).
    /// - Throws: ``StageError`` when `lines` is not `auto`, `split` or `join`, or an abbreviation is empty.
    public init(options: SegmentOptions, context: StageContext) throws {
        guard let mode = LineBreakMode(rawValue: options.lines) else {
            let allowed = LineBreakMode.allCases.map(\.rawValue).joined(separator: ", ")
            throw StageError("segment: option 'lines' is '\(options.lines)'; use one of: \(allowed)")
        }
        for entry in options.titles + options.abbreviations where AbbreviationLexicon.normalise(entry).isEmpty {
            throw StageError("segment: an abbreviation in 'titles' or 'abbreviations' is empty ('\(entry)')")
        }
        writesTokens = options.tokens
        lineBreaks = mode
        lexicon = AbbreviationLexicon(extraPrepositive: options.titles, extraAmbiguous: options.abbreviations)
    }

    /// The stage has no corpus step, so it reads no documents there.
    public func finishReads(_ document: Document) -> Bool { false }

    /// Writes the `paragraphs`, `sentences` and (unless turned off) `tokens` layers.
    /// - Parameter document: the document; its text is not changed.
    public func process(_ document: inout Document) throws {
        let bytes = Self.utf8Bytes(of: document.text)
        var paragraphs: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        var tokens: [Span] = []
        bytes.withUnsafeBufferPointer { buffer in
            let text = ByteText(bytes: buffer)
            let splitter = SentenceSplitter(text: text, lexicon: lexicon, lineBreaks: lineBreaks)
            paragraphs = splitter.paragraphs()
            for paragraph in paragraphs { splitter.sentences(in: paragraph, into: &sentences) }
            guard writesTokens else { return }
            let tokenizer = Tokenizer(text: text, lexicon: lexicon)
            var offsets = ScalarOffsets(utf8: bytes)
            tokens.reserveCapacity(buffer.count / 6)
            for sentence in sentences { tokenizer.tokens(in: sentence, into: &tokens, offsets: &offsets) }
            if tokens.capacity > tokens.count + tokens.count / 8 { tokens = Self.compacted(tokens) }
        }
        document[StandardLayers.Paragraphs.self] = Self.spans(paragraphs, in: bytes)
        document[StandardLayers.Sentences.self] = Self.spans(sentences, in: bytes)
        if writesTokens { document[StandardLayers.Tokens.self] = tokens }
    }

    /// The same spans in an array without spare capacity (the tokens layer lives as long as the
    /// document; an estimate that fell short would otherwise leave up to half of it unused).
    private static func compacted(_ spans: [Span]) -> [Span] {
        [Span](unsafeUninitializedCapacity: spans.count) { buffer, count in
            _ = buffer.initialize(from: spans)
            count = spans.count
        }
    }

    /// The UTF-8 bytes of `text`, copied in one block.
    private static func utf8Bytes(of text: String) -> [UInt8] {
        if let bytes = text.utf8.withContiguousStorageIfAvailable({ Array($0) }) { return bytes }
        return Array(text.utf8)
    }

    /// Converts ordered, non-overlapping byte ranges into code-point spans.
    private static func spans(_ ranges: [Range<Int>], in bytes: [UInt8]) -> [Span] {
        var offsets = ScalarOffsets(utf8: bytes)
        return ranges.map { range in
            let start = offsets.scalarOffset(ofByte: range.lowerBound)
            return Span(start: start, end: offsets.scalarOffset(ofByte: range.upperBound))
        }
    }
}
