import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the first check set once it became a dev set (organisation speakers
/// through a spokesperson, an organisation leading a sentence, a role in capitals), each with
/// sentences written for the test.
@Suite("Quote speaker patterns of the check set")
struct QuoteSpeakerCheckPatternTests {
    @Test("'a spokeswoman for X, which runs …, said' is X even when X alone looks like a surname")
    func spokespersonForOneWordBody() throws {
        let text = "Father Tom Baker said he was angry about the noise. A spokeswoman for Kelvane, which runs the Blue Room, said the company was 'deeply sorry for the noise' last night. 'We closed the venue early to keep the street quiet for the parade,' the group said."
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Kelvane" && $0.speakerLabel == .org })
    }

    @Test("a spokeswoman for a named person is still that person's, not an organisation")
    func spokespersonForGivenName() throws {
        let text = "Singer Maria Lopez cancelled the show. A spokeswoman for Maria said she was 'resting at home with her family' this week."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speakerLabel != .org)
    }

    @Test("'The X Institute also questioned \"…\"' and 'It credited …' give partial quotes to the organisation")
    func organisationLeadsSentence() throws {
        let text = "The Royal Music Society (RMS) praised the album. It claimed the band had \"changed the sound of a decade\". It credited the band's \"fearless and joyful sound\" on every track. The RMS also questioned \"the future of the music charts\" in the age of streaming."
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.allSatisfy { $0.speakerLabel == .org && (($0.speaker ?? "").contains("Royal Music Society") || $0.speaker == "RMS") })
    }

    @Test("a sentence led by a place gives its partial quote no organisation speaker")
    func placeLeadingSentenceIsNoSpeaker() throws {
        let text = "France faces a rise in what experts describe as \"a very worrying trend\" among young drivers."
        let doc = try extract(text)
        #expect(doc.quotes.allSatisfy { $0.speakerLabel != .org })
    }

    @Test("'Kestrel CEO Joost Vermaat' speaks as the person after a role in capitals")
    func personAfterCapitalRole() throws {
        #expect(SpeakerResolver.personAfterRole(in: "Kestrel CEO Joost Vermaat") == "Joost Vermaat")
        #expect(SpeakerResolver.personAfterRole(in: "Kestrel CEO Summit Awards Dinner") == nil)
        #expect(SpeakerResolver.personAfterRole(in: "Kestrel CEO Forum Council") == nil)
    }
}
