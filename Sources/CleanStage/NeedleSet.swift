/// Phrases to look for in folded text, indexed by their first (ASCII) code point so that one pass
/// over the text checks them all.
struct NeedleSet: Sendable {
    /// For each ASCII value, the needles starting with it.
    let byFirst: [[[Unicode.Scalar]]?]

    /// Prepares phrases; each must start with an ASCII character.
    init(_ phrases: [String]) {
        var table = [[[Unicode.Scalar]]?](repeating: nil, count: 128)
        for phrase in phrases {
            let needle = Array(phrase.unicodeScalars)
            guard let first = needle.first, first.value < 128 else { continue }
            table[Int(first.value)] = (table[Int(first.value)] ?? []) + [needle]
        }
        byFirst = table
    }
}
