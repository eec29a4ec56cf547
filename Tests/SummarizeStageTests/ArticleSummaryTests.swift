import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Article summaries")
struct ArticleSummaryTests {
    @Test("a sentence count gives that many whole sentences, in document order")
    func sentenceCount() throws {
        var doc = TestDocuments.make("a", TestDocuments.floodArticle, title: "Floods force families from Marlow homes")
        try TestDocuments.stage { $0.sentences = 2 }.process(&doc)
        let summary = try #require(doc[StandardLayers.SummaryLayer.self])
        #expect(summary.sentences.count == 2)
        #expect(summary.sentences == summary.sentences.sorted())
        let spans = doc[StandardLayers.Sentences.self]!
        #expect(summary.text == summary.sentences.map { doc.text(of: spans[$0]) }.joined(separator: " "))
    }

    @Test("the lead sentence of a news article is chosen")
    func leadChosen() throws {
        var doc = TestDocuments.make("a", TestDocuments.floodArticle)
        try TestDocuments.stage().process(&doc)
        #expect(doc[StandardLayers.SummaryLayer.self]?.sentences.first == 0)
    }

    @Test("a word budget is never exceeded once one sentence is chosen")
    func wordBudget() throws {
        var doc = TestDocuments.make("a", TestDocuments.floodArticle)
        try TestDocuments.stage { $0.words = 35 }.process(&doc)
        let summary = try #require(doc[StandardLayers.SummaryLayer.self])
        let words = summary.text.split(separator: " ").count
        #expect(summary.sentences.count >= 1)
        #expect(words <= 35)
        #expect(words >= 15)
    }

    @Test("a ratio keeps that share of the eligible sentences")
    func ratio() throws {
        var doc = TestDocuments.make("a", Array(TestDocuments.floodArticle.prefix(6)))
        try TestDocuments.stage { $0.ratio = 0.5 }.process(&doc)
        #expect(doc[StandardLayers.SummaryLayer.self]?.sentences.count == 3)
    }

    @Test("a document's summary_sentences metadata overrides the option")
    func perDocumentOverride() throws {
        var doc = TestDocuments.make("a", TestDocuments.floodArticle)
        doc.metadata.extra["summary_sentences"] = .integer(5)
        try TestDocuments.stage().process(&doc)
        #expect(doc[StandardLayers.SummaryLayer.self]?.sentences.count == 5)
        doc.metadata.extra["summary_sentences"] = .string("five")
        #expect(throws: StageError.self) { try TestDocuments.stage().process(&doc) }
    }

    @Test("two near-duplicate sentences are never both chosen")
    func redundancy() throws {
        let sentences = [
            "The central bank raised interest rates by half a point on Thursday to fight rising prices.",
            "On Thursday the central bank raised interest rates by half a point to fight rising prices.",
            "Economists had expected a smaller rise in interest rates from the central bank.",
            "Mortgage lenders said they would pass the higher rates on to borrowers within weeks.",
            "Prices of food and fuel rose faster than wages for the sixth month running.",
            "The bank's governor said further rises in rates could follow if prices keep climbing.",
        ]
        for count in 2...4 {
            var doc = TestDocuments.make("r", sentences)
            try TestDocuments.stage { $0.sentences = count }.process(&doc)
            let chosen = Set(doc[StandardLayers.SummaryLayer.self]!.sentences)
            #expect(!(chosen.contains(0) && chosen.contains(1)), "chose both near-duplicates with \(count) sentences")
        }
    }

    @Test("headings, fragments, photo captions and boilerplate recorded by clean are never chosen")
    func ineligibleSentences() throws {
        var doc = TestDocuments.make("h", [
            "Storm Warning For The Coast",
            "Sign up for our newsletter to get the latest weather news every morning.",
            "A powerful storm will reach the coast tonight, bringing winds of up to 120 kilometres an hour.",
            "Read more.",
            "Coastal towns have opened shelters and told residents to stay indoors.",
            "Ferries between the islands have been cancelled until Thursday morning.",
            "Fishing boats shelter in the harbour of the port town in this image taken on Monday.",
        ])
        doc[StandardLayers.Removed.self] = [
            Removal(start: 500, end: 571, text: "Sign up for our newsletter to get the latest weather news every morning.", reason: "boilerplate"),
        ]
        try TestDocuments.stage { $0.sentences = 5 }.process(&doc)
        #expect(doc[StandardLayers.SummaryLayer.self]?.sentences == [2, 4, 5])
    }

    @Test("a headline on its own line is never chosen, even with end punctuation")
    func headlineLine() throws {
        let headline = "Why The Harbour Town Voted To Close Its Old Ferry Pier (And What Comes Next?)"
        let body = [
            "The harbour town voted on Tuesday to close its old ferry pier after engineers found the wooden piles had rotted.",
            "Ferries will use a temporary floating dock until a new concrete pier is built next year.",
            "Fishermen said the closure of the old pier would cost them hours every day.",
        ]
        let text = headline + "\n\n" + body.joined(separator: " ")
        var doc = Document(id: "h", text: text)
        var spans = [Span(start: 0, end: headline.unicodeScalars.count)]
        var offset = headline.unicodeScalars.count + 2
        for sentence in body {
            spans.append(Span(start: offset, end: offset + sentence.unicodeScalars.count))
            offset += sentence.unicodeScalars.count + 1
        }
        doc[StandardLayers.Sentences.self] = spans
        try TestDocuments.stage { $0.sentences = 3 }.process(&doc)
        #expect(doc[StandardLayers.SummaryLayer.self]?.sentences == [1, 2, 3])
        #expect(BoilerplateFilter.headlineLines(Array(text.unicodeScalars), spans: spans) == [0])
    }

    @Test("a name-heavy sentence inside a paragraph is not taken for a headline")
    func nameHeavySentence() {
        let text = "Officials met on Monday. President Anna Berg Met Prime Minister Jonas Lind In Oslo. They agreed."
        let spans = [Span(start: 0, end: 24), Span(start: 25, end: 82), Span(start: 83, end: 95)]
        #expect(BoilerplateFilter.headlineLines(Array(text.unicodeScalars), spans: spans).isEmpty)
    }

    @Test("a document without sentences gets an empty summary")
    func emptyDocument() throws {
        var doc = Document(id: "e", text: "")
        try TestDocuments.stage().process(&doc)
        #expect(doc[StandardLayers.SummaryLayer.self] == Summary(sentences: [], text: ""))
    }

    @Test("the same input gives the same summary")
    func deterministic() throws {
        let stage = try TestDocuments.stage()
        var first = TestDocuments.make("d", TestDocuments.floodArticle)
        var second = first
        try stage.process(&first)
        try stage.process(&second)
        #expect(first[StandardLayers.SummaryLayer.self] == second[StandardLayers.SummaryLayer.self])
    }
}
