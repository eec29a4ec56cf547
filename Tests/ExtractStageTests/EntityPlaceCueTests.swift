import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entities: compass names, prepositions that place, towns' newspapers and names joined by 'and The' (issue 15, sixteenth round)")
struct EntityPlaceCueTests {
    @Test("a compass word and a name no list knows is a place, not a person; a person's surname West stays a person's")
    func compassNamesArePlaces() throws {
        let doc = try extract("The delegates flew to North Harwick on Monday. Rain fell over Northeast Ohio. Mark West scored twice.")
        #expect(doc.entity("North Harwick")?.label == .gpe)
        #expect(doc.entity("Northeast Ohio")?.label == .gpe)
        #expect(doc.entity("Mark West")?.label == .person)
    }

    @Test("two compass words, or a compass name after a kinship word, stay a person's name and keep the father a person")
    func compassNamesOfPeople() throws {
        let doc = try extract("Rapper Jalen West has a baby girl, North West. Jalen says his daughter South Merrow changed his life. Jalen said he was happy.")
        #expect(doc.entity("North West")?.label != .gpe)
        #expect(doc.entity("South Merrow")?.label != .gpe)
        #expect(doc.entity("Jalen West")?.label == .person)
        #expect(doc.entities.filter { $0.text == "Jalen" }.allSatisfy { $0.label == .person })
    }

    @Test("a compass word before an organisation's name or a given name makes no place")
    func compassBeforeOtherNames() throws {
        let doc = try extract("The Western Dairy Company opened a plant. He later met the West Ham manager.")
        #expect(doc.entity("Western Dairy Company")?.label == .org)
        #expect(doc.entity("West Ham")?.label == .org)
    }

    @Test("a preposition of place that opens a sentence is no part of the name after it")
    func openingPrepositionIsNotAName() throws {
        let doc = try extract("Near Tarvock, two strikes hit a unit. Outside Felmore, a team waited for the convoy.")
        #expect(doc.entity("Near Tarvock") == nil)
        #expect(doc.entity("Tarvock")?.label == .gpe)
        #expect(doc.entity("Felmore")?.label == .gpe)
    }

    @Test("other prepositions that open a sentence stay out of the name, and a name ending in Point is a place")
    func moreOpeningPrepositions() throws {
        let doc = try extract("Opposite Fennick Hall, a shop opened. Off Carrow Point, a ship sank in the storm.")
        #expect(doc.entity("Opposite Fennick Hall") == nil)
        #expect(doc.entity("Carrow Point")?.label == .loc)
        #expect(doc.entity("Off Carrow Point") == nil)
    }

    @Test("'near' places a name that opens with a rare given name; a frequent given name keeps a person")
    func nearPlacesAName() throws {
        let doc = try extract("A strike destroyed a position near Abu Zarin on Friday. At dinner he sat near Tom Fenner.")
        #expect(doc.entity("Abu Zarin")?.label == .gpe)
        #expect(doc.entity("Tom Fenner")?.label == .person)
    }

    @Test("a known place before a newspaper's title word names the paper, an organisation")
    func townNewspapers() throws {
        let doc = try extract("The Toronto Star and the Halifax Evening Chronicle both ran the story on their front pages.")
        #expect(doc.entity("Toronto Star")?.label == .org)
        #expect(doc.entity("Halifax Evening Chronicle")?.label == .org)
        #expect(doc.entity("Toronto") == nil)
    }

    @Test("'and The' between two capitalised names splits them into two organisations")
    func andTheSplitsNames() throws {
        let doc = try extract("She wrote for The Morning Ledger and The Weekly Tribune before she left journalism.")
        #expect(doc.entity("The Morning Ledger and The Weekly Tribune") == nil)
        #expect(doc.entity("The Morning Ledger")?.label == .org)
        #expect(doc.entity("The Weekly Tribune")?.label == .org)
    }

    @Test("a government named after its country is an organisation and a state named with 'of' a place, not dropped")
    func stateAndBodyOfPlace() throws {
        let doc = try extract("Officials said the Government of Iraq agreed to the plan. The Islamic Republic of Iran objected. " +
            "The Government of National Unity met later.")
        #expect(doc.entity("Government of Iraq")?.label == .org)
        #expect(doc.entity("Islamic Republic of Iran")?.label == .gpe)
        #expect(doc.entity("Government of National Unity") == nil)
    }

    @Test("recognises the pieces of the rules on their own")
    func ruleHelpers() {
        let tokens = Tokenizer.tokens(Array("Ravenport Sunday Courier and The Plain Times".unicodeScalars))
        #expect(OrganizationWords.newspaperTitles.contains("Courier"))
        #expect(EntityRecognizer.opensWithArticle(4..<7, tokens))
        #expect(!EntityRecognizer.opensWithArticle(0..<3, tokens))
        #expect(EntityRecognizer.spatialPrepositions.contains("near"))
    }
}
