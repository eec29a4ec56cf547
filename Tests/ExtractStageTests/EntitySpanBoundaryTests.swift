import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entities: span boundaries of organisations, teams, routes, units and towns (issue 15, twelfth round)")
struct EntitySpanBoundaryTests {
    @Test("a name's last word carries its hyphenated lower-case syllable, as East Asian given names are written")
    func hyphenatedGivenName() throws {
        let doc = try extract("Foreign Minister Park Min-ho met his counterpart Tan Kai-wen in Seoul on Monday. Later Lee Su-in spoke.")
        #expect(doc.entity("Park Min-ho")?.label == .person)
        #expect(doc.entity("Tan Kai-wen")?.label == .person)
        #expect(doc.entity("Lee Su-in")?.label == .person)
        #expect(doc.entity("Park Min") == nil)
        let later = try extract("Security adviser Kim Tae-ok met his counterpart on Monday. Kim said the talks went well.")
        #expect(later.entity("Kim Tae-ok")?.label == .person)
        #expect(later.entities.first { $0.text == "Kim" }?.canonical == "Kim Tae-ok")
    }

    @Test("an English compound head after a place's name stays outside it")
    func compoundHeadAfterAPlace() throws {
        let doc = try extract("The Hong Kong-based fund and the North Korea-led talks stalled. A New York-born singer and a Costa Rica-style reform followed.")
        #expect(doc.entity("Hong Kong")?.label == .gpe)
        #expect(doc.entity("North Korea")?.label == .gpe)
        #expect(doc.entity("New York")?.label == .gpe)
        #expect(doc.entity("Costa Rica")?.label == .gpe)
    }

    @Test("a capitalised The inside a sentence belongs to the organisation's name after it")
    func articleInsideSentence() throws {
        let doc = try extract("He gave the money to The Elm Street Trust in May. She wrote a column in The Harbour Gazette, and later for The Marlow Press Association.")
        #expect(doc.entity("The Elm Street Trust")?.label == .org)
        #expect(doc.entity("The Harbour Gazette")?.label == .org)
        #expect(doc.entity("The Marlow Press Association")?.label == .org)
        #expect(doc.entity("Elm Street Trust") == nil)
    }

    @Test("The at a sentence start or after a quotation mark stays outside the name")
    func articleOpeningClause() throws {
        let doc = try extract("The Harbour Gazette closed in May. He said: \"The Marlow Press Association will appeal.\"")
        #expect(doc.entity("Harbour Gazette")?.label == .org)
        #expect(doc.entity("The Harbour Gazette") == nil)
        #expect(doc.entity("Marlow Press Association")?.label == .org)
    }

    @Test("a town followed by a nickname of up to three words ending in a plural is a team")
    func townAndNickname() throws {
        let doc = try extract("He was traded to the Sacramento River Hawks in May and later joined the Denver Iron Mountain Bears.")
        #expect(doc.entity("Sacramento River Hawks")?.label == .org)
        #expect(doc.entity("Denver Iron Mountain Bears")?.label == .org)
    }

    @Test("a town followed by words that open organisations' names is no team, so an exchange's name stays whole")
    func exchangeIsNoTeam() throws {
        let doc = try extract("Bonds rose on the Leeds International Metal Futures and Options Exchange on Monday.")
        #expect(doc.entity("Leeds International Metal Futures and Options Exchange")?.label == .org)
    }

    @Test("a town followed by a club abbreviation is the club")
    func clubAbbreviation() throws {
        let doc = try extract("He played for Montreal HC before he signed for Sunderland A.F.C. in 1910.")
        #expect(doc.entity("Montreal HC")?.label == .org)
    }

    @Test("a railway company's name ends in Railroad and may join two towns with and")
    func railroadNames() throws {
        let doc = try extract("The line was sold to the Maine Eastern Railroad in 1890. It was leased by the Leeds and Selby Railway later.")
        #expect(doc.entity("Maine Eastern Railroad")?.label == .org)
        #expect(doc.entity("Leeds and Selby Railway")?.label == .org)
    }

    @Test("two places joined by and stay two places without a route word")
    func placesWithoutRoute() throws {
        let doc = try extract("She travelled between Leeds and Selby every week.")
        #expect(doc.entity("Leeds")?.label == .gpe)
        #expect(doc.entity("Selby") != nil)
    }

    @Test("a military unit's name opens with its number")
    func unitNumber() throws {
        let doc = try extract("The 43rd Air Division moved to the coast. Redesignated 17 Fighter Squadron on 2 May 1950.")
        #expect(doc.entity("43rd Air Division")?.label == .org)
        #expect(doc.entity("17 Fighter Squadron") != nil)
    }

    @Test("a town whose name holds a lower-case particle is one place")
    func townWithParticle() throws {
        let doc = try extract("She moved from Kingston upon Hull to Frankfurt am Main in 1990.")
        #expect(doc.entity("Kingston upon Hull")?.label == .gpe)
        #expect(doc.entity("Frankfurt am Main")?.label == .gpe)
    }

    @Test("a rank word right before an organisation word opens the organisation's name")
    func rankOpensOrganisation() throws {
        let doc = try extract("He was drafted by a Major League Lacrosse team in 2004.")
        #expect(doc.entity("Major League Lacrosse")?.label == .org)
    }

    @Test("a given name that is also a country opens a full name of three words")
    func countryGivenNameInFullName() throws {
        let doc = try extract("The pitcher Chad Edward Morrow was born in Texas.")
        #expect(doc.entity("Chad Edward Morrow")?.label == .person)
        #expect(doc.entity("Chad")?.label != .gpe)
    }

    @Test("a sentence that defines a name it opens as a village or a chain types it")
    func definingSentence() throws {
        let doc = try extract("Quellby is a small village in the north of the county. Varnika was a Danish chain of shops.")
        #expect(doc.entity("Quellby")?.label == .gpe)
        #expect(doc.entity("Varnika")?.label == .org)
    }
}
