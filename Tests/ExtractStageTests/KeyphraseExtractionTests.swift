import DocPipe
import Testing
@testable import ExtractStage

@Suite("Keyphrase extraction")
struct KeyphraseExtractionTests {
    private let article = """
        Fuel prices rose sharply across the province. Drivers blamed the fuel price cap for shortages. \
        The government promised to restore the fuel price cap within a week. Truck drivers blocked roads \
        in protest, and the truck drivers union said fuel prices would decide the election.
        """

    @Test("repeated noun phrases rank above one-off words, best first, with their first occurrence")
    func repeatedPhrases() throws {
        let doc = try extract(article)
        let texts = doc.keyphrases.map { $0.text.lowercased() }
        #expect(texts.contains("fuel price cap"))
        #expect(texts.contains("fuel prices"))
        #expect(!texts.contains("the"))
        let scores = doc.keyphrases.map(\.score)
        #expect(scores == scores.sorted(by: >))
        for phrase in doc.keyphrases {
            #expect(article.slice(scalars: phrase.start, phrase.end) == phrase.text)
        }
    }

    @Test("adverbs after counted nouns and 'past' before a season end a keyphrase")
    func noAdverbOrPastInKeyphrases() throws {
        let report = """
            The hosts are nine points adrift after the storm damage this past winter. Storm damage closed \
            the stand, and the hosts stayed points adrift. The storm damage bill grew this past winter.
            """
        let texts = try extract(report).keyphrases.map { $0.text.lowercased() }
        #expect(texts.contains("storm damage"))
        #expect(!texts.contains { $0.split(separator: " ").contains("adrift") || $0.split(separator: " ").contains("past") })
    }

    @Test("a job title before a name and a verb between nouns never join a keyphrase")
    func noFragmentsAcrossNamesOrVerbs() throws {
        let report = """
            Chief financial officer Dana said the merger talks had stalled. The merger talks resumed in May, \
            and the chief financial officer Dana Okoro joined them. Analysts said the merger talks mattered. \
            The 2-0 win leaves Rovers top of the table. The home win leaves Rovers clear, and the home win \
            pleased the fans.
            """
        let texts = try extract(report).keyphrases.map { $0.text.lowercased() }
        #expect(texts.contains("merger talks"))
        #expect(texts.contains("chief financial officer"))
        #expect(!texts.contains { $0.hasSuffix(" dana") || $0 == "dana" })
        #expect(!texts.contains { $0.contains("officer dana") })
        #expect(!texts.contains { $0.split(separator: " ").contains("leaves") })
    }

    @Test("an adverb of place or time never ends a keyphrase: 'two points ahead' gives 'points', not 'points ahead'")
    func noTrailingAdverbs() throws {
        let report = """
            Harbour Town stay two points ahead of the chasing pack. The chasing pack sits three points behind \
            the leaders, and the chasing pack meets again later in the spring.
            """
        let texts = try extract(report).keyphrases.map { $0.text.lowercased() }
        #expect(texts.contains("chasing pack"))
        #expect(!texts.contains { ["ahead", "behind", "again", "later"].contains(String($0.split(separator: " ").last ?? "")) })
    }

    @Test("the keyphrases option limits the count and 0 turns them off")
    func limit() throws {
        var options = ExtractOptions()
        options.keyphrases = 2
        #expect(try extract(article, options: options).keyphrases.count == 2)
        options.keyphrases = 0
        #expect(try extract(article, options: options).keyphrases.isEmpty)
    }
}
