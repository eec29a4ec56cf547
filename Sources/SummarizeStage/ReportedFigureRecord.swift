import DocPipe

/// One figure found in a document, with what is needed to compare it with other documents' figures.
struct ReportedFigureRecord: Sendable, Codable {
    /// The sentence that reports it.
    var sentence: CorpusSentence
    /// The value (a range's lower end).
    var value: Double
    /// The unit as written by the quantity layer.
    var unit: String
    /// The canonical unit.
    var canonicalUnit: String
    /// What the figure counts, from event words near it ("killed", "detained"), or empty.
    var event: String
    /// Canonical names of the entities in the sentence.
    var subjects: [String]

    /// How many words either side of the figure are searched for an event word.
    static let eventWindow = 8

    /// Reads a quantity; `nil` when its unit is a duration or too vague to compare.
    /// - Parameters:
    ///   - quantity: the quantity.
    ///   - sentence: the sentence it is in.
    ///   - scalars: the document's code points.
    ///   - span: the sentence span.
    ///   - entities: the entity mentions inside the sentence.
    init?(quantity: Quantity, sentence: CorpusSentence, scalars: [Unicode.Scalar], span: Span, entities: [EntityMention]) {
        let unit = FigureVocabulary.canonicalUnit(quantity.unit)
        guard !FigureVocabulary.durationUnits.contains(unit), quantity.value.isFinite else { return nil }
        let event = Self.event(near: quantity, scalars: scalars, span: span)
        if FigureVocabulary.vagueUnits.contains(unit) && event.isEmpty { return nil }
        self.sentence = sentence
        self.value = quantity.value
        self.unit = quantity.unit
        canonicalUnit = unit
        self.event = event
        subjects = Array(Set(entities.filter { $0.label != .person }.map(\.canonical))).sorted()
    }

    private static func event(near quantity: Quantity, scalars: [Unicode.Scalar], span: Span) -> String {
        let before = lastWords(scalars, from: max(span.start, 0), to: max(span.start, quantity.start), count: eventWindow)
        let after = words(scalars, from: min(quantity.end, span.end), to: span.end, first: eventWindow)
        for word in before + after {
            if let event = FigureVocabulary.eventStems[eventStems.stem(word)] { return event }
        }
        return ""
    }

    /// The stems of words met near figures so far, for the whole process.
    private static let eventStems = StemMemo()

    /// The lower-cased words between two offsets, as UTF-8; only the first `first` when given.
    private static func words(_ scalars: [Unicode.Scalar], from start: Int, to end: Int, first: Int? = nil) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var position = max(0, start)
        let limit = min(end, scalars.count)
        while position < limit, words.count < first ?? Int.max {
            guard isLetter(scalars[position]) else {
                position += 1
                continue
            }
            let wordStart = position
            while position < limit && isLetter(scalars[position]) { position += 1 }
            words.append(TermExtractor.lowercased(scalars[wordStart..<position]))
        }
        return words
    }

    /// The last `count` lower-cased words between two offsets, in reading order: the words
    /// ``words(_:from:to:first:)`` finds there, read from the end.
    private static func lastWords(_ scalars: [Unicode.Scalar], from start: Int, to end: Int, count: Int) -> [[UInt8]] {
        var words: [[UInt8]] = []
        let floor = max(0, start)
        var position = min(end, scalars.count)
        while position > floor, words.count < count {
            guard isLetter(scalars[position - 1]) else {
                position -= 1
                continue
            }
            let wordEnd = position
            while position > floor && isLetter(scalars[position - 1]) { position -= 1 }
            words.append(TermExtractor.lowercased(scalars[position..<wordEnd]))
        }
        return words.reversed()
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        return scalar.properties.isAlphabetic
    }
}
