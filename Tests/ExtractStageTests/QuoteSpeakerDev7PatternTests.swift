import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the seventh dev set (US wire, broadcast and trade copy, and stories
/// stored one sentence a paragraph), each with sentences written for the test.
@Suite("Quote speaker patterns of the seventh dev set")
struct QuoteSpeakerDev7PatternTests {
    @Test("a quote whose next paragraphs carry no opening mark runs on to its one closing mark and keeps the speaker named after it")
    func unmarkedParagraphsContinueTheQuote() throws {
        let text = "Crowds gathered in the square on Friday.\n\n“We are tired of waiting.\n\nNobody listens to us.\n\nBut we will come back every week,” said teacher Olga Marin, who had travelled from the north.\n\nThe police watched from a distance."
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.map(\.text) == ["We are tired of waiting.", "Nobody listens to us.", "But we will come back every week,"])
        #expect(doc.quotes.allSatisfy { $0.speaker == "Olga Marin" })
    }

    @Test("an unclosed quote followed by a paragraph that opens its own quote does not run on")
    func unmarkedRunOnNeedsAClosingMarkFirst() throws {
        let text = "“We are tired of waiting.\n\nMeanwhile, the mayor said the plan was “on track” and would go ahead."
        let doc = try extract(text)
        #expect(!doc.quotes.contains { $0.text.hasPrefix("Meanwhile") })
        #expect(QuoteMarks.closesInLaterParagraph(tokensOf("Meanwhile, the mayor said the plan was “on track”."), 0) == false)
        #expect(QuoteMarks.closesInLaterParagraph(tokensOf("But we will come back,” she said."), 0) == true)
    }

    @Test("a single-quoted quote whose next paragraphs carry no opening mark runs on to its one closing mark")
    func unmarkedParagraphsContinueASingleQuote() throws {
        let text = "Crowds gathered in the square on Friday.\n\n‘We are tired of waiting.\n\nNobody listens to us.\n\nBut we will come back every week,’ said teacher Olga Marin.\n\nThe police watched from a distance."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.text) == ["We are tired of waiting.", "Nobody listens to us.", "But we will come back every week,"])
        #expect(doc.quotes.allSatisfy { $0.speaker == "Olga Marin" })
    }

    @Test("an unclosed single quote runs on only to a mark after sentence punctuation, never to a plural possessive")
    func unmarkedSingleRunOnNeedsAClosingMarkAfterPunctuation() throws {
        #expect(QuoteMarks.singleClosesInLaterParagraph(tokensOf("The parents’ house was empty by noon."), 0) == false)
        #expect(QuoteMarks.singleClosesInLaterParagraph(tokensOf("Then the mayor called it ‘a good start’."), 0) == false)
        #expect(QuoteMarks.singleClosesInLaterParagraph(tokensOf("But we will come back,’ she said."), 0) == true)
        let doc = try extract("‘We are tired of waiting.\n\nMeanwhile the parents’ group met the mayor.")
        #expect(!doc.quotes.contains { $0.text.hasPrefix("Meanwhile") })
    }

    @Test("two closing single marks close a double quote, so the name after them speaks")
    func doubledSingleMarksCloseADoubleQuote() throws {
        let text = "“It was a clear attempt to confuse people,’’ Dana Whitfield, director of the watchdog group Open Count, told reporters. “We will file a complaint.”"
        let doc = try extract(text)
        let first = try #require(doc.quotes.first)
        #expect(first.text == "It was a clear attempt to confuse people,")
        #expect(first.speaker == "Dana Whitfield")
    }

    @Test("'\"…?\" Name tearfully asked': an adverb between the name and the verb still attributes the quote")
    func adverbBetweenNameAndVerbAfterQuestion() throws {
        let text = "Judge Carol Mendes read out the result on Sunday. “Can I share the prize with my partner?” Lena Vasquez quietly asked before leaving the stage."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Lena Vasquez")
    }

    @Test("'said the actor' skips a woman introduced as a singer and takes the man who spoke")
    func sexedRoleNounSkipsTheOtherSex() throws {
        let text = "Paul Hendry lost the vote to singer Karen Holt on Monday. “It was a hard week for my family,” Paul Hendry said. “You learn what matters,” said the actor."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Paul Hendry")
    }

    @Test("a name between 'the' and a lower-case noun qualifies the noun: 'he' is the visitor, not the place")
    func nameBeforeANounIsAModifier() throws {
        let text = "Martin Oduya visited the Hollins Ridge settlement bloc on Tuesday. “This is a proud day for all of us,” he told local leaders."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Martin Oduya")
    }

    @Test("'the French foreign ministry said it \"…\"' is the ministry, not an earlier body")
    func nationalityAndLowerCaseBodyIsTheSpeaker() throws {
        let text = "The Security Council met on Monday. The French foreign ministry said it \"regrets any decision likely to harm the talks\"."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "French foreign ministry")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'Russia's foreign ministry said it viewed the move as \"…\"' is the ministry, not the country")
    func countrysMinistryIsTheSpeaker() throws {
        let text = "Several governments reacted on Tuesday. Russia's foreign ministry said it viewed the move as \"another step against the peace talks\"."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Russia's foreign ministry")
    }

    @Test("'\"…,\" the statement said' is the body that spoke in a statement just before")
    func theStatementIsItsMakers() throws {
        let text = "Two soldiers died in a crash near the border, the US military said in a statement on Friday. \"The cause of the crash is under investigation,\" the statement said."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "US military")
    }

    @Test("a hyphenated given name cut at its hyphen is still the speaker, with its whole name")
    func hyphenatedGivenNameSpeaks() throws {
        let text = "Lam Kin-wah, the commander of the district, said: \"They have to face the consequences of their acts.\""
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker?.hasPrefix("Lam Kin") == true)
    }

    @Test("'the \"Night Watch\" actor said': a short title in marks inside the description does not hide the verb")
    func titleInsideDescriptionAfterQuote() throws {
        let text = "Paul Hendry lost the vote on Monday. \"Hearing the news was hard for us,\" the \"Night Watch\" actor previously said on the show."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first { $0.text.hasPrefix("Hearing") })
        #expect(quote.speaker == "Paul Hendry")
    }

    @Test("'the singer and guitarist told' is one description: the person just named")
    func twoRoleNounsJoinedByAnd() throws {
        let text = "Tom Garner played a new song on Monday night. After hitting \"Big River,\" the singer and guitarist told the audience, \"that was fun, maybe we should tour again.\""
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first { $0.text.hasPrefix("that was fun") })
        #expect(quote.speaker == "Tom Garner")
    }

    @Test("a person after 'by' and a role noun ('owned by talent manager X') is talked about, not the 'she' who speaks next")
    func roleAfterPrepositionIsOblique() throws {
        let text = "Singer Tina Marsh got support last week. Tina Marsh's first albums were released through Big Label, which was bought by a company owned by talent manager Rory Banks. In a post at the time she described this as the \"worst possible outcome\" and accused him of bullying."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Tina Marsh")
    }

    @Test("'she said' after a man's quote, with no woman named since, is the last woman who spoke")
    func pronounTakesTheLastSpeakerOfItsSex() throws {
        let text = "'I never wanted any of this,' Laura Finch said after the hearing. The party was held in a city bar. The club had hired the whole room. Striker Tom Reyes arrived late. He then sent a text at midnight. 'Where are you now?' Tom Reyes asked. The taxi took twenty minutes. The flat was in the centre of town. 'I did it because I liked him, not for the money,' she said."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Laura Finch")
    }

    @Test("a title-cased song name ending with a full stop inside the marks in running text is a title, a quoted sentence after 'said' is not")
    func titleWithFullStopInRunningText() throws {
        let text = "Kevin Marsh spoke to the committee on Tuesday. He denied that he and two other envoys formed a secret channel, for which they were known as the \"Three Wise Men.\" Marsh said, \"Come Back Home.\""
        let doc = try extract(text)
        #expect(!doc.quotes.contains { $0.text.hasPrefix("Three Wise Men") })
        #expect(doc.quotes.contains { $0.text.hasPrefix("Come Back Home") })
    }

    @Test("a nationality or a descriptor before a name is no part of the speaker's name")
    func leadingDescriptorsAreDropped() {
        #expect(SpeakerResolver.personalName("Olympian Tessa Marsh") == "Tessa Marsh")
        #expect(SpeakerResolver.personalName("Australian Tom Price") == "Tom Price")
        #expect(SpeakerResolver.personalName("Multimillionaire Tory donor John Smith") == "John Smith")
        #expect(SpeakerResolver.personalName("Dawn French") == "Dawn French")
    }
}

/// The tokens of a test string.
private func tokensOf(_ text: String) -> [Token] {
    Tokenizer.tokens(Array(text.unicodeScalars))
}
