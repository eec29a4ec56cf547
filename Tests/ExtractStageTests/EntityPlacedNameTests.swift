import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entities: names the document places, counties outside sports, groups named by their members, halls of fame (issue 15, fourteenth round)")
struct EntityPlacedNameTests {
    /// The labels of every mention written exactly `text`.
    private func labels(_ doc: Document, _ text: String) -> [EntityLabel] {
        doc.entities.filter { $0.text == text }.map(\.label)
    }

    @Test("a surname-like name the document places after 'in' is a place in every mention")
    func placedSurnameIsAPlace() throws {
        let doc = try extract("The old mill stood in Fenwick. Fenwick grew after the railway came, and Fenwick soon had three banks.")
        #expect(labels(doc, "Fenwick") == [.gpe, .gpe, .gpe])
    }

    @Test("a name with a title somewhere in the document stays a person even after 'in'")
    func titleKeepsAPerson() throws {
        let doc = try extract("Dr Fenwick opened the clinic. Patients trust Fenwick, and many believe in Fenwick.")
        #expect(labels(doc, "Fenwick") == [.person, .person, .person])
    }

    @Test("a name next to a verb of saying stays a person even after 'in'")
    func speakerKeepsAPerson() throws {
        let doc = try extract("Fenwick said the plan was sound, and the council believed in Fenwick.")
        #expect(labels(doc, "Fenwick") == [.person, .person])
    }

    @Test("a surname of a full name in the document stays a person's")
    func surnameOfFullNameStaysAPerson() throws {
        let doc = try extract("Rosa Garner won the vote. Garner thanked the voters, and there was trust in Garner.")
        #expect(labels(doc, "Garner") == [.person, .person])
    }

    @Test("a county named after a place or a given name is a place outside sports reports")
    func countyIsAPlace() throws {
        let doc = try extract("The family farmed in Essex County for years before moving to Clay County in 1920.")
        #expect(doc.entity("Essex County")?.label == .gpe)
        #expect(doc.entity("Clay County")?.label == .gpe)
    }

    @Test("a county club in a match report is still a club")
    func countyClubInSports() throws {
        let doc = try extract("Stockport County beat Rochdale 2-1 in the league on Saturday, with the winning goal scored in the 89th minute by their striker.")
        #expect(doc.entity("Stockport County")?.label == .org)
    }

    @Test("a name after a member's noun and 'of' is a group, in every mention")
    func memberOfNamesAGroup() throws {
        let doc = try extract("She was a founding member of Crimson Tusk and later the guitarist of Dovecote. Crimson Tusk split in 2001.")
        #expect(labels(doc, "Crimson Tusk") == [.org, .org])
        #expect(doc.entity("Dovecote")?.label == .org)
    }

    @Test("a member of a family or of a place's team names no group")
    func memberOfFamilyOrPlace() throws {
        let doc = try extract("Tom Briggs is a member of the Harlow family. Ann Lee was a member of Canada's squad in 2004.")
        #expect(doc.entity("Harlow")?.label != .org)
        #expect(doc.entity("Canada")?.label == .gpe)
    }

    @Test("a name ending in Hall of Fame is an institution")
    func hallOfFame() throws {
        let doc = try extract("He was inducted into the Curling Hall of Fame in 1968.")
        #expect(doc.entity("Curling Hall of Fame")?.label == .org)
    }
}
