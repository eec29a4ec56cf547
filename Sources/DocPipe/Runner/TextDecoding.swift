import Foundation

/// Turns a file's bytes into text, saying what it had to repair.
///
/// UTF-8 (with or without a byte-order mark) is read as is; UTF-16 with a byte-order mark is
/// converted; bytes that are not UTF-8 but read as a legacy Windows-1252/Latin-1 text (no valid
/// multi-byte UTF-8 sequence, and every byte above 0x7F a plausible accented letter or
/// typographic sign there, see ``LegacyEncoding``) are decoded as Windows-1252 with a warning, so
/// "Jos\u{E9}" becomes "José"; other invalid UTF-8 is decoded with U+FFFD replacement characters
/// and a warning; NUL bytes are dropped with a warning.
public enum TextDecoding {
    /// Decodes bytes into text.
    /// - Parameter data: the bytes.
    /// - Returns: the text and the warnings (empty when the bytes were clean UTF-8).
    public static func decode(_ data: Data) -> (text: String, warnings: [String]) {
        var warnings: [String] = []
        let bytes = [UInt8](data)
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let pair = littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                units.append(pair)
                index += 2
            }
            text = String(decoding: units, as: UTF16.self)
            warnings.append("decoded as UTF-16 (byte-order mark found)")
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let valid = String(validating: body, as: UTF8.self) {
                text = valid
            } else if LegacyEncoding.isWindows1252(body) {
                text = LegacyEncoding.decodeWindows1252(body)
                warnings.append("not valid UTF-8; decoded as Windows-1252 (Latin-1)")
            } else {
                text = String(decoding: body, as: UTF8.self)
                warnings.append("not valid UTF-8; invalid bytes replaced with U+FFFD")
            }
        }
        if text.utf8.withContiguousStorageIfAvailable({ $0.contains(0) }) ?? text.utf8.contains(0) {
            text.removeAll { $0 == "\u{0}" }
            warnings.append("NUL characters removed")
        }
        return (text, warnings)
    }
}
