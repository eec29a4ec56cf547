import DocPipe

/// Splits sentences into words and stemmed content terms, working on the text's code points.
struct TermExtractor {
    private var stems: [String: String] = [:]

    /// Creates an extractor with an empty stem cache.
    init() {}

    /// Profiles every sentence of a text.
    /// - Parameters:
    ///   - scalars: the text's code points.
    ///   - spans: the sentence spans.
    /// - Returns: one profile per span, in order.
    mutating func profiles(of scalars: [Unicode.Scalar], spans: [Span]) -> [SentenceProfile] {
        spans.enumerated().map { index, span in profile(scalars, span: span, index: index) }
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
            let first = scalars[wordStart].properties
            if first.isLowercase { lower += 1 } else if first.isUppercase { upper += 1 }
            let word = Self.lowercased(scalars[wordStart..<position])
            if word.count < 2 && !(word.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) { continue }
            let key = String(decoding: word, as: UTF8.self)
            if StopWords.english.contains(key) { continue }
            let stem: String
            if let cached = stems[key] {
                stem = cached
            } else {
                stem = String(decoding: PorterStemmer.stem(word), as: UTF8.self)
                stems[key] = stem
            }
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
            let word = Self.lowercased(scalars[wordStart..<position])
            if word.count < 2 && !(word.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) { continue }
            let key = String(decoding: word, as: UTF8.self)
            if StopWords.english.contains(key) { continue }
            if let cached = stems[key] {
                terms.append(cached)
            } else {
                let stem = String(decoding: PorterStemmer.stem(word), as: UTF8.self)
                stems[key] = stem
                terms.append(stem)
            }
        }
        return terms
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
