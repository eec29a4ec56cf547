import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entities on fresh genres: clubs, companies by two surnames, journals, awards")
struct EntityFreshGenreTests {
    @Test("a club named by a club word before its town is a club even in a two-sentence item")
    func prefixedClubs() throws {
        let doc = try extract("Spartak Moscow signed a Brazilian winger on Monday. The fee was not disclosed.")
        #expect(doc.entity("Spartak Moscow")?.label == .org)
        let opening = try extract("Sporting Lisbon fired their coach after a poor start to the campaign.")
        #expect(opening.entity("Sporting Lisbon")?.label == .org)
    }

    @Test("in a sports report a club word such as 'Dinamo' alone names the club")
    func prefixAloneInSport() throws {
        let doc = try extract("Dinamo won 2-1 away on Sunday. The coach said Dinamo had deserved the win after a tight match.")
        #expect(doc.entities.filter { $0.text == "Dinamo" }.allSatisfy { $0.label == .org })
        #expect(doc.entities.contains { $0.text == "Dinamo" })
    }

    @Test("a short result with a small score makes towns named alone clubs, a vote's tally does not")
    func shortResults() throws {
        let doc = try extract("Norwich beat Luton 3-1 on Saturday night.")
        #expect(doc.entity("Norwich")?.label == .org)
        #expect(doc.entity("Luton")?.label == .org)
        let vote = try extract("Senators in Texas won the vote 52-48 after a long debate.")
        #expect(vote.entity("Texas")?.label == .gpe)
    }

    @Test("a sport's name alone on the first line makes the item a sports report")
    func sportOnItsOwnLine() throws {
        let doc = try extract("CRICKET\nGloucester lost to Worcester at Kingsholm after a late collapse.")
        #expect(doc.entity("Gloucester")?.label == .org)
    }

    @Test("two surnames joined by 'and' are one company when it 'said it' or a company noun stands in apposition")
    func companyPairs() throws {
        let doc = try extract("Abbott and Costello said it would hire 40 engineers in Leeds.")
        #expect(doc.entity("Abbott and Costello")?.label == .org)
        let apposition = try extract("Hughes and Mercer will close its Dublin office, the law firm said.")
        #expect(apposition.entity("Hughes and Mercer")?.label == .org)
        let people = try extract("Hughes and Mercer walked to the station together.")
        #expect(people.entity("Hughes and Mercer") == nil)
    }

    @Test("a name after 'published in' or 'writing in' is a journal, not a place")
    func journals() throws {
        let doc = try extract("The team published in Cell last year, and a rival group was writing in The Lancet.")
        #expect(doc.entity("Cell")?.label == .org)
        #expect(doc.entities.contains { $0.text.hasSuffix("Lancet") && $0.label == .org })
        let place = try extract("The study was published in Germany last year.")
        #expect(place.entity("Germany")?.label == .gpe)
    }

    @Test("an institution and an acronym joined by 'and' are two organisations")
    func institutionAndAcronym() throws {
        let doc = try extract("The National Physical Laboratory and CERN will share the magnets.")
        #expect(doc.entity("National Physical Laboratory")?.label == .org)
        #expect(doc.entity("CERN")?.label == .org)
    }

    @Test("a name before '-winning' or '-nominated' is an award, no person")
    func awards() throws {
        let doc = try extract("The Emmy-nominated writer Clara Voss moved to Lisbon.")
        #expect(!doc.entities.contains { $0.text == "Emmy" && $0.label == .person })
        #expect(doc.entity("Clara Voss")?.label == .person)
    }

    @Test("a name in commas after an organisation noun is an organisation")
    func organisationApposition() throws {
        let doc = try extract("The singer's record label, Halcyon, said the tour would go ahead.")
        #expect(doc.entity("Halcyon")?.label == .org)
    }

    @Test("a side named after a score is a club: 'drew 2-2 with', 'a 4-0 defeat by'")
    func opponentAfterScore() throws {
        let doc = try extract("Walsall drew 2-2 with Crewe, a week after a 4-0 defeat by Oldham.")
        #expect(doc.entity("Crewe")?.label == .org)
        #expect(doc.entity("Oldham")?.label == .org)
    }

    @Test("a given name that is also a city opens a person's name before a surname")
    func givenNameOfAPlace() throws {
        let doc = try extract("The bakery hired manager Sofia Thornton to run the shop.")
        #expect(doc.entity("Sofia Thornton")?.label == .person)
        #expect(doc.entity("Sofia") == nil)
    }
}
