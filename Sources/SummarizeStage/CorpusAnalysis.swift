import DocPipe

/// Collects, in one pass over the document stream, only what the corpus-level results need:
/// each document's best sentences, its dated sentences and its figures, plus term document
/// frequencies. The results are then built from these records alone.
struct CorpusAnalysis {
    let options: CorpusOptions
    let summarizer: ArticleSummarizer
    private(set) var documents = 0
    private(set) var documentFrequency: [String: Int] = [:]
    private(set) var candidates: [(sentence: CorpusSentence, score: Double)] = []
    private(set) var dated: [(date: String, sentence: CorpusSentence)] = []
    private(set) var figures: [ReportedFigureRecord] = []

    /// Creates an empty analysis.
    init(options: CorpusOptions, summarizer: ArticleSummarizer) {
        self.options = options
        self.summarizer = summarizer
    }

    /// Takes what the results need from one document.
    mutating func add(_ document: Document) {
        let order = documents
        documents += 1
        let spans = document[StandardLayers.Sentences.self] ?? []
        let scalars = Array(document.text.unicodeScalars)
        let result = summarizer.summarize(
            scalars: scalars, spans: spans, title: document.metadata.title,
            excluded: BoilerplateFilter.excludedSentences(document, scalars: scalars, spans: spans),
            length: .sentences(options.candidatesPerDocument))
        var seen: Set<String> = []
        for profile in result.profiles { for (term, _) in profile.terms { seen.insert(term) } }
        for term in seen { documentFrequency[term, default: 0] += 1 }
        func sentence(_ index: Int) -> CorpusSentence {
            let span = spans[index]
            let start = max(0, min(span.start, scalars.count)), end = max(start, min(span.end, scalars.count))
            return CorpusSentence(
                doc: document.id, documentOrder: order, index: index,
                text: String(String.UnicodeScalarView(scalars[start..<end])).trimmingSpaces,
                terms: result.profiles[index].terms)
        }
        if options.summarySentences > 0 {
            for ranked in result.ranking.prefix(options.candidatesPerDocument) {
                candidates.append((sentence(ranked.index), ranked.score))
            }
        }
        let locator = SentenceLocator(spans: spans)
        let anchor = document.metadata.date.flatMap { CalendarDays.range(of: String($0.prefix(10))) } ?? options.referenceDate.flatMap(CalendarDays.range(of:))
        var datedKeys: Set<String> = []
        for mention in document[StandardLayers.Dates.self] ?? [] {
            guard !Self.vagueDateWords.contains(mention.text.lowercased().trimmingSpaces),
                  let value = mention.value, let precision = DatePrecision(isoValue: value),
                  precision >= options.timelinePrecision, let days = CalendarDays.range(of: value),
                  let index = locator.sentence(containing: mention.start),
                  result.profiles[index].wordCount >= summarizer.parameters.minimumWords else { continue }
            if options.timelineWindowDays > 0, let anchor {
                let window = (anchor.lowerBound - options.timelineWindowDays)...(anchor.upperBound + options.timelineWindowDays)
                guard window.overlaps(days) else { continue }
            }
            guard datedKeys.insert("\(value) \(index)").inserted else { continue }
            dated.append((value, sentence(index)))
        }
        guard options.findConflicts else { return }
        let entities = MentionIndex(document[StandardLayers.Entities.self] ?? [])
        for quantity in document[StandardLayers.Quantities.self] ?? [] {
            guard let index = locator.sentence(containing: quantity.start),
                  let record = ReportedFigureRecord(
                    quantity: quantity, sentence: sentence(index), scalars: scalars, span: spans[index],
                    entities: entities.mentions(inside: spans[index]))
            else { continue }
            figures.append(record)
        }
    }

    /// Date words that usually mean "nowadays" rather than a day, so they date no event.
    static let vagueDateWords: Set<String> = ["today", "now", "nowadays", "currently", "these days", "at present"]

    /// The corpus summary.
    func corpusSummary() -> CorpusSummary {
        CorpusSummaryBuilder(
            sentences: options.summarySentences, redundancy: options.redundancy,
            documentFrequency: documentFrequency, documents: documents
        ).build(candidates)
    }

    /// The timeline.
    func timeline() -> [TimelineEntry] {
        TimelineBuilder(
            mergeSimilarity: options.timelineMergeSimilarity, documentFrequency: documentFrequency, documents: documents
        ).build(dated)
    }

    /// The conflicting figures.
    func conflicts() -> [ConflictGroup] {
        ConflictFinder().groups(figures)
    }
}
