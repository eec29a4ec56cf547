import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the fourth dev set (British single quotes, documents that speak for a
/// body, honorific titles, speeches that go on over paragraphs), each with sentences written for
/// the test.
@Suite("Quote speaker patterns of the fourth dev set")
struct QuoteSpeakerDev4PatternTests {
    @Test("'He went on: …' attributes the quote and its continuation paragraphs to the speaker")
    func wentOn() throws {
        let text = """
            Opposition leader Ruth Calder spoke at the town hall on Friday. In a speech, she said: 'This town deserves better schools.'

            She went on: 'Our plan is the first real plan for the valley in a decade.

            'We will open three new schools by the end of the year.'
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Ruth Calder" })
    }

    @Test("a document 'prepared by X' speaks for X, and 'It reads:' and 'the memo' go on with X")
    func documentPreparedBy() throws {
        let text = "The memo – prepared by the Harbour Research Council, an advisory body that briefs ministers – states that the port is likely to 'remain a key trading hub'. The memo, edited by Tomas Riel, the council's chief analyst, says that the decline of shipping has 'weakened the whole region'. It reads: 'A significant share of the region's income flows from the port and its trade.'"
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Harbour Research Council" && $0.speakerLabel == .org })
    }

    @Test("a sentence led by a document gives a participle's quote to the document's body")
    func documentLedParticiple() throws {
        let text = "The report was written by the Coastal Safety Board (CSB). The report also expresses concern about the old harbour wall, saying: 'Repairs are more urgent than the council has admitted.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speakerLabel == .org)
        #expect(quote.speaker?.contains("Coastal Safety Board") == true || quote.speaker == "CSB")
    }

    @Test("an honorific run ('the Rt Rev Dr X') is no speaker: 'the Bishop said' is the named bishop")
    func honorificTitles() throws {
        let text = "The Bishop of Wexford, the Rt Rev Dr Alan Pryce, described the novel as a \"fine adventure story\" but \"poor history\". Writing in the local paper, the Bishop said: \"Legends are always fun to read and fun to invent.\""
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Alan Pryce" })
    }

    @Test("'In a statement, it added:' keeps the organisation that spoke a few sentences before")
    func statementItAdded() throws {
        let text = "Nimbus Systems has said it will replace two million chargers. The company said the move was a \"simple precaution\" after reports of overheating. The recall affects chargers sold since 2019. A few buyers reported minor burns. Most of the chargers were sold online. In a statement, it added: \"In almost every case the damage stayed inside the charger itself.\""
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Nimbus Systems")
        #expect(quote.speakerLabel == .org)
    }
}

/// More speaker patterns of the fourth dev set: nouns that look like verbs of saying, a line that
/// introduces an unmarked paragraph, roles in capitals, unnamed officials of a named body.
@Suite("Quote speaker patterns of the fourth dev set, continued")
struct QuoteSpeakerDev4MorePatternTests {
    @Test("'her answers' and 'X's claims' are nouns: the partial quote is the speaker's who said it")
    func speechNounAfterPossessive() throws {
        let text = "Harold Voss has warned that the rebels want a second vote. The former mayor said that council leader Ann Kirby's answers on the budget are 'all smoke and mirrors'."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Harold Voss")
    }

    @Test("a quote after an unmarked paragraph takes the speaker of the line that introduced it")
    func introducingLine() throws {
        let text = "Mr Hollis, in a speech on housing this morning, said the party would build more homes. The minister added: That changed everything. It gave people hope. And it was never meant to be this way. 'So when I hear the critics, I just think: look at the new streets.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Hollis")
    }

    @Test("'the PM' is a person, not an acronym of a body")
    func roleAcronym() throws {
        let text = "Prime Minister Ruth Calder spoke in Leeds. The PM added: 'We will not lecture anyone on poverty, but we will act on it.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speakerLabel == .person)
        #expect(quote.speaker == "Ruth Calder")
    }

    @Test("a quote opening its sentence after 'X, a coordinator for …, said that …' is X's, past a term in marks")
    func previousSentenceOverTerm() throws {
        let text = "Some users said the tool would only be fair if sites could opt out of any \"click through\" deals. Mark Denby, outreach coordinator for a digital rights group, said that the firm should not be punished for its size. \"Of course the firm should be allowed to link to whatever sites it chooses.\""
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Mark Denby")
    }

    @Test("an unnamed director of a body named right before the role speaks for the body")
    func unnamedOfficialOfBody() throws {
        let text = "The Harbour Rowing Club signed the young rower last month. A Harbour Rowing Club team director told the local paper: 'We are all pleased with how things are going this season.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speakerLabel == .org)
        #expect(quote.speaker?.contains("Harbour Rowing Club") == true)
    }

    @Test("a speaker known by a given name takes the surname the text gives her through 'Mrs X said'")
    func givenNameTakesTitledSurname() throws {
        let text = "Ben Hollow, 9, cannot go out in the sun. His mother Karen, 38, said: 'He was called names in the street every single day.' The school fitted new lights last year. 'His classroom got new bulbs in May,' Mrs Hollow said."
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.first?.speaker == "Karen Hollow")
    }

    @Test("a given name keeps no surname when two women are named with a title")
    func givenNameAmbiguousSurname() throws {
        let text = "His mother Karen, 38, said: 'He was called names in the street every single day.' 'His classroom got new bulbs in May,' Mrs Hollow said. 'We wrote to the council twice about it,' Mrs Pike said."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Karen")
    }

    @Test("a caption run-on ending in a given name ('Drake Here Lolly') reports the one full name that starts with it")
    func runOnEndingInGivenName() throws {
        let text = "YouTube star Lolly Marsh turns herself into film characters. In this look Lolly became the rapper Drake Here Lolly holds a bow and arrow. On her channel she told fans: 'I love this look more than any other one I have tried.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Lolly Marsh")
    }

    @Test("'Her Facebook page states:' is the woman's words, not the website's")
    func ownPageStates() throws {
        let text = "YouTube star Lolly Marsh turns herself into film characters. Her Facebook page states: 'I am not a professional make-up artist and never took any lessons.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Lolly Marsh")
        #expect(quote.speakerLabel == .person)
    }

    @Test("'the report' after a person's quote still speaks for the body whose report it is")
    func documentAfterPersonQuote() throws {
        let text = "A report prepared by the Coastal Safety Board warns that the harbour wall is 'close to collapse after years of neglect'. The wall was built in 1890. Mayor Tom Reed said he had 'not yet read the whole thing'. The report also expresses concern about the old pier, saying: 'Repairs are more urgent than the council has admitted.'"
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Coastal Safety Board")
        #expect(quote.speakerLabel == .org)
    }

    @Test("'X sent a fax to her son. It read: …' is X's text; 'It said' after a company stays the company's")
    func itReadAfterWrittenText() throws {
        let text = "Days before the climb, Mrs Ellen Hart sent a fax to her son and daughter. It read: 'We have reached the base camp. The walk was hard and it snowed every day.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Ellen Hart")
        let company = try extract("Nimbus Systems has recalled two million chargers. It said: \"We are sorry for the trouble this has caused our customers.\"")
        #expect(company.quotes.first?.speaker == "Nimbus Systems")
    }

    @Test("a titled surname in running text ('Her father Mr Hollow') completes a given-name speaker, one owned by a full name does not")
    func givenNameTakesSurnameOfTitledMention() throws {
        let text = "Now her parents Peter and Ann have paid tribute to her. Her father Mr Hollow, a 51-year-old foreman, said he spoke to his daughter on the day she died. Peter said: 'I spoke to her that Thursday morning and she sounded so happy.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Peter Hollow")
        let other = try extract("TV host Anne Robinson said the minister was rude. Ms Robinson has known him for years. His wife Sandra said: 'It would be more fun if I won a game now and then.'")
        #expect(other.quotes.first?.speaker == "Sandra")
    }
}
