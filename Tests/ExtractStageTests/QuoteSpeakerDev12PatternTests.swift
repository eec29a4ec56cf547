import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the twelfth dev set (single-quoted tabloid articles: photo captions
/// inside the text, spokesmen of firms the entity layer takes for people, couples named together),
/// each with sentences written for the test.
@Suite("Quote speaker patterns of the twelfth dev set")
struct QuoteSpeakerDev12PatternTests {
    @Test("'said a spokesman from X' gives the quote to X when the entity layer took X for a person")
    func spokesmanFromABody() throws {
        let text = """
            The sofa was returned to the depot in March. A spokesman from Brackleys said: 'Our team has reviewed \
            the order and will contact the customer.'
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Brackleys")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'a X Y spokesman said' gives the quote to the firm X Y written before the noun, not an earlier firm")
    func firmNamedBeforeSpokesman() throws {
        let text = """
            Bedmart pulled its adverts on Friday. 'We listened to our customers,' a Bedmart spokesman said. \
            'These remarks do not reflect who we are,' a Dream Mattress spokesman said.
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        let last = try #require(doc.quotes.last)
        #expect(last.speaker != "Bedmart")
        #expect(last.speaker?.hasSuffix("Mattress") == true)
    }

    @Test("'A and B Surname' lets a quote of A alone be reported under A's full name")
    func coordinatedGivenNamesShareTheSurname() throws {
        let text = """
            Wedding planners Harriet and Simon Oakley moved to Devon last year. 'We wanted a slower life,' \
            Harriet said. 'The sea air helps.'
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Harriet Oakley")
    }

    @Test("a capitalised occupation glued to a name at a sentence start is no part of the speaker's name")
    func occupationBeforeTheName() throws {
        let text = """
            Seals were seen near the harbour on Sunday. Fisherman Zoltan Kirrage, who has worked the coast for \
            years, said: 'They come in every spring when the mackerel arrive.'
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Zoltan Kirrage")
    }

    @Test("'X, pictured with Y, warned that \"…\"' is X: the person pictured beside the subject is not the speaker")
    func personInAPicturedAsideIsNotTheSubject() throws {
        let text = """
            Ministers met in London on Monday. Home Secretary Gareth Pennock, pictured with Interior Minister \
            Alain Roussel, warned that the threat was 'very serious indeed'.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Gareth Pennock")
    }

    @Test("'His apology read: \"…\"' is the man the pronoun stands for, not an organisation quoted before")
    func possessiveWritingIsItsWriter() throws {
        let text = """
            The broadcaster Northwave said it had received complaints. 'We take this seriously,' Northwave said. \
            Presenter Colin Ardley finally backed down on Saturday. His apology read: 'I chose the wrong words.'
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Colin Ardley")
    }

    @Test("'\u{2018}…?\u{2019} X interrupted' is X: interrupting is a way of saying")
    func interruptingIsSaying() throws {
        let text = """
            Selma Hartigan pressed the envoy on the figures. 'We need those jets now,' Ivo Maric said. \
            'But is that the real threat?' Hartigan interrupted.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker?.hasSuffix("Hartigan") == true)
    }

    @Test("a caption run into the text (\u{2018}Label: …\u{2019}) does not take a later \u{2018}he\u{2019} from the story's speaker")
    func captionPersonIsNoPronounAntecedent() throws {
        let text = """
            Gordon Blythe has run the ferry for 30 years. 'The crossing is the best part of my day,' Mr Blythe said. \
            All aboard: Harbour master Nigel Rusk waves the boat off on Tuesday. \
            'I would not swap it for anything,' he added.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Gordon Blythe")
    }

    @Test("a caption under a one-word label ending in \u{2018}?\u{2019} (\u{2018}Naive? …\u{2019}) is no antecedent of the story's next \u{2018}he\u{2019}")
    func questionLabelledCaptionIsNoPronounAntecedent() throws {
        let text = """
            Prime Minister Oleg Varna spoke to the network at his country house. 'Those penalties hurt our \
            neighbours too,' Mr Varna said. Naive? Foreign Minister Pavel Strunin signs a treaty in 2009. \
            'We could answer them if we wished,' he told the reporter.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Oleg Varna")
    }
}
