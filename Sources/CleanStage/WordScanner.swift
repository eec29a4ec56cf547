import DocPipe

/// Finds the words of a normalised unit: runs of letters and digits, with apostrophes, hyphens,
/// periods and commas kept inside when both neighbours are letters or digits ("don’t",
/// "post-Soviet", "U.S", "2,500").
enum WordScanner {
    /// Calls `body` with the range of every word, in order.
    @inline(__always)
    static func forEachWord(in scalars: [Unicode.Scalar], _ body: (Range<Int>) -> Void) {
        var index = 0
        let count = scalars.count
        while index < count {
            guard isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < count {
                let scalar = scalars[index]
                if isWordScalar(scalar) {
                    index += 1
                } else if isJoiner(scalar), index + 1 < count, isWordScalar(scalars[index + 1]) {
                    index += 2
                } else {
                    break
                }
            }
            body(start..<index)
        }
    }

    /// The words of `scalars`, lowercased, with `’` written `'`.
    static func lowercasedWords(_ scalars: [Unicode.Scalar]) -> [String] {
        var words: [String] = []
        forEachWord(in: scalars) { range in
            words.append(ScalarString.make(FoldedText(Array(scalars[range])).scalars))
        }
        return words
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
        }
        if value >= 0x2000 && value <= 0x206F { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always)
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2D, 0x2010, 0x2011, 0x2E, 0x2C: return true
        default: return false
        }
    }
}
