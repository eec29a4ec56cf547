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

    @Test("a single-quoted sentence closed by a double mark by mistake ends there, and the next quote is read on its own")
    func mismatchedClosingMark() throws {
        let text = "Tom Baker spoke after the parade. 'I can tell you many people were angry.\" Others said so. A spokeswoman for Kelvane said the company was 'deeply sorry and upset' by it."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.text) == ["I can tell you many people were angry.", "deeply sorry and upset"])
        #expect(doc.quotes.last?.speaker == "Kelvane")
    }

    @Test("a double mark closing a quote within a single-quoted quote does not end the outer quote")
    func doubleMarkInsideSingleQuote() throws {
        let text = "Tom Baker spoke after the parade. 'Then we were told to \"sit down and be quiet.\" That was the worst part,' he said."
        let doc = try extract(text)
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.text.hasSuffix("That was the worst part,") == true)
    }

    @Test("'the spokesperson said' later on is the body an earlier spokesperson spoke for, though a person's quote came between")
    func definiteSpokespersonRefersBack() throws {
        let text = "A spokesperson for Kelvane said the company was 'deeply sorry and upset' by the noise. A worker later entered the Blue Room and carried out 'loud and unplanned sound checks' there. 'He behaved in a careless and thoughtless way,' the spokesperson said."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Kelvane")
        #expect(quote.speakerLabel == .org)
    }
}
