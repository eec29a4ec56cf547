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

    /// What the results need from one document, computed without the rest of the corpus.
    static func contribution(of document: Document, options: CorpusOptions, summarizer: ArticleSummarizer) -> SummaryContribution {
        var contribution = SummaryContribution()
        let spans = document[StandardLayers.Sentences.self] ?? []
        let scalars = Array(document.text.unicodeScalars)
        let result = summarizer.summarize(
            scalars: scalars, spans: spans, title: document.metadata.title,
            excluded: BoilerplateFilter.excludedSentences(document, spans: spans),
            length: .sentences(options.candidatesPerDocument))
        var seen: Set<String> = []
        for profile in result.profiles { for (term, _) in profile.terms { seen.insert(term) } }
        contribution.terms = seen.sorted()
        func sentence(_ index: Int) -> CorpusSentence {
            let span = spans[index]
            let start = max(0, min(span.start, scalars.count)), end = max(start, min(span.end, scalars.count))
            return CorpusSentence(
                doc: document.id, documentOrder: 0, index: index,
                text: String(String.UnicodeScalarView(scalars[start..<end])).trimmingSpaces,
                terms: result.profiles[index].terms)
        }
        if options.summarySentences > 0 {
            for ranked in result.ranking.prefix(options.candidatesPerDocument) {
                contribution.candidates.append(.init(sentence: sentence(ranked.index), score: ranked.score))
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
            contribution.dated.append(.init(date: value, sentence: sentence(index)))
        }
        guard options.findConflicts else { return contribution }
        let entities = document[StandardLayers.Entities.self] ?? []
        for quantity in document[StandardLayers.Quantities.self] ?? [] {
            guard let index = locator.sentence(containing: quantity.start),
                  let record = ReportedFigureRecord(
                    quantity: quantity, sentence: sentence(index), scalars: scalars, span: spans[index],
                    entities: entities.filter { $0.start >= spans[index].start && $0.end <= spans[index].end })
            else { continue }
            contribution.figures.append(record)
        }
        return contribution
    }

    /// Takes what the results need from one document.
    mutating func add(_ document: Document) {
        add(Self.contribution(of: document, options: options, summarizer: summarizer), id: document.id)
    }

    /// Adds one document's contribution, the next in input order.
    mutating func add(_ contribution: SummaryContribution, id: String) {
        let order = documents
        documents += 1
        for term in contribution.terms { documentFrequency[term, default: 0] += 1 }
        func placed(_ sentence: CorpusSentence) -> CorpusSentence {
            var sentence = sentence
            sentence.doc = id
            sentence.documentOrder = order
            return sentence
        }
        candidates += contribution.candidates.map { (placed($0.sentence), $0.score) }
        dated += contribution.dated.map { ($0.date, placed($0.sentence)) }
        figures += contribution.figures.map { figure in
            var figure = figure
            figure.sentence = placed(figure.sentence)
            return figure
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
