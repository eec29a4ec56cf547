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
