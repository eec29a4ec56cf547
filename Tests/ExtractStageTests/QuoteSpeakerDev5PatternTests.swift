import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the fifth dev set (BBC News copy: straight double quotes reopened at
/// each sentence, speakers after the quote, indirect speech before an unattributed quote), each
/// with sentences written for the test.
@Suite("Quote speaker patterns of the fifth dev set")
struct QuoteSpeakerDev5PatternTests {
    @Test("'…,' points out X: the phrasal verb attributes the quote and its next piece")
    func pointsOut() throws {
        let text = "\"It is far harder to stay at the top than to get there,\" points out former Olympian and Eurosport pundit Tomas Grell. \"You need a hunger that few keep for long.\""
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Tomas Grell" })
    }

    @Test("a question closed by '?' and followed by 'X asked' is X's")
    func questionThenAsked() throws {
        let text = "Nadia Ferrer has won everything there is to win. \"Do I still have the hunger to train every single day?\" Ferrer asked in January. \"That is what nobody can tell me yet.\""
        let doc = try extract(text)
        let question = try #require(doc.quotes.first)
        #expect(question.speaker == "Nadia Ferrer")
    }

    @Test("'the bishop will ask' and 'he will say': base forms after an auxiliary are verbs of saying")
    func baseFormAfterAuxiliary() throws {
        let text = "Bishop Arthur Pellow will give his Easter sermon on Sunday. \"Why do we still turn away from the poor?\" the bishop will ask. \"They are our neighbours, whatever we tell ourselves,\" he will say."
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Arthur Pellow" })
    }

    @Test("a holiday the entity layer takes for a person never speaks: 'He added:' stays with the speaker")
    func holidayIsNoSpeaker() throws {
        let text = "The archbishop, Martin Dowell, used a Christmas sermon to attack the cost of the war. He added: \"If rich nations gave to peace what they give to war, the world would listen to us.\""
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Martin Dowell")
    }

    @Test("'said Sky Networks' Jane Roe' is the person, not the company before her")
    func organisationPossessiveBeforePerson() throws {
        let text = "Orbital Media has won the rights to the awards. \"We are delighted to bring the night to our viewers,\" said Orbital Networks' Helen Castell."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Helen Castell")
        #expect(quote.speakerLabel == .person)
    }

    @Test("'EC spokeswoman X conceded … but said \"…\"' is X's, not the body's")
    func bodyBeforeRoleAndName() throws {
        let text = "Airlines say the new rules are unfair. EC spokeswoman Maria Lindqvist conceded there were \"some grey areas\" but said \"these are far smaller than the airlines claim\"."
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Maria Lindqvist" })
    }

    @Test("a rating in single marks before a full stop ('BBB-'.) opens no quote")
    func ratingBeforeFullStop() throws {
        let text = "The agency raised the country's rating to 'BB+'. That is one notch below investment grade, which starts at 'BBB-'. The move put it level with three other economies and one below its neighbour."
        let doc = try extract(text)
        #expect(doc.quotes.isEmpty)
    }

    @Test("'…,' said Ms X at the end of an indirect sentence hands the next quote to X, not the earlier quote's speaker")
    func trailingReporterAfterQuote() throws {
        let text = """
            "Access to good films is restricted outside the cities," said Paul Brennan, head of the film fund. "The new network will change that," Digital copies cost far less than printed reels, said Ms Okafor. "A reel can cost thousands of pounds to print."
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.text.hasPrefix("A reel can cost"))
        #expect(quote.speaker?.contains("Okafor") == true)
    }

    @Test("a quote with no attribution after an indirect report and one sentence of background is the reporter's")
    func reporterTwoSentencesBack() throws {
        let text = """
            Grace Ndlovu, a director of the cinema chain, said the compression lost nothing that viewers could see.

            Each film will be locked with a key held by the cinema. "People will notice that the picture is sharper and has no scratches."
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Grace Ndlovu")
    }

    @Test("a quote with no attribution after a sentence naming someone else gets no reporter from further back")
    func noReporterAcrossAnotherPerson() throws {
        let text = """
            Grace Ndlovu, a director of the cinema chain, said the compression lost nothing that viewers could see. The plan was first drawn up by Omar Haddad in 2019. "People will notice that the picture is sharper and has no scratches."
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker != "Grace Ndlovu")
    }

    @Test("'On Friday, the cardinal will ask …' puts the cardinal in focus for the 'He added:' that follows")
    func describedSubjectAfterAdverbial() throws {
        let text = """
            Cardinal Hugh Brannock and the Archbishop, Dr Peter Lyle, spoke on the radio. Dr Lyle has criticised the government over the war. On Friday, the cardinal will ask the congregation to pray for peace. He added: "It is possible, it is real, and it is worth striving for."
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Hugh Brannock")
    }
}
