import DocPipe
import Foundation

/// Groups the corpus into stories (events) from each document's entities, dates and key terms:
/// one pass in input order against the stories so far, continued across runs through a state
/// file, so a new batch joins existing stories instead of re-clustering the corpus.
public struct StoryStage: CorpusContributor {
    /// The stories stage's options.
    public struct Options: StageOptions {
        /// Similarity at or above which a document joins a story.
        @Option(help: "Similarity (0-1) at or above which a document joins the most similar story; below it, it starts a new story. Higher: smaller, tighter stories.")
        public var similarity = 0.3
        /// Weight of shared entities against shared terms.
        @Option(help: "Weight (0-1) of shared entities against shared key terms in the similarity.")
        public var entity_weight = 0.5
        /// Days a document may lie outside a story's dates and still join it.
        @Option(help: "A document whose own date lies more than this many days outside a story's dates never joins it.")
        public var max_gap_days = 14
        /// The state file, relative to the output folder.
        @Option(help: "File (relative to the output folder) where the stories are kept between runs, so a new batch joins them; empty: no state, every run starts afresh.")
        public var state = "stories-state.json"
        /// Content words per document compared.
        @Option(help: "Most frequent content words per document that take part in the comparison.")
        public var terms = 40

        /// Creates the defaults.
        public init() {}
    }

    /// `stories`.
    public static let name = "stories"
    /// What the stage does.
    public static let abstract = "Groups documents into stories from their entities, dates and key terms (incremental)."
    /// The stage version.
    public static let version = "1"
    /// Needs entities and dates.
    public static let reads = ["entities", "dates"]

    let options: Options
    let stateFile: URL?

    /// Creates the stage.
    /// - Throws: ``StageError`` when an option is out of range.
    public init(options: Options, context: StageContext) throws {
        guard (0...1).contains(options.similarity) else { throw StageError("'similarity' must be between 0 and 1, got \(options.similarity)") }
        guard (0...1).contains(options.entity_weight) else { throw StageError("'entity_weight' must be between 0 and 1, got \(options.entity_weight)") }
        guard options.max_gap_days >= 0 else { throw StageError("'max_gap_days' must not be negative, got \(options.max_gap_days)") }
        guard options.terms >= 1 else { throw StageError("'terms' must be at least 1, got \(options.terms)") }
        self.options = options
        stateFile = options.state.isEmpty ? nil : context.outputDirectory.appendingPathComponent(options.state)
    }

    /// Leaves the document as it is; the work happens in ``contribution(of:)``.
    public func process(_ document: inout Document) throws {}

    /// The document's content words, entities, own date and mentioned days.
    public func contribution(of document: Document) throws -> StoryContribution {
        var entities: [String: Int] = [:]
        for mention in document[StandardLayers.Entities.self] ?? [] where mention.label != .misc {
            entities["\(mention.label.rawValue):\(mention.canonical)", default: 0] += 1
        }
        var days: Set<String> = []
        for mention in document[StandardLayers.Dates.self] ?? [] {
            guard let value = mention.value, value.count == 10, CalendarOrdinal.day(value) != nil else { continue }
            days.insert(value)
        }
        let title = document.metadata.title.map { $0 + ". " } ?? ""
        return StoryContribution(
            terms: StoryTerms.counts(in: title + document.text, limit: options.terms), entities: entities,
            date: document.metadata.date.flatMap(WrittenDate.day), days: days.sorted())
    }

    /// Writes the `stories` result (largest first, then earliest) and the state file.
    /// - Throws: when the contributions or the state file cannot be read, or the state cannot be written.
    public func finish(_ corpus: inout Corpus, contributions: ContributionStream<StoryContribution>) throws {
        var batch: [(id: String, contribution: StoryContribution)] = []
        try contributions.forEach { batch.append(($0, $1)) }
        let previous = try stateFile.flatMap(StoryState.read) ?? StoryState()
        var clusterer = StoryClusterer(
            state: previous, threshold: options.similarity, entityWeight: options.entity_weight, maximumGapDays: options.max_gap_days)
        let assigned = clusterer.cluster(batch, duplicates: DuplicateIndex(corpus.results))
        var members: [Int: [String]] = [:]
        for (id, _) in batch { if let story = assigned[id] { members[story, default: []].append(id) } }
        let stories = members.keys.sorted().map { index -> Story in
            let record = clusterer.state.stories[index]
            let span = record.dateSpan()
            let entities = record.definingEntities(5)
            var label = entities.prefix(3).joined(separator: ", ")
            if label.isEmpty { label = record.keyTerms(3).joined(separator: ", ") }
            if let span { label += " · " + (span.first == span.last ? span.first : "\(span.first)–\(span.last)") }
            return Story(
                id: record.id, label: label, documents: members[index]!, entities: entities, terms: record.keyTerms(8),
                firstDate: span?.first, lastDate: span?.last)
        }
        corpus.results[StandardCorpusKeys.Stories.self] = stories.sorted {
            ($1.documents.count, $0.firstDate ?? "9999", $0.id) < ($0.documents.count, $1.firstDate ?? "9999", $1.id)
        }
        if let stateFile { try clusterer.state.write(stateFile) }
    }
}
