import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entities: given names of many countries, ranks, particle surnames and datelines")
struct EntityGivenNameTests {
    @Test("a club word alone is the one club of the document whose name ends with it")
    func clubWordAlone() throws {
        let doc = try extract("Kelso United beat Arbroath 2-1 on Saturday. Next week Dunmore host United at home.")
        let alone = try #require(doc.entities.first { $0.text == "United" })
        #expect(alone.label == .org)
        #expect(alone.canonical == "Kelso United")
        let two = try extract("Kelso United beat Leith United 2-1 on Saturday. Next week Dunmore host United at home.")
        #expect(two.entities.first { $0.text == "United" }?.canonical != "Kelso United")
    }

    @Test("a town's name that is the surname of a person named in full is that person when it speaks")
    func townSurnameThatSpeaks() throws {
        let doc = try extract("""
        Rovers beat Athletic 2-1 on Saturday. Sir Malcolm Ferguson praised his side after the win.
        Ferguson said the second half was the best of the season.
        """)
        #expect(doc.entities.filter { $0.text == "Ferguson" }.allSatisfy { $0.label == .person })
        let town = try extract("Protests spread in Ferguson after the shooting. Residents of Ferguson said they were afraid.")
        #expect(town.entities.filter { $0.text == "Ferguson" }.allSatisfy { $0.label == .gpe })
    }

    @Test("a diminutive or a foreign given name first makes a two-word name a person, not a facility or a company")
    func worldGivenNames() throws {
        let doc = try extract("""
        The winger Dougie Hall crossed twice before the break.
        Later the coach praised Maarten Velsink and Jurgita Baranauskiene for their work.
        """)
        #expect(doc.entity("Dougie Hall")?.label == .person)
        #expect(doc.entity("Maarten Velsink")?.label == .person)
        #expect(doc.entity("Jurgita Baranauskiene")?.label == .person)
    }

    @Test("a given name known only from the world lists is no person alone")
    func worldGivenNamesAreWeak() throws {
        let doc = try extract("""
        Police patrols were stepped up in Mahala after the clashes.
        The road to Mahala was closed on Monday.
        """)
        #expect(doc.entities.filter { $0.text == "Mahala" }.allSatisfy { $0.label != .person })
    }

    @Test("a military or police rank before a name makes it a person, even after an organisation word")
    func ranks() throws {
        let doc = try extract("""
        Army Spc Tobias Renner was wounded near the border.
        Det Supt Ann Wexley said the inquiry would take months, and Cllr Imran Qadir agreed.
        """)
        #expect(doc.entity("Tobias Renner")?.label == .person)
        #expect(doc.entity("Ann Wexley")?.label == .person)
        #expect(doc.entity("Imran Qadir")?.label == .person)
        #expect(!doc.entities.contains { $0.text.contains("Spc") || $0.text.contains("Supt") })
    }

    @Test("a given name followed by several particles and a surname is one person")
    func particleSurnames() throws {
        let doc = try extract("""
        The scrum-half Joost van der Merwelaan scored the opening try.
        Pieter den Ouderkerk finished eighth in the time trial.
        """)
        #expect(doc.entity("Joost van der Merwelaan")?.label == .person)
        #expect(doc.entity("Pieter den Ouderkerk")?.label == .person)
    }

    @Test("a dateline gives the place in capitals and its region or state as places, even in a sports report")
    func datelines() throws {
        let doc = try extract("""
        GOLF - QUILLBY LEADS AFTER FIRST ROUND.
        BRANFORD, New York 1996-08-21
        Tom Quillby shot a 65 on Thursday to lead by two strokes, beating the field with six birdies.
        The league leaders beat their rivals 3-1 in the match on Sunday, and the goals came late.
        """)
        #expect(doc.entity("BRANFORD")?.label == .gpe)
        #expect(doc.entity("New York")?.label == .gpe)
        let us = try extract("""
        Plant to close.
        LITTLE FALLS, Minn. 1996-08-22
        The plant will close next year.
        """)
        #expect(us.entity("LITTLE FALLS")?.label == .gpe)
        #expect(us.entity("Minn.")?.label == .gpe)
        let endOfLine = try extract("""
        Plant to close.
        MONTVALE, Pa.
        The plant will close next year.
        """)
        #expect(endOfLine.entity("MONTVALE")?.label == .gpe)
        #expect(endOfLine.entity("Pa")?.label == .gpe)
    }

    @Test("a line of a place in capitals and a date alone is a dateline, even in a line in capitals; a weekday there is none")
    func placeAndDateLines() throws {
        let doc = try extract("""
        SOCCER - LEAGUE RESULTS.
        MONTE VERDA 1996-08-30
        The league leaders beat the champions 2-1 in the match on Friday, with goals in each half.
        """)
        #expect(doc.entity("MONTE VERDA")?.label == .gpe)
        let capitals = try extract("""
        Plant to close.
        HARWICH, N.J. 1996-08-29
        The plant will close next year.
        FRIDAY, AUGUST 23 SCHEDULE
        """)
        #expect(capitals.entity("HARWICH")?.label == .gpe)
        #expect(capitals.entity("N.J.")?.label == .gpe)
        #expect(capitals.entity("FRIDAY") == nil)
    }

    @Test("a club word after a town stays in the club's name in a results row that reads like a headline")
    func clubWordInResultsRow() throws {
        let doc = try extract("""
        Results of matches on Saturday:
        Bristol City 0 Blackpool 1
        Oxford United 2 Norwich City 2
        """)
        #expect(doc.entity("Bristol City")?.label == .org)
        #expect(doc.entity("Norwich City")?.label == .org)
        #expect(doc.entity("Oxford United")?.label == .org)
    }

    @Test("a capitalised pronoun ends a name where a caption runs into the next sentence")
    func pronounsEndRuns() throws {
        let doc = try extract("""
        Advice came from the Northvale Skin Foundation She said the advice was clear.
        Photo: Tom Castellan Here he is on stage in the final.
        """)
        #expect(doc.entity("Northvale Skin Foundation")?.label == .org)
        #expect(doc.entity("Tom Castellan")?.label == .person)
        #expect(!doc.entities.contains { $0.text.hasSuffix(" She") || $0.text.hasSuffix(" Here") })
    }

    @Test("church titles are no names, and a racing team is an organisation")
    func churchTitlesAndRacingTeams() throws {
        let doc = try extract("""
        The Rt Rev Paul Ormsby led the service on Sunday.
        He drove for Van Amersfoot Racing last year.
        """)
        #expect(doc.entity("Paul Ormsby")?.label == .person)
        #expect(!doc.entities.contains { $0.text.contains("Rt") })
        #expect(doc.entity("Van Amersfoot Racing")?.label == .org)
    }
}
