/// One story as the clusterer keeps it across runs: its centroid and what its label needs.
struct StoryRecord: Sendable, Codable, Hashable {
    /// The stable id (from the first document's id).
    var id: String
    /// Sum of the members' normalised term vectors.
    var terms: [String: Double] = [:]
    /// Sum of the members' normalised entity vectors.
    var entities: [String: Double] = [:]
    /// Members mentioning each entity.
    var entityDocuments: [String: Int] = [:]
    /// Members mentioning each day.
    var dayDocuments: [String: Int] = [:]
    /// Members, over every run.
    var size = 0
    /// Earliest and latest own date of a member (day numbers), when any member has one.
    var firstDay: Int?
    var lastDay: Int?

    /// The largest number of terms and entities a centroid keeps (the weightiest).
    static let centroidLimit = 200
    /// The largest number of days kept (the most mentioned).
    static let dayLimit = 60

    /// Adds a member's normalised vectors, days and own date.
    mutating func add(terms vector: [String: Double], entities entityVector: [String: Double], contribution: StoryContribution) {
        size += 1
        for (term, weight) in vector { terms[term, default: 0] += weight }
        for (entity, weight) in entityVector { entities[entity, default: 0] += weight }
        for entity in contribution.entities.keys { entityDocuments[entity, default: 0] += 1 }
        for day in contribution.days { dayDocuments[day, default: 0] += 1 }
        if let day = contribution.date.flatMap(CalendarOrdinal.day) {
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        }
        terms = Self.pruned(terms, limit: Self.centroidLimit)
        entities = Self.pruned(entities, limit: Self.centroidLimit)
        entityDocuments = entityDocuments.filter { entities[$0.key] != nil }
        if dayDocuments.count > Self.dayLimit * 2 {
            dayDocuments = Dictionary(uniqueKeysWithValues: dayDocuments.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(Self.dayLimit).map { ($0.key, $0.value) })
        }
    }

    /// The entities that define the story, most members first (ties: weight, then name).
    func definingEntities(_ count: Int) -> [String] {
        entityDocuments.sorted {
            ($0.value, entities[$0.key] ?? 0, $1.key) > ($1.value, entities[$1.key] ?? 0, $0.key)
        }.prefix(count).map { StoryRecord.displayName($0.key) }
    }

    /// The weightiest terms.
    func keyTerms(_ count: Int) -> [String] {
        terms.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count).map(\.key)
    }

    /// The span of the story's days: its members' own dates, else the days at least two members
    /// (or, in a one-document story, the member) mention.
    func dateSpan() -> (first: String, last: String)? {
        if let firstDay, let lastDay { return (CalendarOrdinal.iso(firstDay), CalendarOrdinal.iso(lastDay)) }
        let shared = dayDocuments.filter { $0.value >= min(2, size) }.keys.sorted()
        guard let first = shared.first, let last = shared.last else { return nil }
        return (first, last)
    }

    /// `LABEL:Name` as `Name`.
    static func displayName(_ key: String) -> String {
        guard let colon = key.firstIndex(of: ":") else { return key }
        return String(key[key.index(after: colon)...])
    }

    private static func pruned(_ weights: [String: Double], limit: Int) -> [String: Double] {
        guard weights.count > limit * 2 else { return weights }
        let kept = weights.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit)
        return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }

    enum CodingKeys: String, CodingKey {
        case id, terms, entities, size
        case entityDocuments = "entity_documents"
        case dayDocuments = "day_documents"
        case firstDay = "first_day"
        case lastDay = "last_day"
    }
}
