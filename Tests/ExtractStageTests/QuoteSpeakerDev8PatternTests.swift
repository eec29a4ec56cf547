import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the eighth dev set (single-quoted tabloid copy where one wrong name
/// spreads over a whole article), each with sentences written for the test.
@Suite("Quote speaker patterns of the eighth dev set")
struct QuoteSpeakerDev8PatternTests {
    @Test("a place that is also a given name, right before a one-word person, is that person's given name")
    func givenNamePlaceJoinsTheSurnameAfterIt() throws {
        let tokens = tokensOf("Triathlete Charlotte Keane trains daily. Charlotte said it was hard.")
        let place = EntityMention(start: 11, end: 20, text: "Charlotte", label: .gpe, canonical: "Charlotte")
        let person = EntityMention(start: 21, end: 26, text: "Keane", label: .person, canonical: "Keane")
        let alone = EntityMention(start: 41, end: 50, text: "Charlotte", label: .gpe, canonical: "Charlotte")
        let merged = GivenNamePlaces.merged([place, person, alone], tokens: tokens)
        #expect(merged.map(\.text) == ["Charlotte Keane", "Charlotte"])
        #expect(merged.allSatisfy { $0.label == .person && $0.canonical == "Charlotte Keane" })
    }

    @Test("a place before a person who has a given name of his own stays a place")
    func placeBeforeAFullNameStaysAPlace() throws {
        let tokens = tokensOf("Visitors to Charlotte Anna Keane met on Monday.")
        let place = EntityMention(start: 12, end: 21, text: "Charlotte", label: .gpe, canonical: "Charlotte")
        let person = EntityMention(start: 22, end: 32, text: "Anna Keane", label: .person, canonical: "Anna Keane")
        let merged = GivenNamePlaces.merged([place, person], tokens: tokens)
        #expect(merged.map(\.label) == [.gpe, .person])
    }

    @Test("'X from the farm said Y was …' makes X the reporter, so 'she said' after the next quote is X, not Y")
    func personBeforeAPlacePhraseReports() throws {
        let text = "The calf was named Big Tom by the children. Anna Hill from the farm said Big Tom was the largest they had raised. 'We did not expect anything like him,' she said."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Anna Hill")
    }

    @Test("a name written as a given name alone tells the sex of a canonical name that opens with another word")
    func writtenGivenNameTellsTheSex() throws {
        let text = "The lamb was named Big Ben by the children. Ruth Collins from the farm said Big Ben was the largest they had delivered. 'He is twice the size of his brothers,' she said. She added that the farm hopes to keep Ben as a breeding ram. 'We want to see if he passes on his size to his lambs,' she said."
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Ruth Collins" })
    }

    @Test("'X, professor of … at Y, who said: …' is X, past the apposition")
    func relativeWhoAfterAnAppositionIsTheNameBeforeIt() throws {
        let text = "The warning echoes researchers such as Daniel Fenwick, professor of economics at Northgate University, who said: 'The figures are worrying for every household in the region.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Daniel Fenwick")
    }

    @Test("'said Body Chief Marketing Officer and Deputy CEO, X' is X, not the body")
    func personAfterABodyAndItsRole() throws {
        let text = "The chain will sell the toy for a week. 'Our customers will love the new range,' said Brightway Chief Marketing Officer and Deputy CEO, Laura Benning."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Laura Benning")
    }

    @Test("an organisation mention that opens with a titled person before 'of' speaks as that person")
    func titledPersonOfABody() {
        #expect(SpeakerResolver.personBeforeOf(in: "Professor Michael Grant of Northgate Business School") == "Michael Grant")
        #expect(SpeakerResolver.personBeforeOf(in: "Bank of England") == nil)
        #expect(SpeakerResolver.personBeforeOf(in: "University of Leeds") == nil)
    }
}

/// The tokens of a test string.
private func tokensOf(_ text: String) -> [Token] {
    Tokenizer.tokens(Array(text.unicodeScalars))
}
