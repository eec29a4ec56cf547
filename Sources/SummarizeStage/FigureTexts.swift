import DocPipe

/// Reads the sentence text of the figures the results cite (conflict groups and the summaries'
/// figure disagreements), which the corpus step keeps without text (``FigureTally``), from the
/// figures it set aside (``FigureRecords``), in a walk that stops once every cited sentence is found.
struct FigureTexts {
    /// The results with the text of every cited figure filled in.
    /// - Throws: an error reading the figures set aside.
    static func fill(_ results: [AnalysisResults], from figures: FigureRecords) throws -> [AnalysisResults] {
        var wanted: [String: Set<Int>] = [:]
        for result in results {
            for group in result.conflicts { for figure in group.figures { wanted[figure.doc, default: []].insert(figure.index) } }
            for disagreement in result.summary?.disagreements ?? [] where disagreement.conflict != nil {
                for source in disagreement.sources { wanted[source.doc, default: []].insert(source.index) }
            }
        }
        guard !wanted.isEmpty else { return results }
        var texts: [String: [Int: String]] = [:]
        var missing = wanted.values.reduce(0) { $0 + $1.count }
        try figures.forEach { id, figures in
            guard let indices = wanted[id] else { return true }
            for figure in figures where indices.contains(figure.sentence.index) && texts[id]?[figure.sentence.index] == nil {
                texts[id, default: [:]][figure.sentence.index] = figure.sentence.text
                missing -= 1
            }
            return missing > 0
        }
        func text(_ doc: String, _ index: Int) -> String { texts[doc]?[index] ?? "" }
        return results.map { result in
            var result = result
            for group in result.conflicts.indices {
                for figure in result.conflicts[group].figures.indices {
                    let cited = result.conflicts[group].figures[figure]
                    result.conflicts[group].figures[figure].text = text(cited.doc, cited.index)
                }
            }
            if var summary = result.summary, let disagreements = summary.disagreements {
                summary.disagreements = disagreements.map { disagreement in
                    guard disagreement.conflict != nil else { return disagreement }
                    var disagreement = disagreement
                    disagreement.sources = disagreement.sources.map { CitedSentence(doc: $0.doc, index: $0.index, text: text($0.doc, $0.index)) }
                    return disagreement
                }
                result.summary = summary
            }
            return result
        }
    }
}
