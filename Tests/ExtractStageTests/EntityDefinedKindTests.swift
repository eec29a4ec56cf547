import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entities: kinds the document gives a name, and dictionaries of universities and clubs (issue 15, thirteenth round)")
struct EntityDefinedKindTests {
    /// The labels of every mention written exactly `text`.
    private func labels(_ doc: Document, _ text: String) -> [EntityLabel] {
        doc.entities.filter { $0.text == text }.map(\.label)
    }

    @Test("a sentence that defines a name as a band makes every mention of it an organisation")
    func definedBand() throws {
        let doc = try extract("Harlow Finch is an English indie rock band from Leeds. In 2004 Harlow Finch toured Japan.")
        #expect(labels(doc, "Harlow Finch") == [.org, .org])
    }

    @Test("a definition after a bracket and with are counts too")
    func definedAfterBracket() throws {
        let doc = try extract("Morrow Lane (founded 1999) are a Welsh folk quartet. The critics liked Morrow Lane.")
        #expect(labels(doc, "Morrow Lane") == [.org, .org])
    }

    @Test("an apposition with a kind noun types the name it follows, and its other mentions")
    func apposition() throws {
        let doc = try extract("Orvane, an independent record label based in Bristol, signed the duo. Later Orvane closed.")
        #expect(labels(doc, "Orvane") == [.org, .org])
    }

    @Test("a kind noun used as a modifier defines nothing")
    func modifierIsNoDefinition() throws {
        let doc = try extract("Garth Rollins is a band member and a town councillor. Garth Rollins lives in York.")
        #expect(labels(doc, "Garth Rollins") == [.person, .person])
    }

    @Test("a group of islands is no organisation")
    func collectiveWithOf() throws {
        #expect(try extract("Tarrowby is a group of islands off Norway. Tarrowby has a harbour.").entity("Tarrowby")?.label != .org)
        #expect(try extract("Tarrowby is a rock group from Hull. Tarrowby split in 1990.").entity("Tarrowby")?.label == .org)
    }

    @Test("the town of a name makes it a place wherever the document leaves it undecided")
    func townOf() throws {
        let doc = try extract("The mill stood near the river. In 1850 the town of Wexcombe built a school, and trains reached Wexcombe by 1883.")
        #expect(labels(doc, "Wexcombe") == [.gpe, .gpe])
    }

    @Test("a name defined as a river is a location")
    func definedRiver() throws {
        let doc = try extract("Tarrowby is a short river in Devon. Anglers fish the Tarrowby in June.")
        #expect(doc.entity("Tarrowby")?.label == .loc)
    }

    @Test("a list introduced by a plural organisation noun names organisations")
    func listOfBands() throws {
        let doc = try extract("She admired bands such as Tessel Drane, Mallow Kite and Quarry Hymn. Quarry Hymn split in 2001.")
        #expect(doc.entity("Tessel Drane")?.label == .org)
        #expect(doc.entity("Mallow Kite")?.label == .org)
        #expect(labels(doc, "Quarry Hymn") == [.org, .org])
    }

    @Test("a list after people's nouns is no list of organisations")
    func listOfPeople() throws {
        let doc = try extract("She admired singers such as Tessel Drane and Mallow Kite.")
        #expect(doc.entity("Tessel Drane")?.label != .org)
    }

    @Test("the band before a name types every mention of it, unless a given name opens it")
    func bandBefore() throws {
        let doc = try extract("In May he joined the band Quillon Verge. Quillon Verge played in Leeds.")
        #expect(labels(doc, "Quillon Verge") == [.org, .org])
        let founder = try extract("He joined the band Michael Stone founded. Later Michael Stone retired to Spain.")
        #expect(labels(founder, "Michael Stone").last == .person)
    }

    @Test("a radio station is an organisation")
    func radioStation() throws {
        let doc = try extract("Lynbrook Wave is a Chinese radio station in Singapore. Lynbrook Wave launched in 1990.")
        #expect(labels(doc, "Lynbrook Wave") == [.org, .org])
    }

    @Test("a football club of the generated dictionary is an organisation, in its Romanian cedilla spelling too")
    func footballClub() throws {
        let doc = try extract("He played for Steaua Bucureşti and then for Steaua București before he retired.")
        #expect(doc.entity("Steaua Bucureşti")?.label == .org)
        #expect(doc.entity("Steaua București")?.label == .org)
        #expect(Gazetteer.label(of: "Dinamo Zagreb") == .org)
    }

    @Test("a university of the generated dictionary is an organisation")
    func university() throws {
        let doc = try extract("She studied at the Universidad de Buenos Aires for four years.")
        #expect(doc.entity("Universidad de Buenos Aires")?.label == .org)
        #expect(Gazetteer.label(of: "Universidad de Buenos Aires") == .org)
    }

    @Test("a club's home town stays a place")
    func clubTownStaysPlace() {
        #expect(Gazetteer.label(of: "Zagreb") == .gpe)
        #expect(!Institutions.clubs.contains("Den Haag"))
    }

    @Test("a business noun before a name, or an apposition naming what a business does, makes it an organisation")
    func businessNouns() throws {
        let doc = try extract("The blast was reported by Ukraine's atomic power operator Varnoatom on Monday. " +
            "Its unit Pellow faced a cyber attack, weeks after a breach at Quarrit, Australia's second-largest mobile operator. " +
            "Pellow, an Australia-based information technology services consulting firm, said few clients were affected. " +
            "Sales at the carmaker Zentro rose.")
        #expect(doc.entity("Varnoatom")?.label == .org)
        #expect(doc.entity("Pellow")?.label == .org)
        #expect(doc.entity("Quarrit")?.label == .org)
        #expect(doc.entity("Zentro")?.label == .org)
    }

    @Test("an operator of a crane or a developer of property stays a person")
    func peopleWithTrades() throws {
        let doc = try extract("Marek Lutz, a crane operator, said the site was unsafe. Lutz said more. " +
            "Nadia Brenner, a property developer, said prices would rise. Brenner said more.")
        #expect(doc.entity("Marek Lutz")?.label == .person)
        #expect(doc.entity("Nadia Brenner")?.label == .person)
        #expect(DefinedKinds.isBusinessNoun("operator", after: "mobile"))
        #expect(!DefinedKinds.isBusinessNoun("operator", after: "crane"))
        #expect(DefinedKinds.isBusinessNoun("chipmaker", after: "taiwanese"))
        #expect(!DefinedKinds.isBusinessNoun("giant", after: "gentle"))
    }
}
