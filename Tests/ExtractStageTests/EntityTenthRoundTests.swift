import DocPipe
import Testing
@testable import ExtractStage

@Suite("Names on unseen text, tenth round: brands, venues, trophies, features, institutions, clubs")
struct EntityTenthRoundTests {
    @Test("a brand or band opening with an ordinary word is no person, a full name still is one")
    func brandWithOrdinaryOpener() throws {
        let doc = try extract("The energy drink maker Red Falcon sponsored the race. Fans of Velvet Lanterns queued for hours.")
        #expect(doc.entity("Red Falcon")?.label != .person)
        #expect(doc.entity("Velvet Lanterns")?.label != .person)
        let person = try extract("The award went to Halvor Quentby on Friday.")
        #expect(person.entity("Halvor Quentby")?.label == .person)
    }

    @Test("a building named with a foreign building word first is a facility")
    func leadingBuildingWord() throws {
        let doc = try extract("The singer was seen at the Chateau Orvane in the hills on Friday.")
        #expect(doc.entity("Chateau Orvane")?.label == .fac)
    }

    @Test("a trophy named after a person is no person")
    func trophyAfterGivenName() throws {
        let doc = try extract("The club won the Harold Cup in 1921 and later the Margaret Trophy.")
        #expect(doc.entity("Harold Cup")?.label != .person)
        #expect(doc.entity("Margaret Trophy")?.label != .person)
    }

    @Test("a creek, reservoir or gym named after a person is a place")
    func featureAfterGivenName() throws {
        let doc = try extract("The line crossed Sandy Creek near Clarence Reservoir. The team played at Harold Gym.")
        #expect(doc.entity("Sandy Creek")?.label == .loc)
        #expect(doc.entity("Clarence Reservoir")?.label == .loc)
        #expect(doc.entity("Harold Gym")?.label == .fac)
        let surname = try extract("The director Peter Brook staged the play in Paris.")
        #expect(surname.entity("Peter Brook")?.label == .person)
        let unknownGivenName = try extract("The stylist Yelka Marsh opened a studio in Leeds on Monday.")
        #expect(unknownGivenName.entity("Yelka Marsh")?.label == .person)
    }

    @Test("a direction before a known place is a place, not a person")
    func directionBeforePlace() throws {
        let doc = try extract("The family left East Germany in 1961 and settled in South Bavaria.")
        #expect(doc.entity("East Germany")?.label == .gpe)
        #expect(doc.entity("South Bavaria")?.label == .gpe)
    }

    @Test("an organisation word alone after \"the\" is the institution the document names in full")
    func institutionByItsHeadWord() throws {
        let doc = try extract("The Marrow Valley Rowing League was founded in 1921. In 1950 the League admitted women's crews.")
        #expect(doc.entities.first { $0.text == "League" }?.label == .org)
        let alone = try extract("The trophy was first played for in 1921. In 1950 the League admitted women's crews.")
        #expect(alone.entities.first { $0.text == "League" }?.label != .org)
    }

    @Test("an empire is a place")
    func empireIsPlace() throws {
        let doc = try extract("The treaty ended the war with the Vardanian Empire in 1699.")
        #expect(doc.entity("Vardanian Empire")?.label == .gpe)
    }

    @Test("an institution's name goes on over \"of the\"")
    func institutionOfThe() throws {
        let doc = try extract("Ministers met at the Council of the European Union on Monday. The Army of the Tarrow marched north.")
        #expect(doc.entity("Council of the European Union")?.label == .org)
        #expect(doc.entity("Army of the Tarrow")?.label == .org)
    }

    @Test("a club named after an ordinary word opens a result sentence in a sports report")
    func clubOpeningResult() throws {
        let text = "Reading beat Stoke 2-0 on Saturday in the league. The striker scored twice and the coach praised the team. "
            + "Stoke lost again and the season looks long for the club, whose fans left before the final goal."
        let doc = try extract(text)
        #expect(doc.entity("Reading")?.label == .org)
        let plain = try extract("Reading the report, she frowned. Reading books helps children.")
        #expect(plain.entity("Reading") == nil)
    }

    @Test("a club word that names its club alone is the club in a sports report")
    func clubWordAlone() throws {
        let text = "Wanderers fought back to draw 2-2 with Ashby Town at the Bell Ground on Saturday. The striker scored twice "
            + "and the manager praised the team's spirit after the match, which leaves them fifth in the league."
        let doc = try extract(text)
        #expect(doc.entity("Wanderers")?.label == .org)
    }

    @Test("a sport's name in capitals alone on the first line is no name and makes the text a sports report")
    func sportSlugLine() throws {
        let doc = try extract("RUGBY LEAGUE\n\nCastleford beat Widnes 30-12 at the Jungle Ground on Sunday, their first win of the year.")
        #expect(doc.entities.allSatisfy { !$0.text.contains("RUGBY") })
        #expect(doc.entity("Castleford")?.label == .org)
        #expect(doc.entity("Widnes")?.label == .org)
        #expect(doc.entity("Jungle Ground")?.label == .fac)
    }
}
