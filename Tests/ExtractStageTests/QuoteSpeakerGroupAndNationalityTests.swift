import DocPipe
import Testing
@testable import ExtractStage

/// Plural subjects that speak for a body ("the MPs said", "they said") and nationalities that stand
/// for a person introduced with the country ("added the Italian"), each with sentences written for the test.
@Suite("Quote speakers: bodies behind plural subjects, nationalities for people")
struct QuoteSpeakerGroupAndNationalityTests {
    @Test("'the MPs said' several sentences after the committee is named is the committee")
    func membersSpeakForTheirCommittee() throws {
        let text = """
            Landlords who ignore repairs should face bigger fines, MPs have said. The Housing Standards Select Committee \
            said councils lacked the staff to inspect homes. Fines should rise, MPs said. But they rejected a national register.

            Currently the rules differ by town. "Too many tenants live with damp and mould for years," the MPs said.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Housing Standards Select Committee")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'they said' after a quote of an organisation, with no one named since, is that organisation")
    func theyContinueAnOrganisationSpeaker() throws {
        let text = """
            The Harbour Survey Committee published its report on Monday. "The sea wall will not survive another winter \
            storm," the committee said. It asked for money. Repairs should start "before the first gales of the autumn arrive", they said.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Harbour Survey Committee")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'they said' after two people are named is no body")
    func theyAfterPeopleIsNoBody() throws {
        let text = """
            The Kelton Parish Council closed the hall in May. Police later questioned Jane Roe and Tom Hale about the fire. \
            "We were nowhere near the building that night," they said.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker != "Kelton Parish Council")
    }

    @Test("a term in scare quotes after 'they demanded' gets no body as speaker")
    func theyWithAScareQuotedTermIsNoBody() throws {
        let text = """
            The Northfield Planning Board met on Monday. "The tower is too tall for the old town," the board said. \
            They also demanded a 'height fee' from the builder.
            """
        let doc = try extract(text)
        let term = doc.quotes.first { $0.text == "height fee" }
        #expect(term?.speaker == nil)
    }

    @Test("'added the Italian' is the person introduced as 'of Italy', not the last person named")
    func nationalityIsThePersonFromThatCountry() throws {
        let text = """
            Marco Benetti of Italy won the stage on Sunday. Luc Garnier was second. \
            'It was the hardest climb of my life,' added the Italian.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Marco Benetti")
    }

    @Test("'the Spaniard said' is the person introduced as 'Spain's' or '(Spain)'")
    func nationalNounIsThePersonFromThatCountry() throws {
        for introduction in ["Spain's Jorge Ruiz", "Jorge Ruiz (Spain)"] {
            let text = """
                \(introduction) took the lead on the last climb. Marco Benetti finished ten seconds behind. \
                'I knew the road from my childhood,' the Spaniard said.
                """
            let doc = try extract(text)
            let quote = try #require(doc.quotes.first)
            #expect(quote.speaker == "Jorge Ruiz")
        }
    }
}
