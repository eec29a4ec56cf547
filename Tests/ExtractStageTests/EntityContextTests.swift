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

    @Test("an institution's name runs over a possessive")
    func possessiveInstitutions() throws {
        let doc = try extract("She was treated at St Brigid's Hospital and appeared at Torquay Magistrates' Court.")
        #expect(doc.entity("St Brigid's Hospital")?.label == .org)
        #expect(doc.entity("Torquay Magistrates' Court")?.label == .org)
        #expect(doc.entity("St Brigid") == nil)
    }

    @Test("known names written with an ampersand, a possessive or a leading The are organisations")
    func knownNameForms() throws {
        let doc = try extract("Shares in Marks & Spencer rose, McDonald's fell, and The Observer reported both.")
        #expect(doc.entity("Marks & Spencer")?.label == .org)
        #expect(doc.entity("McDonald's")?.label == .org)
        #expect(doc.entity("The Observer")?.label == .org)
    }

    @Test("a capitalised name with a web address ending is a website")
    func websites() throws {
        let doc = try extract("The owner told Zentrix.com that the shop would close.")
        #expect(doc.entity("Zentrix.com")?.label == .org)
    }

    @Test("a place followed by a plural or a club word is a team, and and does not join two teams")
    func placeClubs() throws {
        let doc = try extract("The Glasgow Harriers beat the Chicago Bulls and Arsenal lost to Hull City.")
        #expect(doc.entity("Glasgow Harriers")?.label == .org)
        #expect(doc.entity("Chicago Bulls")?.label == .org)
        #expect(doc.entity("Hull City")?.label == .org)
        #expect(doc.entity("Arsenal")?.label == .org)
    }

    @Test("common-noun acronyms are not organisations")
    func commonAcronyms() throws {
        let doc = try extract("His SUV hit a van carrying a DVD player, and the driver needed CPR.")
        #expect(doc.entities.isEmpty)
    }

    @Test("a place's people are a group; a given name that ends like one is not")
    func demonyms() throws {
        let doc = try extract("Londoners and New Yorkers cheered when Adrian Kowal arrived.")
        #expect(doc.entity("Londoners")?.label == .norp)
        #expect(doc.entity("New Yorkers")?.label == .norp)
        #expect(doc.entity("Adrian Kowal")?.label == .person)
    }

    @Test("party, military-unit and natural-place words give organisations and places")
    func partiesUnitsAndPlanets() throws {
        let doc = try extract("The ruling Velmar party praised the Durham Light Infantry. Probes were sent to Mars.")
        #expect(doc.entity("Velmar")?.label == .org)
        #expect(doc.entity("Durham Light Infantry")?.label == .org)
        #expect(doc.entity("Mars")?.label == .loc)
    }

    @Test("a label read only from the words around a name yields to a person of that name")
    func contextLabelsYieldToPeople() throws {
        let doc = try extract("Talks were led by Mirela Vostani. Later, Vostani officials denied the claim.")
        let surname = try #require(doc.entities.first { $0.text == "Vostani" })
        #expect(surname.label == .person)
        #expect(surname.canonical == "Mirela Vostani")
    }

    @Test("a known place's possessive does not join the institution after it")
    func placePossessiveStaysApart() throws {
        let doc = try extract("Russia's Defence Ministry denied it.")
        #expect(doc.entity("Russia")?.label == .gpe)
        #expect(doc.entity("Defence Ministry")?.label == .org)
    }

    @Test("company words such as Software, Research and Tobacco end organisation names")
    func companyWords() throws {
        let doc = try extract("Analysts at Orvana Research said Kestrel Software would merge with Dunmore Tobacco.")
        #expect(doc.entity("Orvana Research")?.label == .org)
        #expect(doc.entity("Kestrel Software")?.label == .org)
        #expect(doc.entity("Dunmore Tobacco")?.label == .org)
    }

    @Test("a camel-case word is a company unless it is a tag, a handle or a product")
    func camelCaseCompanies() throws {
        let doc = try extract("Profits at BrightHollow rose. Fans posted #GoBrightly and used the ZipLane feature.")
        #expect(doc.entity("BrightHollow")?.label == .org)
        #expect(doc.entity("GoBrightly")?.label != .org)
        #expect(doc.entity("ZipLane")?.label != .org)
    }

    @Test("a known name followed by its number stays one name")
    func nameWithNumber() throws {
        let doc = try extract("The interview was shown on Channel 4 on Sunday.")
        #expect(doc.entity("Channel 4")?.label == .org)
    }

    @Test("chambers of parliaments are organisations")
    func parliamentaryChambers() throws {
        let doc = try extract("The bill passed the House of Representatives and went to the House of Lords.")
        #expect(doc.entity("House of Representatives")?.label == .org)
        #expect(doc.entity("House of Lords")?.label == .org)
    }

    @Test("people known by one name, and O' surnames, are people")
    func oneNamePeople() throws {
        let doc = try extract("The play quotes Shakespeare and Tolstoy. Critics compared it to O'Farrelly.")
        #expect(doc.entity("Shakespeare")?.label == .person)
        #expect(doc.entity("Tolstoy")?.label == .person)
        #expect(doc.entity("O'Farrelly")?.label == .person)
    }

    @Test("'and' before a full personal name separates it from the name before")
    func andBeforePersonalName() throws {
        let doc = try extract("The prize went to the Orvell Theatre and Marcus Quillane this year.")
        #expect(doc.entity("Orvell Theatre")?.label == .fac)
        #expect(doc.entity("Marcus Quillane")?.label == .person)
        let foundation = try extract("The Bill and Melinda Gates Foundation paid for it.")
        #expect(foundation.entity("Bill and Melinda Gates Foundation")?.label == .org)
    }

    @Test("names of events and awards are not entities; River and Lake open natural places")
    func eventsAndNaturalPlaces() throws {
        let doc = try extract("She won the Halvard Theatre Awards after a cruise on the River Ostra and Lake Venn.")
        #expect(doc.entities.allSatisfy { !$0.text.contains("Awards") })
        #expect(doc.entity("River Ostra")?.label == .loc)
        #expect(doc.entity("Lake Venn")?.label == .loc)
    }

    @Test("nationality plurals and group words are NORP")
    func nationalityPlurals() throws {
        let doc = try extract("Australians, Bengalis and Methodists joined the march.")
        #expect(doc.entity("Australians")?.label == .norp)
        #expect(doc.entity("Bengalis")?.label == .norp)
        #expect(doc.entity("Methodists")?.label == .norp)
    }

    @Test("a town named as a team once is the team elsewhere in the document, not after 'in'")
    func teamPropagation() throws {
        let doc = try extract("The Dunmore manager was pleased. Dunmore scored twice before the break. Fans in Dunmore celebrated.")
        let mentions = doc.entities.filter { $0.text == "Dunmore" }
        #expect(mentions.count == 3)
        #expect(mentions.map(\.label) == [.org, .org, .gpe])
    }

    @Test("an organisation noun right before a name makes it an organisation, a role noun a person")
    func organizationNounBefore() throws {
        let doc = try extract("Security firm Quellix said the flaw was fixed. The media giant Norvane agreed, said film maker Dara Quill.")
        #expect(doc.entity("Quellix")?.label == .org)
        #expect(doc.entity("Norvane")?.label == .org)
        #expect(doc.entity("Dara Quill")?.label == .person)
    }

    @Test("Brothers ends a company's name; an organisation word alone is not a speaker")
    func brothersAndBareOrganizationWords() throws {
        let doc = try extract("An analyst at Harwell Brothers agreed. A member of the Cabinet says she was told.")
        #expect(doc.entity("Harwell Brothers")?.label == .org)
        #expect(doc.entity("Cabinet")?.label != .person)
    }

    @Test("'on' does not join a nationality, and a sentence-initial -ing verb before 'the' is no name")
    func connectorAndGerundEdges() throws {
        let doc = try extract("Losses were made by the Halden Bank on Greek bonds. Giving the Velmar Council more power helped.")
        #expect(doc.entity("Halden Bank")?.label == .org)
        #expect(doc.entity("Greek")?.label == .norp)
        #expect(doc.entity("Velmar Council")?.label == .org)
        let council = try extract("The Council on Foreign Relations met.")
        #expect(council.entity("Council on Foreign Relations")?.label == .org)
    }

    @Test("regional peoples are NORP")
    func regionalPeoples() throws {
        let doc = try extract("Some North American tribes and Middle Eastern traders met.")
        #expect(doc.entity("North American")?.label == .norp)
        #expect(doc.entity("Middle Eastern")?.label == .norp)
    }

    @Test("a line in capitals is read in title case: a sport heading is no organisation, a city is a place")
    func shoutedLines() throws {
        let doc = try extract("ROWING - LATE SURGE GIVES HOME CREW THE TITLE\nMADRID 2003-04-12\nThe crew won by a length on Sunday.")
        #expect(doc.entity("ROWING") == nil)
        #expect(doc.entity("MADRID")?.label == .gpe)
        let dateline = try extract("NEW YORK (Reuters) - Shares of steel makers rose on Monday.")
        #expect(dateline.entity("NEW YORK")?.label == .gpe)
    }

    @Test("a name in capitals inside a shouted headline keeps its label; known acronyms stay organisations")
    func shoutedNames() throws {
        let doc = try extract("NATO TALKS OPEN IN VIENNA\nDiplomats met in Vienna on Monday to discuss the plan.")
        #expect(doc.entity("NATO")?.label == .org)
        #expect(doc.entity("VIENNA")?.label == .gpe)
    }

    @Test("in a sports report a town named alone is its team, but stays a place after a place preposition")
    func sportsTeams() throws {
        let text = "Leeds beat Norwich 2-1 in the league on Saturday. Norwich scored first, but Leeds won the match with two goals "
            + "after halftime. The season goes on at Leeds next week, when the players face a long trip."
        let doc = try extract(text)
        let leeds = doc.entities.filter { $0.text == "Leeds" }
        #expect(leeds.first?.label == .org)
        #expect(leeds.last?.label == .gpe)
        #expect(doc.entity("Norwich")?.label == .org)
        let plain = try extract("Leeds opened a new library on Saturday. The mayor of Leeds said it cost a lot.")
        #expect(plain.entity("Leeds")?.label == .gpe)
    }

    @Test("in a sports report a club named after its town is an organisation, not a person")
    func sportsClubAfterTown() throws {
        let text = "Spartak Kazan beat the visitors 3-0 in the league. The coach said the team scored early and the players kept the ball "
            + "until halftime to win the match."
        let doc = try extract(text)
        #expect(doc.entity("Spartak Kazan")?.label == .org)
    }

    @Test("names joined by an ampersand are one organisation")
    func ampersandNames() throws {
        let doc = try extract("Investors bought shares of Hollins & Marbury after the results were published.")
        #expect(doc.entity("Hollins & Marbury")?.label == .org)
        #expect(doc.entity("Hollins")?.label != .person)
    }

    @Test("a university named in full with 'of' is one organisation")
    func universityOf() throws {
        let doc = try extract("The study was led by researchers at Queen Mary University of London and published on Monday.")
        #expect(doc.entity("Queen Mary University of London")?.label == .org)
    }

    @Test("storms, classes, products, missions and titles of works are not people")
    func notPeople() throws {
        #expect(try extract("Storm Ciara flooded dozens of towns overnight.").entities.allSatisfy { $0.label != .person })
        #expect(try extract("The prisoner was moved to a Category B jail last week.").entities.allSatisfy { $0.label != .person })
        #expect(try extract("Police seized forty Sim cards and two phones.").entities.allSatisfy { $0.label != .person })
        #expect(try extract("Engineers said the Artemis mission would fly next year.").entities.allSatisfy { $0.label != .person })
        #expect(try extract("She starred in the film Gone Girl before moving to television.").entities.allSatisfy { $0.label != .person })
        #expect(try extract("A man was seen with Lena Ortiz on Monday.").entity("Lena Ortiz")?.label == .person)
    }

    @Test("a name after an event's name is cut from it, so the event never becomes a person's canonical name")
    func eventNameDoesNotSpread() throws {
        let doc = try extract("At the Harbour Open Castellano beat Rogers in two sets. Later Castellano said she was pleased.")
        #expect(doc.entities.allSatisfy { $0.canonical != "Harbour Open Castellano" })
        #expect(doc.entities.filter { $0.text == "Castellano" }.count == 2)
    }
}

