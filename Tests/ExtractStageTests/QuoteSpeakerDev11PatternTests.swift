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
            of the Commons transport committee, Tory MP Helen Varley.
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

    @Test("'\"…,\" X, an economist at Y, has written.' attributes the quote (and the piece after it) to X")
    func perfectOfWritingIsAVerbOfSaying() throws {
        let text = """
            Import duties are collected at the border. "Tariffs fall on the buyer at home," Nadia Ferris, \
            an economist at the Harbour Policy Institute, has written. "The seller abroad is untouched."
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Nadia Ferris" })
    }

    @Test("'\"…,\" it said.' after '…, according to the X Agency.' is that body, though it was the object of 'according to'")
    func itStandsForTheBodyCitedByAccordingTo() throws {
        let text = """
            Fresh stamps will show the new king, though not soon, according to the Westland Post Agency. \
            "New designs usually take a year to reach the shops," it said.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Westland Post Agency")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'X QC has warned that people on the \"…\"' names X without the letters after the name, whatever type the name got")
    func postNominalLettersAreNoPartOfTheSpeaker() throws {
        let text = """
            The chairman of the Northgate Law Society, Guy Pellow QC has warned that young drivers on \
            "quiet country roads" face higher fines.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Guy Pellow")
        #expect(quote.speakerLabel == .person)
    }

    @Test("'\"…,\" Kindly said' is the 'Ann Kindly' named before, though the surname is also a common word")
    func surnameThatIsACommonWord() throws {
        let text = """
            Toys have been hit too, said Ann Kindly, a Westbrook University economist. "About a third of \
            the imports are toys," she said. And imports of "spare parts" have seen price rises, hurting local makers. \
            "When parts cost more, small makers struggle to keep up," Kindly said.
            """
        let doc = try extract(text)
        let last = try #require(doc.quotes.last)
        #expect(last.text.hasPrefix("When parts cost"))
        #expect(last.speaker == "Ann Kindly")
    }

    @Test("'The Chief Justice said … \"…\"' is the person titled 'Chief Justice' before, not a name in the reported clause")
    func capitalisedTitleStandsForTheTitledPerson() throws {
        let text = """
            The hearing was chaired by Chief Justice Arnold Kestrel. Mr Dunmore was a solicitor of eight years' standing. \
            The Chief Justice said the day Mr Dunmore learnt "without any warning" that he was not qualified, he should \
            have brought "a sudden halt" to the work.
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Arnold Kestrel" })
    }

    @Test("a verb of saying used as an adjective ('for a stated period') is no one else speaking between a quote and its continuation")
    func adjectivalSpeechVerbDoesNotBreakContinuation() throws {
        let text = """
            Tom Brennick, from Keyward, told the radio there are two steps to logging in. The hardest is knowing who is online.

            "The answer is a second check on every login." The firm's reader makes codes that stay \
            valid for a stated period. This can be changed at any time by the bank. It is paired with the usual \
            passwords and questions. "Your phone shows a number and you type it in."
            """
        let doc = try extract(text)
        let last = try #require(doc.quotes.last)
        #expect(last.text.hasPrefix("Your phone shows"))
        #expect(last.speaker == "Tom Brennick")
    }

    @Test("'he said' after a quote whose first sentence lies wholly in marks is the subject of the sentence before the quote")
    func pronounSkipsSentencesInsideTheQuote() throws {
        let text = """
            Stamp dealer Tom Pell said trade was brisk. "Buyers are queuing at the door," said Mr Pell. \
            "Prices keep climbing every week," said Mr Pell.

            In Leeds, collector Joel Varga wrote online this week that one stamp had "more than doubled" in price.

            At Harbour Stamps in Whitby, owner Sam Ivers is planning a sale next month with several "striking" royal \
            sheets, including a 1935 sheet printed for a jubilee.

            "It is one of the rarest sheets we have handled in years.

            So I will watch the bidding on those sheets closely," he said.
            """
        let doc = try extract(text)
        let pieces = doc.quotes.filter { $0.text.hasPrefix("It is one of") || $0.text.hasPrefix("So I will watch") }
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
