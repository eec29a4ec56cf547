/// A unit's text case-folded for phrase matching (ASCII lowercased, other letters by their
/// lowercase mapping, `’` written `'`), searched without Foundation's string search.
struct FoldedText: Sendable {
    /// The folded code points.
    let scalars: [Unicode.Scalar]

    /// Folds code points.
    init(_ source: [Unicode.Scalar]) {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(source.count)
        for scalar in source {
            let value = scalar.value
            if value < 0x80 {
                folded.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if value == 0x2019 {
                folded.append("'")
            } else if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                folded.append(lower)
            } else {
                folded.append(scalar)
            }
        }
        scalars = folded
    }

    /// Needles prepared once: phrases as code points.
    static func needles(_ phrases: [String]) -> [[Unicode.Scalar]] {
        phrases.map { Array($0.unicodeScalars) }
    }

    /// Whether the text starts with the needle.
    func hasPrefix(_ needle: [Unicode.Scalar]) -> Bool {
        needle.count <= scalars.count && scalars.starts(with: needle)
    }

    /// Whether the text contains the needle.
    func contains(_ needle: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first, needle.count <= scalars.count else { return needle.isEmpty }
        var index = 0
        let last = scalars.count - needle.count
        while index <= last {
            if scalars[index] == first {
                var offset = 1
                while offset < needle.count, scalars[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether the text contains any of the needles.
    func containsAny(_ needles: [[Unicode.Scalar]]) -> Bool {
        needles.contains { contains($0) }
    }

    /// Whether the text contains any needle of the set, in one pass.
    func containsAny(_ set: NeedleSet) -> Bool {
        let count = scalars.count
        var index = 0
        while index < count {
            let value = scalars[index].value
            if value < 128, let candidates = set.byFirst[Int(value)] {
                for needle in candidates where index + needle.count <= count {
                    var offset = 1
                    while offset < needle.count, scalars[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
            }
            index += 1
        }
        return false
    }

    /// The folded text as a string.
    var string: String { ScalarString.make(scalars) }
}
