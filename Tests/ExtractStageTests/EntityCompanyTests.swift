import DocPipe
import Testing
@testable import ExtractStage

@Suite("Organisations with no clue in their own sentence: companies, clubs and newsrooms")
struct EntityCompanyTests {
    @Test("a company named once with its legal form is a company in every short mention, even beside 'said'")
    func shortFormsOfACompany() throws {
        let doc = try extract("""
        Halvard Mining Corp will close two pits next year. Halvard said the closures would cost 300 jobs. \
        Union leaders met Halvard managers on Friday.
        """)
        #expect(doc.entity("Halvard Mining Corp")?.label == .org)
        let short = doc.entities.filter { $0.text == "Halvard" }
        #expect(short.count == 2)
        #expect(short.allSatisfy { $0.label == .org })
    }

    @Test("two institutions joined by 'and' are two organisations; one name with 'and' inside stays whole")
    func institutionsJoinedByAnd() throws {
        let doc = try extract("Scientists at the University of Bristol and Trinity College Dublin shared the grant. "
            + "Officials of the Department of Health and Social Care met them.")
        #expect(doc.entity("University of Bristol")?.label == .org)
        #expect(doc.entity("Trinity College Dublin")?.label == .org)
        #expect(doc.entity("Department of Health and Social Care")?.label == .org)
    }

    @Test("a title word opening an institution's name after 'and' stays in it, and no name ends in 'and'")
    func titleOpeningAnInstitution() throws {
        let doc = try extract("The Carnegie Institute of Science and Prince Albert College of Music signed the deal.")
        #expect(doc.entity("Carnegie Institute of Science")?.label == .org)
        #expect(doc.entity("Prince Albert College of Music")?.label == .org)
        #expect(!doc.entities.contains { $0.text.hasSuffix(" and") })
        let person = try extract("The Harlow Trust and Minister Anna Berg met on Monday.")
        #expect(person.entity("Anna Berg")?.label == .person)
    }

    @Test("a known company written with 'and' for its '&' is that company")
    func andForAmpersand() throws {
        let doc = try extract("Shares of Procter and Gamble rose after the results.")
        #expect(doc.entity("Procter and Gamble")?.label == .org)
    }

    @Test("a name that 'said it' or reports a profit is a company, a person who says 'it' stays a person")
    func companyVerbs() throws {
        let doc = try extract("""
        Orvell said it would cut 200 jobs in Leeds. Brenmark posted a first-half net profit of 12 million crowns. \
        Maria Lenz said it was too early to judge. Lenz said it again later.
        """)
        #expect(doc.entity("Orvell")?.label == .org)
        #expect(doc.entity("Brenmark")?.label == .org)
        #expect(doc.entity("Maria Lenz")?.label == .person)
        #expect(doc.entity("Lenz")?.label == .person)
    }

    @Test("the tail of a longer name that 'said it' is no company of its own")
    func tailOfALongerName() throws {
        let doc = try extract("Shares in UK Granite fell sharply on Monday. UK Granite said it would close a quarry.")
        #expect(!doc.entities.contains { $0.text == "Granite" && $0.label == .org })
    }

    @Test("a person 'of' a company and two companies joined by 'and' are separate names; 'Corp of' stays one name")
    func splitsAroundLegalForms() throws {
        let doc = try extract("""
        The deal was signed by Orvell Corp and Lunde Inc in March. Maria Lenz of Barrow Banks Inc said demand was weak. \
        Halden Pharmaceuticals Inc of Tampa raised its forecast. Bexley Corp of Canada raised its dividend.
        """)
        #expect(doc.entity("Orvell Corp")?.label == .org)
        #expect(doc.entity("Lunde Inc")?.label == .org)
        #expect(doc.entity("Maria Lenz")?.label == .person)
        #expect(doc.entity("Barrow Banks Inc")?.label == .org)
        #expect(doc.entity("Halden Pharmaceuticals Inc")?.label == .org)
        #expect(doc.entity("Tampa")?.label == .gpe)
        #expect(doc.entity("Bexley Corp of Canada")?.label == .org)
    }

    @Test("a legal form ending a sentence gives its period to the sentence")
    func legalFormAtSentenceEnd() throws {
        let doc = try extract("Analysts prefer Lunde Inc. They expect a higher dividend from Orvell Corp.")
        #expect(doc.entity("Lunde Inc")?.label == .org)
        #expect(doc.entity("Orvell Corp")?.label == .org)
        #expect(doc.entity("Orvell Corp.") == nil)
    }

    @Test("companies of the main stock indices are organisations without any clue; a listed name that starts with an ordinary word is one name")
    func listedCompanies() throws {
        let doc = try extract("""
        He joined Nordea in 2019 after six years at Fujitsu. General Mills owns the brand.
        """)
        #expect(doc.entity("Nordea")?.label == .org)
        #expect(doc.entity("Fujitsu")?.label == .org)
        #expect(doc.entity("General Mills")?.label == .org)
    }

    @Test("a wire newsroom and a foreign newspaper are organisations")
    func newsroomsAndNewspapers() throws {
        let doc = try extract("""
        For more details contact the Oslo Newsroom on Monday. The claim was first printed by Gazeta Krakowska on Friday.
        """)
        #expect(doc.entity("Oslo Newsroom")?.label == .org)
        #expect(doc.entity("Gazeta Krakowska")?.label == .org)
    }

    @Test("sides of a result with their country in brackets are teams; a golfer's rounds after his country are not")
    func bracketedResultSides() throws {
        let doc = try extract("""
        SOCCER - CUP WINNERS' CUP RESULTS.
        Results of first round, first leg matches on Thursday:
        In Tromso: Vardal (Norway) 2 Kestrel Rovers (Ireland) 1
        Vardal - Jon Alsaker (10th), Per Moe (72nd)
        Ravenscar Palace 2 Tarnwick 1
        GOLF - LEADING SCORES.
        207 Anders Lyngstad (Sweden) 71 70 66, Tomas Berge (Norway) 70 72 65
        """)
        #expect(doc.entities.filter { $0.text == "Vardal" }.allSatisfy { $0.label == .org })
        #expect(doc.entity("Kestrel Rovers")?.label == .org)
        #expect(doc.entity("Ravenscar Palace")?.label == .org)
        #expect(doc.entity("Anders Lyngstad")?.label == .person)
        #expect(doc.entity("Tomas Berge")?.label == .person)
    }

    @Test("a city of two words in a line of capitals is one name, after 'AT' still a place; 'Olympic' before a distance is no team")
    func capitalsAndAdjectives() throws {
        let doc = try extract("""
        BASEBALL - MAJOR LEAGUE RESULTS THURSDAY.
        TORONTO AT NEW YORK
        The Olympic 800 metres champion beat the field by two seconds, and Tarnwick beat Quillborough 3-1 in the league.
        """)
        #expect(doc.entity("NEW YORK")?.label == .gpe)
        #expect(doc.entity("YORK") == nil)
        #expect(doc.entity("Olympic") == nil)
    }
}
