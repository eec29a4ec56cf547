import DocPipe
import Testing
@testable import ExtractStage

@Suite("Names that are not people: titles, storms, laws, peoples, newspapers, clubs")
struct EntityNotPeopleTests {
    @Test("a title filling a pair of double quotes is a work, not a person")
    func quotedTitle() throws {
        let doc = try extract("Her best-known role was in \"Velvet Lanterns\" and she later wrote \"Lords of the Tide\".")
        #expect(doc.entity("Velvet Lanterns") == nil)
        #expect(doc.entities.allSatisfy { $0.label != .person })
        let named = try extract("The choir sang for \"Annie Roeback\" on her birthday.")
        #expect(named.entity("Annie Roeback")?.label == .person)
    }

    @Test("a one-word quoted name before a noun of works is a work")
    func quotedNameBeforeWorkNoun() throws {
        let doc = try extract("He is best known for the \"Thornback\" films and a stage career.")
        #expect(doc.entity("Thornback") == nil)
    }

    @Test("a storm named alone after its storm word stays a storm")
    func stormNamedAlone() throws {
        let doc = try extract("Hurricane Ostrava gathered strength on Monday. \"Ostrava is moving west,\" a forecaster said. Ostrava said nothing.")
        #expect(doc.entities.allSatisfy { $0.text != "Ostrava" || $0.label != .person })
        #expect(doc.entity("Ostrava") == nil)
    }

    @Test("laws, treaties and indexes are not people")
    func documentNames() throws {
        let doc = try extract("Lawmakers debated the Clean Rivers Act on Monday. The Marnow Accords were signed in 1992. The Wexley Price Index rose.")
        #expect(doc.entity("Clean Rivers Act") == nil)
        #expect(doc.entity("Marnow Accords") == nil)
        #expect(doc.entities.allSatisfy { $0.label != .person })
    }

    @Test("a people qualified by an ordinary word is no person")
    func qualifiedPeople() throws {
        let doc = try extract("Exiled Bosnians protested on Sunday. Fifty Russians were detained.")
        #expect(doc.entities.allSatisfy { $0.label != .person })
    }

    @Test("the plural of an ordinary noun before a speech verb is no person, a surname is one")
    func pluralSpeakers() throws {
        let doc = try extract("Brokers said trade was thin. Witnesses said the car sped away, and one witness wept.")
        #expect(doc.entities.allSatisfy { $0.label != .person })
        let surname = try extract("The report was late. Rogers said the delay was regrettable.")
        #expect(surname.entity("Rogers")?.label == .person)
    }

    @Test("a name opening with an article of another language is a newspaper, not a person")
    func foreignArticleNames() throws {
        let doc = try extract("The report appeared on Monday in La Gazzetta Nuova. Later, Le Quotidien Libre said the talks had failed.")
        #expect(doc.entity("La Gazzetta Nuova")?.label == .org)
        #expect(doc.entity("Le Quotidien Libre")?.label == .org)
        let person = try extract("The leader Marine Le Garrec spoke on Monday. Later, Le Garrec said the party would win.")
        #expect(person.entities.first { $0.text == "Le Garrec" }?.label == .person)
    }

    @Test("a saint's name with no given name is a place, or a club in a sports report")
    func saintNames() throws {
        let doc = try extract("The bishop travelled to St Wendelin on Monday.")
        #expect(doc.entity("St Wendelin")?.label == .gpe)
        let sport = try extract("""
        St Wendelin beat Dorfen 2-1 in the league on Saturday. The match was goalless at halftime and the second goal came late. \
        St Wendelin coach praised his striker after the win, their third league win in a row, and the fans cheered the goals.
        """)
        #expect(sport.entity("St Wendelin")?.label == .org)
    }

    @Test("a newspaper, news agency or workers noun after an unknown two-word name makes it an organisation")
    func strongOrganizationNouns() throws {
        let doc = try extract("The Zorvan Ekspres newspaper reported the deal. Valdor Kement workers went on strike. Mirak Tash news agency said so.")
        #expect(doc.entity("Zorvan Ekspres")?.label == .org)
        #expect(doc.entity("Valdor Kement")?.label == .org)
        #expect(doc.entity("Mirak Tash")?.label == .org)
    }

    @Test("a daily or weekly before a name makes it an organisation")
    func dailyBefore() throws {
        let doc = try extract("The Albanian daily Zeri Vendit reported the arrests.")
        #expect(doc.entity("Zeri Vendit")?.label == .org)
    }

    @Test("in a sports report a name heading a standings row or a two-number result is a club, even with a given name first")
    func clubRows() throws {
        let doc = try extract("""
        SOCCER - LEAGUE RESULTS.
        Results of league matches played on Saturday:
        Gloria Vetrenik 2 Dinamo Kesh 1
        Arsenal 3 Chelsea 0
        Standings after the matches (tabulate under played, won, drawn, lost, goals for, against, points):
        Gloria Vetrenik 4 3 1 0 7 2 10
        Dinamo Kesh 4 1 1 2 5 6 4
        """)
        #expect(doc.entities.filter { $0.text == "Gloria Vetrenik" }.count == 2)
        #expect(doc.entities.filter { $0.text == "Gloria Vetrenik" }.allSatisfy { $0.label == .org })
        let golf = try extract("""
        GOLF - OPEN SCORES.
        Leading scores in the golf tournament after the second round on Friday, the leader two shots clear of the field after a round of 66:
        Gloria Vetrenik 70 66
        Peter Ansel 71 67
        """)
        #expect(golf.entity("Gloria Vetrenik")?.label == .person)
    }

    @Test("in a sports report the sides of a match decided by one score are teams, players' set scores are not")
    func sidesOfOneScore() throws {
        let doc = try extract("""
        BASKETBALL - LEAGUE RESULTS.
        Results of league games on Friday, the halftime scores in brackets, the league leaders two points clear:
        Corran Vale beat Alder Parkes 89-86 (45-46 halftime)
        Ostra Delmar won 4-2 on aggregate and the league title goes to the last game.
        """)
        #expect(doc.entity("Corran Vale")?.label == .org)
        #expect(doc.entity("Alder Parkes")?.label == .org)
        #expect(doc.entity("Ostra Delmar")?.label == .org)
        let tennis = try extract("""
        TENNIS - OPEN RESULTS.
        Results of the men's singles in the tennis league on Friday, the seeds through to the next round after the match:
        Corran Vale beat Alder Parkes 6-3 6-4
        """)
        #expect(tennis.entity("Corran Vale")?.label != .org)
    }

    @Test("a verb in -ing opening a sentence is not part of the name after it")
    func openingParticiple() throws {
        let doc = try extract("Citing Velmora Keske, the paper said the deal was off. The chair, Manning Tolvar, disagreed. Manning Tolvar said so.")
        #expect(doc.entity("Citing Velmora Keske") == nil)
        #expect(doc.entity("Velmora Keske") != nil)
        #expect(doc.entities.filter { $0.text == "Manning Tolvar" && $0.label == .person }.count == 2)
        let results = try extract("Results of league matches on Saturday:\nSporting Velmo 0 Dunkar 2\nRacing Club 1 Aldoro 1")
        #expect(results.entity("Sporting Velmo") != nil)
        #expect(results.entity("Racing Club") != nil)
    }
}
