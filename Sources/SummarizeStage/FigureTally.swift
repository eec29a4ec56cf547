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
///
/// Each distinct value is kept as a compact ``Record`` (numbers only: 32-bit counts and document
/// numbers, its first cited figure and first subject inline, any others in one small array), its
/// strings — subjects, units as written, the ids of documents with a cited figure — once each in
/// the tally's ``Names``; ``kinds`` reads them back as ``Kind`` and ``Value``. A corpus of up to
/// 2³¹ documents.
struct FigureTally: Sendable {
    /// One cited figure, without its sentence's text.
    struct Cited: Sendable {
        var documentOrder: Int
        var doc: String
        var index: Int
        var unit: String
    }

    /// What is kept for one distinct value of one kind of figure, read from its ``Record``.
    struct Value: Sendable {
        fileprivate let record: Record
        fileprivate let names: Names
        /// Figures giving the value (a figure repeated in one sentence counted once).
        var figures: Int { Int(record.figures) }
        /// Documents giving the value.
        var documents: Int { Int(record.documents) }
        /// The first two documents giving it (enough to tell whether two documents do).
        var firstDocuments: [Int] { [record.firstDocument, record.secondDocument].filter { $0 >= 0 }.map(Int.init) }
        /// The first cited figures, by document order and sentence index.
        var cited: [Cited] {
            record.cited.map { Cited(documentOrder: Int($0.documentOrder), doc: names.documents[Int($0.doc)], index: Int($0.index), unit: names.strings[Int($0.unit)]) }
        }
        /// How often each subject is named with the value's figures, in no particular order.
        var subjects: [(key: String, value: Int)] {
            record.subjects.map { (key: names.strings[Int($0.name)], value: Int($0.count)) }
        }
    }

    /// One kind of figure, read from the tally.
    struct Kind: Sendable {
        var canonicalUnit: String
        var event: String
        /// The kind's distinct values.
        var values: Values
    }

    /// The distinct values of one kind, each read as a ``Value``.
    struct Values: Sendable {
        fileprivate let records: [Double: Record]
        fileprivate let names: Names
        /// The values.
        var keys: Dictionary<Double, Record>.Keys { records.keys }
        /// What is kept for `value`, if the kind has it.
        subscript(value: Double) -> Value? { records[value].map { Value(record: $0, names: names) } }
    }

    /// The kinds of figures, by `"unit|event"`, each read as a ``Kind``.
    struct Kinds: Sendable {
        fileprivate let stored: [String: StoredKind]
        fileprivate let names: Names
        /// The kinds' keys (``FigureTally/key(_:)``).
        var keys: Dictionary<String, StoredKind>.Keys { stored.keys }
        /// The kind with `key`, if any.
        subscript(key: String) -> Kind? {
            stored[key].map { Kind(canonicalUnit: $0.canonicalUnit, event: $0.event, values: Values(records: $0.values, names: names)) }
        }
    }

    /// The kinds of figures, by `"unit|event"`.
    var kinds: Kinds { Kinds(stored: stored, names: names) }

    /// The stored form of one kind.
    struct StoredKind: Sendable {
        var canonicalUnit: String
        var event: String
        var values: [Double: Record] = [:]
    }

    /// A cited figure as numbers: the document's order and its id's number in ``Names/documents``,
    /// the sentence index and the unit's number in ``Names/strings``.
    struct CitedRecord: Sendable {
        var documentOrder: Int32
        var doc: Int32
        var index: Int32
        var unit: Int32

        /// An empty slot.
        static let unset = CitedRecord(documentOrder: 0, doc: 0, index: 0, unit: 0)
    }

    /// A subject's number in ``Names/strings`` and how often it is named with the value.
    struct SubjectCount: Sendable {
        var name: Int32
        var count: Int32
    }

    /// What is kept for one distinct value, as numbers: 88 bytes, the first
    /// ``ConflictGroup/citedPerValue`` cited figures (at most three) and the first subject inline,
    /// plus 8 per further subject — no heap block for the cited figures (before: 72 bytes and a
    /// block of about 80 for a value with two or more).
    struct Record: Sendable {
        var figures: Int32 = 0
        var documents: Int32 = 0
        var firstDocument: Int32 = -1, secondDocument: Int32 = -1
        var lastDocument: Int32 = -1
        private var citedCount: UInt8 = 0
        private var cited0 = CitedRecord.unset, cited1 = CitedRecord.unset, cited2 = CitedRecord.unset
        /// The first subject; a count of 0: none yet.
        private var firstSubject = SubjectCount(name: 0, count: 0)
        private var moreSubjects: [SubjectCount] = []

        /// The cited figures kept inline.
        static let inlineCited = 3

        /// The cited figures, by document order and sentence index.
        var cited: [CitedRecord] { (0..<Int(citedCount)).map(citedFigure) }
        /// The subjects with their counts.
        var subjects: [SubjectCount] { firstSubject.count > 0 ? [firstSubject] + moreSubjects : [] }

        private func citedFigure(_ slot: Int) -> CitedRecord {
            switch slot {
            case 0: cited0
            case 1: cited1
            default: cited2
            }
        }

        private mutating func setCited(_ slot: Int, _ cited: CitedRecord) {
            switch slot {
            case 0: cited0 = cited
            case 1: cited1 = cited
            default: cited2 = cited
            }
        }

        /// Counts one more naming of subject `name`.
        mutating func countSubject(_ name: Int32) {
            guard firstSubject.count > 0 else {
                firstSubject = SubjectCount(name: name, count: 1)
                return
            }
            if firstSubject.name == name {
                firstSubject.count += 1
            } else if let index = moreSubjects.firstIndex(where: { $0.name == name }) {
                moreSubjects[index].count += 1
            } else {
                moreSubjects.append(SubjectCount(name: name, count: 1))
            }
        }

        /// Where a figure of document `documentOrder`, sentence `index`, goes among the cited
        /// ones; `nil` when it is not among the first `limit` (at most ``inlineCited``).
        func citePlace(documentOrder: Int32, index: Int32, limit: Int) -> Int? {
            let count = Int(citedCount)
            var place = count
            for slot in 0..<count {
                let cited = citedFigure(slot)
                if (cited.documentOrder, cited.index) > (documentOrder, index) {
                    place = slot
                    break
                }
            }
            return place < min(limit, Self.inlineCited) ? place : nil
        }

        /// Puts `cited` at `place` (``citePlace(documentOrder:index:limit:)``), keeping at most
        /// `limit` (at most ``inlineCited``).
        mutating func cite(_ cited: CitedRecord, at place: Int, limit: Int) {
            let kept = min(limit, Self.inlineCited)
            var slot = min(Int(citedCount), kept - 1)
            while slot > place {
                setCited(slot, citedFigure(slot - 1))
                slot -= 1
            }
            setCited(place, cited)
            citedCount = UInt8(min(Int(citedCount) + 1, kept))
        }
    }

    /// The strings the records name by number, each kept once.
    final class Names: @unchecked Sendable {
        /// Subjects and units as written.
        private(set) var strings: [String] = []
        private var numbers: [String: Int32] = [:]
        /// Ids of the documents with a cited figure, in document order.
        private(set) var documents: [String] = []
        /// The order of the last document in ``documents``.
        private var lastDocumentOrder = -1

        init() {}

        /// A copy, for a tally about to change while another holds these names.
        func copy() -> Names {
            let copy = Names()
            copy.strings = strings
            copy.numbers = numbers
            copy.documents = documents
            copy.lastDocumentOrder = lastDocumentOrder
            return copy
        }

        /// The number of `string`, given it if new.
        func number(of string: String) -> Int32 {
            if let number = numbers[string] { return number }
            let number = Int32(strings.count)
            strings.append(string)
            numbers[string] = number
            return number
        }

        /// The number of document `doc` (order `documentOrder`, at least that of the last one named).
        func number(ofDocument doc: String, documentOrder: Int) -> Int32 {
            if lastDocumentOrder != documentOrder {
                lastDocumentOrder = documentOrder
                documents.append(doc)
            }
            return Int32(documents.count - 1)
        }
    }

    private var stored: [String: StoredKind] = [:]
    private var names = Names()

    /// The key of a figure's kind.
    static func key(_ figure: ReportedFigureRecord) -> String {
        "\(figure.canonicalUnit)|\(figure.event)"
    }

    /// Adds one document's figures; documents come in input order.
    mutating func add(_ figures: [ReportedFigureRecord], doc: String, documentOrder: Int) {
        guard !figures.isEmpty else { return }
        if !isKnownUniquelyReferenced(&names) { names = names.copy() }
        var seen: Set<String> = []
        for figure in figures {
            let key = Self.key(figure)
            let firstInSentence = seen.insert("\(key) \(figure.sentence.index) \(figure.value)").inserted
            if stored[key] == nil { stored[key] = StoredKind(canonicalUnit: figure.canonicalUnit, event: figure.event) }
            Self.count(figure, doc: doc, documentOrder: documentOrder, firstInSentence: firstInSentence, names: names,
                       in: &stored[key]!.values[figure.value, default: Record()])
        }
    }

    /// Counts one figure into its value's record, in place (copying a kind's records out and back
    /// for each figure copied all of them: a kind holds thousands of values).
    private static func count(
        _ figure: ReportedFigureRecord, doc: String, documentOrder: Int, firstInSentence: Bool, names: Names, in value: inout Record
    ) {
        for subject in figure.subjects { value.countSubject(names.number(of: subject)) }
        let order = Int32(documentOrder)
        if value.lastDocument != order {
            value.lastDocument = order
            value.documents += 1
            if value.firstDocument < 0 { value.firstDocument = order } else if value.secondDocument < 0 { value.secondDocument = order }
        }
        if firstInSentence {
            value.figures += 1
            cite(figure, doc: doc, documentOrder: documentOrder, names: names, in: &value)
        }
    }

    private static func cite(_ figure: ReportedFigureRecord, doc: String, documentOrder: Int, names: Names, in value: inout Record) {
        let order = Int32(documentOrder), index = Int32(figure.sentence.index), limit = ConflictGroup.citedPerValue
        guard let place = value.citePlace(documentOrder: order, index: index, limit: limit) else { return }
        let cited = CitedRecord(documentOrder: order, doc: names.number(ofDocument: doc, documentOrder: documentOrder), index: index, unit: names.number(of: figure.unit))
        value.cite(cited, at: place, limit: limit)
    }
}
