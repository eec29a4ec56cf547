/// Recognises and decodes text written in the legacy single-byte Windows-1252 encoding (a
/// superset of the printable Latin-1), which older newswire and office files still use.
///
/// The decision is made before any byte is replaced: a text is taken as Windows-1252 only when it
/// holds no valid multi-byte UTF-8 sequence and every byte above 0x7F reads there as something a
/// Western text plausibly holds at that place: a lower-case accented letter, an upper-case one not
/// right after a lower-case letter, or a typographic sign (curly quotes, dashes, the ellipsis, the
/// no-break space, the euro, pound, degree, copyright signs, guillemets). Random or truncated
/// UTF-8 fails this test and is left to the replacement-character path.
public enum LegacyEncoding {
    /// The code points of Windows-1252 bytes 0x80–0x9F (`nil` where the encoding leaves a byte undefined).
    static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// Signs between 0x80 and 0xBF that plausibly occur in running text.
    static let plausibleSigns: Set<UInt8> = [
        0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xA0, 0xA3, 0xA9, 0xAB, 0xAE, 0xB0, 0xB4, 0xBB,
        0x8A, 0x8C, 0x8E, 0x9A, 0x9C, 0x9E,
    ]

    /// Whether bytes that are not valid UTF-8 read as a Windows-1252 text.
    /// - Parameter bytes: the text's bytes (without a byte-order mark).
    /// - Returns: `true` when there is at least one byte above 0x7F, no valid multi-byte UTF-8
    ///   sequence, and every byte above 0x7F is plausible at its place (see the type's summary).
    public static func isWindows1252(_ bytes: [UInt8]) -> Bool {
        var sawHigh = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            sawHigh = true
            if utf8SequenceLength(bytes, at: index) > 1 { return false }
            let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
            guard isPlausible(byte, after: previous) else { return false }
            index += 1
        }
        return sawHigh
    }

    /// Decodes bytes as Windows-1252 (undefined bytes become U+FFFD).
    /// - Parameter bytes: the bytes.
    /// - Returns: the text.
    public static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                scalars.append(high[Int(byte) - 0x80] ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static func isPlausible(_ byte: UInt8, after previous: UInt8) -> Bool {
        let previousIsLower = (0x61...0x7A).contains(previous) || (0xDF...0xFE).contains(previous)
        switch byte {
        case 0xDF...0xFE where byte != 0xF7:
            return true
        case 0xC0...0xDE where byte != 0xD7:
            return !previousIsLower
        default:
            return plausibleSigns.contains(byte)
        }
    }

    /// The length of the valid UTF-8 multi-byte sequence starting at `index`, or 0.
    private static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
        return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
    }
}
