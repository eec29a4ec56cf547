import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the eleventh dev set (many speakers and long quotes: court reports,
/// wire features, BBC politics), each with sentences written for the test.
@Suite("Quote speaker patterns of the eleventh dev set")
struct QuoteSpeakerDev11PatternTests {
    @Test("'He said X had spoken with \"…\", adding: \"…\"' gives the added quote to the one who said it, not to X")
    func participleGoesOnFromTheMainReporter() throws {
        let text = """
            Mary Telford said the families were delighted with the meeting. She said Mr Harwood had listened \
            with "real patience", adding: "He stayed long after the cameras had gone."
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Mary Telford" })
    }

    @Test("'said the chairman of the X committee, Labour MP Jane Roe.' is Jane Roe, not the committee or an earlier name")
    func appositiveNameAfterADescribedRole() throws {
        let text = """
            Sir Alan Pryce was briefed on the plan this week. "It would be a shame to stop now," said the chairman \
            of the Commons transport committee, Labour MP Helen Varley.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Helen Varley")
    }

    @Test("'said its chairman, Sir John Doe.' is the chairman named after the comma, not the body")
    func possessiveRoleThenName() throws {
        let text = """
            The Rail Users Federation has told ministers to think again. "Any half-measure would spoil the scheme," \
            said its chairman, Sir Roger Amble.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Roger Amble")
        #expect(quote.speakerLabel == .person)
    }

    @Test("'\"…,\" X, a senior fellow at Y, has written.' attributes the quote (and the piece after it) to X")
    func perfectOfWritingIsAVerbOfSaying() throws {
        let text = """
            Import duties are collected at the border. "The duty is paid by the importer, not the exporter," Nadia Ferris, \
            a senior fellow at the Harbour Policy Institute, has written. "The foreign maker pays nothing."
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Nadia Ferris" })
    }

    @Test("'\"…,\" it said.' after '…, according to the X Agency.' is that body, though it was the object of 'according to'")
    func itStandsForTheBodyCitedByAccordingTo() throws {
        let text = """
            New coins will show the new king, though not soon, according to the Westland Coin Agency. \
            "Historically, new coins appeared about a year after a coronation," it said.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Westland Coin Agency")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'X QC has warned that people on the \"…\"' names X without the letters after the name, whatever type the name got")
    func postNominalLettersAreNoPartOfTheSpeaker() throws {
        let text = """
            The chairman of the Northgate Law Society, Guy Pellow QC has warned there is a real risk that people on the \
            "margins of our towns" would be driven away.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Guy Pellow")
        #expect(quote.speakerLabel == .person)
    }

    @Test("'\"…,\" Lovely said' is the 'Mary Lovely' named before, though the surname is also a common word")
    func surnameThatIsACommonWord() throws {
        let text = """
            Phones have been hit too, said Mary Lovely, a Westbrook University economist. "About a third of \
            the imports are phones," she said. And imports of "spare parts" have seen price rises, hurting local makers. \
            "When the parts cost more, makers find it harder to compete," Lovely said.
            """
        let doc = try extract(text)
        let last = try #require(doc.quotes.last)
        #expect(last.text.hasPrefix("When the parts"))
        #expect(last.speaker == "Mary Lovely")
    }

    @Test("'The Chief Justice said … \"…\"' is the person titled 'Chief Justice' before, not a name in the reported clause")
    func capitalisedTitleStandsForTheTitledPerson() throws {
        let text = """
            The hearing was chaired by Chief Justice Arnold Kestrel. Mr Dunmore was a solicitor of eight years' standing. \
            The Chief Justice said the minute Mr Dunmore found out "out of the blue" that he was not qualified, he should \
            have put "a dead stop to everything".
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Arnold Kestrel" })
    }

    @Test("a verb of saying used as an adjective ('for a specified time') is no one else speaking between a quote and its continuation")
    func adjectivalSpeechVerbDoesNotBreakContinuation() throws {
        let text = """
            Tom Brennick, from Keyward, told the radio there are two steps to logging in. The hardest is knowing who is online.

            "The answer is to combine something you know with something you hold." The firm's reader makes codes that stay \
            valid for a specified amount of time. This can be changed at any time by the bank. It is paired with the usual \
            passwords and questions. "You put the card in the reader and a code comes up."
            """
        let doc = try extract(text)
        let last = try #require(doc.quotes.last)
        #expect(last.text.hasPrefix("You put the card"))
        #expect(last.speaker == "Tom Brennick")
    }

    @Test("'he said' after a quote whose first sentence lies wholly in marks is the subject of the sentence before the quote")
    func pronounSkipsSentencesInsideTheQuote() throws {
        let text = """
            "There has been an incredible upsurge in demand," said Mr Tom Pell, a coin specialist at Pell and Sons of London. \
            Prices are rising as collectors try to fill gaps in their collections, said Mr Pell. "It just takes enough \
            people online to chase the price up," said Mr Pell.

            In Leeds, coin expert Joel Varga posted a video this week saying the value of a 2013 coin had "shot up" to 180 pounds.

            At Harbour Coins in Whitby, owner Sam Ivers is preparing for an auction this month featuring some "notable" \
            royal items, including a 1935 note featuring then-Princess Anne at the age of 8.

            "It is one of the top 10 most wanted notes of the century anyway.

            So I will be keen to see how the bidding goes on those notes," he said.
            """
        let doc = try extract(text)
        let pieces = doc.quotes.filter { $0.text.hasPrefix("It is one of") || $0.text.hasPrefix("So I will be keen") }
        #expect(pieces.count == 2)
        #expect(pieces.allSatisfy { $0.speaker == "Sam Ivers" })
    }

    @Test("'a call for him to \"…\" from Jane Roe.' gives the quote to Jane Roe, not to the subject of the sentence")
    func speakerAfterFromFollowsANounOfAsking() throws {
        let text = """
            New Transport Secretary Peter Hallam has vowed to press on with road charging despite a call for him \
            to "think again over the summer" from Olivia Brandt.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Olivia Brandt")
    }
}
