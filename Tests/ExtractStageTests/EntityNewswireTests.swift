import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entities in wire copy: results tables, companies, datelines and section heads")
struct EntityNewswireTests {
    @Test("a sport slug makes results rows name teams, and the slug and table labels are no entities")
    func resultsTable() throws {
        let doc = try extract("""
        SOCCER - NORTHERN LEAGUE RESULTS.
        Results of matches played on Saturday:
        Quillborough 2 Tarnwick 1
        Velstrand 0 Ashcombe Harriers 3
        Attendance 12,400
        """)
        #expect(doc.entity("Quillborough")?.label == .org)
        #expect(doc.entity("Tarnwick")?.label == .org)
        #expect(doc.entity("Velstrand")?.label == .org)
        #expect(doc.entity("Ashcombe Harriers")?.label == .org)
        #expect(doc.entity("Attendance") == nil)
        #expect(!doc.entities.contains { $0.text.contains("SOCCER") || $0.text.contains("LEAGUE") })
    }

    @Test("a one-word side of a results row is a team even when it is a given name; a nationality in a capitals headline is no name")
    func givenNameTeams() throws {
        let doc = try extract("""
        SOCCER - FRENCH LEAGUE RESULTS.
        Results of league matches on Wednesday:
        Nancy 0 Quillborough 2
        Tarnwick 3 Roma 1
        """)
        #expect(doc.entity("Nancy")?.label == .org)
        #expect(doc.entity("Roma")?.label == .org)
        #expect(!doc.entities.contains { $0.text.contains("LEAGUE") })
    }

    @Test("a name heading a standings row is a team even when it could be a surname")
    func standingsRow() throws {
        let doc = try extract("""
        SOCCER - STANDINGS AFTER SUNDAY.
        Standings (tabulate under played, won, drawn, lost, goals for, against, points):
        Santos 3 3 0 0 4 1 9
        Quillborough 3 2 0 1 5 3 6
        """)
        #expect(doc.entity("Santos")?.label == .org)
        #expect(doc.entity("Quillborough")?.label == .org)
    }

    @Test("scorers with their minute and bowlers with their figures are players, not teams")
    func playersInScorecards() throws {
        let doc = try extract("""
        CRICKET - COUNTY SCORES.
        Quillborough 2 (Okafor 23rd, Brandtner 67th) Tarnwick 1
        Opener Dale Summers c Hartigan b Pemberwick 44
        Bowling: Hartigan 10-2-35-1, Pemberwick 8-0-41-2
        """)
        #expect(doc.entity("Okafor")?.label == .person)
        #expect(doc.entity("Brandtner")?.label == .person)
        #expect(doc.entities.filter { $0.text == "Hartigan" }.allSatisfy { $0.label == .person })
        #expect(doc.entities.filter { $0.text == "Pemberwick" }.allSatisfy { $0.label == .person })
        #expect(doc.entity("Quillborough")?.label == .org)
    }

    @Test("a result written as 'A defeated B 24-17' counts as two scores, so a short report's towns are its teams")
    func resultSentences() throws {
        let doc = try extract("""
        Worcester defeated Norwich 31-20 for their first league win of the season. Norwich had led at halftime, \
        and Worcester meet Swansea next after losing 12-15 at home.
        """)
        #expect(doc.entity("Norwich")?.label == .org)
        #expect(doc.entity("Swansea")?.label == .org)
        let plain = try extract("""
        Worcester defeated a plan for a new road in the league of towns, and Norwich won a grant. \
        Swansea lost 12-15 votes in the council, the win of the season.
        """)
        #expect(plain.entity("Norwich")?.label == .gpe)
    }

    @Test("a plural nickname after 'the' in a sports report is a team")
    func nicknames() throws {
        let doc = try extract("""
        The Marauders beat the Skyhawks 4-2 in the league on Sunday. The coach said the win mattered.
        The Marauders scored twice in the first half and the Skyhawks goalkeeper made three saves.
        """)
        #expect(doc.entity("Skyhawks")?.label == .org)
    }

    @Test("a team named after its town with a known or national-plural tail is one organisation")
    func townTeams() throws {
        let doc = try extract("Her homer lifted the Boston Red Sox past the Cleveland Indians on Friday.")
        #expect(doc.entity("Boston Red Sox")?.label == .org)
        #expect(doc.entity("Cleveland Indians")?.label == .org)
    }

    @Test("legal forms end company names, with their period")
    func legalSuffixes() throws {
        let doc = try extract("Shares of Tarvex Plc rose while Brandholm AG fell. Norvik Holdings Inc. said profits doubled.")
        #expect(doc.entity("Tarvex Plc")?.label == .org)
        #expect(doc.entity("Brandholm AG")?.label == .org)
        #expect(doc.entity("Norvik Holdings Inc.")?.label == .org)
    }

    @Test("names joined by '&' stay one company when a person and 'of' come before them")
    func ampersandAfterOf() throws {
        let doc = try extract("The deal was sound, said Dana Whitfield of Ostrander & Beale.")
        #expect(doc.entity("Dana Whitfield")?.label == .person)
        #expect(doc.entity("Ostrander & Beale")?.label == .org)
    }

    @Test("an ordinary word opening a sentence joins an organisation's name when an organisation word follows")
    func leadingWords() throws {
        let doc = try extract("National Bank of Freedonia said on Friday it would cut rates. First Harbour Savings Bank agreed.")
        #expect(doc.entity("National Bank of Freedonia")?.label == .org)
        #expect(doc.entity("First Harbour Savings Bank")?.label == .org)
        let plain = try extract("National elections are due in May.")
        #expect(plain.entities.isEmpty)
    }

    @Test("a spokesman for, or analysts at, a name make it an organisation")
    func organizationContext() throws {
        let doc = try extract("A spokesman for Carrow Whitby declined to comment. Analysts at Pellham Stroud expect a loss.")
        #expect(doc.entity("Carrow Whitby")?.label == .org)
        #expect(doc.entity("Pellham Stroud")?.label == .org)
        let person = try extract("A spokesman for John Carrow declined to comment.")
        #expect(person.entity("John Carrow")?.label == .person)
    }

    @Test("a town in capitals heading a dateline is a place, not an organisation")
    func capitalDateline() throws {
        let doc = try extract("OSTRAVINKA, Poland 1996-08-22\nFloods closed the main road on Thursday, officials said.")
        #expect(doc.entity("OSTRAVINKA")?.label == .gpe)
    }

    @Test("section heads in capitals, currency codes and table abbreviations are no organisations")
    func sectionHeadsAndCodes() throws {
        let doc = try extract("""
        BASEBALL - WESTERN DIVISION STANDINGS.
        WESTERN DIVISION
        W L PCT GB
        Budget deficit (CZK) Jan-July 102 bln.
        """)
        #expect(!doc.entities.contains { $0.label == .org })
    }

    @Test("a car named after its maker is a product, not a person; the maker with a place stays a company")
    func makersProducts() throws {
        let doc = try extract("Dana Whitfield drove a Toyota Velvane to second place. Toyota Australia said the car was new.")
        #expect(doc.entity("Toyota Velvane") == nil)
        #expect(!doc.entities.contains { $0.label == .person && $0.text.contains("Velvane") })
        #expect(doc.entity("Dana Whitfield")?.label == .person)
    }

    @Test("'Olympic' alone is an adjective, not an organisation")
    func olympicAdjective() throws {
        let doc = try extract("The Olympic champion Dana Whitfield won again on Sunday.")
        #expect(doc.entity("Olympic") == nil)
        #expect(doc.entity("Dana Whitfield")?.label == .person)
    }
}
