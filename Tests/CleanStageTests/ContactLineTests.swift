import DocPipe
import Testing
@testable import CleanStage

/// Bylines with a label or an honorific, and contact lines, with sentences written for these tests.
@Suite("Bylines and contact lines")
struct ContactLineTests {
    private let body = Fixture.article()
    private let headline = "Harbour towns count the cost of the long winter storms"

    @Test("a labelled byline gives the author without the honorific and is never the title")
    func labelledByline() throws {
        for byline in ["Guest essay by Dr. Helena Marsh", "Opinion by Helena Marsh", "Analysis by Prof. Helena Marsh"] {
            let document = try Fixture.clean("\(byline)\n\n\(headline)\n\n" + body)
            #expect(document.metadata.author == "Helena Marsh", "\(byline)")
            #expect(document.metadata.title == headline, "\(byline)")
            #expect(Fixture.reason(for: byline, in: document) == "metadata:author")
            #expect(document.text == body)
        }
        let only = try Fixture.clean("Guest essay by Dr. Helena Marsh\n\n" + body)
        #expect(only.metadata.title == nil)
        #expect(only.metadata.author == "Helena Marsh")
    }

    @Test("a 'By Dr.' byline drops the honorific")
    func honorificAfterBy() throws {
        let document = try Fixture.clean("\(headline)\n\nBy Dr. Tomas Varga\n\n" + body)
        #expect(document.metadata.author == "Tomas Varga")
    }

    @Test("a contact line with a first.last address gives the author and leaves the text as contact")
    func contactLineWithAddress() throws {
        let line = "Reach her at helena.marsh@example.org."
        let document = try Fixture.clean("\(headline)\n\n" + body + "\n\n" + line)
        #expect(document.metadata.author == "Helena Marsh")
        #expect(Fixture.reason(for: line, in: document) == "contact")
        #expect(document.text == body)
    }

    @Test("an address that spells an initial and a surname gives the name as the text writes it")
    func addressMatchesWrittenName() throws {
        let credit = "The survey was carried out by Helena McMarsh and two colleagues over six months of field work."
        let line = "Email him or her at hmcmarsh@example.org, or reach her at hmcmarsh@example.org"
        let document = try Fixture.clean("\(headline)\n\n" + body + "\n\n" + credit + "\n\n" + line)
        #expect(document.metadata.author == "Helena McMarsh")
        #expect(Fixture.reason(for: line, in: document) == "contact")
    }

    @Test("a name before a contact phrase is the author")
    func nameBeforeContactPhrase() throws {
        for line in ["Tomas Varga can be reached at tv@example.net.", "Tomas Varga. Reach him at tv@example.net."] {
            let document = try Fixture.clean("\(headline)\n\n" + body + "\n\n" + line)
            #expect(document.metadata.author == "Tomas Varga", "\(line)")
            #expect(Fixture.reason(for: line, in: document) == "contact")
            #expect(document.text == body)
        }
    }

    @Test("contact-form labels and labelled addresses are removed as contact")
    func formLabels() throws {
        for line in ["Email address", "Your email address", "Email: desk@example.com"] {
            let document = try Fixture.clean("\(headline)\n\n" + Fixture.article(inserting: [line]))
            #expect(Fixture.reason(for: line, in: document) == "contact", "\(line)")
            #expect(document.text == body)
        }
    }

    @Test("a sentence of the article with an address but no contact phrase stays")
    func addressInProseStays() throws {
        let sentence = "Applications go to jobs@example.com before Friday, the council said in a statement."
        let document = try Fixture.clean("\(headline)\n\n" + Fixture.article(inserting: [sentence]))
        #expect(document.text == Fixture.article(inserting: [sentence]))
        #expect(document.metadata.author == nil)
    }
}
