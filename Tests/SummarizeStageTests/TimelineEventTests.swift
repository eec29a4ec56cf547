import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Timeline events and conflicting dates")
struct TimelineEventTests {
    /// A document whose dates layer holds the given (expression, value) pairs at their first occurrence.
    private func document(_ id: String, _ sentences: [String], dates: [(String, String)], inferred: Bool = false, date: String? = nil) -> Document {
        var doc = TestDocuments.make(id, sentences)
        doc.metadata.date = date
        doc[StandardLayers.Dates.self] = dates.map { text, value in
            let span = TestDocuments.span(of: text, in: doc)
            return DateMention(start: span.start, end: span.end, text: text, value: value, inferred: inferred ? true : nil)
        }
        return doc
    }

    private func finish(_ documents: [Document]) throws -> CorpusResults {
        var corpus = Corpus(documents: DocumentStream(documents))
        try TestDocuments.stage { $0.timeline_window_days = 0 }.finish(&corpus)
        return corpus.results
    }

    @Test("a date that only tells when a commentator wrote or said something dates no event")
    func commentDatesAreNotEvents() throws {
        let doc = document("op", [
            "The harbour authority closed the northern pier on March 2, 2021 after the storm.",
            "The decision was a mistake, the economist Dana Wexler wrote Thursday in a long essay.",
            "In an interview on Monday the mayor defended the closure of the pier.",
        ], dates: [("March 2, 2021", "2021-03-02"), ("Thursday", "2021-03-04"), ("Monday", "2021-03-08")])
        let timeline = try #require(try finish([doc])[StandardCorpusKeys.Timeline.self])
        #expect(timeline.map(\.date) == ["2021-03-02"])
    }

    @Test("a formal statement on a date stays on the timeline")
    func statementsStay() throws {
        let doc = document("gov", [
            "The interior minister stated on March 5, 2021 that the border would reopen within a week.",
        ], dates: [("March 5, 2021", "2021-03-05")])
        let timeline = try #require(try finish([doc])[StandardCorpusKeys.Timeline.self])
        #expect(timeline.map(\.date) == ["2021-03-05"])
    }

    @Test("the same event dated differently by two sources is a date conflict, with both dates and sentences")
    func conflictingDates() throws {
        let first = document("first", [
            "On March 3, 2021, the port authority resigned its licence for the northern ferry route.",
            "Passengers crowded the southern terminal all week.",
        ], dates: [("March 3, 2021", "2021-03-03")])
        let second = document("second", [
            "The port authority's March 4, 2021 resignation of its ferry licence left the northern route without service.",
            "Ferry passengers waited for hours at the southern terminal.",
        ], dates: [("March 4, 2021", "2021-03-04")])
        let results = try finish([first, second])
        let conflicts = try #require(results[StandardCorpusKeys.DateConflicts.self])
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.dates.map(\.date) == ["2021-03-03", "2021-03-04"])
        #expect(conflicts.first?.dates.map(\.doc) == ["first", "second"])
        #expect(conflicts.first?.event == "resigned")
    }

    @Test("the same event on the same date, or different events on different dates, is no conflict")
    func noConflict() throws {
        let first = document("first", [
            "On March 3, 2021, the port authority resigned its licence for the northern ferry route.",
            "The new bridge over the estuary opened on March 9, 2021 to traffic.",
        ], dates: [("March 3, 2021", "2021-03-03"), ("March 9, 2021", "2021-03-09")])
        let second = document("second", [
            "The port authority resigned its licence for the northern ferry route on March 3, 2021.",
            "Lorries queued at the harbour gate on March 8, 2021 as customs checks slowed.",
        ], dates: [("March 3, 2021", "2021-03-03"), ("March 8, 2021", "2021-03-08")])
        let conflicts = try #require(try finish([first, second])[StandardCorpusKeys.DateConflicts.self])
        #expect(conflicts.isEmpty)
    }

    @Test("a timeline entry from an inferred date is marked inferred")
    func inferredEntries() throws {
        let doc = document("inf", ["The harbour reopened to ferries on March 12 after repairs."], dates: [("March 12", "2021-03-12")], inferred: true)
        let timeline = try #require(try finish([doc])[StandardCorpusKeys.Timeline.self])
        #expect(timeline.first?.inferred == true)
    }

    @Test("without any anchor the timeline is still built from the documents' absolute dates")
    func noAnchorTimeline() throws {
        let doc = document("abs", [
            "The harbour authority closed the northern pier on March 2, 2021 after the storm.",
            "Repairs to the pier began on April 19, 2021 with two cranes.",
        ], dates: [("March 2, 2021", "2021-03-02"), ("April 19, 2021", "2021-04-19")])
        var corpus = Corpus(documents: DocumentStream([doc]))
        let stage = try SummarizeStage(options: SummarizeStage.Options(), context: StageContext(pipelineName: "test", referenceDate: nil))
        try stage.finish(&corpus)
        let timeline = try #require(corpus.results[StandardCorpusKeys.Timeline.self])
        #expect(timeline.map(\.date) == ["2021-03-02", "2021-04-19"])
    }

    @Test("a reference date far from every date of a document does not empty its timeline")
    func referenceFarFromTheDocument() throws {
        let doc = document("old", [
            "The harbour authority closed the northern pier on March 2, 1998 after the storm.",
            "Repairs to the pier began on April 19, 1998 with two cranes.",
            "The pier was first built on June 5, 1950 by the town.",
        ], dates: [("March 2, 1998", "1998-03-02"), ("April 19, 1998", "1998-04-19"), ("June 5, 1950", "1950-06-05")])
        var corpus = Corpus(documents: DocumentStream([doc]))
        let stage = try SummarizeStage(options: SummarizeStage.Options(), context: StageContext(pipelineName: "test", referenceDate: "2022-01-11"))
        try stage.finish(&corpus)
        let timeline = try #require(corpus.results[StandardCorpusKeys.Timeline.self])
        #expect(timeline.map(\.date) == ["1998-03-02", "1998-04-19"])
    }

    @Test("a document's own date in prose anchors the timeline window")
    func proseMetadataDateAnchorsWindow() throws {
        let doc = document("win", [
            "The harbour authority closed the northern pier on March 2, 2021 after the storm.",
            "The pier was first built on June 5, 1950 by the town.",
        ], dates: [("March 2, 2021", "2021-03-02"), ("June 5, 1950", "1950-06-05")], date: "March 4, 2021")
        var corpus = Corpus(documents: DocumentStream([doc]))
        let stage = try SummarizeStage(options: SummarizeStage.Options(), context: StageContext(pipelineName: "test", referenceDate: "1950-06-01"))
        try stage.finish(&corpus)
        let timeline = try #require(corpus.results[StandardCorpusKeys.Timeline.self])
        #expect(timeline.map(\.date) == ["2021-03-02"])
    }
}
