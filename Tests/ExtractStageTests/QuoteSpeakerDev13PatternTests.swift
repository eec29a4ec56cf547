import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the thirteenth dev set (statements referred back to as "the statement",
/// people named with the firm they work for, partial quotes inside a reported clause), each with
/// sentences written for the test.
@Suite("Quote speaker patterns of the thirteenth dev set")
struct QuoteSpeakerDev13PatternTests {
    @Test("'according to a statement from X. \"…,\" the statement said' gives the quote to the person X")
    func statementFromAPerson() throws {
        let text = """
            The inquiry will reopen next month, according to a statement from Margaret Holloway, the chief \
            inspector. "The evidence has to be heard again in full," the statement said.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Margaret Holloway")
        #expect(quote.speakerLabel == .person)
    }

    @Test("'X issued a statement saying … \"…,\" the statement read' gives the quote to X")
    func statementIssuedByAPerson() throws {
        let text = """
            The designer faced calls for a boycott over the weekend. Marcus Delacroix issued a statement saying he \
            had not meant to offend anyone. "We respect every customer and every family," the statement read.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Marcus Delacroix")
    }

    @Test("'In a joint statement, the families said …' leaves a later '\"…,\" the statement said' with no speaker")
    func statementOfAnUnnamedGroup() throws {
        let text = """
            A spokesman for the Ministry of Transport said: "We are doing all we can." In a joint statement, the \
            passengers' families said they were still waiting for answers. "We only want to know what happened \
            on that night," the statement said.
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == nil)
    }

    @Test("'X from broker Y said' gives the quote to the person X, not the firm Y")
    func personFromAFirm() throws {
        let text = """
            Shares in the lender fell sharply on Monday. Daniel Whitcombe from broker Harwood Securities said: \
            "Investors have lost patience with the board."
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Daniel Whitcombe")
        #expect(quote.speakerLabel == .person)
    }

    @Test("'X reflected: \"…\"' is a verb of saying: the quote is X's, not the person quoted before")
    func reflectedIntroducesAQuote() throws {
        let text = """
            "It was a hard night for us," said defender Thomas Breck. Manager Colin Ashworth reflected: "We \
            showed real character in the second half."
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        let last = try #require(doc.quotes.last)
        #expect(last.speaker == "Colin Ashworth")
    }

    @Test("'As X condemned the \"…\", Y said' gives the partial quote to X, who condemned it")
    func condemnedIntroducesAPartialQuote() throws {
        let text = """
            As Prime Minister Richard Fenwick condemned the "cowardly and cruel attack", Home Secretary Alison \
            Marsh said more police would be sent to the town.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Richard Fenwick")
    }

    @Test("'X's interview continued: \"…\"' gives the quote to X, whose interview it is")
    func possessiveInterviewOfAPerson() throws {
        let text = """
            The tapes were recorded for a history project. Eleanor Quigley's interview continued: "I never knew \
            where they were taken after that night."
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Eleanor Quigley")
    }

    @Test("'\"…,\" the fund said' gives the quote to the fund the article named before")
    func theFundsWebsite() throws {
        let text = """
            The carvings were listed as endangered by the Heritage Rescue Fund, a charity based in Geneva. Their \
            walls have stood for three thousand years. "These walls are the last of their kind," the fund said.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Heritage Rescue Fund")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'X, of the Y, said Z spends his time on \"…\"' gives the partial quote to X, not to Z, the clause's subject")
    func nameOpeningAReportedClauseIsNotTheSpeaker() throws {
        let text = """
            The officer was photographed at the march on Sunday. Peter Langley, of the Police Federation, said \
            Sergeant Harold Dunne spends most of his time on "light duties behind a desk" during the events.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Peter Langley")
    }

    @Test("a partial quote before another of its sentence takes that quote's speaker across plain words")
    func partialQuoteBeforeAnAttributedOne() throws {
        let text = """
            Three nurses flew home on Saturday. The nurses "will stay in their rooms for three weeks" and have \
            "no visitors at all, including family," according to a statement from Laura Pennington, a \
            spokeswoman for the health department.
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        let first = try #require(doc.quotes.first)
        #expect(first.speaker == "Laura Pennington")
    }

    @Test("'X has been criticised as being \"…\"' without 'by' does not make X the speaker")
    func passiveCriticismHasNoSpeaker() throws {
        let text = """
            Shares in Meridale Bank fell again on Friday. Meridale Bank has been criticised as being "too slow to \
            change its ways" after a string of fines.
            """
        let doc = try extract(text)
        #expect(doc.quotes.allSatisfy { $0.speaker != "Meridale Bank" })
    }

    @Test("'the 54-year-old chief executive said' with no one introduced at 54 is the person introduced as chief executive")
    func ageWithARoleIntroducedWithoutTheAge() throws {
        let text = """
            Gregory Hallam, who has quit as chief executive of Norvale Insurance, will be paid for another year. \
            Shareholders had voted against his pay deal. It was the latest chapter in a backlash against \
            boardroom pay. Investors have grown bolder this year. Yesterday the 54-year-old chief executive said he \
            "felt it was right to step aside for new leadership".
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Gregory Hallam")
    }
}

