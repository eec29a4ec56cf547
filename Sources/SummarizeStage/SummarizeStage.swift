import DocPipe
import Foundation

/// Summarizes each article extractively and, across the corpus, writes a cited corpus summary,
/// a timeline of dated events and the figures that sources report differently.
public struct SummarizeStage: CorpusContributor {
    /// The summarize stage's options.
    public struct Options: StageOptions {
        /// Sentences per article summary.
        @Option(help: "Sentences per article summary (3 when neither words nor ratio is set). A document's metadata key summary_sentences overrides it.")
        public var sentences: Int? = nil
        /// Word budget per article summary.
        @Option(help: "Word budget per article summary: as many whole sentences as fit (at least one). Exclusive with sentences and ratio.")
        public var words: Int? = nil
        /// Share of the sentences per article summary.
        @Option(help: "Share of the article's eligible sentences to keep, in (0, 1]. Exclusive with sentences and words.")
        public var ratio: Double? = nil
        /// Shortest sentence, in words, that may be chosen.
        @Option(help: "Sentences with fewer words are never chosen.")
        public var min_words = 5
        /// Highest similarity allowed between two chosen sentences.
        @Option(help: "Two chosen sentences never have a TF-IDF cosine above this (0-1).")
        public var redundancy = 0.5
        /// The scoring style.
        @Option(help: "Scoring style: balanced (centrality, term-frequency mass, lead prior; fuller summaries) or lead (strong lead prior and PacSum directed centrality; short highlight-like summaries).")
        public var style = "balanced"
        /// Whether news-shaped articles get the news weights.
        @Option(help: "Recognise news-shaped articles (a lede at the top, several sentences; style balanced only) and weigh them for news: short items with paragraphs by TextRank-style overlap centrality and length, long stories and flat text by a strong lead prior. false: one weighting for every text. Setting position_weight or frequency_weight turns it off.")
        public var news = true
        /// Weight of the lead-position prior.
        @Option(help: "Weight of the lead-position prior, overriding the style's (balanced 2, lead 4; 0 = position-blind).")
        public var position_weight: Double? = nil
        /// Weight of term-frequency mass.
        @Option(help: "Weight of term-frequency mass, overriding the style's (balanced 1, lead 0): how often a sentence's terms recur in the article.")
        public var frequency_weight: Double? = nil
        /// Sentences in the corpus summary.
        @Option(help: "Sentences in the corpus summary (0 = no corpus summary).")
        public var corpus_sentences = 5
        /// Candidate sentences taken from each document for the corpus summary.
        @Option(help: "Best sentences per document that compete for the corpus summary.")
        public var corpus_candidates = 10
        /// Coarsest date precision on the timeline.
        @Option(help: "Coarsest date precision kept on the timeline: day, month or year.")
        public var timeline_min_precision = "day"
        /// Window around the reference date for the timeline.
        @Option(help: "Keep timeline dates within this many days of the document's date or the run's reference_date (0 = no window).")
        public var timeline_window_days = 366
        /// Similarity above which two sources' sentences on the same date are one event.
        @Option(help: "Two sentences with the same date and a TF-IDF cosine at or above this are one timeline event.")
        public var timeline_merge_similarity = 0.15
        /// Whether to look for conflicting figures and dates.
        @Option(help: "Group figures and event dates that different documents report differently (the conflicts and date_conflicts results).")
        public var conflicts = true

        /// Creates the defaults.
        public init() {}
    }

    /// `summarize`.
    public static let name = "summarize"
    /// What the stage does.
    public static let abstract = "Extractive article summaries; corpus summary, timeline and conflicting figures."
    /// The stage version.
    public static let version = "5"
    /// Needs sentences.
    public static let reads = ["sentences"]
    /// Writes the summary layer.
    public static let writes = ["summary"]
    /// English only: sentence scoring uses English stop words and date and figure words, and the
    /// timeline and conflicting figures read English dates and numbers.
    public static let languages: [String]? = ["en"]

    /// The corpus step reads only the stories and the duplicates of earlier steps (the entity
    /// clusters are set aside on disk while it runs).
    public static let corpusResultsRead: Set<String>? = [StandardCorpusKeys.Stories.name, StandardCorpusKeys.Duplicates.name]

    /// The metadata key whose integer value overrides the sentence count for one document.
    public static let sentencesOverrideKey = "summary_sentences"

    let length: SummaryLength
    let summarizer: ArticleSummarizer
    let corpusOptions: CorpusOptions
    /// Each document's analysis from `process`, taken again by `contribution`.
    private let analyses = AnalysisMemo()
    /// Where the corpus step's scratch file of figures goes (``FigureRecords``).
    private let outputDirectory: URL

    /// Creates the stage.
    /// - Parameters:
    ///   - options: the decoded options.
    ///   - context: the run context (its reference date anchors the timeline window).
    /// - Throws: ``StageError`` when more than one length option is set or a value is out of range.
    public init(options: Options, context: StageContext) throws {
        let set = [options.sentences != nil, options.words != nil, options.ratio != nil].filter { $0 }.count
        guard set <= 1 else {
            throw StageError("set only one of 'sentences', 'words' and 'ratio' (they are different ways to give the summary length)")
        }
        if let n = options.sentences {
            guard n >= 1 else { throw StageError("'sentences' must be at least 1, got \(n)") }
            length = .sentences(n)
        } else if let w = options.words {
            guard w >= 1 else { throw StageError("'words' must be at least 1, got \(w)") }
            length = .words(w)
        } else if let r = options.ratio {
            guard r > 0, r <= 1 else { throw StageError("'ratio' must be in (0, 1], got \(r)") }
            length = .ratio(r)
        } else {
            length = .sentences(3)
        }
        guard options.min_words >= 1 else { throw StageError("'min_words' must be at least 1, got \(options.min_words)") }
        guard (0...1).contains(options.redundancy) else { throw StageError("'redundancy' must be between 0 and 1, got \(options.redundancy)") }
        guard options.position_weight ?? 0 >= 0 else { throw StageError("'position_weight' must not be negative, got \(options.position_weight ?? 0)") }
        guard options.frequency_weight ?? 0 >= 0 else { throw StageError("'frequency_weight' must not be negative, got \(options.frequency_weight ?? 0)") }
        guard options.corpus_sentences >= 0 else { throw StageError("'corpus_sentences' must not be negative, got \(options.corpus_sentences)") }
        guard options.corpus_candidates >= 1 else { throw StageError("'corpus_candidates' must be at least 1, got \(options.corpus_candidates)") }
        guard let precision = DatePrecision(rawValue: options.timeline_min_precision) else {
            throw StageError("'timeline_min_precision' must be day, month or year, got '\(options.timeline_min_precision)'")
        }
        guard options.timeline_window_days >= 0 else { throw StageError("'timeline_window_days' must not be negative, got \(options.timeline_window_days)") }
        guard (0...1).contains(options.timeline_merge_similarity) else {
            throw StageError("'timeline_merge_similarity' must be between 0 and 1, got \(options.timeline_merge_similarity)")
        }
        var parameters: SummaryParameters
        switch options.style {
        case "balanced": parameters = .balanced
        case "lead": parameters = .lead
        default: throw StageError("'style' must be balanced or lead, got '\(options.style)'")
        }
        parameters.minimumWords = options.min_words
        parameters.redundancy = options.redundancy
        if let weight = options.position_weight { parameters.positionWeight = weight }
        if let weight = options.frequency_weight { parameters.frequencyWeight = weight }
        if options.position_weight != nil || options.frequency_weight != nil || !options.news { parameters.recognisesNews = false }
        summarizer = ArticleSummarizer(parameters: parameters)
        outputDirectory = context.outputDirectory
        corpusOptions = CorpusOptions(
            summarySentences: options.corpus_sentences, candidatesPerDocument: options.corpus_candidates,
            timelinePrecision: precision, timelineWindowDays: options.timeline_window_days,
            referenceDate: context.referenceDate, timelineMergeSimilarity: options.timeline_merge_similarity,
            redundancy: options.redundancy, findConflicts: options.conflicts, threads: context.jobs)
    }

    /// Writes the `summary` layer: the chosen sentence indices, ascending, and their text.
    /// - Throws: ``StageError`` when the document's `summary_sentences` metadata is not a positive integer.
    public func process(_ document: inout Document) throws {
        let spans = document[StandardLayers.Sentences.self] ?? []
        let scalars = Array(document.text.unicodeScalars)
        let title = document.metadata.title
        let excluded = BoilerplateFilter.excludedSentences(document, scalars: scalars, spans: spans)
        let length = try length(for: document)
        let analysis = summarizer.analyze(scalars: scalars, spans: spans, title: title, excluded: excluded)
        let result = summarizer.summarize(scalars: scalars, spans: spans, title: title, excluded: excluded, length: length, analysis: analysis)
        analyses.keep(analysis, id: document.id, scalars: scalars, spans: spans, title: title, excluded: excluded)
        let text = result.chosen.map { ScalarString.make(scalars[clamped(spans[$0], scalars.count)]) }
        document[StandardLayers.SummaryLayer.self] = Summary(
            sentences: result.chosen, text: text.map { $0.trimmingSpaces }.joined(separator: " "))
    }

    /// What the corpus step needs from one document: its best sentences, dated sentences,
    /// figures and terms.
    public func contribution(of document: Document) throws -> SummaryContribution {
        CorpusAnalysis.contribution(of: document, options: corpusOptions, summarizer: summarizer, analyses: analyses)
    }

    /// Writes the corpus summary, the timeline and the conflicting figures and the conflicting
    /// dates from every document's contribution.
    /// - Throws: an error when the stored contributions cannot be read.
    ///
    /// Documents that copy an earlier one (the `duplicates` result of `dedup`) are counted once:
    /// their contributions are left out and each citation lists them as `copies`. When `stories`
    /// ran before, each story gets its own summary, timeline and conflicts too; with two or more
    /// stories, the corpus summary is then made of the largest stories' most important facts
    /// (``StoryDigest``), each story's weighed by ``StoryTermWeights``.
    public func finish(_ corpus: inout Corpus, contributions: ContributionStream<SummaryContribution>) throws {
        let duplicates = DuplicateIndex(corpus.results)
        var stories = corpus.results[StandardCorpusKeys.Stories.self] ?? []
        var storyOf: [String: Int] = [:]
        for (number, story) in stories.enumerated() { for doc in story.documents { storyOf[doc] = number } }
        var analysis = CorpusAnalysis(options: corpusOptions, summarizer: summarizer)
        var perStory = stories.map { _ in CorpusAnalysis(options: corpusOptions, summarizer: summarizer) }
        var storyDocuments = [Int](repeating: 0, count: stories.count)
        let figures = FigureRecords(outputDirectory: outputDirectory)
        try contributions.forEach { id, contribution in
            if let number = storyOf[id] { storyDocuments[number] += 1 }
            guard !duplicates.isDuplicate(id) else { return }
            analysis.add(contribution, id: id)
            if let number = storyOf[id] { perStory[number].add(contribution, id: id) }
            try figures.add(contribution.figures, id: id)
        }
        try figures.finishAdding()
        analysis.keepBestCandidates()
        for number in perStory.indices { perStory[number].keepBestCandidates() }
        MemoryProbe.note("summarize: contributions read, \(analysis.candidates.count) candidates, \(analysis.documentFrequency.count) terms")
        let storyWeights = weightsOverStories(perStory)
        if let storyWeights {
            for number in perStory.indices { perStory[number].termWeights = storyWeights.weights }
            analysis.buildsSummary = false
        }
        let citations = CopyCitations(duplicates: duplicates)
        let conflicts = AnalysisResults.conflicts([analysis] + perStory, threads: corpusOptions.threads)
        analysis.releaseConflictState()
        for number in perStory.indices { perStory[number].releaseConflictState() }
        MemoryProbe.note("summarize: conflicts found, figure tally released")
        let results = try FigureTexts.fill(
            AnalysisResults.compute([analysis] + perStory, conflicts: conflicts, threads: corpusOptions.threads), from: figures)
        MemoryProbe.note("summarize: results computed")
        let whole = results[0]
        if let summary = whole.summary { corpus.results[StandardCorpusKeys.Summary.self] = citations.summary(summary) }
        if let storyWeights {
            let digest = StoryDigest(
                sentences: corpusOptions.summarySentences, redundancy: corpusOptions.redundancy,
                documentFrequency: analysis.documentFrequency, documents: analysis.documents, termWeights: storyWeights.weights)
            let summary = digest.summary(
                perStory.indices.map { number in
                    StoryDigest.Story(
                        sources: perStory[number].documents, documents: storyDocuments[number],
                        picks: results[number + 1].picks, agreements: results[number + 1].summary?.agreements ?? [])
                },
                disagreements: CorpusSummaryBuilder.disagreements(conflicts: whole.conflicts, dateConflicts: whole.dateConflicts))
            corpus.results[StandardCorpusKeys.Summary.self] = citations.summary(summary)
        }
        corpus.results[StandardCorpusKeys.Timeline.self] = citations.timeline(whole.timeline)
        if corpusOptions.findConflicts {
            corpus.results[StandardCorpusKeys.Conflicts.self] = citations.conflicts(whole.conflicts)
            corpus.conflictFigures = Self.conflictFigures(figures, numbers: whole.conflictNumbers)
            corpus.results[StandardCorpusKeys.DateConflicts.self] = citations.dateConflicts(whole.dateConflicts)
        }
        guard !stories.isEmpty else { return }
        for number in stories.indices {
            let story = results[number + 1]
            if let summary = story.summary { stories[number].summary = citations.summary(summary) }
            stories[number].timeline = citations.timeline(story.timeline)
            if corpusOptions.findConflicts {
                stories[number].conflicts = citations.conflicts(story.conflicts)
                stories[number].dateConflicts = citations.dateConflicts(story.dateConflicts)
            }
        }
        corpus.results[StandardCorpusKeys.Stories.self] = stories
    }

    /// Every figure of the conflict groups, found again in the figures the corpus step set aside
    /// (documents that are not copies) each time the stream is walked: once per sentence and
    /// value, whose kind and value fall in a group.
    static func conflictFigures(_ figures: FigureRecords, numbers: ConflictRanges) -> ConflictFigureStream {
        ConflictFigureStream { body in
            guard !numbers.isEmpty else { return }
            try figures.forEach { id, figures in
                var seen: Set<String> = []
                for figure in figures {
                    let key = FigureTally.key(figure)
                    guard let number = numbers.number(key: key, value: figure.value),
                          seen.insert("\(key) \(figure.sentence.index) \(figure.value)").inserted else { continue }
                    try body(ConflictFigure(
                        group: number,
                        figure: ReportedFigure(value: figure.value, unit: figure.unit, doc: id, text: figure.sentence.text, index: figure.sentence.index)))
                }
                return true
            }
        }
    }

    /// The weights over stories when the corpus summary is composed from the stories' (two or more
    /// stories with documents, and a corpus summary asked for); `nil` otherwise.
    private func weightsOverStories(_ perStory: [CorpusAnalysis]) -> StoryTermWeights? {
        let told = perStory.filter { $0.documents > 0 }
        guard corpusOptions.summarySentences > 0, told.count >= 2 else { return nil }
        return StoryTermWeights(stories: told.map(\.documentFrequency.keys))
    }

    private func length(for document: Document) throws -> SummaryLength {
        guard let value = document.metadata.extra[Self.sentencesOverrideKey] else { return length }
        guard case .integer(let n) = value, n >= 1 else {
            throw StageError("metadata '\(Self.sentencesOverrideKey)' must be a positive integer")
        }
        return .sentences(Int(n))
    }

    private func clamped(_ span: Span, _ count: Int) -> Range<Int> {
        let start = max(0, min(span.start, count))
        return start..<max(start, min(span.end, count))
    }
}


