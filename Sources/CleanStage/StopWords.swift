/// English function words, the stop-word feature of boilerplate classification (as in jusText):
/// prose has a high share of them, menus, headlines and credits a low one.
///
/// Words are looked up as packed integers (five bits per ASCII letter) in a small hash table, so
/// counting them in a hot loop allocates nothing.
enum StopWords {
    static let list: [String] = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if",
        "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my",
        "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
        "ourselves", "out", "over", "own", "same", "shall", "she", "should", "since", "so", "some", "still", "such",
        "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "though", "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what",
        "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "it's", "don't", "doesn't",
        "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "won't", "wouldn't", "couldn't", "shouldn't",
        "hasn't", "haven't", "hadn't", "that's", "there's", "he's", "she's", "they're", "we're", "i'm", "you're",
        "i've", "we've", "they've", "let's", "what's", "who's",
    ]

    /// The list, packed, in an open-addressing table of 1024 slots (0 marks an empty slot).
    static let table: [UInt64] = {
        var slots = [UInt64](repeating: 0, count: 1024)
        for word in list {
            guard let key = pack(Array(word.unicodeScalars)[...]) else { continue }
            var slot = StopWords.slot(key)
            while slots[slot] != 0 { slot = (slot + 1) & 1023 }
            slots[slot] = key
        }
        return slots
    }()

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54)
    }

    /// Packs a word of at most 12 ASCII letters and apostrophes (either `'` or `’`), case-insensitively.
    /// - Returns: the packed word, or `nil` when the word cannot be a stop word.
    static func pack(_ word: ArraySlice<Unicode.Scalar>) -> UInt64? {
        guard word.count <= 12 else { return nil }
        var packed: UInt64 = 0
        for scalar in word {
            let code = self.code(scalar)
            if code == 0 { return nil }
            packed = packed << 5 | code
        }
        return packed
    }

    /// The five-bit code of a letter or apostrophe, 0 for any other code point.
    @inline(__always)
    static func code(_ scalar: Unicode.Scalar) -> UInt64 {
        let value = scalar.value
        if value >= 0x61 && value <= 0x7A { return UInt64(value - 0x60) }
        if value >= 0x41 && value <= 0x5A { return UInt64(value - 0x40) }
        return value == 0x27 || value == 0x2019 ? 27 : 0
    }

    /// Whether a word is a stop word.
    static func contains(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let key = pack(word) else { return false }
        return contains(packed: key)
    }

    /// Whether a packed word (see ``pack(_:)``) is a stop word.
    @inline(__always)
    static func contains(packed key: UInt64) -> Bool {
        let slots = table
        var slot = self.slot(key)
        while true {
            let found = slots[slot]
            if found == key { return true }
            if found == 0 { return false }
            slot = (slot + 1) & 1023
        }
    }
}
