/// Character-class tests on code points with an ASCII fast path.
enum Scalars {
    /// Whether a code point is a letter.
    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    /// Whether a code point is an upper-case letter.
    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Whether a code point is a lower-case letter.
    @inline(__always) static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase
    }

    /// Whether a code point is white space.
    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}
