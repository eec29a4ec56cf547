/// Character classes `clean` needs, decided on single code points without `Character` walking.
enum ScalarClass {
    /// Spaces that collapse into one ASCII space: space, tab, no-break and typographic spaces.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Invisible code points removed outright: soft hyphen, zero-width characters, byte-order
    /// marks and control characters other than tab and line breaks.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x180E, 0x200B...0x200D, 0x2060, 0xFEFF: return true
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F: return true
        default: return false
        }
    }

    /// Whether the code point ends a line.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether the code point is blank for trimming (a space or an invisible character).
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar) || isDropped(scalar)
    }

    /// Whether the code point is a letter (ASCII fast path).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    /// Whether the code point is a decimal digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Whether the code point is an uppercase letter (ASCII fast path).
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Whether the code point is a lowercase letter (ASCII fast path).
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase
    }

    /// Whether the code point is an apostrophe inside a word (`'` or `’`).
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x27 || scalar.value == 0x2019
    }

    /// Whether the code point ends a sentence: `.`, `!`, `?`, `…`, or their CJK forms.
    static func isSentenceFinal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: return true
        default: return false
        }
    }

    /// Closing quotes and brackets that may follow a sentence's final punctuation.
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0xBB, 0x2019, 0x201D, 0x203A, 0x2018, 0x201C: return true
        default: return false
        }
    }

    /// Whether a line of this text may need NFC composition: it has a code point outside the
    /// ranges known to be unchanged by NFC (ASCII and Latin up to U+02FF, most Cyrillic,
    /// general punctuation and currency signs).
    static func mayNeedComposition(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x2002...0x206F, 0x20A0...0x20CF: return false
        default: return true
        }
    }

    /// The ASCII replacement of typographic punctuation when folding is asked for.
    static func folded(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        case 0x2026: return "..."
        default: return nil
        }
    }
}
