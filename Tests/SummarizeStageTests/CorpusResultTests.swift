import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Corpus results")
struct CorpusResultTests {
    static let reports: [[String]] = [
        [
            "A volcano erupted on the island of Veloria on Monday, sending ash ten kilometres into the sky.",
            "Airlines cancelled flights across the region as the ash cloud drifted south.",
            "About 2,000 soldiers were sent to help evacuate villages on the slopes of the volcano.",
            "Scientists said the eruption could continue for several weeks.",
        ],
        [
            "Thousands of people fled their homes after the Veloria volcano erupted on Monday.",
            "The government said 2,500 soldiers had been deployed to evacuate villages near the crater.",
            "Flights were cancelled across the region because of the ash cloud.",
            "Farmers worry that ash will ruin this year's harvest.",
        ],
        [
            "The eruption on Veloria has closed the island's only airport.",
            "Hotels in the capital are housing families evacuated from villages near the volcano.",
            "Geologists warned that further eruptions were possible in the coming weeks.",
            "Tourism officials said bookings had fallen sharply since the eruption began.",
        ],
    ]

    static func corpus(_ documents: [Document]) -> Corpus { Corpus(documents: DocumentStream(documents)) }

    @Test("the corpus summary cites several documents for the facts several report, each sentence once, none redundant")
    func corpusSummary() throws {
        let stage = try TestDocuments.stage { $0.corpus_sentences = 3 }
        var documents: [Document] = []
        for (n, sentences) in Self.reports.enumerated() {
            var doc = TestDocuments.make("doc\(n)", sentences)
            try stage.process(&doc)
            documents.append(doc)
        }
        var corpus = Self.corpus(documents)
        try stage.finish(&corpus)
        let summary = try #require(corpus.results[StandardCorpusKeys.Summary.self])
        #expect(summary.sentences.count == 3)
        #expect(Set(summary.sentences.map(\.doc)).count >= 2)
        #expect(summary.sentences.contains { $0.text.contains("soldiers") }, "the deployment two sources report")
        #expect(summary.sentences.contains { $0.text.contains("erupted") }, "the eruption every source reports")
        #expect(Set(summary.sentences.map { "\($0.doc)#\($0.index)" }).count == 3)
        for cited in summary.sentences {
            let source = try #require(documents.first { $0.id == cited.doc })
            #expect(source.text(of: source[StandardLayers.Sentences.self]![cited.index]) == cited.text)
        }
        let texts = summary.sentences.map(\.text)
        #expect(!(texts.contains(Self.reports[0][1]) && texts.contains(Self.reports[1][2])), "two sentences about cancelled flights")
    }

    @Test("the same dated event from two sources is one timeline entry, and entries run in date order")
    func timeline() throws {
        var first = TestDocuments.make("first", [
            "Parliament approved the new budget on March 4, 2021 after a long debate.",
            "Opposition parties had called a protest for March 1, 2021 outside the parliament building.",
            "The country gained independence in 1962 after years of struggle.",
        ])
        var second = TestDocuments.make("second", [
            "After a long debate, parliament approved the budget on 4 March 2021.",
            "The finance minister will present details of the tax changes next week.",
        ])
        first[StandardLayers.Dates.self] = [
            DateMention(start: TestDocuments.span(of: "March 4, 2021", in: first).start, end: TestDocuments.span(of: "March 4, 2021", in: first).end, text: "March 4, 2021", value: "2021-03-04"),
            DateMention(start: TestDocuments.span(of: "March 1, 2021", in: first).start, end: TestDocuments.span(of: "March 1, 2021", in: first).end, text: "March 1, 2021", value: "2021-03-01"),
            DateMention(start: TestDocuments.span(of: "1962", in: first).start, end: TestDocuments.span(of: "1962", in: first).end, text: "1962", value: "1962"),
        ]
        let mention = TestDocuments.span(of: "4 March 2021", in: second)
        second[StandardLayers.Dates.self] = [DateMention(start: mention.start, end: mention.end, text: "4 March 2021", value: "2021-03-04")]
        let stage = try TestDocuments.stage()
        var corpus = Self.corpus([first, second])
        try stage.finish(&corpus)
        let timeline = try #require(corpus.results[StandardCorpusKeys.Timeline.self])
        #expect(timeline.map(\.date) == ["2021-03-01", "2021-03-04"])
        let merged = timeline[1]
        #expect(merged.doc == "first" && merged.index == 0)
        #expect(merged.sources?.map(\.doc) == ["first", "second"])
        #expect(merged.sources?.map(\.index) == [0, 0])
        #expect(timeline[0].sources == nil)
    }

    @Test("year-only and far-off dates are left off the timeline unless asked for")
    func timelineFilters() throws {
        var doc = TestDocuments.make("d", [
            "The country gained independence in 1962 after years of struggle.",
            "The old treaty was signed on June 2, 1950 by both governments.",
        ])
        doc[StandardLayers.Dates.self] = [
            DateMention(start: TestDocuments.span(of: "1962", in: doc).start, end: TestDocuments.span(of: "1962", in: doc).end, text: "1962", value: "1962"),
            DateMention(start: TestDocuments.span(of: "June 2, 1950", in: doc).start, end: TestDocuments.span(of: "June 2, 1950", in: doc).end, text: "June 2, 1950", value: "1950-06-02"),
        ]
        var corpus = Self.corpus([doc])
        try TestDocuments.stage().finish(&corpus)
        #expect(corpus.results[StandardCorpusKeys.Timeline.self]?.isEmpty == true)
        corpus = Self.corpus([doc])
        try TestDocuments.stage { $0.timeline_min_precision = "year"; $0.timeline_window_days = 0 }.finish(&corpus)
        #expect(corpus.results[StandardCorpusKeys.Timeline.self]?.map(\.date) == ["1950-06-02", "1962"])
    }

    @Test("troop figures that two documents report differently form one conflict; unrelated units do not")
    func conflicts() throws {
        var first = TestDocuments.make("first", Self.reports[0])
        var second = TestDocuments.make("second", Self.reports[1])
        func quantity(_ text: String, in doc: Document, value: Double, unit: String) -> Quantity {
            let span = TestDocuments.span(of: text, in: doc)
            return Quantity(start: span.start, end: span.end, text: text, value: value, unit: unit)
        }
        first[StandardLayers.Quantities.self] = [
            quantity("2,000 soldiers", in: first, value: 2000, unit: "soldier"),
            quantity("ten kilometres", in: first, value: 10, unit: "kilometre"),
        ]
        second[StandardLayers.Quantities.self] = [
            quantity("2,500 soldiers", in: second, value: 2500, unit: "soldiers"),
            quantity("Thousands of people", in: second, value: 1000, unit: "person"),
        ]
        var corpus = Self.corpus([first, second])
        try TestDocuments.stage().finish(&corpus)
        let groups = try #require(corpus.results[StandardCorpusKeys.Conflicts.self])
        #expect(groups.count == 1)
        let group = try #require(groups.first)
        #expect(group.figures.map(\.value) == [2000, 2500])
        #expect(group.figures.map(\.doc) == ["first", "second"])
        #expect(group.figures.map(\.index) == [2, 1])
        #expect(group.figures[1].text == Self.reports[1][1])
    }

    @Test("figures of different scale or with no event to compare are not grouped")
    func noFalseConflicts() throws {
        var first = TestDocuments.make("first", ["Rescuers found 3 soldiers alive under the rubble of the barracks."])
        var second = TestDocuments.make("second", ["Officials said 2,500 soldiers were based in the region before the quake."])
        var third = TestDocuments.make("third", ["About 40 percent of the town voted for the mayor in the last election."])
        var fourth = TestDocuments.make("fourth", ["Nearly 55 percent of the budget goes to pensions and health care."])
        first[StandardLayers.Quantities.self] = [Quantity(start: 15, end: 25, text: "3 soldiers", value: 3, unit: "soldier")]
        second[StandardLayers.Quantities.self] = [Quantity(start: 14, end: 28, text: "2,500 soldiers", value: 2500, unit: "soldier")]
        third[StandardLayers.Quantities.self] = [Quantity(start: 6, end: 16, text: "40 percent", value: 40, unit: "%")]
        fourth[StandardLayers.Quantities.self] = [Quantity(start: 7, end: 17, text: "55 percent", value: 55, unit: "%")]
        var corpus = Self.corpus([first, second, third, fourth])
        try TestDocuments.stage().finish(&corpus)
        #expect(corpus.results[StandardCorpusKeys.Conflicts.self]?.isEmpty == true)
    }
}

@Suite("Corpus summary at scale")
struct CorpusScaleTests {
    @Test("above the pairwise limit, clustering still gives distinct documents and no near-duplicates")
    func clusteredSupport() {
        let topics = [
            "The port strike stopped container ships from unloading at the northern docks",
            "Wheat prices rose sharply after the drought cut the harvest in the southern plains",
            "The new metro line opened to passengers after six years of tunnelling under the city",
        ]
        var candidates: [(sentence: CorpusSentence, score: Double)] = []
        var frequency: [String: Int] = [:]
        var extractor = TermExtractor()
        for doc in 0..<12 {
            let text = topics[doc % 3] + (doc < 6 ? " on Monday." : " this week.")
            let terms = extractor.terms(of: text)
            for (term, _) in terms { frequency[term, default: 0] += 1 }
            candidates.append((CorpusSentence(doc: "d\(doc)", documentOrder: doc, index: 0, text: text, terms: terms), 1))
        }
        var builder = CorpusSummaryBuilder(sentences: 3, redundancy: 0.5, documentFrequency: frequency, documents: 12)
        builder.pairwiseLimit = 4
        let summary = builder.build(candidates)
        #expect(summary.sentences.count == 3)
        #expect(Set(summary.sentences.map(\.doc)).count == 3)
        let topicsCovered = Set(summary.sentences.map { sentence in topics.firstIndex { sentence.text.hasPrefix($0) }! })
        #expect(topicsCovered.count == 3)
    }
}

@Suite("Timeline details")
struct TimelineDetailTests {
    @Test("two sentences of one document on one date stay two events, and a bare 'today' dates nothing")
    func sameDocumentNotMerged() throws {
        var doc = TestDocuments.make("one", [
            "On May 2, 2021 the council approved the harbour budget after a long debate.",
            "Also on May 2, 2021 the council approved the harbour budget for the ferry repairs.",
            "Today the harbour is one of the busiest on the coast.",
        ])
        var dates: [DateMention] = []
        for (text, value) in [("May 2, 2021", "2021-05-02"), ("Today", "2021-05-03")] {
            var searchFrom = 0
            let scalars = Array(doc.text.unicodeScalars), needle = Array(text.unicodeScalars)
            while searchFrom + needle.count <= scalars.count {
                if Array(scalars[searchFrom..<(searchFrom + needle.count)]) == needle {
                    dates.append(DateMention(start: searchFrom, end: searchFrom + needle.count, text: text, value: value))
                }
                searchFrom += 1
            }
        }
        doc[StandardLayers.Dates.self] = dates
        var corpus = Corpus(documents: DocumentStream([doc]))
        try TestDocuments.stage { $0.timeline_window_days = 0 }.finish(&corpus)
        let timeline = try #require(corpus.results[StandardCorpusKeys.Timeline.self])
        #expect(timeline.map(\.index) == [0, 1])
        #expect(timeline.allSatisfy { $0.sources == nil })
    }
}
