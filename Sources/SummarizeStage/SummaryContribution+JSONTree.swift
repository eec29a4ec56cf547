import DocPipe

extension SummaryContribution: JSONTreeReadable {
    /// Reads a stored contribution from its JSON object by hand, as `Decodable` does (the corpus
    /// step reads one per document on every run, cached or not).
    public init?(jsonTree: JSONValue) {
        guard let members = jsonTree.objectMembers, let terms = members["terms"]?.stringElements,
            let candidates = members["candidates"].flatMap([Candidate].init(jsonTree:)),
            let dated = members["dated"].flatMap([Dated].init(jsonTree:)),
            let events = members["events"].flatMap([DateConflictFinder.DatedEvent].init(jsonTree:)),
            let figures = members["figures"].flatMap([ReportedFigureRecord].init(jsonTree:))
        else { return nil }
        self.init()
        self.terms = terms
        self.candidates = candidates
        self.dated = dated
        self.events = events
        self.figures = figures
    }
}

extension SummaryContribution.Candidate: JSONTreeReadable {
    init?(jsonTree: JSONValue) {
        guard let members = jsonTree.objectMembers, let sentence = members["sentence"].flatMap(CorpusSentence.init(jsonTree:)),
            let score = members["score"]?.doubleValue
        else { return nil }
        self.init(sentence: sentence, score: score)
    }
}

extension SummaryContribution.Dated: JSONTreeReadable {
    init?(jsonTree: JSONValue) {
        guard let members = jsonTree.objectMembers, let date = members["date"]?.stringValue,
            let sentence = members["sentence"].flatMap(CorpusSentence.init(jsonTree:)), let inferred = members["inferred"]?.boolValue
        else { return nil }
        self.init(date: date, sentence: sentence, inferred: inferred)
    }
}

extension DateConflictFinder.DatedEvent: JSONTreeReadable {
    init?(jsonTree: JSONValue) {
        guard let members = jsonTree.objectMembers, let date = members["date"]?.stringValue,
            let sentence = members["sentence"].flatMap(CorpusSentence.init(jsonTree:)),
            let word = members["word"]?.stringValue, let stem = members["stem"]?.stringValue
        else { return nil }
        self.init(date: date, sentence: sentence, word: word, stem: stem)
    }
}

extension ReportedFigureRecord: JSONTreeReadable {
    init?(jsonTree: JSONValue) {
        guard let members = jsonTree.objectMembers, let sentence = members["sentence"].flatMap(CorpusSentence.init(jsonTree:)),
            let value = members["value"]?.doubleValue, let unit = members["unit"]?.stringValue,
            let canonicalUnit = members["canonicalUnit"]?.stringValue, let event = members["event"]?.stringValue,
            let subjects = members["subjects"]?.stringElements
        else { return nil }
        self.sentence = sentence
        self.value = value
        self.unit = unit
        self.canonicalUnit = canonicalUnit
        self.event = event
        self.subjects = subjects
    }
}

extension CorpusSentence: JSONTreeReadable {
    /// Reads a sentence as its `init(from:)` does: no document id or position (the corpus step
    /// sets them), terms and their counts from two parallel arrays.
    init?(jsonTree: JSONValue) {
        guard let members = jsonTree.objectMembers, let index = members["index"]?.integerValue,
            let text = members["text"]?.stringValue, let names = members["terms"]?.stringElements,
            let counts = members["counts"]?.arrayElements
        else { return nil }
        var numbers: [Int] = []
        numbers.reserveCapacity(counts.count)
        for count in counts {
            guard let number = count.integerValue else { return nil }
            numbers.append(number)
        }
        self.init(doc: "", documentOrder: 0, index: index, text: text, terms: zip(names, numbers).map { ($0, $1) })
    }
}
