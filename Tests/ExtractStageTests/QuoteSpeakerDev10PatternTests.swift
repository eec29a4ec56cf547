import DocPipe
import Testing
@testable import ExtractStage

/// Speaker and quote patterns found on the tenth dev set (chosen for single quotes: tabloid, BBC,
/// wire and magazine copy), each with sentences written for the test.
@Suite("Quote speaker patterns of the tenth dev set")
struct QuoteSpeakerDev10PatternTests {
    @Test("'said the magazine' far after 'by US magazine Gadget World' is the magazine's name, not 'US magazine'")
    func appositiveNameOfTheBody() throws {
        let text = """
            The Pocket Lamp 5 has been voted the best torch ever made by US magazine Gadget World. \
            It beat a wind-up radio and a brass compass. The list has 100 entries. Most are electronic. \
            Some are older than a century. A few are toys. Readers were asked to vote online. Voting closed in May. \
            Results were counted by hand. "We looked only at things you could carry in a pocket," said the magazine.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Gadget World")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'an agency source told the station' is an unnamed source, not the body named in the sentence before")
    func anonymousSourceSpeaksForNoOne() throws {
        let text = "A guard was shot outside the Harbour Survey Office in Kelton on Monday. 'The whole thing was over in two minutes,' an agency source told the station."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == nil)
    }

    @Test("a name that qualifies a noun after 'a recent' ('a recent Law Lords decision') is no antecedent for 'he said'")
    func nameModifyingANounIsNoAntecedent() throws {
        let text = """
            Party leader Owen Mardle said voters faced a clear choice. He said the government had ignored \
            a recent Law Lords decision on detention. "But a state that watches everyone is a dangerous one," he said.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Owen Mardle")
    }

    @Test("'X concluded in an interview.' right after a whole-sentence quote attributes that quote")
    func attributionInTheNextSentence() throws {
        let text = "Dana Whitlow has drummed at every home game for six years. 'Every game I try to give the crowd something to cheer about.' Whitlow concluded in an interview with a local paper."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Dana Whitlow")
    }

    @Test("a name given in an aside ('The boat, dubbed 'sea dragon of the north', sailed') is no quotation")
    func appositiveNameIsNoQuote() throws {
        let text = "The boat, dubbed 'sea dragon of the north', sailed from Leith on Friday. Skipper Ian Bell said: 'It handled beautifully in the swell.'"
        let doc = try extract(text)
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.speaker == "Ian Bell")
    }

    @Test("'the magazine specified that …' attributes the quote to the magazine named before")
    func specifiedIsAVerbOfSaying() throws {
        let text = "The list was drawn up by the monthly magazine Pocket Tech. The magazine specified that entries had to be \"small enough to carry in one hand\"."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Pocket Tech")
    }

    @Test("'said Mdm Tan' is the woman named surname first in full ('Madam Tan Siew Ling')")
    func titledSurnameWrittenFirst() throws {
        let text = """
            SINGAPORE: Madam Tan Siew Ling first felt unwell in March. Doctors later found a rare infection.             "I did not expect to see another birthday," said Mdm Tan, 64. She is now well again.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Tan Siew Ling")
    }
}
