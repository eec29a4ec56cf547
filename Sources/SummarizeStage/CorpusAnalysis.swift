import DocPipe

/// Collects, in one pass over the document stream, only what the corpus-level results need:
/// each document's best sentences, its dated sentences and its figures, plus term document
/// frequencies. The results are then built from these records alone.
struct CorpusAnalysis: Sendable {
    let options: CorpusOptions
    let summarizer: ArticleSummarizer
    private(set) var documents = 0
    private(set) var documentFrequency: [String: Int] = [:]
    private(set) var candidates: [(sentence: CorpusSentence, score: Double)] = []
    /// Once the candidates were cut to the limit, the lowest score kept: a later candidate that
    /// scores no higher ranks after every kept one (it comes from a later document), so it can
    /// never be among the best and is not kept.
    private var candidateFloor: Double?
    private(set) var dated: [(date: String, sentence: CorpusSentence, inferred: Bool)] = []
    private(set) var datedEvents: [DateConflictFinder.DatedEvent] = []
    /// The comparable figures, in bounded form.
    private(set) var figures = FigureTally()
    /// A factor per term on the summary's weights (``StoryTermWeights``); `nil`: none.
    var termWeights: [String: Double]? = nil
    /// Whether ``AnalysisResults`` builds this analysis's summary (a corpus of several stories
    /// composes the corpus-wide one from the stories' instead, ``StoryDigest``).
    var buildsSummary = true

    /// Creates an empty analysis.
    init(options: CorpusOptions, summarizer: ArticleSummarizer) {
        self.options = options
        self.summarizer = summarizer
    }

    /// What the results need from one document, computed without the rest of the corpus; the
    /// document's analysis is taken from `analyses` when `process` left it there.
    static func contribution(
        of document: Document, options: CorpusOptions, summarizer: ArticleSummarizer, analyses: AnalysisMemo? = nil
    ) -> SummaryContribution {
        var contribution = SummaryContribution()
        let spans = document[StandardLayers.Sentences.self] ?? []
        let scalars = Array(document.text.unicodeScalars)
        let title = document.metadata.title
        let excluded = BoilerplateFilter.excludedSentences(document, scalars: scalars, spans: spans)
        let kept = analyses?.take(id: document.id, scalars: scalars, spans: spans, title: title, excluded: excluded)
        let result = candidateRanking(summarizer).summarize(
            scalars: scalars, spans: spans, title: title, excluded: excluded,
            length: .sentences(options.candidatesPerDocument), analysis: kept)
        var seen: Set<String> = []
        for profile in result.profiles { for (term, _) in profile.terms { seen.insert(term) } }
        contribution.terms = seen.sorted()
        func sentence(_ index: Int) -> CorpusSentence {
            let span = spans[index]
            let start = max(0, min(span.start, scalars.count)), end = max(start, min(span.end, scalars.count))
            return CorpusSentence(
                doc: document.id, documentOrder: 0, index: index,
                text: ScalarString.make(scalars[start..<end]).trimmingSpaces,
                terms: result.profiles[index].terms)
        }
        if options.summarySentences > 0 {
            for ranked in result.ranking.prefix(options.candidatesPerDocument) {
                contribution.candidates.append(.init(sentence: sentence(ranked.index), score: ranked.score))
            }
        }
        let locator = SentenceLocator(spans: spans)
        let ownDate = document.metadata.date.flatMap(WrittenDate.day).flatMap(CalendarDays.range(of:))
        var candidates: [(mention: DateMention, value: String, precision: DatePrecision, days: ClosedRange<Int>, index: Int)] = []
        for mention in document[StandardLayers.Dates.self] ?? [] {
            guard !Self.vagueDateWords.contains(mention.text.lowercased().trimmingSpaces),
                  let value = mention.value, let precision = DatePrecision(isoValue: value),
                  precision >= options.timelinePrecision, let days = CalendarDays.range(of: value),
                  let index = locator.sentence(containing: mention.start),
                  result.profiles[index].wordCount >= summarizer.parameters.minimumWords else { continue }
            candidates.append((mention, value, precision, days, index))
        }
        let window = timelineWindow(ownDate: ownDate, candidates: candidates.map(\.days), options: options)
        var datedKeys: Set<String> = []
        for (mention, value, precision, days, index) in candidates {
            if let window, !window.overlaps(days) { continue }
            let sentenceStart = max(0, min(spans[index].start, scalars.count)), sentenceEnd = max(sentenceStart, min(spans[index].end, scalars.count))
            let mentionStart = max(sentenceStart, min(mention.start, sentenceEnd)), mentionEnd = max(mentionStart, min(mention.end, sentenceEnd))
            let context = DateContext(scalars: scalars, sentence: sentenceStart..<sentenceEnd, mention: mentionStart..<mentionEnd)
            guard !context.datesAStatement else { continue }
            if precision == .day, mention.text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }), let word = context.eventWord {
                contribution.events.append(.init(date: value, sentence: sentence(index), word: word, stem: String(decoding: PorterStemmer.stem(Array(word.utf8)), as: UTF8.self)))
            }
            guard datedKeys.insert("\(value) \(index)").inserted else { continue }
            contribution.dated.append(.init(date: value, sentence: sentence(index), inferred: mention.inferred == true))
        }
        guard options.findConflicts else { return contribution }
        let entities = MentionIndex(document[StandardLayers.Entities.self] ?? [])
        for quantity in document[StandardLayers.Quantities.self] ?? [] {
            guard let index = locator.sentence(containing: quantity.start),
                  let record = ReportedFigureRecord(
                    quantity: quantity, sentence: sentence(index), scalars: scalars, span: spans[index],
                    entities: entities.mentions(inside: spans[index]))
            else { continue }
            var figure = record
            figure.sentence.terms = []
            contribution.figures.append(figure)
        }
        return contribution
    }

    /// The article method without its lead prior or news weights: a document's candidates for the
    /// corpus summary are its most central sentences, not its lede (which the corpus summary would
    /// otherwise take from every article).
    static func candidateRanking(_ summarizer: ArticleSummarizer) -> ArticleSummarizer {
        var ranking = summarizer
        ranking.parameters.recognisesNews = false
        ranking.parameters.positionWeight = 0
        return ranking
    }

    /// Takes what the results need from one document.
    mutating func add(_ document: Document) {
        add(Self.contribution(of: document, options: options, summarizer: summarizer), id: document.id)
    }

    /// Adds one document's contribution, the next in input order.
    ///
    /// A figure's sentence is kept without its terms (the conflicts never compare them), and
    /// figures of one sentence share its text.
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
        for candidate in contribution.candidates where candidateFloor.map({ candidate.score > $0 }) ?? true {
            candidates.append((placed(candidate.sentence), candidate.score))
        }
        if candidates.count >= options.candidateLimit + options.candidateLimit / 16 {
            keepBestCandidates()
        }
        dated += contribution.dated.map { ($0.date, placed($0.sentence), $0.inferred) }
        datedEvents += contribution.events.map { event in
            var event = event
            event.sentence = placed(event.sentence)
            return event
        }
        figures.add(contribution.figures, doc: id, documentOrder: order)
    }

    /// Lets go of what only the conflicts read (the figure tally and the dated events), once
    /// ``AnalysisResults/conflicts(_:threads:)`` has found them: the summary's ranking and the
    /// timeline never read them, and at 100,000 documents the tally is the part of the step's
    /// state that grows with the corpus.
    mutating func releaseConflictState() {
        figures = FigureTally()
        datedEvents = []
    }

    /// Drops all but the best `candidateLimit` candidates now, in place, so that the summary's
    /// ranking does not copy them to choose.
    mutating func keepBestCandidates() {
        guard candidates.count > options.candidateLimit else { return }
        Self.keepBest(&candidates, limit: options.candidateLimit)
        candidateFloor = candidates.lazy.map(\.score).min()
    }

    /// The `limit` best candidates by the total order (higher score, earlier document, earlier
    /// in its document's ranking), in the order given: a bounded top-M that gives the same
    /// candidates however the corpus was split, since the best of a union are the best of its
    /// parts' best.
    static func best(_ candidates: [(sentence: CorpusSentence, score: Double)], limit: Int) -> [(sentence: CorpusSentence, score: Double)] {
        var kept = candidates
        keepBest(&kept, limit: limit)
        return kept
    }

    /// Keeps the `limit` best candidates as ``best(_:limit:)`` chooses them, in the order given,
    /// in place: the candidates are never held twice.
    static func keepBest(_ candidates: inout [(sentence: CorpusSentence, score: Double)], limit: Int) {
        guard candidates.count > limit else { return }
        let scores = candidates.map(\.score), orders = candidates.map(\.sentence.documentOrder)
        let ranked = candidates.indices.sorted { a, b in
            if scores[a] != scores[b] { return scores[a] > scores[b] }
            if orders[a] != orders[b] { return orders[a] < orders[b] }
            return a < b
        }
        var kept = [Bool](repeating: false, count: candidates.count)
        for index in ranked.prefix(limit) { kept[index] = true }
        var next = 0
        for index in candidates.indices where kept[index] {
            if index != next { candidates.swapAt(next, index) }
            next += 1
        }
        candidates.removeLast(candidates.count - next)
    }

    /// The days a document's timeline dates may fall in: `timelineWindowDays` around its own date,
    /// else around the pipeline's reference date — unless none of its two or more dates lies there
    /// (a corpus about another time than the run's reference date), then around its latest date,
    /// so a document full of dates never gives an empty timeline (one far-off date alone stays
    /// out: it is background). `nil`: no window.
    private static func timelineWindow(ownDate: ClosedRange<Int>?, candidates: [ClosedRange<Int>], options: CorpusOptions) -> ClosedRange<Int>? {
        guard options.timelineWindowDays > 0 else { return nil }
        func around(_ anchor: ClosedRange<Int>) -> ClosedRange<Int> {
            (anchor.lowerBound - options.timelineWindowDays)...(anchor.upperBound + options.timelineWindowDays)
        }
        if let ownDate { return around(ownDate) }
        guard let reference = options.referenceDate.flatMap(CalendarDays.range(of:)) else { return nil }
        if candidates.count < 2 || candidates.contains(where: { around(reference).overlaps($0) }) { return around(reference) }
        return candidates.max { $0.upperBound < $1.upperBound }.map { around($0.upperBound...$0.upperBound) }
    }

    /// Date words that usually mean "nowadays" rather than a day, so they date no event.
    static let vagueDateWords: Set<String> = ["today", "now", "nowadays", "currently", "these days", "at present"]

    /// The corpus summary.
    func corpusSummary() -> CorpusSummary {
        corpusSummary(conflicts: options.findConflicts ? conflicts() : [], dateConflicts: options.findConflicts ? dateConflicts() : [])
    }

    /// The corpus summary, with conflicts already found as its disagreements.
    func corpusSummary(conflicts: [ConflictGroup], dateConflicts: [DateConflict]) -> CorpusSummary {
        rankedCorpusSummary(conflicts: conflicts, dateConflicts: dateConflicts).summary
    }

    /// The corpus summary and its sentences in the order they were chosen.
    func rankedCorpusSummary(conflicts: [ConflictGroup], dateConflicts: [DateConflict]) -> (summary: CorpusSummary, picks: [CorpusSentence]) {
        var builder = CorpusSummaryBuilder(
            sentences: options.summarySentences, redundancy: options.redundancy,
            documentFrequency: documentFrequency, documents: documents, threads: options.threads)
        builder.termWeights = termWeights
        return builder.ranked(Self.best(candidates, limit: options.candidateLimit), conflicts: conflicts, dateConflicts: dateConflicts)
    }

    /// The timeline.
    func timeline() -> [TimelineEntry] {
        TimelineBuilder(
            mergeSimilarity: options.timelineMergeSimilarity, documentFrequency: documentFrequency, documents: documents
        ).build(dated)
    }

    /// Events that different sources date differently.
    func dateConflicts() -> [DateConflict] {
        DateConflictFinder(documentFrequency: documentFrequency, documents: documents).conflicts(datedEvents)
    }

    /// The conflicting figures.
    func conflicts() -> [ConflictGroup] {
        foundConflicts().map(\.group)
    }

    /// The conflicting figures with the kinds and values each group covers.
    func foundConflicts() -> [ConflictFinder.Found] {
        ConflictFinder().groups(figures)
    }
}
