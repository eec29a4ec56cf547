import DocPipe

/// Orders dated sentences into a timeline and merges the same event told by several sources.
///
/// Two sentences are one event when they come from different documents, carry the same date value
/// and their TF-IDF cosine (corpus document frequencies) reaches `mergeSimilarity` with some
/// sentence already in the event. Sentences of one document are never merged: a source tells an
/// event once, so two of its sentences on one date are two events.
struct TimelineBuilder {
    /// The cosine at or above which two same-date sentences are one event.
    var mergeSimilarity: Double
    /// Term document frequencies over the corpus.
    var documentFrequency: [String: Int]
    /// Documents in the corpus.
    var documents: Int

    /// Builds the timeline.
    /// - Parameter dated: sentences with the ISO date they mention.
    /// - Returns: entries ordered by date, then document order, then sentence index.
    func build(_ dated: [(date: String, sentence: CorpusSentence, inferred: Bool)]) -> [TimelineEntry] {
        var weighting = CorpusVectors(documentFrequency: documentFrequency, documents: documents)
        let ordered = dated.sorted {
            ($0.date, $0.sentence.documentOrder, $0.sentence.index) < ($1.date, $1.sentence.documentOrder, $1.sentence.index)
        }
        let vectors = ordered.map { weighting.vector($0.sentence) }
        var events: [[Int]] = []
        var eventDocuments: [Set<Int>] = []
        var eventsByDate: [String: [Int]] = [:]
        for (i, item) in ordered.enumerated() {
            let match = eventsByDate[item.date, default: []].first { event in
                !eventDocuments[event].contains(item.sentence.documentOrder)
                    && events[event].contains { vectors[$0].cosine(vectors[i]) >= mergeSimilarity }
            }
            if let match {
                events[match].append(i)
                eventDocuments[match].insert(item.sentence.documentOrder)
            } else {
                eventsByDate[item.date, default: []].append(events.count)
                events.append([i])
                eventDocuments.append([item.sentence.documentOrder])
            }
        }
        return events.map { members in
            let first = ordered[members[0]]
            let documentsReporting = Set(members.map { ordered[$0].sentence.documentOrder })
            let sources = documentsReporting.count > 1
                ? members.map { ordered[$0].sentence }.map { CitedSentence(doc: $0.doc, index: $0.index, text: $0.text) }
                : nil
            return TimelineEntry(
                date: first.date, text: first.sentence.text, doc: first.sentence.doc, index: first.sentence.index, sources: sources,
                inferred: members.allSatisfy { ordered[$0].inferred } ? true : nil)
        }
    }
}
