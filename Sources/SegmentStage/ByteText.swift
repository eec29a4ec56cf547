/// A read-only view of a text's UTF-8 bytes with the small classifications the segmenter needs.
///
/// Everything works on byte offsets; only bytes above 0x7F are decoded into scalars, and only
/// where a decision needs them, so the scan stays a byte loop.
struct ByteText {
    /// The class of a character, as far as sentence boundaries care.
    enum CharacterClass: Equatable {
        case upper, lower, digit, other
    }

    /// The UTF-8 bytes.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The number of bytes.
    var count: Int { bytes.count }

    /// The byte at `index`.
    @inline(__always) subscript(index: Int) -> UInt8 { bytes[index] }

    /// Decodes the scalar that starts at `index`.
    /// - Returns: the scalar and its length in bytes.
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Whether the byte is ASCII whitespace.
    @inline(__always) static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The length of the whitespace character at `index` (ASCII whitespace, no-break and other
    /// Unicode spaces), or 0 when there is none.
    @inline(__always) func spaceWidth(at index: Int) -> Int {
        let byte = bytes[index]
        if Self.isASCIISpace(byte) { return 1 }
        if byte < 0xC2 { return 0 }
        if byte == 0xC2 { return index + 1 < count && bytes[index + 1] == 0xA0 ? 2 : 0 }
        if byte == 0xE2 || byte == 0xE3 { return unicodeSpaceWidth(at: index) }
        return 0
    }

    /// ``spaceWidth(at:)`` for a three-byte scalar; out of line like ``isWordCharacter(at:)``'s
    /// scalar test.
    @inline(never) private func unicodeSpaceWidth(at index: Int) -> Int {
        let (scalar, length) = scalar(at: index)
        return scalar.properties.isWhitespace ? length : 0
    }

    /// Whether a whitespace character ends just before `index`.
    func isSpace(before index: Int) -> Bool {
        guard index > 0 else { return false }
        let byte = bytes[index - 1]
        if byte < 0x80 { return Self.isASCIISpace(byte) }
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return spaceWidth(at: start) == index - start
    }

    /// The first offset at or after `index` (and before `limit`) that is not whitespace.
    func skipSpaces(from index: Int, limit: Int) -> Int {
        var position = index
        while position < limit {
            let width = spaceWidth(at: position)
            if width == 0 { break }
            position += width
        }
        return position
    }

    /// `range` without the whitespace at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        let start = skipSpaces(from: range.lowerBound, limit: range.upperBound)
        var end = range.upperBound
        while end > start && isSpace(before: end) {
            let byte = bytes[end - 1]
            if byte < 0x80 { end -= 1 } else {
                end -= 1
                while end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            }
        }
        return start..<end
    }

    /// The length of a closing quote or bracket at `index` (`"`, `'`, `)`, `]`, `}`, `”`, `’`, `»`, `›`,
    /// the CJK `」`, `』`, `】`, `〕`, `》`, `〉` and the full-width `）`, `］`, `＂`), or 0.
    @inline(__always) func closerWidth(at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            return 1
        case 0xC2:
            return index + 1 < count && bytes[index + 1] == 0xBB ? 2 : 0
        case 0xE2:
            guard index + 2 < count, bytes[index + 1] == 0x80 else { return 0 }
            let last = bytes[index + 2]
            return last == 0x9D || last == 0x99 || last == 0xBA ? 3 : 0
        case 0xE3:
            guard index + 2 < count, bytes[index + 1] == 0x80 else { return 0 }
            let last = bytes[index + 2]
            return last == 0x8D || last == 0x8F || last == 0x91 || last == 0x95 || last == 0x8B || last == 0x89 ? 3 : 0
        case 0xEF:
            guard index + 2 < count else { return 0 }
            let middle = bytes[index + 1]
            let last = bytes[index + 2]
            return (middle == 0xBC && (last == 0x89 || last == 0x82)) || (middle == 0xBC && last == 0xBD) ? 3 : 0
        default:
            return 0
        }
    }

    /// The length of an opening quote or bracket at `index` (`"`, `'`, `(`, `[`, `{`, `“`, `‘`, `„`, `«`, `‹`, `¿`, `¡`,
    /// the CJK `「`, `『`, `【`, `〔`, `《`, `〈` and the full-width `（`, `［`), or 0.
    @inline(__always) func openerWidth(at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            return 1
        case 0xC2:
            guard index + 1 < count else { return 0 }
            let next = bytes[index + 1]
            return next == 0xAB || next == 0xBF || next == 0xA1 ? 2 : 0
        case 0xE2:
            guard index + 2 < count, bytes[index + 1] == 0x80 else { return 0 }
            let last = bytes[index + 2]
            return last == 0x9C || last == 0x98 || last == 0x9E || last == 0xB9 ? 3 : 0
        case 0xE3:
            guard index + 2 < count, bytes[index + 1] == 0x80 else { return 0 }
            let last = bytes[index + 2]
            return last == 0x8C || last == 0x8E || last == 0x90 || last == 0x94 || last == 0x8A || last == 0x88 ? 3 : 0
        case 0xEF:
            guard index + 2 < count, bytes[index + 1] == 0xBC else { return 0 }
            return bytes[index + 2] == 0x88 || bytes[index + 2] == 0xBB ? 3 : 0
        default:
            return 0
        }
    }

    /// How a sentence-ending mark of a script other than Latin ends a sentence.
    enum Terminator: Equatable {
        /// Chinese and Japanese `。`, `！`, `？`, `．`, `｡`: a boundary follows without a space.
        case unspaced
        /// Arabic `؟`, Urdu `۔`, Devanagari `।` and `॥`: a boundary when a space follows.
        case spaced
    }

    /// The kind and length of a non-Latin sentence-ending mark at `index`, or `nil`.
    @inline(__always) func terminator(at index: Int) -> (kind: Terminator, length: Int)? {
        let byte = bytes[index]
        switch byte {
        case 0xD8:
            return index + 1 < count && bytes[index + 1] == 0x9F ? (.spaced, 2) : nil
        case 0xDB:
            return index + 1 < count && bytes[index + 1] == 0x94 ? (.spaced, 2) : nil
        case 0xE0:
            guard index + 2 < count, bytes[index + 1] == 0xA5 else { return nil }
            return bytes[index + 2] == 0xA4 || bytes[index + 2] == 0xA5 ? (.spaced, 3) : nil
        case 0xE3:
            return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82 ? (.unspaced, 3) : nil
        case 0xEF:
            guard index + 2 < count else { return nil }
            let middle = bytes[index + 1]
            let last = bytes[index + 2]
            if middle == 0xBC && (last == 0x81 || last == 0x9F || last == 0x8E) { return (.unspaced, 3) }
            return middle == 0xBD && last == 0xA1 ? (.unspaced, 3) : nil
        default:
            return nil
        }
    }

    /// The writing systems without spaces between words that tokens treat apart.
    enum UnspacedScript: Equatable {
        /// Chinese characters (kanji, hanzi), one token each.
        case han
        /// Japanese hiragana, one token per run.
        case hiragana
        /// Japanese katakana (with `ー`), one token per run.
        case katakana
    }

    /// The unspaced script of a scalar, or `nil` for every other character.
    static func unspacedScript(of scalar: Unicode.Scalar) -> UnspacedScript? {
        switch scalar.value {
        case 0x3005, 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return .han
        case 0x3041...0x309F: return .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .katakana
        default: return nil
        }
    }

    /// Whether the scalar is an invisible bidirectional mark or embedding (`U+200E`, `U+200F`,
    /// `U+061C`, `U+202A`–`U+202E`, `U+2066`–`U+2069`), which tokens skip like spaces.
    static func isDirectionMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The length of a list bullet at `index` (`•`, `‣`, `⁃`, `◦`, `▪`, `●`, `○`, `■`, `□`, `►`, `▸`), or 0.
    @inline(__always) func bulletWidth(at index: Int) -> Int {
        guard bytes[index] == 0xE2, index + 2 < count else { return 0 }
        let middle = bytes[index + 1]
        let last = bytes[index + 2]
        switch middle {
        case 0x80: return last == 0xA2 || last == 0xA3 ? 3 : 0
        case 0x81: return last == 0x83 ? 3 : 0
        case 0x96: return last == 0xAA || last == 0xA0 || last == 0xA1 || last == 0xBA || last == 0xB8 ? 3 : 0
        case 0x97: return last == 0xA6 || last == 0x8F || last == 0x8B ? 3 : 0
        default: return 0
        }
    }

    /// Whether a horizontal ellipsis `…` starts at `index`.
    @inline(__always) func isEllipsis(at index: Int) -> Bool {
        index + 2 < count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
    }

    /// The class of the character at `index`.
    func characterClass(at index: Int) -> CharacterClass {
        let byte = bytes[index]
        if byte < 0x80 {
            if byte >= 0x41 && byte <= 0x5A { return .upper }
            if byte >= 0x61 && byte <= 0x7A { return .lower }
            if byte >= 0x30 && byte <= 0x39 { return .digit }
            return .other
        }
        let properties = scalar(at: index).scalar.properties
        if properties.isLowercase { return .lower }
        if properties.isUppercase { return .upper }
        if properties.numericType != nil { return .digit }
        if properties.isAlphabetic { return .upper }
        return .other
    }

    /// Whether the character at `index` belongs inside a word: a letter, digit or combining mark,
    /// or the zero-width joiner and non-joiner that Persian, Hindi and others write inside words.
    @inline(__always) func isWordCharacter(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        }
        return isNonASCIIWordCharacter(at: index)
    }

    /// ``isWordCharacter(at:)`` for a scalar above ASCII; kept out of line so that the loops that
    /// inline the ASCII test do not look up the Unicode property types on every call.
    @inline(never) private func isNonASCIIWordCharacter(at index: Int) -> Bool {
        let scalar = scalar(at: index).scalar
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
            || scalar.value == 0x200C || scalar.value == 0x200D
    }

    /// Whether `range` holds at least one letter or digit.
    func containsWordCharacter(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if isWordCharacter(at: index) { return true }
            index += bytes[index] < 0x80 ? 1 : scalar(at: index).length
        }
        return false
    }

    /// The lower-cased text of `range`.
    func lowercasedString(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
    }

    /// The word that starts at `index`: letters and apostrophes, lower-cased, with `’` written as `'`.
    func lowercasedWord(from index: Int, limit: Int) -> String {
        var end = index
        while end < limit {
            let byte = bytes[end]
            if byte == UInt8(ascii: "'") { end += 1; continue }
            if byte == 0xE2, end + 2 < limit, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99 { end += 3; continue }
            guard isWordCharacter(at: end) else { break }
            end += byte < 0x80 ? 1 : scalar(at: end).length
        }
        let word = lowercasedString(index..<end)
        return word.contains("\u{2019}") ? String(word.map { $0 == "\u{2019}" ? "'" : $0 }) : word
    }
}
