import DocPipe

/// Finds sentences that are not running text although they look like sentences: boilerplate that
/// `clean` recorded, and headline lines.
///
/// The `removed` layer's offsets point into the original input, not the cleaned text, so the
/// comparison is by text: a sentence contained in one removed piece is excluded. A headline line is
/// a sentence on a line of its own, of at most 20 words, at least three quarters of them capitalised.
enum BoilerplateFilter {
    /// Indices of sentences that match removed boilerplate or are headline lines.
    /// - Parameters:
    ///   - document: the document, with its optional `removed` layer.
    ///   - scalars: the code points of its text.
    ///   - spans: its sentence spans.
    /// - Returns: the indices to exclude.
    static func excludedSentences(_ document: Document, scalars: [Unicode.Scalar], spans: [Span]) -> Set<Int> {
        var excluded = headlineLines(scalars, spans: spans)
        guard let removed = document[StandardLayers.Removed.self], !removed.isEmpty else { return excluded }
        let pieces = removed.filter { $0.reason != "metadata:title" }.map { normalized($0.text) }.filter { !$0.isEmpty }
        guard !pieces.isEmpty else { return excluded }
        for (index, span) in spans.enumerated() {
            let start = max(0, min(span.start, scalars.count)), end = max(start, min(span.end, scalars.count))
            let sentence = normalized(ScalarString.make(scalars[start..<end]))
            if !sentence.isEmpty && pieces.contains(where: { $0.contains(sentence) }) { excluded.insert(index) }
        }
        return excluded
    }

    /// Sentences alone on their line whose words are mostly capitalised, like a headline.
    static func headlineLines(_ scalars: [Unicode.Scalar], spans: [Span]) -> Set<Int> {
        var found: Set<Int> = []
        for (index, span) in spans.enumerated() {
            let start = max(0, min(span.start, scalars.count)), end = max(start, min(span.end, scalars.count))
            guard isLineBoundary(scalars, from: start - 1, step: -1), isLineBoundary(scalars, from: end, step: 1) else { continue }
            var words = 0, capitalised = 0, inWord = false
            for scalar in scalars[start..<end] {
                let letter = scalar.properties.isAlphabetic
                if letter && !inWord {
                    words += 1
                    if scalar.properties.isUppercase { capitalised += 1 }
                }
                inWord = letter || (inWord && (scalar == "'" || scalar == "’" || scalar == "-"))
            }
            if words > 0 && words <= 20 && capitalised * 4 >= words * 3 { found.insert(index) }
        }
        return found
    }

    private static func isLineBoundary(_ scalars: [Unicode.Scalar], from position: Int, step: Int) -> Bool {
        var i = position
        while i >= 0 && i < scalars.count {
            switch scalars[i] {
            case "\n", "\r": return true
            case " ", "\t": i += step
            default: return false
            }
        }
        return true
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
