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
