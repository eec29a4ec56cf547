import DocPipe

/// Groups figures that different documents report differently for the same kind of thing.
///
/// Figures are keyed by canonical unit and event ("troop", "person killed"); within a key their
/// distinct values are sorted and split where one value is more than `magnitudeGap` times the
/// previous, so that counts of different scale ("3 soldiers" and "2,500 soldiers") are not
/// compared. A group is kept when at least two documents report it and they give at least two
/// different values. It works on a ``FigureTally``, so what it reads is bounded by the distinct
/// values, not by the number of figures; a group lists at most ``ConflictGroup/listedValues`` of
/// its values (the most widely reported) and cites figures of those only, without their text
/// (``FigureTexts`` reads it for the few cited).
struct ConflictFinder {
    /// Largest ratio between neighbouring values in one group.
    var magnitudeGap = 2.0

    /// A conflict group with the kind of figure and the values it covers.
    struct Found: Sendable {
        /// The group.
        var group: ConflictGroup
        /// The kind's key (``FigureTally/key(_:)``).
        var key: String
        /// The values it covers.
        var values: [Double]
    }

    /// The conflict groups.
    /// - Parameter tally: the corpus's comparable figures.
    /// - Returns: groups ordered by unit, subject and first value; within a group, values ascending
    ///   and each value's cited figures by document order and sentence index.
    func groups(_ tally: FigureTally) -> [Found] {
        var result: [(found: Found, first: Double)] = []
        for key in tally.kinds.keys.sorted() {
            let kind = tally.kinds[key]!
            var run: [Double] = []
            func close() {
                defer { run = [] }
                guard run.count >= 2 else { return }
                var documents: Set<Int> = []
                for value in run { documents.formUnion(kind.values[value]!.firstDocuments) }
                guard documents.count >= 2 else { return }
                let unit = kind.canonicalUnit + (kind.event.isEmpty ? "" : " \(kind.event)")
                var subjects: [String: Int] = [:]
                var figureCount = 0
                for number in run {
                    let value = kind.values[number]!
                    figureCount += value.figures
                    for (subject, count) in value.subjects { subjects[subject, default: 0] += count }
                }
                let listed = Self.listed(run, kind: kind)
                var values: [ConflictValue] = []
                var figures: [ReportedFigure] = []
                for number in listed {
                    let value = kind.values[number]!
                    values.append(ConflictValue(value: number, documents: value.documents, figures: value.figures))
                    figures += value.cited.map { ReportedFigure(value: number, unit: $0.unit, doc: $0.doc, text: "", index: $0.index) }
                }
                let subject = subjects.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key
                var group = ConflictGroup(unit: unit, subject: subject, values: values, figures: figures)
                group.figureCount = figureCount
                group.valueCount = run.count
                group.lowest = run.first
                group.highest = run.last
                result.append((Found(group: group, key: key, values: run), run[0]))
            }
            for value in kind.values.keys.sorted() {
                if let last = run.last, value > max(last, 1) * magnitudeGap { close() }
                run.append(value)
            }
            close()
        }
        return result.sorted { ($0.found.group.unit, $0.found.group.subject ?? "", $0.first) < ($1.found.group.unit, $1.found.group.subject ?? "", $1.first) }
            .map(\.found)
    }

    /// The values a group lists, ascending: all when they are at most
    /// ``ConflictGroup/listedValues``, else the most widely reported (most documents, then most
    /// figures, then the lower value).
    static func listed(_ run: [Double], kind: FigureTally.Kind) -> [Double] {
        guard run.count > ConflictGroup.listedValues else { return run }
        let ranked = run.sorted { a, b in
            let x = kind.values[a]!, y = kind.values[b]!
            return (x.documents, x.figures, -a) > (y.documents, y.figures, -b)
        }
        return ranked.prefix(ConflictGroup.listedValues).sorted()
    }
}
