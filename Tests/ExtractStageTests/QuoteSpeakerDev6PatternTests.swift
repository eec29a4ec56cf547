import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the sixth dev set (single-quoted tabloid copy with several speakers per
/// article): choosing among the people an article names, each with sentences written for the test.
@Suite("Quote speaker patterns of the sixth dev set")
struct QuoteSpeakerDev6PatternTests {
    @Test("a quote ending with a nested quotation's '!\"' ends its sentence: the name after it speaks next")
    func nestedClosingMarkEndsSentence() throws {
        let text = "Carmen Reyes, 41, added that she had seen a change since her first visit: 'After two weeks I was like, \"Wow!\"' However, dermatologist Paul Okafor told the paper that he doubts the treatment works."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Carmen Reyes")
    }

    @Test("'X, left, who says …' is X's, not the person the sentence is about")
    func relativeWhoTakesItsAntecedent() throws {
        let text = "Tom Barker spends his summers in Lisbon with his friend Ellen Marsh, left, who says 'we will keep dancing until we drop'."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Ellen Marsh")
    }

    @Test("the agent of a passive verb is the 'He' of the next sentence")
    func passiveAgentIsProminent() throws {
        let text = "Explorer Sam Crewe said that he backs the rail plan. The plan was also praised by the head of the rail union, Mark Dolan. He said: 'This is a good day for every passenger in the country.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Mark Dolan")
    }

    @Test("a few words in marks inside a 'While X claimed' clause are X's, not the speaker named after them")
    func partialQuoteInClauseKeepsItsOwnVerb() throws {
        let text = "While Harlow Council claimed the closure was a 'temporary measure', Judge Ruth Okoro said the decision had been unlawful from the start."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker != "Ruth Okoro")
        #expect(quote.speaker == "Harlow Council")
    }

    @Test("officers saying something are no one the article names")
    func pluralPeopleSubjectIsUnnamed() throws {
        let text = "Tom Reid was hurt in the fight outside the club. Officers announced on Monday that they would 'not be taking any further action'."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == nil)
    }

    @Test("'he had a row with Mary in which she told him' is Mary's: the subject is a man")
    func pronounTakesTheObjectOfItsSex() throws {
        let text = "Anna Webb has stood by her sister for years. Mark Parton later posted the messages he swapped with Mary Dunn in which she told him: 'Stop telling lies about my family.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Mary Dunn")
    }

    @Test("people in a list of names are talked about: 'he said' after them is the sentence's subject")
    func listedPeopleAreNotTheSpeaker() throws {
        let text = "Gary Holt will next week decide the futures of four players at the club — Tom Kerr, Ian Boyd, Sam Pike and Joe Lund — who are all out of contract. 'They all want to know where they stand and I will tell them soon,' he said."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Gary Holt")
    }

    @Test("a party or club name before a role and a name is no speaker: 'Labour donor X' … 'He said' is X")
    func bodyBeforeRoleIsAModifier() throws {
        let text = "Wealthy Labour donor Peter Quill has criticised the campaign. He said: 'There is no plan and no passion in any of it.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Peter Quill")
    }

    @Test("'X then fires back: …' attributes the quote after the colon to X")
    func firesBackIsAVerbOfSaying() throws {
        let text = "Jana Royce was furious when her car was towed from the lot. Royce then fires back: 'Yep, that is all you people ever care about.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Jana Royce")
    }

    @Test("a quote after several sentences of background that name no one continues the last speaker")
    func continuationAfterBackground() throws {
        let text = """
        'We drove through the mountains and we saw the sea,' said Lindsey Rowe, 29. The disease is rare and aggressive. \
        It affects the white blood cells of the body. It grows quickly in the lymph nodes. Swelling is the first sign. \
        It can spread to the chest and the throat. Treatment is long and hard. 'Everyone deserves to be loved like that, and I will cherish it forever.'
        """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Lindsey Rowe" })
    }

    @Test("a given name the gazetteer lacks, written alone elsewhere, keeps its full name: not a relative's with the same surname")
    func unknownGivenNameKeepsItsSurname() throws {
        let text = "Zorya Pellham, 32, lost seven stone in a year. 'I knew I had to do something for the sake of my children,' Zorya said. Her mother, Mary Pellham, 57, said she was proud of her daughter."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Zorya Pellham")
    }
}
