/// Lowercase phrases to look for in a unit's text, indexed by their first code point so that one
/// pass over the text checks them all. Matching folds ASCII capitals and `’` on the fly, so the
/// text needs no lowercased copy.
struct NeedleSet: Sendable {
    private let byFirst: [[[Unicode.Scalar]]?]
    private let others: [[Unicode.Scalar]]

    /// Prepares lowercase phrases.
    init(_ phrases: [String]) {
        var table = [[[Unicode.Scalar]]?](repeating: nil, count: 128)
        var others: [[Unicode.Scalar]] = []
        for phrase in phrases {
            let needle = Array(phrase.unicodeScalars)
            guard let first = needle.first else { continue }
            if first.value < 128 {
                table[Int(first.value)] = (table[Int(first.value)] ?? []) + [needle]
            } else {
                others.append(needle)
            }
        }
        byFirst = table
        self.others = others
    }

    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(UInt8(value + 0x20)) }
        return value == 0x2019 ? "'" : scalar
    }

    /// Whether any phrase occurs in the text.
    func occurs(in scalars: [Unicode.Scalar]) -> Bool {
        let count = scalars.count
        var index = 0
        while index < count {
            if matchesAt(index, in: scalars) { return true }
            index += 1
        }
        return false
    }

    /// Whether the text starts with any phrase.
    func starts(_ scalars: [Unicode.Scalar]) -> Bool {
        !scalars.isEmpty && matchesAt(0, in: scalars)
    }

    @inline(__always)
    private func matchesAt(_ index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let first = Self.fold(scalars[index])
        let candidates: [[Unicode.Scalar]]
        if first.value < 128 {
            guard let listed = byFirst[Int(first.value)] else { return false }
            candidates = listed
        } else {
            guard !others.isEmpty else { return false }
            candidates = others
        }
        for needle in candidates where index + needle.count <= scalars.count && needle[0] == first {
            var offset = 1
            while offset < needle.count, Self.fold(scalars[index + offset]) == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
