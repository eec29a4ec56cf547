import DocPipe

/// Finds sentences that repeat what `clean` recorded as boilerplate, so they are never chosen.
///
/// The `removed` layer's offsets point into the original input, not the cleaned text, so the
/// comparison is by text: a sentence whose words all lie inside one removed piece is excluded.
enum BoilerplateFilter {
    /// Indices of sentences that match removed boilerplate.
    /// - Parameters:
    ///   - document: the document, with its optional `removed` layer.
    ///   - spans: its sentence spans.
    /// - Returns: the indices to exclude.
    static func excludedSentences(_ document: Document, spans: [Span]) -> Set<Int> {
        guard let removed = document[StandardLayers.Removed.self], !removed.isEmpty else { return [] }
        let pieces = removed.filter { $0.reason != "metadata:title" }.map { normalized($0.text) }.filter { !$0.isEmpty }
        guard !pieces.isEmpty else { return [] }
        var excluded: Set<Int> = []
        for (index, span) in spans.enumerated() {
            let sentence = normalized(document.text(of: span))
            if !sentence.isEmpty && pieces.contains(where: { $0.contains(sentence) }) { excluded.insert(index) }
        }
        return excluded
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
