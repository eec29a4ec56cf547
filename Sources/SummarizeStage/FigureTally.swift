import DocPipe

/// The comparable figures of a corpus in bounded form: per kind of figure (canonical unit and
/// event) and distinct value, the number of figures and documents, the first two documents, the
/// subjects named with them and where the first ``ConflictGroup/citedPerValue`` figures in
/// document order are (document and sentence index; their text is read again for the few cited,
/// ``FigureTexts``).
///
/// Its size grows with the distinct (unit, event, value) triples and the subjects named with
/// them, never with the number of figures or their text: a corpus ten times larger that repeats
/// the same figures keeps the same tally. Documents are added in input order, each once.
struct FigureTally: Sendable {
    /// One cited figure, without its sentence's text.
    struct Cited: Sendable {
        var documentOrder: Int
        var doc: String
        var index: Int
        var unit: String
    }

    /// What is kept for one distinct value of one kind of figure.
    struct Value: Sendable {
        /// Figures giving the value (a figure repeated in one sentence counted once).
        var figures = 0
        /// Documents giving the value.
        var documents = 0
        /// The first two documents giving it (enough to tell whether two documents do), -1 for none.
        var firstDocument = -1, secondDocument = -1
        /// The first two documents giving it.
        var firstDocuments: [Int] { [firstDocument, secondDocument].filter { $0 >= 0 } }
        /// The last document counted.
        var lastDocument = -1
        /// The first cited figures, by document order and sentence index.
        var cited: [Cited] = []
        /// How often each subject is named with the value's figures.
        var subjects: [String: Int] = [:]
    }

    /// What is kept for one kind of figure.
    struct Kind: Sendable {
        var canonicalUnit: String
        var event: String
        var values: [Double: Value] = [:]
    }

    /// The kinds of figures, by `"unit|event"`.
    private(set) var kinds: [String: Kind] = [:]

    /// The key of a figure's kind.
    static func key(_ figure: ReportedFigureRecord) -> String {
        "\(figure.canonicalUnit)|\(figure.event)"
    }

    /// Adds one document's figures; documents come in input order.
    mutating func add(_ figures: [ReportedFigureRecord], doc: String, documentOrder: Int) {
        var seen: Set<String> = []
        for figure in figures {
            let key = Self.key(figure)
            let firstInSentence = seen.insert("\(key) \(figure.sentence.index) \(figure.value)").inserted
            if kinds[key] == nil { kinds[key] = Kind(canonicalUnit: figure.canonicalUnit, event: figure.event) }
            Self.count(figure, doc: doc, documentOrder: documentOrder, firstInSentence: firstInSentence, in: &kinds[key]!.values[figure.value, default: Value()])
        }
    }

    /// Counts one figure into its value's record, in place (copying a kind's records out and back
    /// for each figure copied all of them: a kind holds thousands of values).
    private static func count(_ figure: ReportedFigureRecord, doc: String, documentOrder: Int, firstInSentence: Bool, in value: inout Value) {
        for subject in figure.subjects { value.subjects[subject, default: 0] += 1 }
        if value.lastDocument != documentOrder {
            value.lastDocument = documentOrder
            value.documents += 1
            if value.firstDocument < 0 { value.firstDocument = documentOrder } else if value.secondDocument < 0 { value.secondDocument = documentOrder }
        }
        if firstInSentence {
            value.figures += 1
            cite(figure, doc: doc, documentOrder: documentOrder, in: &value)
        }
    }

    private static func cite(_ figure: ReportedFigureRecord, doc: String, documentOrder: Int, in value: inout Value) {
        let cited = Cited(documentOrder: documentOrder, doc: doc, index: figure.sentence.index, unit: figure.unit)
        let place = value.cited.firstIndex { ($0.documentOrder, $0.index) > (documentOrder, cited.index) } ?? value.cited.count
        guard place < ConflictGroup.citedPerValue else { return }
        value.cited.insert(cited, at: place)
        if value.cited.count > ConflictGroup.citedPerValue { value.cited.removeLast() }
    }
}
