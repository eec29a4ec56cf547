import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entities: teams beside competitors in brackets and results rows")
struct EntityBracketTeamTests {
    @Test("the name after a driver's country in a results row is the team, even a surname or a country")
    func teamAfterCountry() throws {
        let doc = try extract("""
        MOTOR RACING - QUALIFYING TIMES.
        1. Dale Orme (Canada) Pellworth 1:54.342
        2. Tom Brask (Britain) Jordan 1:54.443
        3. Ian Ruiz (Spain) Vantor 1:55.012
        """)
        #expect(doc.entity("Pellworth")?.label == .org)
        #expect(doc.entity("Jordan")?.label == .org)
        #expect(doc.entity("Vantor")?.label == .org)
        #expect(doc.entity("Canada")?.label == .gpe)
    }

    @Test("a maker's model after a competitor's country is no team")
    func modelsAreNoTeams() throws {
        let rally = try extract("""
        RALLYING - LEADING POSITIONS.
        1. Tommi Lassila (Finland) Mitsubishi Lancer 4 hours 4 minutes
        2. Ari Vatanen (Finland) Pellworth 12 seconds
        """)
        #expect(rally.entity("Mitsubishi Lancer")?.label != .org)
        #expect(rally.entity("Pellworth")?.label == .org)
    }

    @Test("a club in brackets after a player in a squad list is an organisation; a country there stays a place")
    func clubsAfterPlayers() throws {
        let doc = try extract("""
        SOCCER - SQUAD NAMED FOR QUALIFIER.
        The coach named his squad on Friday for the match against the league leaders after the 2-1 win, with goals from two strikers.
        Defenders - Tom Vell (Grasshoppers), Ian Roe (Quillby Rovers), Max Dorn (Harbourne)
        Midfielders - Ed Moy (Tarnwick), Luc Sarr (Grasshoppers)
        """)
        #expect(doc.entity("Grasshoppers")?.label == .org)
        #expect(doc.entity("Harbourne")?.label == .org)
        #expect(doc.entity("Tarnwick")?.label == .org)
        let nations = try extract("""
        ATHLETICS - RESULTS.
        The sprinters beat the field in the final of the meeting, and the league of athletes cheered the 2-1 finish in the relay and the match race.
        1. Ato Mensah (Ghana) 10.12
        2. Carl Vint (Jamaica) 10.15
        3. Dev Pollard (Bermuda) 10.20
        """)
        #expect(nations.entity("Bermuda")?.label != .org)
    }
}
