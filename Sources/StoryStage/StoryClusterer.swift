import DocPipe
import Foundation

/// Groups documents into stories in one pass in input order: each document joins the most
/// similar story (TF-IDF cosine of terms and of entities against the story's centroid, within
/// a window of days) when the similarity reaches the threshold, else starts a new story.
/// Candidate stories come from an index of the stories' terms and entities, so the work per
/// document is bounded whatever the corpus size.
struct StoryClusterer {
    /// Similarity at or above which a document joins a story.
    var threshold: Double
    /// Weight of entity similarity against term similarity (0-1).
    var entityWeight: Double
    /// Days a document's own date may lie outside a story's span and still join it.
    var maximumGapDays: Int
    /// The state, updated as documents join.
    private(set) var state: StoryState
    private var postings: [String: [Int]] = [:]
    /// Each story's centroid norms (terms, entities), recomputed when the story changes.
    private var norms: [Int: (terms: Double, entities: Double)] = [:]

    /// Stories most recently created that a term's or entity's postings offer as candidates.
    static let postingsScanned = 400
    /// The document terms (weightiest) used to find candidate stories.
    static let lookupTerms = 12
    /// Terms in more than 5% of the documents (and more than this many) find no candidates: they
    /// name no story, and their postings would offer every story.
    static let commonTermFloor = 50

    /// Continues from `state` (empty for a first run).
    init(state: StoryState, threshold: Double, entityWeight: Double, maximumGapDays: Int) {
        self.state = state
        self.threshold = threshold
        self.entityWeight = entityWeight
        self.maximumGapDays = maximumGapDays
        for (index, story) in state.stories.enumerated() {
            for key in story.terms.keys.sorted() { postings["t:" + key, default: []].append(index) }
            for key in story.entities.keys.sorted() { postings["e:" + key, default: []].append(index) }
        }
    }

    /// Assigns every document of a batch, in input order.
    /// - Parameters:
    ///   - batch: `(id, contribution)` in input order.
    ///   - duplicates: copies join their original's story without weighing on it.
    /// - Returns: the story index of each document of the batch.
    mutating func cluster(_ batch: [(id: String, contribution: StoryContribution)], duplicates: DuplicateIndex) -> [String: Int] {
        let fresh = batch.filter { state.assigned[$0.id] == nil && !duplicates.isDuplicate($0.id) }
        for item in fresh {
            state.documents += 1
            for term in item.contribution.terms.keys { state.termDocuments[term, default: 0] += 1 }
            for entity in item.contribution.entities.keys { state.entityDocuments[entity, default: 0] += 1 }
        }
        var result: [String: Int] = [:]
        for (id, contribution) in batch {
            if let known = state.assigned[id] {
                result[id] = known
                continue
            }
            if let original = duplicates.original(of: id), let story = result[original] ?? state.assigned[original] {
                state.stories[story].size += 1
                state.assigned[id] = story
                result[id] = story
                continue
            }
            let terms = normalized(contribution.terms, frequencies: state.termDocuments)
            let entities = normalized(contribution.entities, frequencies: state.entityDocuments)
            let day = contribution.date.flatMap(CalendarOrdinal.day)
            var best: (index: Int, score: Double)?
            for index in candidates(terms: terms, entities: entities) {
                let story = state.stories[index]
                if let day, let first = story.firstDay, let last = story.lastDay,
                   day < first - maximumGapDays || day > last + maximumGapDays { continue }
                let score = similarity(terms, entities, story, norms: norm(of: index))
                if score > (best?.score ?? -1) { best = (index, score) }
            }
            let story: Int
            if let best, best.score >= threshold {
                story = best.index
            } else {
                story = state.stories.count
                state.stories.append(StoryRecord(id: Self.storyID(firstDocument: id)))
            }
            let before = state.stories[story]
            state.stories[story].add(terms: terms, entities: entities, contribution: contribution)
            index(story, before: before)
            norms[story] = nil
            state.assigned[id] = story
            result[id] = story
        }
        return result
    }

    /// `s-` and the first 10 hex digits of the SHA-256 of the story's first document id.
    static func storyID(firstDocument: String) -> String {
        "s-" + SHA256.hex(firstDocument).prefix(10)
    }

    private func similarity(_ terms: [String: Double], _ entities: [String: Double], _ story: StoryRecord, norms: (terms: Double, entities: Double)) -> Double {
        let termScore = cosine(terms, story.terms, norm: norms.terms)
        guard !entities.isEmpty, !story.entities.isEmpty else { return termScore * (1 - entityWeight / 2) }
        return (1 - entityWeight) * termScore + entityWeight * cosine(entities, story.entities, norm: norms.entities)
    }

    private mutating func norm(of story: Int) -> (terms: Double, entities: Double) {
        if let known = norms[story] { return known }
        func length(_ vector: [String: Double]) -> Double { vector.values.sorted().reduce(0) { $0 + $1 * $1 }.squareRoot() }
        let computed = (length(state.stories[story].terms), length(state.stories[story].entities))
        norms[story] = computed
        return computed
    }

    private func candidates(terms: [String: Double], entities: [String: Double]) -> [Int] {
        var found: Set<Int> = []
        let common = max(Self.commonTermFloor, state.documents / 20)
        let keys = terms.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .filter { state.termDocuments[$0.key, default: 0] <= common }
            .prefix(Self.lookupTerms).map { "t:" + $0.key }
            + entities.keys.sorted().map { "e:" + $0 }
        for key in keys {
            for index in (postings[key] ?? []).suffix(Self.postingsScanned) { found.insert(index) }
        }
        return found.sorted()
    }

    private mutating func index(_ story: Int, before: StoryRecord) {
        for key in state.stories[story].terms.keys.sorted() where before.terms[key] == nil {
            postings["t:" + key, default: []].append(story)
        }
        for key in state.stories[story].entities.keys.sorted() where before.entities[key] == nil {
            postings["e:" + key, default: []].append(story)
        }
    }

    private func normalized(_ counts: [String: Int], frequencies: [String: Int]) -> [String: Double] {
        let documents = Double(max(state.documents, 1))
        var vector: [String: Double] = [:]
        for (key, count) in counts {
            let idf = log((documents + 1) / Double(frequencies[key, default: 0] + 1)) + 1
            vector[key] = (1 + log(Double(count))) * idf
        }
        let norm = vector.values.sorted().reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return [:] }
        return vector.mapValues { $0 / norm }
    }

    private func cosine(_ vector: [String: Double], _ centroid: [String: Double], norm: Double) -> Double {
        var dot = 0.0
        for key in vector.keys.sorted() { dot += vector[key]! * (centroid[key] ?? 0) }
        return norm > 0 ? dot / norm : 0
    }
}
