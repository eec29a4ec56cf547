import DocPipe
import Testing
@testable import SummarizeStage

@Suite("News-shaped articles")
struct NewsShapeTests {
    /// A document whose sentences are laid out in `paragraphs`, one blank line between paragraphs.
    static func paragraphs(_ id: String, _ paragraphs: [[String]]) -> Document {
        var text = ""
        var spans: [Span] = []
        for paragraph in paragraphs {
            if !text.isEmpty { text += "\n\n" }
            for (n, sentence) in paragraph.enumerated() {
                if n > 0 { text += " " }
                let start = text.unicodeScalars.count
                text += sentence
                spans.append(Span(start: start, end: text.unicodeScalars.count))
            }
        }
        var document = Document(id: id, text: text)
        document[StandardLayers.Sentences.self] = spans
        return document
    }

    static func shape(_ document: Document) -> NewsShape? {
        let scalars = Array(document.text.unicodeScalars)
        var extractor = TermExtractor()
        let summarizer = ArticleSummarizer(parameters: .balanced)
        let eligible = extractor.profiles(of: scalars, spans: document[StandardLayers.Sentences.self]!).filter(summarizer.isEligible)
        return NewsShape.recognise(scalars: scalars, eligible: eligible)
    }

    static let report = [
        ["Heavy rain flooded the river town of Marlow on Tuesday, forcing hundreds of families from their homes and closing the main bridge."],
        ["Emergency crews used boats to rescue residents trapped on the upper floors of flooded houses.", "The mayor said the flood was the worst in forty years."],
        ["Forecasters expect more rain over the river valley later this week.", "Local schools will stay closed until the water drains from the streets."],
        ["Volunteers handed out blankets and hot meals at the sports hall, which now shelters displaced families."],
    ]

    @Test("an article that opens with a one-sentence lede paragraph reads as news, with its paragraphs")
    func ledeParagraph() throws {
        let shape = try #require(Self.shape(Self.paragraphs("n", Self.report)))
        #expect(shape.lede == 0)
        #expect(shape.paragraphs)
        #expect(shape.sentences == 6)
    }

    @Test("an essay opening with a question, in the first person, or with a long first paragraph is not news")
    func notNews() {
        var essay = Self.report
        essay[0] = ["Why do we still build houses on the flood plains of rivers that burst their banks every few winters?"]
        #expect(Self.shape(Self.paragraphs("q", essay)) == nil)
        essay[0] = ["I have lived beside the river in Marlow for twenty years and have never seen the water rise so fast."]
        #expect(Self.shape(Self.paragraphs("i", essay)) == nil)
        let sentences = Self.report.flatMap { $0 }
        #expect(Self.shape(Self.paragraphs("long", [Array(sentences.prefix(4)), Array(sentences.dropFirst(4))])) == nil)
        #expect(Self.shape(Self.paragraphs("short", Array(Self.report.prefix(2)))) == nil)
    }

    @Test("a flat block of text without paragraph breaks is news without paragraphs")
    func flatText() throws {
        let shape = try #require(Self.shape(TestDocuments.make("f", Self.report.flatMap { $0 })))
        #expect(!shape.paragraphs)
    }

    @Test("a dateline before or at the start of the lede is recognised")
    func dateline() {
        #expect(NewsShape.opensWithDateline(Array("MARLOW (Wire) - Heavy rain flooded the town.".unicodeScalars), before: Int.max))
        #expect(NewsShape.opensWithDateline(Array("By Jane Roe | UPDATED: 10:02, 4 May\nHeavy rain flooded the town.".unicodeScalars), before: Int.max))
        #expect(!NewsShape.opensWithDateline(Array("Heavy rain flooded the town of Marlow - again.".unicodeScalars), before: Int.max))
    }

    @Test("a flat news story is summarized from its lead; switching news off lets a later central sentence in")
    func flatNewsTakesTheLead() throws {
        let story = [
            "The city council voted on Monday to close the old harbour bridge to cars after engineers found deep cracks in its supports.",
            "Drivers will have to use the ring road, adding about twenty minutes to journeys into the centre.",
            "The council said repairs could take two years and cost more than forty million pounds.",
            "Shopkeepers near the harbour fear that fewer visitors will come to the old town.",
            "Engineers said the cracks in the bridge supports had grown since the last inspection, and the bridge supports could fail under heavy traffic, so the bridge must close to traffic.",
            "A ferry service across the harbour will run every fifteen minutes from next week.",
            "Cyclists and pedestrians may still cross the bridge while engineers monitor the cracks in the bridge supports.",
        ]
        var news = TestDocuments.make("b", story)
        try TestDocuments.stage().process(&news)
        #expect(news[StandardLayers.SummaryLayer.self]?.sentences == [0, 1, 2])
        var plain = TestDocuments.make("b", story)
        try TestDocuments.stage { $0.news = false }.process(&plain)
        #expect(plain[StandardLayers.SummaryLayer.self]?.sentences.contains(4) == true)
    }

    @Test("TextRank-style overlap centrality ranks a long sentence that shares many words above short ones")
    func overlapCentrality() {
        var extractor = TermExtractor()
        let sentences = [
            "Engineers found cracks in the bridge supports near the harbour.",
            "The bridge over the harbour will close because engineers found deep cracks in the bridge supports and the harbour road.",
            "A ferry will run every fifteen minutes.",
            "Cracks in bridge supports worry engineers at the harbour.",
        ]
        let text = sentences.joined(separator: " ")
        let scalars = Array(text.unicodeScalars)
        var spans: [Span] = []
        var start = 0
        for sentence in sentences {
            spans.append(Span(start: start, end: start + sentence.unicodeScalars.count))
            start += sentence.unicodeScalars.count + 1
        }
        let degree = ArticleSummarizer.overlapDegree(extractor.profiles(of: scalars, spans: spans), window: 150)
        #expect(degree[1] == degree.max())
        #expect(degree[2] == 0)
    }
}
