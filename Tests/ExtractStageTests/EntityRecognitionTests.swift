import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entity recognition")
struct EntityRecognitionTests {
    @Test("a title before a name makes it a person and is not part of the name")
    func titleMakesPerson() throws {
        let doc = try extract("The talks opened after President Ivan Petrov arrived in the capital.")
        let mention = try #require(doc.entity("Ivan Petrov"))
        #expect(mention.label == .person)
        #expect(doc.entities.allSatisfy { !$0.text.contains("President") })
    }

    @Test("a nationality and a multi-word title before a name are split off")
    func nationalityAndTitle() throws {
        let doc = try extract("On Monday, Freedonian Deputy Foreign Minister Olga Brandt met reporters.")
        #expect(doc.entity("Olga Brandt")?.label == .person)
        #expect(doc.entity("Freedonian") == nil)
        let text = "Later, Polish Deputy Foreign Minister Jan Kowal flew to Warsaw."
        let second = try extract(text)
        #expect(second.entity("Polish")?.label == .norp)
        #expect(second.entity("Jan Kowal")?.label == .person)
        #expect(second.entity("Warsaw")?.label == .gpe)
    }

    @Test("a lower-case role before a name makes it a person")
    func roleMakesPerson() throws {
        let doc = try extract("The plan was criticised by political scientist Marek Zawadil in an interview.")
        #expect(doc.entity("Marek Zawadil")?.label == .person)
    }

    @Test("organisation words, place words and installation words decide the label")
    func headWordsDecideLabel() throws {
        let doc = try extract("Delegates of the Northern Grain Council met near the Vostok Cosmodrome and sailed across the Barents Sea to the Lapland Region.")
        #expect(doc.entity("Northern Grain Council")?.label == .org)
        #expect(doc.entity("Vostok Cosmodrome")?.label == .fac)
        #expect(doc.entity("Barents Sea")?.label == .loc)
        #expect(doc.entity("Lapland Region")?.label == .gpe)
    }

    @Test("gazetteers label countries, cities, broad areas and nationalities")
    func gazetteers() throws {
        let doc = try extract("Troops from Germany reached Vilnius, while Central Asia watched and Turkish officials waited.")
        #expect(doc.entity("Germany")?.label == .gpe)
        #expect(doc.entity("Vilnius")?.label == .gpe)
        #expect(doc.entity("Central Asia")?.label == .loc)
        #expect(doc.entity("Turkish")?.label == .norp)
    }

    @Test("a possessive is not part of the name")
    func possessives() throws {
        let doc = try extract("Minister Carla Bianchi spoke. Bianchi’s plan and Italy's budget were debated.")
        let mention = try #require(doc.entities.first { $0.text.hasPrefix("Bianchi") })
        #expect(mention.text == "Bianchi")
        #expect(doc.entity("Italy")?.label == .gpe)
        #expect(!doc.entities.contains { $0.text.contains("’s") || $0.text.contains("'s") })
    }

    @Test("capitalised ordinary words at the start of a sentence are not entities")
    func sentenceInitialWords() throws {
        let doc = try extract("Pointedly, the minister left. Despite the rain, crowds stayed. Crowds of people sang, and the crowds grew.")
        #expect(doc.entity("Pointedly") == nil)
        #expect(doc.entity("Despite") == nil)
        #expect(doc.entity("Crowds") == nil)
        #expect(doc.entities.isEmpty)
    }

    @Test("a surname after the full name takes the full name as canonical")
    func surnameCanonical() throws {
        let doc = try extract("Governor Anna Kowalczyk opened the session. Later, Kowalczyk said the budget was final.")
        let surname = try #require(doc.entities.last { $0.text == "Kowalczyk" })
        #expect(surname.label == .person)
        #expect(surname.canonical == "Anna Kowalczyk")
    }

    @Test("two people sharing a surname keep their own canonical names by proximity")
    func sharedSurnameNearestWins() throws {
        let doc = try extract("Senator Mark Hale spoke first. Hale said no. Then Judge Ruth Hale spoke. Hale said yes.")
        let surnames = doc.entities.filter { $0.text == "Hale" }
        #expect(surnames.map(\.canonical) == ["Mark Hale", "Ruth Hale"])
    }

    @Test("an abbreviation introduced in brackets takes the long form as canonical")
    func abbreviationInBrackets() throws {
        let doc = try extract("The Northern Fisheries Agency (NFA) issued a warning. Later the NFA withdrew it.")
        let short = try #require(doc.entities.last { $0.text == "NFA" })
        #expect(short.canonical == "Northern Fisheries Agency")
        #expect(short.label == .org)
    }

    @Test("an abbreviation in brackets that cannot stand for the name before it does not take it as canonical")
    func abbreviationInBracketsMustFit() throws {
        let doc = try extract("Judges of the Court of Appeal of the Northern Fisheries Agency (CANFA) ruled on Monday. The CANFA said more.")
        let short = doc.entities.filter { $0.text == "CANFA" }
        #expect(!short.isEmpty)
        #expect(short.allSatisfy { $0.canonical != "Northern Fisheries Agency" })
        #expect(EntityResolver.mayAbbreviate("NFA", ["Northern", "Fisheries", "Agency"]))
        #expect(EntityResolver.mayAbbreviate("CSTO", ["the", "Collective", "Security", "Treaty", "Organization"]))
        #expect(EntityResolver.mayAbbreviate("NHC", ["US", "National", "Hurricane", "Center"]))
        #expect(EntityResolver.mayAbbreviate("UNAM", ["National", "Autonomous", "University", "of", "Mexico"]))
        #expect(!EntityResolver.mayAbbreviate("CJEU", ["European", "Union"]))
        #expect(!EntityResolver.mayAbbreviate("APHR", ["Human", "Rights"]))
    }

    @Test("a storm the title names with its storm word stays a storm where the text names it alone")
    func stormNamedInTheTitle() throws {
        let text = "Fiona was upgraded to a Category 2 on Monday. Fiona caused severe flooding in the east."
        var document = Document(id: "t", text: text, metadata: Metadata(title: "Hurricane Fiona seen intensifying after landfall"))
        document[StandardLayers.Sentences.self] = sentenceSpans(text)
        try ExtractStage(options: ExtractOptions(), context: StageContext(pipelineName: "test", referenceDate: "2022-09-20")).process(&document)
        #expect(!(document[StandardLayers.Entities.self] ?? []).contains { $0.text == "Fiona" })
        #expect(EntityResolver.stormNames(inLine: "Typhoon Nanmadol hits Kyushu; Storm Ian nears Cuba") == ["Nanmadol", "Ian"])
        #expect(try extract(text).entity("Fiona")?.label == .person)
    }

    @Test("a short name in brackets made of the beginnings of an organisation's words is that organisation")
    func blendedShortName() throws {
        let doc = try extract("Norvik Telecommunications (Norvtel) said on Monday its profit fell. Norvtel said costs rose.")
        let short = doc.entities.filter { $0.text == "Norvtel" }
        #expect(short.count == 2)
        #expect(short.allSatisfy { $0.label == .org && $0.canonical == "Norvik Telecommunications" })
        #expect(EntityResolver.isBlend("Singtel", of: ["Singapore", "Telecommunications"]))
        #expect(EntityResolver.isBlend("Petronas", of: ["Petroliam", "Nasional"]))
        #expect(!EntityResolver.isBlend("Sing", of: ["Singapore", "Telecommunications"]))
        #expect(!EntityResolver.isBlend("Tango", of: ["Tanker", "Operations"]))
    }

    @Test("a given name alone, with or without a title, is the one full name it opens in the document")
    func givenNameAlone() throws {
        let doc = try extract("Businessman Karl Dunmore testified in court on Monday. Mr Karl said he had been misled. " +
            "Judge Helen Ostrova asked Karl to explain.")
        let karls = doc.entities.filter { $0.text == "Karl" }
        #expect(karls.count == 2)
        #expect(karls.allSatisfy { $0.canonical == "Karl Dunmore" })
        let longer = try extract("Karl Dunmore, whose full name is Karl Dunmore Ashby Lee, testified on Monday. Mr Karl said he had been misled.")
        #expect(longer.entities.last { $0.text == "Karl" }?.canonical == "Karl Dunmore Ashby Lee")
        let two = try extract("Karl Dunmore and Karl Evers met on Monday. Karl said nothing.")
        #expect(two.entities.first { $0.text == "Karl" && $0.start > 30 }?.canonical == "Karl")
    }

    @Test("dependent territories and every sovereign state are places")
    func territoriesArePlaces() throws {
        let doc = try extract("The storm headed towards Bermuda after it hit Guam. Aid came from El Salvador and the Cayman Islands.")
        #expect(doc.entity("Bermuda")?.label == .gpe)
        #expect(doc.entity("Guam")?.label == .gpe)
        #expect(doc.entity("El Salvador")?.label == .gpe)
        #expect(doc.entity("Cayman Islands")?.label == .gpe)
    }

    @Test("an abbreviation matching a long form's initials takes it as canonical")
    func abbreviationByInitials() throws {
        let doc = try extract("The Baltic Energy Council met in Riga. The BEC said prices would fall.")
        #expect(doc.entity("BEC")?.canonical == "Baltic Energy Council")
    }

    @Test("a single unknown name next to a speech verb is a person")
    func speechVerbMakesPerson() throws {
        let doc = try extract("The deal is fragile, Okonkwo said on the phone.")
        #expect(doc.entity("Okonkwo")?.label == .person)
    }

    @Test("place abbreviations take the usual full name as canonical")
    func placeAliases() throws {
        let doc = try extract("Officials in the U.S. and the UK disagreed.")
        #expect(doc.entity("U.S.")?.canonical == "United States")
        #expect(doc.entity("UK")?.canonical == "United Kingdom")
    }

    @Test("a hyphenated modifier keeps the name and drops the common word")
    func hyphenatedModifiers() throws {
        let doc = try extract("The Moscow-backed plan angered post-Soviet states.")
        #expect(doc.entity("Moscow")?.label == .gpe)
        #expect(doc.entity("Soviet")?.label == .norp)
    }

    @Test("the West as a political bloc is a location")
    func theWest() throws {
        let doc = try extract("Sanctions from the West followed quickly.")
        #expect(doc.entity("West")?.label == .loc)
    }

    @Test("entity spans slice the text exactly in code points")
    func spansSliceText() throws {
        let text = "Café owners in Zürich — “anxious” — welcomed Chancellor Élise Fournier’s visit."
        let doc = try extract(text)
        #expect(!doc.entities.isEmpty)
        for mention in doc.entities {
            #expect(text.slice(scalars: mention.start, mention.end) == mention.text)
        }
        #expect(doc.entity("Élise Fournier")?.label == .person)
    }

    @Test("unlabelled names are dropped unless keep_unlabeled is set")
    func keepUnlabeled() throws {
        let text = "The committee praised Qzarbel yesterday."
        #expect(try extract(text).entity("Qzarbel") == nil)
        var options = ExtractOptions()
        options.keep_unlabeled = true
        #expect(try extract(text, options: options).entity("Qzarbel")?.label == .misc)
    }
}

@Suite("Entity resolution within a document")
struct EntityResolutionTests {
    @Test("a surname spelled with a typo still resolves to the one close full name")
    func typoSurname() throws {
        let doc = try extract("“It is over,” commented historian Boris Kaminsky. Kaminksy said more later.")
        let surname = try #require(doc.entity("Kaminksy"))
        #expect(surname.label == .person)
        #expect(surname.canonical == "Boris Kaminsky")
    }
}

@Suite("Entity recognition edge cases")
struct EntityEdgeCaseTests {
    @Test("a first name that is also a common word does not make a sentence-initial word a name")
    func modalAtSentenceStart() throws {
        let doc = try extract("Will Norway join the talks? Analysts say it will.")
        #expect(doc.entity("Will Norway") == nil)
        #expect(doc.entity("Norway")?.label == .gpe)
    }

    @Test("pronouns and “I” contractions next to speech verbs are not names")
    func pronounsAreNotNames() throws {
        let doc = try extract("'It was late.' She said nothing. I’ve said enough, he said.")
        #expect(doc.entities.isEmpty)
    }

    @Test("a given name followed by a facility word is still a person")
    func givenNameBeatsFacilityWord() throws {
        let doc = try extract("The striker thanked coach Brad Hall after the match.")
        #expect(doc.entity("Brad Hall")?.label == .person)
    }

    @Test("plural organisation words count as organisation words")
    func pluralOrganisationWords() throws {
        let doc = try extract("He appeared before the Brisbane Magistrates Courts on Friday.")
        #expect(doc.entities.contains { $0.label == .org && $0.text.hasSuffix("Courts") })
    }
}

@Suite("Sentence-initial titles")
struct SentenceInitialTitleTests {
    @Test("a title at the start of a sentence still marks the name after it, while a plural role noun is ordinary")
    func titleAtSentenceStart() throws {
        let doc = try extract("The vote was close. President Okoro called the result fair. Researchers said the count was clean.")
        #expect(doc.entity("Okoro")?.label == .person)
        #expect(doc.entity("Researchers") == nil)
    }
}

@Suite("Runs holding a given name or shouting")
struct RunSplittingTests {
    @Test("a given name and surname inside a run start a new name; a name of two given names stays whole")
    func givenNameSplitsRun() throws {
        let doc = try extract("At the Classic Jack Nicklaus waved to analyst Erica Marat.")
        #expect(doc.entity("Jack Nicklaus")?.label == .person)
        #expect(!doc.entities.contains { $0.text.hasPrefix("Classic") })
        #expect(doc.entity("Erica Marat")?.label == .person)
    }

    @Test("all-capital words in a shouted line are not abbreviations")
    func shoutedLine() throws {
        let doc = try extract("The banner read SHE IS LYING ABOUT MY AGE in red. Officials of NATO watched.")
        #expect(doc.entities.map(\.text) == ["NATO"])
    }
}
