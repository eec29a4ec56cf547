import DocPipe

extension SummaryContribution: ByteCodedContribution {
    /// The byte form's version, the first byte of the stored bytes.
    static let formVersion: UInt8 = 1

    /// Form 1: version byte; terms; candidates (sentence, score); dated (date, sentence, inferred);
    /// events (date, sentence, word, stem); figures (``ReportedFigureRecord/write(to:)``).
    public static var storageVersion: Int { Int(formVersion) }

    /// The contribution in its compact form (``CompactWriter``).
    public func encodedBytes() throws -> [UInt8] {
        var writer = CompactWriter(capacity: 1024)
        writer.byte(Self.formVersion)
        writer.strings(terms)
        writer.integer(candidates.count)
        for candidate in candidates {
            candidate.sentence.write(to: &writer)
            writer.double(candidate.score)
        }
        writer.integer(dated.count)
        for entry in dated {
            writer.string(entry.date)
            entry.sentence.write(to: &writer)
            writer.byte(entry.inferred ? 1 : 0)
        }
        writer.integer(events.count)
        for event in events {
            writer.string(event.date)
            event.sentence.write(to: &writer)
            writer.string(event.word)
            writer.string(event.stem)
        }
        Self.write(figures, to: &writer)
        return writer.bytes
    }

    /// Reads what ``encodedBytes()`` wrote.
    /// - Throws: ``FileError`` when the bytes are of another form or cut short.
    public init(encodedBytes bytes: [UInt8]) throws {
        var reader = CompactReader(bytes, what: "a stored summarize contribution")
        try reader.version(Self.formVersion)
        self.init()
        terms = try reader.strings()
        let candidateCount = try reader.count()
        candidates.reserveCapacity(candidateCount)
        for _ in 0..<candidateCount {
            candidates.append(Candidate(sentence: try CorpusSentence(from: &reader), score: try reader.double()))
        }
        let datedCount = try reader.count()
        dated.reserveCapacity(datedCount)
        for _ in 0..<datedCount {
            dated.append(Dated(date: try reader.string(), sentence: try CorpusSentence(from: &reader), inferred: try reader.byte() != 0))
        }
        let eventCount = try reader.count()
        events.reserveCapacity(eventCount)
        for _ in 0..<eventCount {
            events.append(.init(date: try reader.string(), sentence: try CorpusSentence(from: &reader), word: try reader.string(), stem: try reader.string()))
        }
        figures = try Self.figures(from: &reader)
        guard reader.atEnd else { throw FileError.cannotRead("a stored summarize contribution has bytes after its end") }
    }

    /// Encodes the contribution as one base64 string of its compact form.
    public func encode(to encoder: any Encoder) throws {
        try encodeAsBase64(to: encoder)
    }

    /// Decodes the contribution from one base64 string of its compact form.
    public init(from decoder: any Decoder) throws {
        self = try Self.decodedFromBase64(decoder)
    }

    /// Writes a list of figures: the count, then each figure.
    static func write(_ figures: [ReportedFigureRecord], to writer: inout CompactWriter) {
        writer.integer(figures.count)
        for figure in figures { figure.write(to: &writer) }
    }

    /// Reads a list of figures ``write(_:to:)`` wrote.
    /// - Throws: ``FileError`` when the bytes are cut short.
    static func figures(from reader: inout CompactReader) throws -> [ReportedFigureRecord] {
        let count = try reader.count()
        var figures: [ReportedFigureRecord] = []
        figures.reserveCapacity(count)
        for _ in 0..<count { figures.append(try ReportedFigureRecord(from: &reader)) }
        return figures
    }
}

extension CorpusSentence {
    /// Writes the sentence without `doc` and `documentOrder`: index, text, terms with counts.
    func write(to writer: inout CompactWriter) {
        writer.integer(index)
        writer.string(text)
        writer.integer(terms.count)
        for (term, count) in terms {
            writer.string(term)
            writer.integer(count)
        }
    }

    /// Reads what ``write(to:)`` wrote; `doc` and `documentOrder` are left for the corpus step.
    /// - Throws: ``FileError`` when the bytes are cut short.
    init(from reader: inout CompactReader) throws {
        let index = try reader.integer()
        let text = try reader.string()
        let count = try reader.count()
        var terms: [(term: String, count: Int)] = []
        terms.reserveCapacity(count)
        for _ in 0..<count { terms.append((try reader.string(), try reader.integer())) }
        self.init(doc: "", documentOrder: 0, index: index, text: text, terms: terms)
    }
}

extension ReportedFigureRecord {
    /// Creates a record from its fields.
    init(sentence: CorpusSentence, value: Double, unit: String, canonicalUnit: String, event: String, subjects: [String]) {
        self.sentence = sentence
        self.value = value
        self.unit = unit
        self.canonicalUnit = canonicalUnit
        self.event = event
        self.subjects = subjects
    }

    /// Writes the figure: sentence, value, unit, canonical unit, event, subjects.
    func write(to writer: inout CompactWriter) {
        sentence.write(to: &writer)
        writer.double(value)
        writer.string(unit)
        writer.string(canonicalUnit)
        writer.string(event)
        writer.strings(subjects)
    }

    /// Reads what ``write(to:)`` wrote.
    /// - Throws: ``FileError`` when the bytes are cut short.
    init(from reader: inout CompactReader) throws {
        self.init(
            sentence: try CorpusSentence(from: &reader), value: try reader.double(), unit: try reader.string(),
            canonicalUnit: try reader.string(), event: try reader.string(), subjects: try reader.strings())
    }
}
