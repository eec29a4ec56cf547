import DocPipe

/// A unit's text case-folded for word and phrase comparisons (ASCII lowercased, other letters by
/// their lowercase mapping, `’` written `'`), code point for code point.
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

    /// The folded text as a string.
    var string: String { ScalarString.make(scalars) }
}
