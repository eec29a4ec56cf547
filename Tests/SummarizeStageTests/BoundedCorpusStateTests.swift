import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Bounded corpus state")
struct BoundedCorpusStateTests {
    /// `count` documents reporting a casualty figure; document n gives `value(n)`.
    static func reports(_ count: Int, value: (Int) -> Int) -> [Document] {
        (0..<count).map { n in
            let figure = "\(value(n)) people"
            var doc = TestDocuments.make("report-\(n)", [
                "Rescue teams worked through the night in the flooded district.",
                "Officials said \(figure) were killed when the river burst its banks.",
            ])
            let span = TestDocuments.span(of: figure, in: doc)
            doc[StandardLayers.Quantities.self] = [Quantity(start: span.start, end: span.end, text: figure, value: Double(value(n)), unit: "person")]
            return doc
        }
    }

    @Test("a conflict group counts every figure per value but cites only the first few in document order")
    func groupCitesFewPerValue() throws {
        var corpus = Corpus(documents: DocumentStream(Self.reports(10) { $0 % 2 == 0 ? 40 : 45 }))
        try TestDocuments.stage().finish(&corpus)
        let group = try #require(corpus.results[StandardCorpusKeys.Conflicts.self]?.first)
        #expect(group.values == [ConflictValue(value: 40, documents: 5, figures: 5), ConflictValue(value: 45, documents: 5, figures: 5)])
        #expect(group.figureCount == 10)
        #expect(group.figures.count == 2 * ConflictGroup.citedPerValue)
        #expect(group.figures.map(\.doc) == ["report-0", "report-2", "report-4", "report-1", "report-3", "report-5"])
        #expect(group.figures[3].text == "Officials said 45 people were killed when the river burst its banks.", "a cited figure's text is read again")
    }

    @Test("a group with many distinct values lists the most widely reported ones and counts them all")
    func groupListsFewValues() throws {
        var corpus = Corpus(documents: DocumentStream(Self.reports(26) { $0 < 24 ? 100 + $0 : 110 }))
        try TestDocuments.stage().finish(&corpus)
        let group = try #require(corpus.results[StandardCorpusKeys.Conflicts.self]?.first)
        #expect(group.valueCount == 24)
        #expect(group.values.count == ConflictGroup.listedValues)
        #expect(group.values.first { $0.value == 110 }?.documents == 3)
        #expect(group.values.map(\.value) == group.values.map(\.value).sorted())
        #expect((group.lowest, group.highest) == (100, 123))
        #expect(group.figureCount == 26)
        #expect(group.values.map(\.value) == [100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119])
    }

    @Test("the conflicts stream gives every figure of the groups, in document order, with its group number")
    func streamListsEveryFigure() throws {
        var corpus = Corpus(documents: DocumentStream(Self.reports(7) { $0 < 4 ? 40 : 45 }))
        try TestDocuments.stage().finish(&corpus)
        let stream = try #require(corpus.conflictFigures)
        var rows: [ConflictFigure] = []
        try stream.forEach { rows.append($0) }
        #expect(rows.map(\.figure.doc) == (0..<7).map { "report-\($0)" })
        #expect(rows.map(\.figure.value) == [40, 40, 40, 40, 45, 45, 45])
        #expect(Set(rows.map(\.group)) == [1])
        #expect(rows[5].figure.text == "Officials said 45 people were killed when the river burst its banks.")
    }

    @Test("the summary's figure disagreement names its group and lists each value once")
    func disagreementNamesGroup() throws {
        var corpus = Corpus(documents: DocumentStream(Self.reports(6) { $0 % 3 == 0 ? 40 : 45 }))
        try TestDocuments.stage { $0.corpus_sentences = 2 }.finish(&corpus)
        let disagreement = try #require(corpus.results[StandardCorpusKeys.Summary.self]?.disagreements?.first)
        #expect(disagreement.conflict == 1)
        #expect(disagreement.values == ["40 person", "45 person"])
        #expect(disagreement.sources.map(\.doc) == ["report-0", "report-1"])
    }

    @Test("the corpus keeps the best candidates by score, then document order, in the order they came")
    func bestCandidates() {
        func candidate(_ doc: Int, _ score: Double) -> (sentence: CorpusSentence, score: Double) {
            (CorpusSentence(doc: "d\(doc)", documentOrder: doc, index: 0, text: "", terms: []), score)
        }
        let all = [candidate(0, 0.2), candidate(1, 0.9), candidate(2, 0.5), candidate(3, 0.9), candidate(4, 0.1), candidate(5, 0.5)]
        let kept = CorpusAnalysis.best(all, limit: 3)
        #expect(kept.map(\.sentence.documentOrder) == [1, 2, 3])
        let inSteps = CorpusAnalysis.best(CorpusAnalysis.best(Array(all.prefix(4)), limit: 3) + all.suffix(2), limit: 3)
        #expect(inSteps.map(\.sentence.documentOrder) == kept.map(\.sentence.documentOrder), "pruning in steps keeps the same candidates")
        #expect(CorpusAnalysis.best(all, limit: 10).count == all.count)
    }

    @Test("adding documents one by one under a small limit keeps exactly the best candidates of all of them")
    func candidatesUnderALimit() {
        var options = CorpusOptions(
            summarySentences: 1, candidatesPerDocument: 4, timelinePrecision: .day, timelineWindowDays: 0,
            referenceDate: nil, timelineMergeSimilarity: 0.15, redundancy: 0.5, findConflicts: false)
        options.candidateLimit = 16
        var analysis = CorpusAnalysis(options: options, summarizer: ArticleSummarizer(parameters: .balanced))
        var all: [(sentence: CorpusSentence, score: Double)] = []
        for doc in 0..<40 {
            var contribution = SummaryContribution()
            for rank in 0..<3 {
                let score = Double((doc * 7 + rank * 3) % 11) / 10
                let sentence = CorpusSentence(doc: "", documentOrder: 0, index: rank, text: "sentence \(rank)", terms: [])
                contribution.candidates.append(SummaryContribution.Candidate(sentence: sentence, score: score))
                all.append((CorpusSentence(doc: "d\(doc)", documentOrder: doc, index: rank, text: "", terms: []), score))
            }
            analysis.add(contribution, id: "d\(doc)")
            #expect(analysis.candidates.count <= 16, "never holds more than the limit after a document")
        }
        analysis.keepBestCandidates()
        let expected = CorpusAnalysis.best(all, limit: 16)
        #expect(analysis.candidates.map { "\($0.sentence.doc)/\($0.sentence.index)" } == expected.map { "\($0.sentence.doc)/\($0.sentence.index)" })
        #expect(analysis.candidates.map(\.score) == expected.map(\.score))
    }
}
