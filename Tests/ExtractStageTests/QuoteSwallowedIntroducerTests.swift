import DocPipe
import Testing
@testable import ExtractStage

/// A quote whose closing mark the publisher left out runs on over the next speaker's introduction
/// (`'… for a human. Jo Reed, of the trust, said: 'I …`): the quote ends before that sentence and
/// the next quote, with those after it, is the newly introduced speaker's, not the last one's. And
/// the other way round: a photo caption run into the text between a speaker's quotes ("He added:")
/// does not hand the chain to the caption's person.
@Suite("Quote speaker chains: introductions run into unclosed quotes, captions between quotes")
struct QuoteSwallowedIntroducerTests {
    @Test("'…. Name, of a body, said: '…' run into an unclosed quote gives the next quotes to Name")
    func namedIntroducerStartsANewChain() throws {
        let text = """
            Walkers were warned to keep away from the cliffs. Ranger Oliver Baines said: 'The path has been \
            closed since the storm. 'Nobody should try to climb down to the beach. Harriet Quayle, of the \
            Coastal Footpaths Society, said: 'We have asked for the path to be rebuilt this year. 'The \
            council has promised to look at it again.'
            """
        let doc = try extract(text)
        let speakers = doc.quotes.map(\.speaker)
        #expect(speakers == ["Oliver Baines", "Oliver Baines", "Harriet Quayle", "Harriet Quayle"])
        let second = try #require(doc.quotes.dropFirst().first)
        #expect(second.text.hasSuffix("down to the beach."))
    }

    @Test("'…. About the show, Surname says: '…' run into an unclosed quote gives the next quote to that person")
    func surnameIntroducerAfterAnotherSpeaker() throws {
        let text = """
            The actor Tobias Wren has praised the designer Miranda Pell. 'She is a brilliant designer,' he says. \
            'The fashion world can be intimidating but she is kind. About the show, Pell says: 'We wanted to \
            capture a moment in the lives of two young actors.'
            """
        let doc = try extract(text)
        let last = try #require(doc.quotes.last)
        #expect(last.text.hasPrefix("We wanted to capture"))
        #expect(last.speaker == "Miranda Pell")
    }

    @Test("A first-person sentence ending 'I said:' inside a quote does not end the quote there")
    func firstPersonIntroducerStaysQuoted() throws {
        let text = """
            Gemma Rowe, 34, described the night she found the intruder. She said: 'I heard a noise downstairs \
            and went to look. I said: 'Who is there?' Then he ran out of the back door.
            """
        let doc = try extract(text)
        let first = try #require(doc.quotes.first)
        #expect(first.text.contains("I said:"))
        #expect(first.speaker == "Gemma Rowe")
    }

    @Test("'He added:' after a photo caption naming someone else goes on the last quote's speaker")
    func addedAfterACaptionContinuesTheSpeaker() throws {
        let text = """
            Officer Dan Price, from the county road policing unit, told the court the driver had been drinking. \
            'He had at least six pints,' Price said. Keith Moran was jailed at Leeds Crown Court (pictured) He \
            added: 'Mr Moran will now spend four years in prison.'
            """
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Dan Price", "Dan Price"])
    }

    @Test("'He added:' after a sentence whose subject is another man (no caption) is that man's")
    func addedAfterAnotherSubjectIsThatSubjects() throws {
        let text = """
            Officer Dan Price, from the county road policing unit, told the court the driver had been drinking. \
            'He had at least six pints,' Price said. Keith Moran, the driver's lawyer, disagreed with the verdict \
            outside court. He added: 'My client will appeal against this sentence.'
            """
        let doc = try extract(text)
        let last = try #require(doc.quotes.last)
        #expect(last.speaker == "Keith Moran")
    }
}
