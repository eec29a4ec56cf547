import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the fourteenth dev set (a subject before a relative aside that names
/// someone else, a "she" that carries on the subject of a reported clause, a role word before a
/// verb of saying), each with sentences written for the test.
@Suite("Quote speaker patterns of the fourteenth dev set")
struct QuoteSpeakerDev14PatternTests {
    @Test("'X, whose side could meet Y or Z next, said: \"…\"' gives the quote to X, a surname named earlier in full that is also a common word")
    func surnameBeforeAWhoseAside() throws {
        let text = """
            Trainer Gideon Low watched from the touchline. Low, whose side could meet Fenwick Rovers or \
            Harrowgate Town in the final, said: 'We are not thinking about the final yet.'
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Gideon Low")
    }

    @Test("'Mrs X, who lives with her husband Y, 52, said: \"…\"' gives the quote to Mrs X, not her husband")
    func subjectBeforeAWhoAsideNamingSomeoneElse() throws {
        let text = """
            Neighbours rushed out when the garage caught fire. Mrs Delia Hartwell, who lives with her \
            husband Osric, 52, said: 'I could smell the smoke from the kitchen.'
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Delia Hartwell")
    }

    @Test("'X, who …, said' keeps X when nobody else is named in the aside")
    func subjectBeforeAPlainWhoAside() throws {
        let text = """
            Corinne Baxendale, who has run the shop for twenty years, said: 'We have never had a winter like it.'
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Corinne Baxendale")
    }

    @Test("'She said X made mistakes … She added: \"…\"' keeps the first speaker, not the woman she spoke about")
    func pronounCarriesOnTheSubjectOfAReportedClause() throws {
        let text = """
            Partner Rosalind Ashby gave evidence on Tuesday. Ms Ashby said the review was 'a fair one'. She said \
            Miss Verity Lang made errors on a large transaction. She added: 'I was aware of the mistakes at the time.'
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Rosalind Ashby")
    }

    @Test("'The judge said X had …. The judge told him: \"…\"' is the judge named earlier, not X")
    func roleBeforeAVerbOfSayingIsNotTheNextPersonsRole() throws {
        let text = """
            District Judge Aldous Penrose heard the case. The judge said Corwin Blake had led a blameless life. \
            But the judge told him: 'It is my duty to send you to prison.'
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Aldous Penrose")
    }

    @Test("'At his sentencing, X defiantly proclaimed: \"…\"' after another's quote — proclaimed is a verb of saying")
    func proclaimedIntroducesAQuote() throws {
        let text = """
            Tobias Wrenfield has been held since 1999. 'It is just plain unfair,' his lawyer Harriet Quinlan said \
            outside court. At his sentencing in 2001, Wrenfield defiantly proclaimed: 'I did it and I would do it again.'
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Tobias Wrenfield")
    }

    @Test("a tweet quoted whole from its first @ handle is a quote; a user name quoted alone is not")
    func tweetOpeningWithAHandle() throws {
        let text = """
            Aide Marcus Tellwright replied within minutes. He tweeted: '@harbourdesk it is a fair point and a big \
            factor in the debate.' Another user has since changed his name to '@nobody_here_now' on the site.
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 1)
        let quote = try #require(doc.quotes.first)
        #expect(quote.text.hasPrefix("@harbourdesk it is a fair point"))
        #expect(quote.speaker == "Marcus Tellwright")
    }

    @Test("a double quote closed by a single mark after its full stop ends there, not over the next speaker")
    func doubleQuoteClosedByASingleMark() throws {
        let text = """
            'We cannot say yet,' prosecutor Lionel Ashcombe said. “When the file reaches us we will review it.' \
            Officers said they were waiting for tests. 'He is very well liked,' Inspector Dafydd Morgan, of the \
            county force, told reporters.
            """
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        let last = try #require(doc.quotes.last)
        #expect(last.text.hasPrefix("He is very well liked"))
        #expect(last.speaker == "Dafydd Morgan")
    }

    @Test("'His girlfriend X said …. \"…,\" he said' — a kinship word makes X a woman, so \"he\" is the man named before")
    func kinshipWordTellsTheSex() throws {
        let text = """
            Dax Okoro won the award on Sunday. His girlfriend Zorya Vale said the night was special. \
            'I owe everything to her,' he said.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.last)
        #expect(quote.speaker == "Dax Okoro")
    }
}
