import DocPipe
import HTMLExtraction

/// The `clean` stage: turns raw scraped text or Markdown into the article a reader would see.
///
/// It normalises the text (NFC, white space, invisible characters, words hyphenated across line
/// breaks), removes web furniture with a jusText-like classification of lines, takes title,
/// author, publisher, section and date out of the text into the metadata, and records every
/// removal with its reason and its offsets in the original input in the `removed` layer.
/// HTML pages go through ``HTMLExtractor`` (main-content extraction on libxml2): the article's
/// text, the page's metadata, and a `source_blocks` layer tracing each paragraph to the byte range
/// of its element in the page.
/// It replaces `text`, so it drops every layer already on the document.
public struct CleanStage: PerDocumentStage {
    /// The stage's options.
    public typealias Options = CleanOptions

    /// `clean`.
    public static let name = "clean"
    /// What the stage does.
    public static let abstract = "Normalise text and Markdown, remove web boilerplate, take title/author/publisher/section/date into metadata"
    /// Version 13: a last paragraph that opens like a bio ("Jane Roe, head of research at X,") but
    /// reports speech ("said", "told") stays in the text: it is news copy, not an author bio.
    /// Version 12: a wire-copy sport slug alone on a line at the top ("CRICKET", "RUGBY UNION") is
    /// kept in the text, like a dateline.
    /// Version 11: a line of a place in capitals and an ISO date ("LIMA 2019-07-18") is a dateline
    /// kept in the text, like the written ones of version 9.
    /// Version 10: a converted document's paragraphs (PDF, DOCX, ODT, e-mail, mbox) are no longer judged by the web
    /// boilerplate classifier, only by reasons that hold for documents (``ConvertedDocumentRule``); EPUB keeps the web
    /// path. Version 9: a wire-copy dateline line at the top ("LISBON, March 4 (Wire) --") stays in the text and is
    /// never the title. Version 8: a converted document (PDF, …) is read as its paragraphs and keeps its `source_blocks`;
    /// an e-mail's quoted replies and signature (blocks of kind `quotedReply`, `signature`) are removed.
    /// Version 7: a doctype's internal subset (`<!DOCTYPE html [ … ]>`) never reaches the text.
    /// Version 6: contact lines (`contact`), labelled bylines ("Guest essay by …") and honorifics
    /// dropped from byline names. Version 5: the format sniffer reads the text without invisible code points, as the cleaned
    /// text shows it; version 4: literal Markdown stays literal (code spans keep their backticks, backslash
    /// escapes their backslash); version 3: fenced code blocks keep their fences, in every format.
    public static let version = "13"
    /// The `removed` layer, and `source_blocks` for HTML pages and converted documents.
    public static let writes = [StandardLayers.Removed.name, SourceBlocks.name]

    private let format: InputFormat?
    private let htmlExtractor = HTMLExtractor()
    private let normalizer: TextNormalizer
    private let classifier: BoilerplateClassifier
    private var extractsMetadata: Bool { classifier.extractMetadata }

    /// Creates the stage.
    /// - Parameters:
    ///   - options: the options.
    ///   - context: the run context (unused).
    /// - Throws: `StageError` for an unknown format or a regular expression that does not compile.
    public init(options: CleanOptions, context: StageContext) throws {
        switch options.format.lowercased() {
        case "auto": format = nil
        case "text", "txt", "plain": format = .text
        case "markdown", "md": format = .markdown
        case "html", "htm": format = .html
        default: throw CleanError.unknownFormat(options.format)
        }
        normalizer = TextNormalizer(foldPunctuation: options.fold_punctuation)
        classifier = BoilerplateClassifier(
            removeBoilerplate: options.boilerplate, extractMetadata: options.metadata,
            dropPatterns: try PatternSet(options.drop_patterns, option: "drop_patterns"),
            keepPatterns: try PatternSet(options.keep_patterns, option: "keep_patterns"))
    }

    /// The stage has no corpus step, so it reads no documents there.
    public func finishReads(_ document: Document) -> Bool { false }

    /// Cleans one document in place.
    /// - Parameter document: the document; its `text`, `metadata` and layers are rewritten.
    public func process(_ document: inout Document) throws {
        let original = ScalarArray.make(document.text)
        let convertedBlocks = Self.convertedBlocks(of: document)
        let format = self.format ?? (convertedBlocks != nil ? .text : InputFormat.detect(source: document.source, scalars: original))
        if format == .html, cleanPage(&document) { return }
        var removals: [Removal] = []
        let source: SourceText
        let lines: [SourceLine]
        switch format {
        case .text:
            source = SourceText(scalars: original)
            lines = CodeFence.markingBlocks(LineSplitter.lines(of: original, detectLists: true), in: original)
        case .markdown:
            let read = MarkdownReader.read(original)
            source = read.source
            lines = read.lines
            removals = read.images.map { Self.removal(of: $0, in: original, reason: .caption) }
            for entry in read.frontMatter {
                let field = extractsMetadata ? FrontMatter.field(entry.key) : nil
                if let field { FrontMatter.store(entry.value, as: field, in: &document.metadata) }
                removals.append(Self.removal(of: entry.range, in: original, reason: field ?? .boilerplate))
            }
        case .html:
            source = HTMLStripper.strip(original)
            lines = CodeFence.markingBlocks(LineSplitter.lines(of: source.scalars, detectLists: true), in: source.scalars)
        }
        let units = UnitBuilder.units(lines, scalars: source.scalars, softWraps: format == .markdown)
        var analyzed: [AnalyzedUnit] = []
        analyzed.reserveCapacity(units.count)
        for unit in units {
            let scalars = normalizer.normalize(unit, in: source.scalars)
            guard !scalars.isEmpty else { continue }
            let text = ScalarString.make(scalars)
            analyzed.append(AnalyzedUnit(unit: unit, scalars: scalars, text: text, features: UnitFeatures(scalars)))
        }
        let decisions = classifier.classify(analyzed)
        var output = ""
        output.reserveCapacity(original.count)
        var previous: AnalyzedUnit?
        var outputLength = 0
        var keptBlocks: [SourceBlock] = []
        let origins = analyzed.map { unit in
            convertedBlocks.flatMap { Self.block(containing: source.originalRange(unit.unit.span).lowerBound, in: $0) }
        }
        let reasons = convertedBlocks == nil ? decisions.reasons
            : ConvertedDocumentRule(document: document, removeBoilerplate: classifier.removeBoilerplate)
                .reasons(analyzed, blocks: origins, classified: decisions.reasons)
        for (index, unit) in analyzed.enumerated() {
            let origin = origins[index]
            if let reason = reasons[index] {
                removals.append(Self.removal(of: source.originalRange(unit.unit.span), in: original, reason: reason))
                continue
            }
            if let previous {
                let sameList = previous.unit.block == unit.unit.block && previous.unit.kind == .listItem && unit.unit.kind == .listItem
                output += sameList ? "\n" : "\n\n"
                outputLength += sameList ? 1 : 2
            }
            if var block = origin {
                block.start = outputLength
                block.end = outputLength + unit.scalars.count
                keptBlocks.append(block)
            }
            output += unit.text
            outputLength += unit.scalars.count
            previous = unit
        }
        removals.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        removals = Self.withoutNested(removals)
        decisions.metadata.fill(&document.metadata)
        document.text = output
        document.layers = Layers()
        document[StandardLayers.Removed.self] = removals
        if convertedBlocks != nil { document[SourceBlocks.self] = keptBlocks }
    }

    /// The `source_blocks` of a document a converter wrote (PDF, …): present, not empty, and
    /// without HTML byte ranges; sorted by start.
    private static func convertedBlocks(of document: Document) -> [SourceBlock]? {
        guard document.layers.contains(SourceBlocks.name), let blocks = document[SourceBlocks.self], !blocks.isEmpty,
              blocks.allSatisfy({ $0.byteStart == nil && $0.byteEnd == nil })
        else { return nil }
        return blocks.sorted { $0.start < $1.start }
    }

    /// The block whose range holds the offset, by binary search over blocks sorted by start.
    private static func block(containing offset: Int, in blocks: [SourceBlock]) -> SourceBlock? {
        var low = 0, high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0, offset < max(blocks[low - 1].end, blocks[low - 1].start + 1) else { return nil }
        return blocks[low - 1]
    }

    /// Extracts an HTML page's article and metadata; byte ranges refer to the page's UTF-8 bytes.
    /// - Returns: `false` when the page yields no text (a fragment without a main block), so the
    ///   tag-stripping fallback cleans it instead.
    private func cleanPage(_ document: inout Document) -> Bool {
        let page = htmlExtractor.extract(Array(document.text.utf8))
        guard !page.text.isEmpty else { return false }
        if extractsMetadata {
            var metadata = document.metadata
            metadata.title = metadata.title ?? page.title
            metadata.author = metadata.author ?? page.author
            metadata.publisher = metadata.publisher ?? page.publisher
            metadata.date = metadata.date ?? page.date
            metadata.section = metadata.section ?? page.section
            document.metadata = metadata
        }
        document.text = page.text
        document.layers = Layers()
        document[StandardLayers.Removed.self] = []
        document[SourceBlocks.self] = page.blocks.map(SourceBlock.init)
        return true
    }

    /// Drops removals inside another removal (an image inside a removed line), keeping the outer one.
    private static func withoutNested(_ sorted: [Removal]) -> [Removal] {
        var result: [Removal] = []
        result.reserveCapacity(sorted.count)
        var coveredUntil = -1
        for removal in sorted {
            if removal.end <= coveredUntil, removal.start < coveredUntil || removal.start == removal.end { continue }
            result.append(removal)
            coveredUntil = max(coveredUntil, removal.end)
        }
        return result
    }

    private static func removal(of range: Range<Int>, in original: [Unicode.Scalar], reason: RemovalReason) -> Removal {
        let text = ScalarString.make(original[range])
        return Removal(start: range.lowerBound, end: range.upperBound, text: text, reason: reason.rawValue)
    }
}
