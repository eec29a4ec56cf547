import DocPipe

/// Splits sentences into words and stemmed content terms, working on the text's code points.
struct TermExtractor {
    /// Each lower-cased word met so far and its stem, `nil` for a stop word.
    private var stems: [String: String?] = [:]
    /// Stems of words met in earlier documents (process-wide, bounded).
    private static let sharedStems = StemMemo()

    /// Creates an extractor with an empty stem cache.
    init() {}

    /// Profiles every sentence of a text.
    /// - Parameters:
    ///   - scalars: the text's code points.
    ///   - spans: the sentence spans.
    /// - Returns: one profile per span, in order.
    mutating func profiles(of scalars: [Unicode.Scalar], spans: [Span]) -> [SentenceProfile] {
        if stems.isEmpty { stems.reserveCapacity(min(scalars.count / 16, 8192)) }
        return spans.enumerated().map { index, span in profile(scalars, span: span, index: index) }
    }

    /// The stemmed content terms of a short text such as a title.
    /// - Parameter text: the text.
    /// - Returns: terms with counts.
    mutating func terms(of text: String) -> [(term: String, count: Int)] {
        let scalars = Array(text.unicodeScalars)
        return profile(scalars, span: Span(start: 0, end: scalars.count), index: 0).terms
    }

    /// Profiles one span.
    mutating func profile(_ scalars: [Unicode.Scalar], span: Span, index: Int) -> SentenceProfile {
        let start = max(0, min(span.start, scalars.count)), end = max(start, min(span.end, scalars.count))
        var counts: [String: Int] = [:]
        counts.reserveCapacity((end - start) / 10)
        var words = 0, lower = 0, upper = 0
        var position = start
        while position < end {
            guard Self.isWordScalar(scalars[position]) else {
                position += 1
                continue
            }
            let wordStart = position
            while position < end && Self.isWordScalar(scalars[position]) { position += 1 }
            words += 1
            let first = scalars[wordStart]
            if first.isASCII {
                if first.value >= 0x61 && first.value <= 0x7A { lower += 1 } else if first.value >= 0x41 && first.value <= 0x5A { upper += 1 }
            } else if first.properties.isLowercase { lower += 1 } else if first.properties.isUppercase { upper += 1 }
            let key = Self.lowercasedString(scalars[wordStart..<position])
            if Self.isTooShort(key) { continue }
            guard let stem = stem(of: key) else { continue }
            counts[stem, default: 0] += 1
        }
        var last = end - 1
        while last >= start && Self.closers.contains(scalars[last]) { last -= 1 }
        let ends = last >= start && Self.terminators.contains(scalars[last])
        return SentenceProfile(
            index: index, span: span, wordCount: words, lowercaseWords: lower, capitalizedWords: upper,
            endsWithPunctuation: ends, terms: counts.sorted { $0.key < $1.key }.map { (term: $0.key, count: $0.value) })
    }

    /// The stemmed content terms of a text in reading order (repeats kept): the words ``profile(_:span:index:)`` counts.
    /// - Parameter text: the text.
    /// - Returns: the stems, in order.
    mutating func orderedTerms(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var terms: [String] = []
        var position = 0
        while position < scalars.count {
            guard Self.isWordScalar(scalars[position]) else {
                position += 1
                continue
            }
            let wordStart = position
            while position < scalars.count && Self.isWordScalar(scalars[position]) { position += 1 }
            let key = Self.lowercasedString(scalars[wordStart..<position])
            if Self.isTooShort(key) { continue }
            if let stem = stem(of: key) { terms.append(stem) }
        }
        return terms
    }

    /// A lower-cased word's stem, `nil` for a stop word; each word is looked up once per extractor.
    private mutating func stem(of key: String) -> String? {
        if let known = stems[key] { return known }
        let stem = StopWords.english.contains(key) ? nil : Self.sharedStems.stem(Array(key.utf8))
        stems[key] = stem
        return stem
    }

    /// Whether a lower-cased word is too short to be a term: one byte, and not a digit.
    private static func isTooShort(_ key: String) -> Bool {
        var bytes = key.utf8.makeIterator()
        guard let first = bytes.next() else { return true }
        return bytes.next() == nil && !(first >= 0x30 && first <= 0x39)
    }

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…", ":", ";"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»", " ", "\n", "\t", "\r"]

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The word lower-cased as ``lowercased(_:)`` gives it, built directly when it is ASCII.
    static func lowercasedString(_ word: ArraySlice<Unicode.Scalar>) -> String {
        guard word.allSatisfy(\.isASCII) else { return String(decoding: lowercased(word), as: UTF8.self) }
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            var index = 0
            for scalar in word {
                let v = UInt8(scalar.value)
                buffer[index] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                index += 1
            }
            return index
        }
    }

    /// The word's lower-cased UTF-8 (ASCII by arithmetic, other letters by their lowercase mapping).
    static func lowercased(_ word: ArraySlice<Unicode.Scalar>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        for scalar in word {
            if scalar.isASCII {
                let v = UInt8(scalar.value)
                bytes.append(v >= 0x41 && v <= 0x5A ? v + 32 : v)
            } else {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return bytes
    }
}
