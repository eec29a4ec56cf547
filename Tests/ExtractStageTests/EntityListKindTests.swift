import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entities: lists of names that a plural organisation noun closes, heads or introduces with include (issue 15, fifteenth round)")
struct EntityListKindTests {
    /// The labels of every mention written exactly `text`.
    private func labels(_ doc: Document, _ text: String) -> [EntityLabel] {
        doc.entities.filter { $0.text == text }.map(\.label)
    }

    @Test("names listed before 'and several other bands' are organisations, in their later mentions too")
    func listClosedByOtherBands() throws {
        let doc = try extract("The tour was opened by Harrow Vane, Tessel Drane, Quarry Hymn, and several other bands from Ohio. Harrow Vane later split.")
        #expect(labels(doc, "Harrow Vane") == [.org, .org])
        #expect(doc.entity("Tessel Drane")?.label == .org)
        #expect(doc.entity("Quarry Hymn")?.label == .org)
    }

    @Test("names coordinated before a plural organisation noun they modify are organisations")
    func listHeadedByCompanies() throws {
        let doc = try extract("The line is served by the Westmoor Rail, Pellow, and Greater Fenwick train operating companies.")
        #expect(doc.entity("Westmoor Rail")?.label == .org)
        #expect(doc.entity("Pellow")?.label == .org)
        #expect(doc.entity("Greater Fenwick")?.label == .org)
    }

    @Test("a plural organisation noun whose verb 'included' introduces the list makes its names organisations")
    func groupsIncluded() throws {
        let doc = try extract("Other charitable groups included Harrow Vane Trust, Mallow Kite and Quarry Hymn.")
        #expect(doc.entity("Mallow Kite")?.label == .org)
        #expect(doc.entity("Quarry Hymn")?.label == .org)
    }

    @Test("lists closed by people's or countries' nouns, or modifying a noun of no organisation, keep their kinds")
    func otherListsKeepTheirKinds() throws {
        let doc = try extract("Tom Baker, Anna Price and other members left early. Germany, France and other countries signed. " +
            "Harrow Vane and Tessel Drane fans cheered when Harrow Vane spoke.")
        #expect(doc.entity("Tom Baker")?.label == .person)
        #expect(doc.entity("Anna Price")?.label == .person)
        #expect(doc.entity("Germany")?.label == .gpe)
        #expect(doc.entity("France")?.label == .gpe)
        #expect(!labels(doc, "Harrow Vane").contains(.org))
    }

    @Test("the list reads only over names and their connectors: a verb between a name and 'and other bands' ends it")
    func verbEndsTheList() throws {
        let tokens = Tokenizer.tokens(Array("Harrow Vane praised Tessel Drane and other bands.".unicodeScalars))
        #expect(DefinedKinds.closedList(0..<2, tokens) == nil)
        #expect(DefinedKinds.closedList(3..<5, tokens) == .org)
    }
}

@Suite("Entities: embassies, consulates, transit agencies and the club or label one signs with (issue 15, fifteenth round)")
struct EntityBodyHeadTests {
    @Test("a nationality before Embassy or Consulate names the mission, an organisation, instead of nothing")
    func embassyAndConsulate() throws {
        let doc = try extract("When applying to the Peruvian Consulate by post, there is a charge. He visited the British Embassy in Rome.")
        #expect(doc.entity("Peruvian Consulate")?.label == .org)
        #expect(doc.entity("British Embassy")?.label == .org)
        #expect(doc.entity("Rome")?.label == .gpe)
    }

    @Test("Transit ends an agency's name, but inside a longer name with 'of' it joins nothing")
    func transitAgency() throws {
        let doc = try extract("Norvale Transit provides bus service for the metro area.")
        #expect(doc.entity("Norvale Transit")?.label == .org)
        let system = try extract("The Mass Transit System of Corvalla, Greece is the largest system there.")
        #expect(system.entity("Mass Transit System of Corvalla") == nil)
    }

    @Test("the name after 'signed with' or 'signed to' is a club or a label, unless a given name opens it or the gazetteer places it")
    func signedWith() throws {
        let doc = try extract("He signed with Velvetine in 2004. In 2006 she signed to Dormance. The pact was signed with Russia.")
        #expect(doc.entity("Velvetine")?.label == .org)
        #expect(doc.entity("Dormance")?.label == .org)
        #expect(doc.entity("Russia")?.label == .gpe)
        let person = try extract("The forward signed with Michael Trent, his new agent.")
        #expect(person.entity("Michael Trent")?.label == .person)
    }
}
