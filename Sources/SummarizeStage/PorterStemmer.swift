/// The Porter (1980) suffix-stripping stemmer for lower-case ASCII English words, so that
/// "protesters", "protested" and "protests" weigh as one term.
enum PorterStemmer {
    /// The stem of a lower-case word; words with non-ASCII letters or of two letters or fewer come back unchanged.
    /// - Parameter word: the word's UTF-8 bytes, lower-case.
    /// - Returns: the stem's bytes.
    static func stem(_ word: [UInt8]) -> [UInt8] {
        guard word.count > 2, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var w = Word(word)
        w.step1a()
        w.step1b()
        w.step1c()
        w.step2()
        w.step3()
        w.step4()
        w.step5()
        return w.b
    }

    private struct Word {
        var b: [UInt8]

        init(_ bytes: [UInt8]) { b = bytes }

        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case 0x61, 0x65, 0x69, 0x6F, 0x75: return false
            case 0x79: return i == 0 ? true : !isConsonant(i - 1)
            default: return true
            }
        }

        /// The measure m of b[0..<end]: the number of vowel-consonant sequences.
        func measure(_ end: Int) -> Int {
            var m = 0, i = 0
            while i < end && isConsonant(i) { i += 1 }
            while i < end {
                while i < end && !isConsonant(i) { i += 1 }
                if i >= end { break }
                while i < end && isConsonant(i) { i += 1 }
                m += 1
            }
            return m
        }

        func hasVowel(_ end: Int) -> Bool {
            (0..<end).contains { !isConsonant($0) }
        }

        func endsDoubleConsonant(_ end: Int) -> Bool {
            end >= 2 && b[end - 1] == b[end - 2] && isConsonant(end - 1)
        }

        /// Consonant-vowel-consonant ending, the last not w, x or y.
        func endsCVC(_ end: Int) -> Bool {
            guard end >= 3, isConsonant(end - 1), !isConsonant(end - 2), isConsonant(end - 3) else { return false }
            let last = b[end - 1]
            return last != 0x77 && last != 0x78 && last != 0x79
        }

        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            return b.count >= s.count && Array(b[(b.count - s.count)...]) == s
        }

        mutating func replace(_ suffix: String, _ replacement: String) {
            b.removeLast(suffix.utf8.count)
            b.append(contentsOf: replacement.utf8)
        }

        /// Replaces `suffix` when the stem before it has measure above `minimum`; true when the suffix matched.
        mutating func rule(_ suffix: String, _ replacement: String, minimum: Int) -> Bool {
            guard ends(suffix) else { return false }
            if measure(b.count - suffix.utf8.count) > minimum { replace(suffix, replacement) }
            return true
        }

        mutating func step1a() {
            if ends("sses") { replace("sses", "ss") }
            else if ends("ies") { replace("ies", "i") }
            else if ends("ss") { return }
            else if ends("s") { b.removeLast() }
        }

        mutating func step1b() {
            if ends("eed") {
                if measure(b.count - 3) > 0 { b.removeLast() }
                return
            }
            var removed = false
            for suffix in ["ed", "ing"] where ends(suffix) && hasVowel(b.count - suffix.utf8.count) {
                b.removeLast(suffix.utf8.count)
                removed = true
                break
            }
            guard removed else { return }
            if ends("at") || ends("bl") || ends("iz") {
                b.append(0x65)
            } else if endsDoubleConsonant(b.count), let last = b.last, last != 0x6C, last != 0x73, last != 0x7A {
                b.removeLast()
            } else if measure(b.count) == 1 && endsCVC(b.count) {
                b.append(0x65)
            }
        }

        mutating func step1c() {
            if ends("y") && hasVowel(b.count - 1) { b[b.count - 1] = 0x69 }
        }

        static let step2Rules: [(String, String)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ]

        static let step3Rules: [(String, String)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ]

        static let step4Suffixes = [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
            "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
        ].sorted { $0.utf8.count > $1.utf8.count }

        mutating func step2() {
            for (suffix, replacement) in Self.step2Rules where rule(suffix, replacement, minimum: 0) { return }
        }

        mutating func step3() {
            for (suffix, replacement) in Self.step3Rules where rule(suffix, replacement, minimum: 0) { return }
        }

        mutating func step4() {
            for suffix in Self.step4Suffixes where ends(suffix) {
                let stemEnd = b.count - suffix.utf8.count
                if suffix == "ion" {
                    guard stemEnd > 0, b[stemEnd - 1] == 0x73 || b[stemEnd - 1] == 0x74 else { return }
                }
                if measure(stemEnd) > 1 { b.removeLast(suffix.utf8.count) }
                return
            }
        }

        mutating func step5() {
            if ends("e") {
                let m = measure(b.count - 1)
                if m > 1 || (m == 1 && !endsCVC(b.count - 1)) { b.removeLast() }
            }
            if measure(b.count) > 1 && endsDoubleConsonant(b.count) && b.last == 0x6C { b.removeLast() }
        }
    }
}
