import DocPipe
import Testing
@testable import ExtractStage

@Suite("Nationality nouns and bodies of office holders are not people")
struct EntityPeoplesAndBodiesTests {
    @Test("a nationality noun standing alone is a people, never a person")
    func nationalityNouns() throws {
        let doc = try extract("The climb was steep. \"It was a long day,\" the Frenchman said at the finish. Later the Welshman said he was tired. The Spaniard finished third, ahead of an Englishwoman.")
        #expect(doc.entities.allSatisfy { $0.label != .person })
        #expect(doc.entity("Frenchman")?.label != .person)
        #expect(doc.entity("Welshman")?.label != .person)
    }

    @Test("a city's people in -ese are a people, a person's name beside them stays a person")
    func cityPeoples() throws {
        let doc = try extract("The Milanese cheered on Sunday. Milanese said the tram was late. The Frenchman Paul Renard won the stage.")
        #expect(doc.entities.allSatisfy { $0.text != "Milanese" || $0.label != .person })
        #expect(doc.entity("Paul Renard")?.label == .person)
    }

    @Test("the nationality noun test knows peoples from names")
    func nationalityNounWords() {
        #expect(Gazetteer.isNationalityNoun("Frenchman"))
        #expect(Gazetteer.isNationalityNoun("Englishwomen"))
        #expect(Gazetteer.isNationalityNoun("Dutchmen"))
        #expect(Gazetteer.isNationalityNoun("Spaniard"))
        #expect(!Gazetteer.isNationalityNoun("Freeman"))
        #expect(!Gazetteer.isNationalityNoun("Chapman"))
        #expect(!Gazetteer.isNationalityNoun("Reese"))
    }

    @Test("a name ending in the plural of a title is a body, not a person")
    func bodiesOfTitles() throws {
        let doc = try extract("The Law Lords ruled on Thursday that the appeal failed. The Lords voted against the bill.")
        #expect(doc.entities.allSatisfy { $0.label != .person })
        #expect(doc.entity("Law Lords")?.label == .org)
        let person = try extract("Lord Halvering spoke on Thursday. Halvering said the bill was flawed.")
        #expect(person.entity("Halvering")?.label == .person)
    }

    @Test("a name ending in City outside a sports report is a place")
    func cityNames() throws {
        let doc = try extract("The ferry left Harbor City on Monday and reached Port Velden by night.")
        #expect(doc.entity("Harbor City")?.label == .gpe)
    }

    @Test("in a sports report, a region after a town and a comma stays a place")
    func regionAfterTownInSports() throws {
        let doc = try extract("The pitcher was born in Tulsa, Oklahoma and joined the Denver Grizzlies. He scored twice in the final game and won the league title. Later he coached in Wichita, Kansas for a season.")
        #expect(doc.entities.filter { $0.text == "Kansas" || $0.text == "Oklahoma" }.allSatisfy { $0.label == .gpe })
    }
}
