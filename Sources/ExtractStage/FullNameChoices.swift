/// The full names a shorter person mention may stand for ("Lindqvist" → "Maria Lindqvist"),
/// worked out once per surname and mention shape instead of once per mention, so a name repeated
/// thousands of times in one long text costs a binary search each time rather than a pass over
/// every full mention of it.
struct FullNameChoices {
    /// What makes two mentions have the same compatible full names.
    struct Key: Hashable {
        /// The surname the mention's last word resolves to.
        var surname: String
        /// The number of words of the mention.
        var words: Int
        /// Its first word, when it has more than one (the full name must start with it).
        var firstWord: String?
    }

    /// The full-name mentions compatible with one key.
    struct Compatible {
        /// Their indices among the document's names, in order.
        var indices: [Int]
        /// Their first tokens, parallel to `indices`.
        var firstTokens: [Int]
        /// Whether `firstTokens` is ascending (names come in text order), so it can be searched.
        var ascending: Bool
        /// The largest word count among them.
        var longestWords: Int
        /// The first of them with that many words.
        var firstLongest: Int

        /// The last of them that starts before token `first`.
        func lastPreceding(_ first: Int) -> Int? {
            guard ascending else { return indices.indices.last { firstTokens[$0] < first }.map { indices[$0] } }
            var low = 0, high = firstTokens.count
            while low < high {
                let middle = (low + high) / 2
                if firstTokens[middle] < first { low = middle + 1 } else { high = middle }
            }
            return low > 0 ? indices[low - 1] : nil
        }
    }

    private var known: [Key: Compatible] = [:]

    /// The compatible full names for `key`, computed with `filter` the first time.
    mutating func compatible(
        _ key: Key, _ filter: () -> [Int], firstToken: (Int) -> Int, wordCount: (Int) -> Int
    ) -> Compatible {
        if let found = known[key] { return found }
        let indices = filter()
        let firsts = indices.map(firstToken)
        let ascending = zip(firsts, firsts.dropFirst()).allSatisfy { $0 <= $1 }
        var longestWords = 0, firstLongest = -1
        for index in indices where wordCount(index) > longestWords {
            longestWords = wordCount(index)
            firstLongest = index
        }
        let result = Compatible(indices: indices, firstTokens: firsts, ascending: ascending, longestWords: longestWords, firstLongest: firstLongest)
        known[key] = result
        return result
    }
}
