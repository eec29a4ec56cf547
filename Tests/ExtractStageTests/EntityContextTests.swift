import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entity context cues and world gazetteers")
struct EntityContextTests {
    @Test("towns and regions of the world gazetteer are places, at a sentence start too")
    func worldGazetteer() throws {
        let doc = try extract("Bydgoszcz opened a new bridge. Officials from Renfrewshire and Weifang attended.")
        #expect(doc.entity("Bydgoszcz")?.label == .gpe)
        #expect(doc.entity("Renfrewshire")?.label == .gpe)
        #expect(doc.entity("Weifang")?.label == .gpe)
    }

    @Test("a town that is also a person's name in the document is that person")
    func worldPlaceYieldsToPerson() throws {
        let doc = try extract("The inquiry was led by Marta Widnes. On Tuesday Widnes said the report was finished.")
        #expect(doc.entity("Marta Widnes")?.label == .person)
        let surname = try #require(doc.entities.first { $0.text == "Widnes" })
        #expect(surname.label == .person)
        #expect(surname.canonical == "Marta Widnes")
    }

    @Test("a place preposition before an unknown name makes it a place; a surname stays undecided")
    func placePreposition() throws {
        let doc = try extract("Heavy rain flooded several streets in Velmorath overnight.")
        #expect(doc.entity("Velmorath")?.label == .gpe)
        let person = try extract("The award went to a nurse in Johnson's ward.")
        #expect(person.entity("Johnson")?.label != .gpe)
    }

    @Test("an organisation noun after an unknown name makes it an organisation")
    func organizationNoun() throws {
        let doc = try extract("The claim was denied by a Quorvex spokeswoman on Friday. Later, Quorvex shares fell.")
        #expect(doc.entity("Quorvex")?.label == .org)
    }

    @Test("a town's name before a team noun is its club, a country's stays a place")
    func townClubs() throws {
        let doc = try extract("The Kilmarnock manager praised his players. Later, England captain Tom Hale spoke.")
        #expect(doc.entity("Kilmarnock")?.label == .org)
        #expect(doc.entity("England")?.label == .gpe)
        #expect(doc.entity("Tom Hale")?.label == .person)
    }

    @Test("an age in commas after a name makes it a person")
    func ageApposition() throws {
        let doc = try extract("Police said Okereke, 34, was arrested at the scene.")
        #expect(doc.entity("Okereke")?.label == .person)
    }

    @Test("Mc and Mac surnames are names despite their inner capital")
    func innerCapitalPrefixes() throws {
        let doc = try extract("The winner was Doran McFadzean. Afterwards, McFadzean thanked the crowd.")
        #expect(doc.entity("Doran McFadzean")?.label == .person)
        #expect(doc.entities.first { $0.text == "McFadzean" }?.canonical == "Doran McFadzean")
    }

    @Test("a role noun before a name makes it a person, sports roles included")
    func sportsRoles() throws {
        let doc = try extract("The club confirmed that defender Lasse Vindqvist had signed.")
        #expect(doc.entity("Lasse Vindqvist")?.label == .person)
    }

    @Test("a noble title with 'of' is neither a name nor part of one")
    func titleOfPlace() throws {
        let doc = try extract("The Duke and Duchess of Cambridge visited a school. The Secretary of State Rhona Calder spoke.")
        #expect(doc.entity("Cambridge")?.label == .gpe)
        #expect(doc.entities.allSatisfy { !$0.text.hasPrefix("of ") && !$0.text.contains("Duchess") && !$0.text.contains("Duke") })
        #expect(doc.entity("Rhona Calder")?.label == .person)
    }

    @Test("a name written in lower case only inside an e-mail address is still a name")
    func addressesDoNotMakeOrdinaryWords() throws {
        let text = "Riddock Bawe was once a champion. Write to bawe@example.org for details. Bawe said he was broke."
        let doc = try extract(text)
        #expect(doc.entities.first { $0.text == "Bawe" }?.label == .person)
    }
}
