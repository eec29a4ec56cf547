import DocPipe

/// Finds events that different sources date differently: two dated sentences of different
/// documents whose dates are different days at most `maximumDays` apart, whose event words have
/// the same stem ("appeal", "appealed") and whose TF-IDF cosine reaches `minimumSimilarity`.
/// Sentences linked this way form one conflict; conflicts are ordered by their first date.
struct DateConflictFinder {
    /// One day-precision date in a sentence, with the word that names the event it dates.
    struct DatedEvent: Sendable, Codable {
        /// The ISO day.
        var date: String
        /// The sentence.
        var sentence: CorpusSentence
        /// The event word as written (lower-cased).
        var word: String
        /// The event word's stem.
        var stem: String
    }

    /// The farthest apart two dates of one event may be (further apart, they are two events).
    var maximumDays = 7
    /// The cosine two sentences must reach to tell the same event.
    var minimumSimilarity = 0.15
    /// Term document frequencies over the corpus.
    var documentFrequency: [String: Int]
    /// Documents in the corpus.
    var documents: Int

    /// The conflicts among dated events.
    func conflicts(_ events: [DatedEvent]) -> [DateConflict] {
        var weighting = CorpusVectors(documentFrequency: documentFrequency, documents: documents)
        let vectors = events.map { weighting.vector($0.sentence) }
        var parent = Array(events.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { i = parent[i] }
            return i
        }
        var linked = Set<Int>()
        let days = events.map { CalendarDays.range(of: $0.date)?.lowerBound }
        let byStem = Dictionary(grouping: events.indices, by: { events[$0].stem })
        for (_, members) in byStem where members.count > 1 {
            for (k, i) in members.enumerated() {
                guard let dayA = days[i] else { continue }
                for j in members[(k + 1)...] {
                    let a = events[i], b = events[j]
                    guard a.sentence.documentOrder != b.sentence.documentOrder, let dayB = days[j], a.date != b.date,
                          abs(dayA - dayB) <= maximumDays, root(i) != root(j),
                          vectors[i].cosine(vectors[j]) >= minimumSimilarity
                    else { continue }
                    parent[root(j)] = root(i)
                    linked.insert(i)
                    linked.insert(j)
                }
            }
        }
        let groups = Dictionary(grouping: linked.sorted(), by: root)
        return groups.values.compactMap { members -> DateConflict? in
            let ordered = members.sorted {
                (events[$0].date, events[$0].sentence.documentOrder, events[$0].sentence.index)
                    < (events[$1].date, events[$1].sentence.documentOrder, events[$1].sentence.index)
            }
            guard Set(ordered.map { events[$0].date }).count > 1 else { return nil }
            let first = members.min { (events[$0].sentence.documentOrder, events[$0].sentence.index) < (events[$1].sentence.documentOrder, events[$1].sentence.index) }!
            return DateConflict(
                event: events[first].word,
                dates: ordered.map { ReportedDate(date: events[$0].date, doc: events[$0].sentence.doc, text: events[$0].sentence.text, index: events[$0].sentence.index) })
        }.sorted { ($0.dates[0].date, $0.dates[0].doc, $0.dates[0].index) < ($1.dates[0].date, $1.dates[0].doc, $1.dates[0].index) }
    }
}
