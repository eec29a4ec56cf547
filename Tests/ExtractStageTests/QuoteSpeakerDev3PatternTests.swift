import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the third quote dev set (organisation speakers, reporters, groups),
/// each with sentences written for the test.
@Suite("Quote speaker patterns of the third dev set")
struct QuoteSpeakerDev3PatternTests {
    @Test("'the ministry said' is the ministry named in full earlier, not an organisation before a verb")
    func ministryNamedEarlier() throws {
        let text = "The Daily Courier quoted a finance ministry adviser on Monday, prompting a denial from the Eastland finance ministry. 'The adviser never said this,' the ministry said in a statement."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Eastland finance ministry")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'The letter ... reads:' belongs to the organisation the article is about")
    func letterOfLeadingOrganisation() throws {
        let text = "Northgate United have apologised to their fans after the coaches arrived late. Northgate United had offered the trip for free. Now the club has written to supporters. The letter, seen by reporters, reads: 'We would like to apologise for the late arrival of the coaches.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Northgate United")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'On the X website it states:' is X's")
    func websiteStates() throws {
        let text = "The drone was built by researchers of the Acme Robotics Group. On the Acme Robotics Group website it states: 'Our team has tested three robots since the start of the year.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Acme Robotics Group")
        #expect(quote.speakerLabel == .org)
    }

    @Test("a pronoun after a quote is the named subject of the sentence before's reporting verb, not the person mentioned most")
    func pronounTakesPreviousReporter() throws {
        let text = "Marcus Pell was arrested in May. Pell had met the girl online. Pell denied the charge. The family's lawyer, Peter Ashdown, said on Monday he believed the girl was under Pell's influence. 'There must have been some pressure on her,' he said."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Peter Ashdown")
    }

    @Test("'He wrote:' after a run-on caption is the senator who said so, not the president named first")
    func pronounAfterRunOnCaption() throws {
        let text = "Farm incomes fell last year. President Tom Garner is trying to pass the bill Senator Paul Hext, who has led the debate, said in a letter that the plan would hurt farmers. He wrote: 'It defies reason to cut the subsidy now.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Paul Hext")
    }

    @Test("'one of the officers' and 'one of the group' name no speaker, and their short quotes are kept")
    func partitiveSpeakersAreUnnamed() throws {
        let text = "Sergeant Alan Brook arrived at the car park. On the video, you can hear one of the officers saying they needed to 'calm everyone down' first. But one of the group says: 'You are not going to take me away.'"
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == nil })
    }

    @Test("'Y quoted X as saying' gives the quote to X")
    func quotedAsSaying() throws {
        let text = "Mayor Rita Olsen promised a decision by May. The weekly Die Welt quoted Finance Minister Anton Berger as saying that a delay was 'out of the question'."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Anton Berger")
    }

    @Test("'..., the newspaper quotes a source' has no named speaker, not the speaker of the quote before")
    func newspaperQuotesSource() throws {
        let text = "'We need new models for this plant,' said union leader Tom Grady. 'The firm is worried about where its money goes,' the newspaper quotes a source close to the company."
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.first?.speaker == "Tom Grady")
        #expect(doc.quotes.last?.speaker == nil)
    }

    @Test("a second partial quote of a sentence takes the first one's speaker")
    func secondPartialQuoteOfSentence() throws {
        let text = "In an email, a spokesman for Bugaway wrote that the company is 'committed to safe work for its customers' and is 'looking into this matter internally'."
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Bugaway" })
    }

    @Test("'added the Riverside defender' is a description of a person, not the club")
    func clubModifiedRoleAfterVerb() throws {
        let text = "'The squad is in good health,' centre back Tom Ebdon told reporters. 'We are building a new team,' added the Riverside defender."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Tom Ebdon", "Tom Ebdon"])
    }

    @Test("song titles with one short lower-case word and a nickname ending in a full stop are not quotes")
    func titlesAreNotQuotes() throws {
        let text = "Dale Moss has been ill. Some of his hits include \"There Must be a Better Day Somewhere\" and he was known as the \"King of the Road.\""
        let doc = try extract(text)
        #expect(doc.quotes.isEmpty)
    }

    @Test("a shouted quote in capitals is a quote, not a title")
    func shoutedQuoteIsQuote() throws {
        let text = "Ana Ruiz wrote to her brother: 'I cannot stand this.' 'SHE IS LYING ABOUT MY AGE,' Ruiz wrote."
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.last?.speaker == "Ana Ruiz")
    }

    @Test("the writer named before a quote wins over a document cited after it")
    func writerBeforeDocumentAfter() throws {
        let text = "Later Dana Cole texted Leo Marsh: 'She threatened to throw me out of the house,' the affidavit said."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Dana Cole")
    }

    @Test("an acronym the entity layer leaves unlabelled speaks as an organisation ('The FA said')")
    func acronymSpeaker() throws {
        let text = "The striker was charged on Monday. The FA said in a statement: 'The player has until Friday to respond to the charge.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "FA")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'said a statement released by X' and 'read a statement from the club' name the organisation")
    func statementReleasedBy() throws {
        let text = "Orbis Computing sold 5,000 devices. 'We are committed to protecting the privacy of our users,' said a statement released by Orbis Computing. Westford Rovers sacked their coach. Westford Rovers will look for a successor. 'We wish him all the best for the future,' read a statement from the club."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Orbis Computing", "Westford Rovers"])
        #expect(doc.quotes.allSatisfy { $0.speakerLabel == .org })
    }

    @Test("'According to the carmaker' is the carmaker named just before")
    func accordingToTheCarmaker() throws {
        let text = "Veloro Motors recalled 500,000 cars last week. According to the carmaker, 'no accidents have been reported in connection with the fault'."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Veloro Motors")
    }

    @Test("'the Premier League club' is the club the text is about, not the league")
    func leagueClubIsTheClub() throws {
        let text = "Hillford Albion have signed the winger. Hillford Albion beat Eastgate on Sunday. The Premier League club said: 'We are delighted to have completed the signing.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Hillford Albion")
    }

    @Test("'A statement on the club's website read' is the club's")
    func clubWebsiteStatement() throws {
        let text = "Kirkby Rangers have sacked their manager. Kirkby Rangers lost six games in a row. A statement on the club's website read: 'The board thanks him for his service.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Kirkby Rangers")
    }

    @Test("'X, a friend of the Tory leader,' does not make X the Tory leader")
    func roleInsideAppositivePhraseIsNotTheRole() throws {
        let text = "Tory leader Tom Hardwick faced the cameras on Monday. Presenter Jill Marr, a friend of the Tory leader, praised his courage. Film maker Ian Pole was given access to Mr Hardwick. The Tory leader was asked about his parents. He replies: 'That is a question for the voters to decide.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Tom Hardwick")
    }

    @Test("a place before a noun ('a Texas mother') describes the speaker and is never the speaker")
    func placeModifierIsNoSpeaker() throws {
        let text = "A Texas mother told her son to leave the house, texting him hours before the fire, 'I want you gone by tonight,' it emerged today."
        let doc = try extract(text)
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.speaker != "Texas")
    }

    @Test("'She added:' after a spokeswoman for X continues X")
    func spokeswomanThenShe() throws {
        let text = "Lib Dem spokesman Mark Oaten said the bill was bad. A spokeswoman for Human Rights Watch said it was a 'basic principle of justice' that people should have a trial. She added: 'Punishment without a trial is not justice.'"
        let doc = try extract(text)
        #expect(doc.quotes.last?.speaker == "Human Rights Watch")
        #expect(doc.quotes.last?.speakerLabel == .org)
    }

    @Test("'accused X of having '…' by attacking' is the accuser's, not X's")
    func accusedByGerund() throws {
        let text = "Prime Minister David Cameron spoke in Leeds. He accused Ed Miliband of having 'some brass neck' by attacking the government."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "David Cameron")
    }

    @Test("'said United's head coach' is the coach, not the club before the possessive")
    func possessiveClubBeforeRole() throws {
        let text = "Riverside head coach John Carver named his team. 'I never listened to the critics when I was a player,' said Riverside's head coach."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "John Carver")
    }

    @Test("a name right after a transitive verb ('lent Mr X his support') is an object, not the subject a pronoun takes")
    func objectOfTransitiveVerbIsNoSubject() throws {
        let text = "Prime Minister David Cameron announced the scheme. TV presenter Bear Grylls also lent Mr Cameron his support. 'Any plan that helps people volunteer is good news,' he said."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Bear Grylls")
    }
}
