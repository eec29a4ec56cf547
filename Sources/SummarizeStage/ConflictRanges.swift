/// For each kind of figure, the range of values each of its conflict groups covers, with the
/// group's number (1-based, in the order of ``ConflictFinder/groups(_:)``).
///
/// A group covers a run of a kind's distinct values that are consecutive in sorted order
/// (``ConflictFinder``), so a figure of that kind falls in the group exactly when its value lies
/// between the run's lowest and highest value: one entry per group instead of one per value, which
/// is what the corpus step keeps until export has written the `conflicts` table
/// (``SummarizeStage/conflictFigures(_:numbers:)``). Lookups hold only for values of figures the
/// tally counted.
struct ConflictRanges: Sendable {
    /// One group's values, lowest to highest, and its number.
    struct Range: Sendable {
        /// The run's lowest value.
        var lowest: Double
        /// The run's highest value.
        var highest: Double
        /// The group's number (1-based).
        var number: Int
    }

    /// By kind key (``FigureTally/key(_:)``), its groups' ranges by lowest value.
    private var ranges: [String: [Range]] = [:]

    /// No groups.
    init() {}

    /// The ranges of `found`, numbered in their order.
    init(_ found: [ConflictFinder.Found]) {
        for (offset, conflict) in found.enumerated() {
            guard let lowest = conflict.values.first, let highest = conflict.values.last else { continue }
            ranges[conflict.key, default: []].append(Range(lowest: lowest, highest: highest, number: offset + 1))
        }
        for key in ranges.keys { ranges[key]!.sort { $0.lowest < $1.lowest } }
    }

    /// Whether no kind has a group.
    var isEmpty: Bool { ranges.isEmpty }

    /// The number of the group of kind `key` whose range holds `value`; `nil` when none does.
    func number(key: String, value: Double) -> Int? {
        guard let kind = ranges[key] else { return nil }
        var low = 0, high = kind.count
        while low < high {
            let middle = (low + high) / 2
            if kind[middle].highest < value { low = middle + 1 } else { high = middle }
        }
        guard low < kind.count, kind[low].lowest <= value, value <= kind[low].highest else { return nil }
        return kind[low].number
    }
}
