import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the ninth dev set (a mixed-style set: BBC, CNN, other publishers and a
/// few single-quoted tabloid articles), each with sentences written for the test.
@Suite("Quote speaker patterns of the ninth dev set")
struct QuoteSpeakerDev9PatternTests {
    @Test("'\"…,\" he told reporters' after a sentence led by its subject is that subject, not the man he attacked")
    func pronounAfterAnOpeningQuoteTakesThePreviousSubject() throws {
        let text = "Mr Webb told members the opposition offered nothing new. Mr Webb said the vote would be close. Grant Hollis accused Mr Webb and other ministers of spreading lies about the plans. \"What we learned this week is that their whole tactic is fear,\" he told reporters."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Grant Hollis")
    }

    @Test("a passive naming verb ('she was called \"…\"') does not make its subject the speaker")
    func passiveNamingVerbIsNoAttribution() throws {
        let text = "Mara Quell said: \"I regret nothing about the show.\" Afterwards she was called \"a spoilt brat with no talent\" across the forums."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Mara Quell")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.last?.speaker == nil)
    }

    @Test("a quote run on after a caption, re-opened after its first sentence, continues the speaker before the caption")
    func captionRunInContinuesTheSpeaker() throws {
        let text = "Coach Dale Pruitt was furious on Sunday. 'I said before the match that nobody would outwork us. I was wrong,' he said. Tom Ruddle and Sam Okoro battle for the ball as Rovers snatch the win 'The result hurts less than the display. We were second best. 'I am embarrassed to be part of it.' The defeat was their fifth in a row."
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Dale Pruitt" })
    }

    @Test("'the committee added' is the body the text introduced in lower case ('the transport select committee said')")
    func bodyIntroducedInLowerCase() throws {
        let text = "Loose wording could leave cyclists facing court, the transport select committee said. It made 40 recommendations in all. \"Ministers should take care not to give drivers carte blanche on rural roads,\" the committee added."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "transport select committee")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'the Canada-based company says' is never the place the company is based in")
    func placeCompoundIsNotTheSpeaker() throws {
        let text = "Games maker Pixelforge is to hold open auditions for new faces. The Canada-based company says it is looking for \"a wide variety of people to use as face models\"."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker != "Canada")
    }
}

extension QuoteSpeakerDev9PatternTests {
    @Test("'Dr Fox' that the entity layer takes for a body is the person with that surname the text named")
    func titledSurnameIsThePerson() throws {
        let text = "Tory co-chairman Liam Fox was speaking after Mr Blair told members the Tories offered a hard right agenda. Dr Fox accused Mr Blair and other Cabinet ministers of telling lies about their opponents' policies. \"What we learned at the weekend is that it is going to be fear and smear,\" he told BBC News."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Liam Fox")
    }
}

extension QuoteSpeakerDev9PatternTests {
    @Test("a name right after a verb in -ing (accelerating Lib Dem plans) is no subject for the 'He said:' that follows")
    func nameAfterAGerundIsNoSubject() throws {
        let text = "Party leader Charles Brandon is expected to begin a tour on Monday. Mr Brandon is accelerating Lib Dem election preparations this week as he visits five cities. He said: \"This is three-party politics now.\""
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Charles Brandon")
    }
}

extension QuoteSpeakerDev9PatternTests {
    @Test("'added the two-time Academy Award winner' is the person who just spoke, not the prize")
    func prizeWinnerIsThePersonNotThePrize() throws {
        let text = "Film star Ruth Calder was in Glasgow for the premiere of her new film. \"The city has never looked like this before,\" said Calder. She said the story had a \"simple message\". \"Winter is a time to be kind to strangers and neighbours alike,\" added the two-time Academy Award winner."
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.last?.speaker == "Ruth Calder")
    }
}

extension QuoteSpeakerDev9PatternTests {
    @Test("'X dubbed him the \"…,\" and years later Y called him …' is X's, not Y's")
    func partialQuoteBeforeAndIsTheEarlierSubjects() throws {
        let text = "The comic lampooned the advertising trade for decades. The Daily Chronicle dubbed him the \"court jester of the ad world,\" and years later Martin Oakes called him a major influence on his career."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Daily Chronicle")
        #expect(quote.speakerLabel == .org)
    }
}

extension QuoteSpeakerDev9PatternTests {
    @Test("'the man wrote' after 'a Welsh man … the 52-year-old man' is that unnamed man, not the doctor quoted before")
    func theManIntroducedUnnamedIsNoOneNamed() throws {
        let text = "A Welsh man's new pillows left him short of breath, his doctors say. The 52-year-old man had felt tired for months. His doctor asked Nia Pryce, a lung specialist, for advice. \"Most people never react to feathers at all,\" Pryce said. \"I sleep well again and feel like myself,\" the man wrote in the report."
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.first?.speaker == "Nia Pryce")
        #expect(doc.quotes.last?.speaker == nil)
    }
}
