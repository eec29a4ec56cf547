import DocPipe
import Testing
@testable import ExtractStage

@Suite("Quote extraction")
struct QuoteExtractionTests {
    @Test("“…,” said X attributes the quote to X with the quoted words inside the marks")
    func saidAfter() throws {
        let text = "“We will not retreat from the square,” said activist Lena Marsh."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Lena Marsh")
        #expect(quote.text == "We will not retreat from the square,")
        #expect(text.slice(scalars: quote.start, quote.end) == quote.text)
        let span = try #require(quote.speakerSpan)
        #expect(text.slice(scalars: span.start, span.end) == "Lena Marsh")
    }

    @Test("“…,” X said and straight quotes")
    func nameThenVerb() throws {
        let doc = try extract("Economist Tomas Berg studied the budget. \"The deficit is far larger than anyone admits,\" Berg said.")
        #expect(doc.quotes.first?.speaker == "Tomas Berg")
    }

    @Test("commented and charged after the quote, with a role before the name")
    func commentedCharged() throws {
        let doc = try extract("“This is a turning point for the whole region,” commented political scientist Pavel Dorn. “The government has lost all credibility here,” charged Maria Quist.")
        #expect(doc.quotes.map(\.speaker) == ["Pavel Dorn", "Maria Quist"])
    }

    @Test("X cautioned that “…” attributes a quote that follows its speaker, skipping a relative clause")
    func cautionedThat() throws {
        let doc = try extract("Former Prime Minister Hugo Laine, who served under President Ada Roth from 1994 to 1997, cautioned that “the arrival of foreign soldiers could inflame the situation” if protests grew.")
        #expect(doc.quotes.first?.speaker == "Hugo Laine")
    }

    @Test("told the Associated Press after a quote names the speaker before the verb")
    func toldThePress() throws {
        let doc = try extract("“People are tired of waiting for answers,” Anton Grell told the Associated Press.")
        #expect(doc.quotes.first?.speaker == "Anton Grell")
    }

    @Test("a pronoun speaker resolves to the person named in the previous sentence")
    func pronounSpeaker() throws {
        let doc = try extract("Analyst Ruth Okafor was interviewed before the vote. “The ruling party will not give up power easily,” she said.")
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Ruth Okafor")
        #expect(quote.speakerSpan.map { doc.text.slice(scalars: $0.start, $0.end) } == "she")
    }

    @Test("a surname speaker resolves to the full name")
    func surnameSpeaker() throws {
        let doc = try extract("Mayor Lukas Brenner visited the port. “Trade will recover by the summer,” Brenner said.")
        #expect(doc.quotes.first?.speaker == "Lukas Brenner")
    }

    @Test("a quote split by its attribution gives both parts the same speaker")
    func splitQuote() throws {
        let doc = try extract("“Such missions raise the alliance’s profile,” Brenner said, “because it could never act abroad before.” Mayor Lukas Brenner left.")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Brenner" || $0.speaker == "Lukas Brenner" })
    }

    @Test("a multi-sentence quote is one quote")
    func multiSentenceQuote() throws {
        let doc = try extract("“The army is ready. The police are ready. Whether the people are ready, I don’t know,” he said. Minister Ivo Stan spoke first.")
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.text.contains("The police are ready.") == true)
    }

    @Test("a quote standing alone takes the speaker attributed in the sentence before")
    func standaloneQuote() throws {
        let text = "The army cannot retreat now, noted Dana Vos, a senior researcher at a think-tank.\n“For him it is important to sell this story to the public at home.”"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Dana Vos")
    }

    @Test("short scare quotes without a speaker are left out; long unattributed quotes stay without one")
    func scareQuotes() throws {
        let doc = try extract("The so-called “peace force” arrived. A sign read “we want our country back and we want it now” near the gate.")
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.speaker == nil)
        #expect(doc.quotes.first?.text == "we want our country back and we want it now")
    }

    @Test("a person's remarks introduce a quote")
    func remarks() throws {
        let doc = try extract("To quote Chancellor Ida Kern’s remarks on the call, “Those who protested for fuel are not those who took up arms.”")
        #expect(doc.quotes.first?.speaker == "Ida Kern")
    }
}
