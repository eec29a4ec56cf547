import DocPipe

/// Groups figures that different documents report differently for the same kind of thing.
///
/// Figures are keyed by canonical unit and event ("troop", "person killed"); within a key they are
/// sorted by value and split where one value is more than `magnitudeGap` times the previous, so
/// that counts of different scale ("3 soldiers" and "2,500 soldiers") are not compared. A group is
/// kept when at least two documents report it and they give at least two different values.
struct ConflictFinder {
    /// Largest ratio between neighbouring values in one group.
    var magnitudeGap = 2.0

    /// The conflict groups.
    /// - Parameter figures: every comparable figure of the corpus.
    /// - Returns: groups ordered by unit, subject and first value; figures by value, document order, index.
    func groups(_ figures: [ReportedFigureRecord]) -> [ConflictGroup] {
        var byKey: [String: [ReportedFigureRecord]] = [:]
        for figure in figures { byKey["\(figure.canonicalUnit)|\(figure.event)", default: []].append(figure) }
        var result: [(group: ConflictGroup, first: Double)] = []
        for key in byKey.keys.sorted() {
            let sorted = byKey[key]!.sorted {
                ($0.value, $0.sentence.documentOrder, $0.sentence.index) < ($1.value, $1.sentence.documentOrder, $1.sentence.index)
            }
            var run: [ReportedFigureRecord] = []
            func close() {
                defer { run = [] }
                let documents = Set(run.map(\.sentence.documentOrder))
                guard documents.count >= 2 else { return }
                guard Set(run.map(\.value)).count >= 2 else { return }
                var seen: Set<String> = []
                let unique = run.filter { seen.insert("\($0.sentence.documentOrder) \($0.sentence.index) \($0.value)").inserted }
                let unit = run[0].canonicalUnit + (run[0].event.isEmpty ? "" : " \(run[0].event)")
                let figures = unique.map {
                    ReportedFigure(value: $0.value, unit: $0.unit, doc: $0.sentence.doc, text: $0.sentence.text, index: $0.sentence.index)
                }
                result.append((ConflictGroup(unit: unit, subject: subject(of: run), figures: figures), run[0].value))
            }
            for figure in sorted {
                if let last = run.last, figure.value > max(last.value, 1) * magnitudeGap { close() }
                run.append(figure)
            }
            close()
        }
        return result.sorted { ($0.group.unit, $0.group.subject ?? "", $0.first) < ($1.group.unit, $1.group.subject ?? "", $1.first) }
            .map(\.group)
    }

    /// The entity named most often with the figures (ties: alphabetical), or `nil` when none is.
    private func subject(of figures: [ReportedFigureRecord]) -> String? {
        var counts: [String: Int] = [:]
        for figure in figures { for subject in figure.subjects { counts[subject, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key
    }
}
