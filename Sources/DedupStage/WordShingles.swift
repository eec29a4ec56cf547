/// The word n-grams (shingles) of a text as 64-bit hashes: words are maximal runs of letters,
/// digits and `_` (Python's `\w+`), compared lowercased.
enum WordShingles {
    /// The distinct shingle hashes of `text`, sorted; a text with fewer words than `size` gives
    /// one shingle of all its words, an empty text none.
    static func hashes(of text: String, size: Int) -> [UInt64] {
        let words = wordHashes(text)
        guard !words.isEmpty else { return [] }
        let width = min(size, words.count)
        var shingles: [UInt64] = []
        shingles.reserveCapacity(words.count - width + 1)
        for start in 0...(words.count - width) {
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
            for word in words[start..<(start + width)] {
                hash = Mixer.mix(hash &* 0x100_0000_01B3 ^ word)
            }
            shingles.append(hash)
        }
        shingles.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(shingles.count)
        for hash in shingles where unique.last != hash { unique.append(hash) }
        return unique
    }

    /// FNV-1a hashes of the lowercased words, in order.
    static func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var inWord = false
        func feed(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                inWord = true
                if scalar.value < 0x80 {
                    let byte = UInt8(scalar.value)
                    feed(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                } else {
                    for lower in scalar.properties.lowercaseMapping.utf8 { feed(lower) }
                }
            } else if inWord {
                hashes.append(hash)
                hash = 0xCBF2_9CE4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == 0x5F
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
