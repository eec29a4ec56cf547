import DocPipe

/// Carries the cross-document cluster of each entity onto every record that names one: entity
/// mentions and quote speakers in each document, the entities of timeline entries' sentences and
/// conflicts' subjects in the corpus results.
///
/// Export's corpus step asks it by key — ``reference(of:label:document:)`` for a name in a
/// document, ``wantedSentences(of:)`` for the cited sentences of a document — while it fills each
/// document's template (``TemplateFiller``), and gives back the clusters of the cited sentences
/// through ``note(_:)``; ``annotate(results:)`` then fills the corpus results. The reports
/// annotate whole documents with ``annotate(_:)`` and ``annotated(_:)``, built on the same lookups.
struct ClusterAnnotator: Sendable {
    /// The clusters mentioned in one cited sentence of a document.
    struct SentenceNote: Sendable {
        /// The key of the document id and sentence index.
        var key: String
        /// The clusters, in order of first mention.
        var clusters: [ClusterReference]
    }

    private let names: ClusterNames
    private var wanted: Set<String> = []
    private var wantedByDocument: [String: [Int]] = [:]
    private var sentenceClusters: [String: [ClusterReference]] = [:]
    private var originals: [String: String] = [:]

    /// Prepares the lookups for the corpus results' clusters and the sentences their timeline cites.
    init(_ results: CorpusResults) {
        names = ClusterNames(results[StandardCorpusKeys.Entities.self] ?? [])
        for record in results[StandardCorpusKeys.Duplicates.self] ?? [] { originals[record.doc] = record.duplicateOf }
        let storyTimelines = (results[StandardCorpusKeys.Stories.self] ?? []).flatMap { $0.timeline ?? [] }
        for entry in (results[StandardCorpusKeys.Timeline.self] ?? []) + storyTimelines {
            wanted.insert(Self.key(entry.doc, entry.index))
            for source in entry.sources ?? [] { wanted.insert(Self.key(source.doc, source.index)) }
        }
        var byDocument: [String: Set<Int>] = [:]
        for entry in (results[StandardCorpusKeys.Timeline.self] ?? []) + storyTimelines {
            byDocument[entry.doc, default: []].insert(entry.index)
            for source in entry.sources ?? [] { byDocument[source.doc, default: []].insert(source.index) }
        }
        wantedByDocument = byDocument.mapValues { $0.sorted() }
    }

    /// Whether the corpus has no clusters (documents are then left as they are).
    var isEmpty: Bool { names.isEmpty }

    /// The cluster of a name (with its label) in a document: the document's own, else, for a
    /// copy of an earlier document, its original's.
    func reference(of name: String?, label: EntityLabel?, document id: String) -> ClusterReference? {
        if let found = names.reference(of: name, in: id, label: label) { return found }
        if let original = originals[id] { return names.reference(of: name, in: original, label: label) }
        return nil
    }

    /// The indices of a document's sentences that a timeline cites, in order.
    func wantedSentences(of id: String) -> [Int] {
        wantedByDocument[id] ?? []
    }

    /// Sets `cluster_id` and `cluster` on the document's entity mentions and `speaker_cluster_id`
    /// and `speaker_cluster` on its quotes; notes the clusters of cited sentences. A copy of an
    /// earlier document (the `duplicates` result) is left out of the corpus clusters' mentions, so
    /// a name it shares with its original takes the original's cluster.
    mutating func annotate(_ document: inout Document) {
        note(annotated(&document))
    }

    /// Annotates the document as ``annotate(_:)`` does, without noting anything here.
    /// - Returns: what ``note(_:)`` is to take, in document order, for ``annotate(results:)``.
    func annotated(_ document: inout Document) -> [SentenceNote] {
        guard !names.isEmpty else { return [] }
        let id = document.id
        func reference(of name: String?, label: EntityLabel?) -> ClusterReference? {
            self.reference(of: name, label: label, document: id)
        }
        var notes: [SentenceNote] = []
        if var mentions = document[StandardLayers.Entities.self] {
            for index in mentions.indices {
                let mention = mentions[index]
                let found = reference(of: mention.canonical, label: mention.label) ?? reference(of: mention.text, label: mention.label)
                mentions[index].clusterID = found?.clusterID
                mentions[index].cluster = found?.cluster
            }
            notes = sentenceNotes(of: document, mentions: mentions)
            document[StandardLayers.Entities.self] = mentions
        }
        if var quotes = document[StandardLayers.Quotes.self], quotes.contains(where: { $0.speaker != nil }) {
            for index in quotes.indices {
                let found = reference(of: quotes[index].speaker, label: quotes[index].speakerLabel)
                quotes[index].speakerClusterID = found?.clusterID
                quotes[index].speakerCluster = found?.cluster
            }
            document[StandardLayers.Quotes.self] = quotes
        }
        return notes
    }

    /// Takes the notes of one document's cited sentences, from ``annotated(_:)``.
    mutating func note(_ notes: [SentenceNote]) {
        for note in notes { sentenceClusters[note.key] = note.clusters }
    }

    /// The results with `entities` on timeline entries (the clusters mentioned in the sentences
    /// they cite, in order of first mention) and `subject_cluster_id`/`subject_cluster` on conflicts.
    func annotate(results: CorpusResults) -> CorpusResults {
        guard !names.isEmpty else { return results }
        var results = results
        if let timeline = results[StandardCorpusKeys.Timeline.self] { results[StandardCorpusKeys.Timeline.self] = annotate(timeline: timeline) }
        if let conflicts = results[StandardCorpusKeys.Conflicts.self] { results[StandardCorpusKeys.Conflicts.self] = annotate(conflicts: conflicts) }
        if var stories = results[StandardCorpusKeys.Stories.self] {
            for index in stories.indices {
                stories[index].timeline = stories[index].timeline.map(annotate(timeline:))
                stories[index].conflicts = stories[index].conflicts.map(annotate(conflicts:))
            }
            results[StandardCorpusKeys.Stories.self] = stories
        }
        return results
    }

    private func annotate(timeline: [TimelineEntry]) -> [TimelineEntry] {
        var timeline = timeline
        for index in timeline.indices {
            let entry = timeline[index]
            var seen: Set<String> = []
            var found: [ClusterReference] = []
            let cited = [(entry.doc, entry.index)] + (entry.sources ?? []).map { ($0.doc, $0.index) }
            for (doc, sentence) in cited {
                for reference in sentenceClusters[Self.key(doc, sentence)] ?? [] where seen.insert(reference.clusterID).inserted {
                    found.append(reference)
                }
            }
            timeline[index].entities = found
        }
        return timeline
    }

    private func annotate(conflicts: [ConflictGroup]) -> [ConflictGroup] {
        var conflicts = conflicts
        for index in conflicts.indices {
            let group = conflicts[index]
            let found = group.figures.lazy.compactMap { names.reference(of: group.subject, in: $0.doc) }.first
                ?? names.reference(anywhere: group.subject)
            conflicts[index].subjectClusterID = found?.clusterID
            conflicts[index].subjectCluster = found?.cluster
        }
        return conflicts
    }

    private func sentenceNotes(of document: Document, mentions: [EntityMention]) -> [SentenceNote] {
        guard !wanted.isEmpty, let sentences = document[StandardLayers.Sentences.self] else { return [] }
        var notes: [SentenceNote] = []
        for (index, sentence) in sentences.enumerated() where wanted.contains(Self.key(document.id, index)) {
            var found: [ClusterReference] = []
            for mention in mentions where mention.start >= sentence.start && mention.end <= sentence.end {
                if let id = mention.clusterID, let name = mention.cluster, !found.contains(where: { $0.clusterID == id }) {
                    found.append(ClusterReference(clusterID: id, cluster: name))
                }
            }
            notes.append(SentenceNote(key: Self.key(document.id, index), clusters: found))
        }
        return notes
    }

    /// The key of a cited sentence: document id and sentence index.
    static func key(_ doc: String, _ index: Int) -> String {
        doc + "\u{0}" + String(index)
    }
}
