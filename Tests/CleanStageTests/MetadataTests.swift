import DocPipe
import Testing
@testable import CleanStage

@Suite("Metadata")
struct MetadataTests {
    private let body = Fixture.article()

    @Test("a 'By' byline gives the authors and leaves the text")
    func readsByline() throws {
        let document = try Fixture.clean("Budget passes after a long night of debate\n\nBy Jane Doe and John Roe\n\n" + body)
        #expect(document.metadata.author == "Jane Doe and John Roe")
        #expect(document.metadata.title == "Budget passes after a long night of debate")
        #expect(Fixture.reason(for: "By Jane Doe and John Roe", in: document) == "metadata:author")
        #expect(Fixture.reason(for: "Budget passes after a long night of debate", in: document) == "metadata:title")
        #expect(document.text == body)
    }

    @Test("a byline in capitals after 'By' is read, with the outlet after a comma left out")
    func readsCapitalByline() throws {
        let capitals = try Fixture.clean("Budget passes after a long night of debate\n\nBY JANE DOE\n\n" + body)
        #expect(capitals.metadata.author == "JANE DOE")
        let outlet = try Fixture.clean("Budget passes after a long night of debate\n\nBy Jane Doe, Reuters\n\n" + body)
        #expect(outlet.metadata.author == "Jane Doe")
        #expect(outlet.text == body)
    }

    @Test("an all-capitals headline is a title, not a name")
    func capitalHeadlineIsNotAName() throws {
        let document = try Fixture.clean("MAYOR SIGNS BUDGET\n\n" + body)
        #expect(document.metadata.author == nil)
        #expect(document.metadata.title == "MAYOR SIGNS BUDGET")
    }

    @Test("a byline after the standfirst is read: 'By NAME', or 'NAME in PLACE' near the top")
    func readsBylineAfterStandfirst() throws {
        let standfirst = "Workers at two more harbours joined the walkout, union leaders said."
        for byline in ["By Maria Green", "Maria Green in Gdansk"] {
            let document = try Fixture.clean("Port strike spreads as talks stall\n\n\(standfirst)\n\n\(byline)\n\nSat 8 Jan 2022 12.00 GMT\n\n" + body)
            #expect(document.metadata.author == "Maria Green")
            #expect(document.metadata.date == "2022-01-08")
            #expect(document.text == standfirst + "\n\n" + body)
        }
    }

    @Test("a bare name on the first line is the author, the next headline-like line the title")
    func readsNameOnFirstLine() throws {
        let document = try Fixture.clean("Samuel Okafor\n\nWhy the Budget Vote Matters for Every School\n\n" + body)
        #expect(document.metadata.author == "Samuel Okafor")
        #expect(document.metadata.title == "Why the Budget Vote Matters for Every School")
        #expect(document.text == body)
    }

    @Test("a trailing '- Name' line is the author, with or without a space after the dash")
    func readsTrailingSignature() throws {
        for signature in ["- Maria Lopez", "\u{2014}Maria Lopez", "\u{2013} Maria Lopez"] {
            let document = try Fixture.clean(body + "\n" + signature)
            #expect(document.metadata.author == "Maria Lopez")
            #expect(Fixture.reason(for: signature, in: document) == "metadata:author")
            #expect(document.text == body)
        }
    }

    @Test("a name under a contact label at the end is not the author")
    func contactIsNotAuthor() throws {
        let document = try Fixture.clean(body + "\n\nMedia Contact:\nJohn Roe\n555-0100")
        #expect(document.metadata.author == nil)
        #expect(document.text == body)
        let signed = try Fixture.clean(body + "\n\nMaria Lopez")
        #expect(signed.metadata.author == "Maria Lopez")
    }

    @Test("a 'Follow NAME's opinions' button names the author")
    func readsFollowButton() throws {
        let document = try Fixture.clean(Fixture.article(inserting: ["Follow\u{00A0}Maria Lopez's opinionsFollow"], after: 2))
        #expect(document.metadata.author == "Maria Lopez")
        #expect(Fixture.paragraphs(document).count == 4)
    }

    @Test("'Written By' followed by a bio gives the author from the bio")
    func readsWrittenByBio() throws {
        let bio = "Daniel K. Brooks is a professor of history at Northfield College and the author of two books on city government."
        let document = try Fixture.clean(body + "\n\nWritten By\n\n" + bio)
        #expect(document.metadata.author == "Daniel K. Brooks")
        #expect(Fixture.reason(for: "Written By", in: document) == "metadata:author")
        #expect(Fixture.reason(for: bio, in: document) == "bio")
        #expect(document.text == body)
    }

    @Test("a masthead line gives the publisher, also when glued to its slogan")
    func readsMasthead() throws {
        let plain = try Fixture.clean("The Evening Herald\n\nBudget passes after a long night of debate\n\n" + body)
        #expect(plain.metadata.publisher == "The Evening Herald")
        let glued = try Fixture.clean("The Evening HeraldNews You Can Trust Since 1901\n\nBudget passes after a long night of debate\n\n" + body)
        #expect(glued.metadata.publisher == "The Evening Herald")
        #expect(glued.metadata.title == "Budget passes after a long night of debate")
        #expect(glued.text == body)
    }

    @Test("a trailing wire-service name gives the publisher")
    func readsTrailingPublisher() throws {
        let document = try Fixture.clean(body + "\n\nReuters")
        #expect(document.metadata.publisher == "Reuters")
        #expect(Fixture.reason(for: "Reuters", in: document) == "metadata:publisher")
    }

    @Test("an 'Opinion' label before or on the headline gives the section")
    func readsSection() throws {
        let separate = try Fixture.clean("Opinion\n\nThe city cannot afford another year of delay\n\n" + body)
        #expect(separate.metadata.section == "Opinion")
        #expect(separate.metadata.title == "The city cannot afford another year of delay")
        let prefixed = try Fixture.clean("Opinion The city cannot afford another year of delay\n\n" + body)
        #expect(prefixed.metadata.section == "Opinion")
        #expect(prefixed.metadata.title == "The city cannot afford another year of delay")
        let separated = try Fixture.clean("World | Floods force thousands from their homes\n\n" + body)
        #expect(separated.metadata.section == "World")
        #expect(separated.metadata.title == "Floods force thousands from their homes")
    }

    @Test("a headline that starts with an ordinary section word is not split")
    func keepsHeadlineStartingWithSectionWord() throws {
        let document = try Fixture.clean("World Leaders Gather to Discuss Climate Funding\n\n" + body)
        #expect(document.metadata.section == nil)
        #expect(document.metadata.title == "World Leaders Gather to Discuss Climate Funding")
    }

    @Test("datelines in common formats give an ISO date")
    func readsDates() throws {
        for line in ["Published March 3, 2021", "3 March 2021", "2021-03-03", "Updated: Wed, Mar. 3, 2021 at 5:30 p.m. EST", "March 3, 2021 at 9:14 a.m. ET"] {
            let document = try Fixture.clean("Budget passes after a long night of debate\n\n\(line)\n\n" + body)
            #expect(document.metadata.date == "2021-03-03", "\(line)")
            #expect(Fixture.reason(for: line, in: document) == "metadata:date", "\(line)")
            #expect(document.text == body)
        }
    }

    @Test("a dateline with a byline gives both date and author")
    func readsDatedByline() throws {
        let document = try Fixture.clean("Budget passes after a long night of debate\n\nPosted on May 5, 2021 by Anna Berg\n\n" + body)
        #expect(document.metadata.date == "2021-05-05")
        #expect(document.metadata.author == "Anna Berg")
        #expect(document.text == body)
    }

    @Test("a combined byline, dateline and reading-time line gives author and date")
    func readsCombinedLine() throws {
        for line in ["By Jane Doe | January 5, 2022 | 4 min read", "Jane Doe \u{00B7} Jan 5, 2022", "By JANE DOE \u{2022} 2022-01-05"] {
            let document = try Fixture.clean("Budget passes after a long night of debate\n\n\(line)\n\n" + body)
            #expect(document.metadata.date == "2022-01-05", "\(line)")
            #expect(document.metadata.author?.lowercased() == "jane doe", "\(line)")
            #expect(document.text == body)
        }
    }

    @Test("a section path before the headline gives its first section")
    func readsSectionPath() throws {
        let document = try Fixture.clean("Business | Markets\n\nOil prices jump as supply fears grow\n\n" + body)
        #expect(document.metadata.section == "Business")
        #expect(document.metadata.title == "Oil prices jump as supply fears grow")
    }

    @Test("a short kicker before the headline is not the title")
    func skipsKicker() throws {
        let document = try Fixture.clean("Budget Crisis Live\n\nCouncil approves the new budget after a long night of debate\n\n" + body)
        #expect(document.metadata.title == "Council approves the new budget after a long night of debate")
        #expect(Fixture.reason(for: "Budget Crisis Live", in: document) == "boilerplate")
        #expect(document.text == body)
    }

    @Test("a breadcrumb is not the title; its first section name is the section")
    func readsBreadcrumb() throws {
        let document = try Fixture.clean("Home > World > Europe\n\nFloods force thousands from their homes\n\n" + body)
        #expect(document.metadata.title == "Floods force thousands from their homes")
        #expect(document.metadata.section == "World")
        #expect(document.text == body)
    }

    @Test("values already in the metadata are never overwritten, the lines still leave the text")
    func keepsGivenMetadata() throws {
        let given = Metadata(title: "Given Title", author: "Given Author")
        let document = try Fixture.clean("Budget passes after a long night of debate\n\nBy Jane Doe\n\n" + body, metadata: given)
        #expect(document.metadata.title == "Given Title")
        #expect(document.metadata.author == "Given Author")
        #expect(document.text == body)
    }

    @Test("metadata: false leaves headline and byline in the text and the metadata empty")
    func metadataCanBeTurnedOff() throws {
        let document = try Fixture.clean("Budget passes after a long night of debate\n\nBy Jane Doe\n\n" + body) {
            $0.metadata = false
            $0.boilerplate = false
        }
        #expect(document.metadata == Metadata())
        #expect(document.text.hasPrefix("Budget passes after a long night of debate\n\nBy Jane Doe\n\n"))
    }

    @Test("a document that is all prose yields no metadata and loses nothing")
    func proseOnlyDocument() throws {
        let document = try Fixture.clean(body)
        #expect(document.metadata == Metadata())
        #expect(document.text == body)
        #expect(Fixture.removed(document).isEmpty)
    }
}
