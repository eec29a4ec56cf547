import DocPipe

/// The corpus's main people, organisations and places (at most ``nodeLimit`` clusters, most
/// mentioned first) and, for each pair, the number of sentences that mention both; counted one
/// document at a time while the export reads the documents, so memory stays bounded by the
/// number of pairs.
struct EntityCooccurrence {
    /// The most entities the graph shows.
    static let nodeLimit = 12

    /// The labels the graph draws: people, organisations, places and facilities.
    static let labels: Set<EntityLabel> = [.person, .org, .gpe, .loc, .fac]

    /// The entities, most mentioned first.
    let clusters: [EntityCluster]

    /// Total mentions of each entity, in the order of ``clusters``.
    let totals: [Int]

    /// Sentences shared by entities `i` and `j` (`i < j`), keyed `i * nodeLimit + j`.
    private(set) var pairs: [Int: Int] = [:]

    private var lookup: [String: [Int]] = [:]

    /// Chooses the main entities among `clusters`.
    init(_ clusters: [EntityCluster]) {
        let chosen = ReportOrdering.clusters(clusters.filter { Self.labels.contains($0.label) }).prefix(Self.nodeLimit)
        self.clusters = Array(chosen)
        totals = chosen.map { $0.mentions.values.reduce(0, +) }
        for (position, cluster) in self.clusters.enumerated() {
            for name in Set(cluster.aliases + [cluster.canonical]) {
                lookup[Self.key(cluster.label, name), default: []].append(position)
            }
        }
    }

    /// The shared sentences of entities `i` and `j`.
    func sentences(_ i: Int, _ j: Int) -> Int {
        pairs[min(i, j) * Self.nodeLimit + max(i, j)] ?? 0
    }

    /// Every pair that shares at least one sentence, most shared first, then by position.
    var edges: [(Int, Int, Int)] {
        pairs.map { ($0.key / Self.nodeLimit, $0.key % Self.nodeLimit, $0.value) }
            .sorted { ($1.2, $0.0, $0.1) < ($0.2, $1.0, $1.1) }
    }

    /// What the graph needs of an entity mention: its label, names, and the sentence holding its
    /// start (``sentence(containing:_:)``), `nil` when none does.
    struct Mention: Sendable, Equatable {
        var label: EntityLabel
        var canonical: String
        var text: String
        var sentence: Int?
    }

    /// The mentions of `document` as the graph needs them (empty without entities or sentences).
    static func mentions(of document: Document) -> [Mention] {
        guard let mentions = document[StandardLayers.Entities.self], let sentences = document[StandardLayers.Sentences.self], !sentences.isEmpty
        else { return [] }
        return mentions.map { Mention(label: $0.label, canonical: $0.canonical, text: $0.text, sentence: sentence(containing: $0.start, sentences)) }
    }

    /// Counts the sentences of `document` that mention two or more of the main entities.
    mutating func add(_ document: Document) {
        add(Self.mentions(of: document), document: document.id)
    }

    /// Counts the sentences of the document with id `document` that mention two or more of the
    /// main entities, from its ``Mention``s.
    mutating func add(_ mentions: [Mention], document: String) {
        guard clusters.count > 1, !mentions.isEmpty else { return }
        var bySentence: [Int: Set<Int>] = [:]
        for mention in mentions {
            guard let sentence = mention.sentence, let node = node(of: mention, in: document) else { continue }
            bySentence[sentence, default: []].insert(node)
        }
        for nodes in bySentence.values where nodes.count > 1 {
            let sorted = nodes.sorted()
            for (offset, first) in sorted.enumerated() {
                for second in sorted[(offset + 1)...] {
                    pairs[first * Self.nodeLimit + second, default: 0] += 1
                }
            }
        }
    }

    private func node(of mention: Mention, in document: String) -> Int? {
        let candidates = (lookup[Self.key(mention.label, mention.canonical)] ?? []) + (lookup[Self.key(mention.label, mention.text)] ?? [])
        return candidates.first { clusters[$0].mentions[document] != nil }
    }

    /// The sentence holding code point `offset` (binary search over sentences in order).
    static func sentence(containing offset: Int, _ sentences: [Span]) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if offset < sentences[middle].start {
                high = middle - 1
            } else if offset >= sentences[middle].end {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }

    private static func key(_ label: EntityLabel, _ name: String) -> String {
        label.rawValue + "\u{0}" + name
    }
}
