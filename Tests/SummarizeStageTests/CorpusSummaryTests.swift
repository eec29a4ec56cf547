import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Corpus summary")
struct CorpusSummaryTests {
    static let sources: [[String]] = [
        [
            "Storm Elda hit the coast of Norland on Friday with winds of up to 150 kilometres an hour.",
            "Officials opened the gates of the Brenn dam on Saturday to stop the reservoir from overflowing.",
            "About 4,000 residents were evacuated from the valley below the Brenn dam to schools and sports halls.",
            "The storm knocked out power to half of the coastal towns for most of the weekend.",
        ],
        [
            "Thousands of people spent the weekend in emergency shelters after a storm swept across Norland.",
            "Water managers opened the Brenn dam gates on Saturday so that the reservoir would not overflow.",
            "Some 5,000 valley residents were evacuated to schools before the dam gates were opened.",
            "Farmers said the flooding had ruined much of the winter wheat in the lowlands.",
        ],
        [
            "Ferry services to the northern islands of Norland were cancelled for a third day.",
            "Island shops are running short of bread and milk as supply boats stay in port.",
            "The ferry company said sailings would resume once the waves fell below four metres.",
            "Tourists stranded on the islands have been offered free rooms by local hotels.",
        ],
    ]

    static func finished(_ configure: (inout SummarizeStage.Options) -> Void = { $0.corpus_sentences = 3 }, quantities: Bool = false) throws -> (Corpus, [Document]) {
        let stage = try TestDocuments.stage(configure)
        var documents: [Document] = []
        for (n, sentences) in sources.enumerated() {
            var doc = TestDocuments.make("src\(n)", sentences)
            if quantities {
                for figure in ["4,000 residents", "5,000 valley residents"] where doc.text.contains(figure) {
                    let span = TestDocuments.span(of: figure, in: doc)
                    doc[StandardLayers.Quantities.self] = [
                        Quantity(start: span.start, end: span.end, text: figure, value: figure.hasPrefix("4") ? 4000 : 5000, unit: "resident")
                    ]
                }
            }
            try stage.process(&doc)
            documents.append(doc)
        }
        var corpus = Corpus(documents: DocumentStream(documents))
        try stage.finish(&corpus)
        return (corpus, documents)
    }

    @Test("a fact two sources report outranks any single article's lede, and the agreement cites both")
    func agreementLeads() throws {
        let (corpus, documents) = try Self.finished()
        let summary = try #require(corpus.results[StandardCorpusKeys.Summary.self])
        let agreements = try #require(summary.agreements)
        let dam = try #require(agreements.first { $0.text.contains("dam") })
        #expect(Set(dam.sources.map(\.doc)) == ["src0", "src1"])
        #expect(agreements.allSatisfy { Set($0.sources.map(\.doc)).count >= 2 })
        #expect(summary.sentences.contains { $0.text.contains("Brenn dam") })
        for cited in summary.sentences + agreements.flatMap(\.sources) {
            let source = try #require(documents.first { $0.id == cited.doc })
            #expect(source.text(of: source[StandardLayers.Sentences.self]![cited.index]) == cited.text)
        }
    }

    @Test("figures the sources report differently become a cited disagreement")
    func disagreement() throws {
        let (corpus, _) = try Self.finished(quantities: true)
        let summary = try #require(corpus.results[StandardCorpusKeys.Summary.self])
        let disagreement = try #require(summary.disagreements?.first)
        #expect(disagreement.kind == "figure")
        #expect(disagreement.values == ["4000 resident", "5000 resident"])
        #expect(disagreement.about.hasPrefix("person evacuated"))
        #expect(disagreement.sources.map(\.doc) == ["src0", "src1"])
        #expect(disagreement.conflict == 1, "a figure disagreement names its conflict group")
        let (quiet, _) = try Self.finished({ $0.corpus_sentences = 3; $0.conflicts = false }, quantities: true)
        #expect(quiet.results[StandardCorpusKeys.Summary.self]?.disagreements == [])
    }

    @Test("the builder works on a subset of the documents' candidates, such as one story")
    func subset() throws {
        var analysis = CorpusAnalysis(options: CorpusOptions(
            summarySentences: 2, candidatesPerDocument: 4, timelinePrecision: .day, timelineWindowDays: 0,
            referenceDate: nil, timelineMergeSimilarity: 0.15, redundancy: 0.5, findConflicts: false),
            summarizer: ArticleSummarizer(parameters: .balanced))
        for (n, sentences) in Self.sources.enumerated() { analysis.add(TestDocuments.make("src\(n)", sentences)) }
        let story = analysis.candidates.filter { $0.sentence.doc != "src2" }
        let summary = CorpusSummaryBuilder(
            sentences: 2, redundancy: 0.5, documentFrequency: analysis.documentFrequency, documents: analysis.documents
        ).build(story)
        #expect(summary.sentences.count == 2)
        #expect(summary.sentences.allSatisfy { $0.doc != "src2" })
        #expect(summary.agreements?.isEmpty == false)
    }

    @Test("above the pairwise limit, agreements are still found within the clusters")
    func agreementsWhenClustered() throws {
        var analysis = CorpusAnalysis(options: CorpusOptions(
            summarySentences: 1, candidatesPerDocument: 4, timelinePrecision: .day, timelineWindowDays: 0,
            referenceDate: nil, timelineMergeSimilarity: 0.15, redundancy: 0.5, findConflicts: false),
            summarizer: ArticleSummarizer(parameters: .balanced))
        for (n, sentences) in Self.sources.enumerated() { analysis.add(TestDocuments.make("src\(n)", sentences)) }
        var builder = CorpusSummaryBuilder(
            sentences: 1, redundancy: 0.5, documentFrequency: analysis.documentFrequency, documents: analysis.documents)
        builder.pairwiseLimit = 6
        let summary = builder.build(analysis.candidates)
        let agreements = try #require(summary.agreements)
        #expect(agreements.contains { Set($0.sources.map(\.doc)) == ["src0", "src1"] })
    }
}

@Suite("Corpus results on several threads")
struct AnalysisResultsThreadsTests {
    static func analysis(threads: Int, keeping: (Int) -> Bool) -> CorpusAnalysis {
        var options = CorpusOptions(
            summarySentences: 2, candidatesPerDocument: 4, timelinePrecision: .day, timelineWindowDays: 0,
            referenceDate: nil, timelineMergeSimilarity: 0.15, redundancy: 0.5, findConflicts: false)
        options.threads = threads
        var analysis = CorpusAnalysis(options: options, summarizer: ArticleSummarizer(parameters: .balanced))
        for (n, sentences) in CorpusSummaryTests.sources.enumerated() where keeping(n) {
            analysis.add(TestDocuments.make("src\(n)", sentences))
        }
        return analysis
    }

    @Test("the whole corpus's summary, ranked after the other analyses, and every story's are the same with one thread and two")
    func sameResultsWhateverTheThreads() {
        func results(threads: Int) -> [(CorpusSummary?, [TimelineEntry])] {
            let analyses = [
                Self.analysis(threads: threads) { _ in true }, Self.analysis(threads: threads) { $0 < 2 },
                Self.analysis(threads: threads) { $0 == 2 },
            ]
            let conflicts = AnalysisResults.conflicts(analyses, threads: threads)
            return AnalysisResults.compute(analyses, conflicts: conflicts, threads: threads).map { ($0.summary, $0.timeline) }
        }
        let one = results(threads: 1), two = results(threads: 2)
        #expect(one.count == 3)
        #expect(one.map(\.0) == two.map(\.0))
        #expect(one.map(\.1) == two.map(\.1))
        #expect(one[0].0?.sentences.count == 2, "the whole corpus is summarized")
        #expect(one[2].0?.sentences.allSatisfy { $0.doc == "src2" } == true, "each story is summarized from its own documents")
    }
}
