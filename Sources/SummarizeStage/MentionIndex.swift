import DocPipe

/// A document's entity mentions indexed by start, to find those inside a sentence without
/// reading them all for each sentence.
struct MentionIndex {
    private let mentions: [EntityMention]
    /// Positions in `mentions`, ordered by start (then position).
    private let byStart: [Int]

    /// Indexes mentions.
    init(_ mentions: [EntityMention]) {
        self.mentions = mentions
        byStart = mentions.indices.sorted { (mentions[$0].start, $0) < (mentions[$1].start, $1) }
    }

    /// The mentions that lie inside `span`, in their original order.
    func mentions(inside span: Span) -> [EntityMention] {
        var low = 0, high = byStart.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[byStart[middle]].start < span.start { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        var position = low
        while position < byStart.count, mentions[byStart[position]].start <= span.end {
            let index = byStart[position]
            if mentions[index].end <= span.end { found.append(index) }
            position += 1
        }
        return found.sorted().map { mentions[$0] }
    }
}
