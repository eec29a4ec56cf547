import DocPipe
import Testing
@testable import ExtractStage

@Suite("Quote extraction")
struct QuoteExtractionTests {
    @Test("“…,” said X attributes the quote to X with the quoted words inside the marks")
    func saidAfter() throws {
        let text = "“We will not retreat from the square,” said activist Lena Marsh."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Lena Marsh")
        #expect(quote.text == "We will not retreat from the square,")
        #expect(text.slice(scalars: quote.start, quote.end) == quote.text)
        let span = try #require(quote.speakerSpan)
        #expect(text.slice(scalars: span.start, span.end) == "Lena Marsh")
    }

    @Test("“…,” X said and straight quotes")
    func nameThenVerb() throws {
        let doc = try extract("Economist Tomas Berg studied the budget. \"The deficit is far larger than anyone admits,\" Berg said.")
        #expect(doc.quotes.first?.speaker == "Tomas Berg")
    }

    @Test("commented and charged after the quote, with a role before the name")
    func commentedCharged() throws {
        let doc = try extract("“This is a turning point for the whole region,” commented political scientist Pavel Dorn. “The government has lost all credibility here,” charged Maria Quist.")
        #expect(doc.quotes.map(\.speaker) == ["Pavel Dorn", "Maria Quist"])
    }

    @Test("X cautioned that “…” attributes a quote that follows its speaker, skipping a relative clause")
    func cautionedThat() throws {
        let doc = try extract("Former Prime Minister Hugo Laine, who served under President Ada Roth from 1994 to 1997, cautioned that “the arrival of foreign soldiers could inflame the situation” if protests grew.")
        #expect(doc.quotes.first?.speaker == "Hugo Laine")
    }

    @Test("told the Associated Press after a quote names the speaker before the verb")
    func toldThePress() throws {
        let doc = try extract("“People are tired of waiting for answers,” Anton Grell told the Associated Press.")
        #expect(doc.quotes.first?.speaker == "Anton Grell")
    }

    @Test("a pronoun speaker resolves to the person named in the previous sentence")
    func pronounSpeaker() throws {
        let doc = try extract("Analyst Ruth Okafor was interviewed before the vote. “The ruling party will not give up power easily,” she said.")
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Ruth Okafor")
        #expect(quote.speakerSpan.map { doc.text.slice(scalars: $0.start, $0.end) } == "she")
    }

    @Test("a surname speaker resolves to the full name")
    func surnameSpeaker() throws {
        let doc = try extract("Mayor Lukas Brenner visited the port. “Trade will recover by the summer,” Brenner said.")
        #expect(doc.quotes.first?.speaker == "Lukas Brenner")
    }

    @Test("a quote split by its attribution gives both parts the same speaker")
    func splitQuote() throws {
        let doc = try extract("“Such missions raise the alliance’s profile,” Brenner said, “because it could never act abroad before.” Mayor Lukas Brenner left.")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Brenner" || $0.speaker == "Lukas Brenner" })
    }

    @Test("a multi-sentence quote is one quote")
    func multiSentenceQuote() throws {
        let doc = try extract("“The army is ready. The police are ready. Whether the people are ready, I don’t know,” he said. Minister Ivo Stan spoke first.")
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.text.contains("The police are ready.") == true)
    }

    @Test("a quote standing alone takes the speaker attributed in the sentence before")
    func standaloneQuote() throws {
        let text = "The army cannot retreat now, noted Dana Vos, a senior researcher at a think-tank.\n“For him it is important to sell this story to the public at home.”"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Dana Vos")
    }

    @Test("short scare quotes without a speaker are left out; long unattributed quotes stay without one")
    func scareQuotes() throws {
        let doc = try extract("The so-called “peace force” arrived. A sign read “we want our country back and we want it now” near the gate.")
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.speaker == nil)
        #expect(doc.quotes.first?.text == "we want our country back and we want it now")
    }

    @Test("a person's remarks introduce a quote")
    func remarks() throws {
        let doc = try extract("To quote Chancellor Ida Kern’s remarks on the call, “Those who protested for fuel are not those who took up arms.”")
        #expect(doc.quotes.first?.speaker == "Ida Kern")
    }

    // MARK: single quotation marks

    @Test("single curly and straight quotes are quotes: X said: '…' and '…,' X said")
    func singleQuotes() throws {
        let doc = try extract("Coach Rhona Vale said: 'We were second best for an hour and we know it.' Later she relaxed. \u{2018}The players gave everything in the last ten minutes,\u{2019} Vale said.")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.first?.text == "We were second best for an hour and we know it.")
        #expect(doc.quotes.allSatisfy { $0.speaker == "Rhona Vale" })
    }

    @Test("Name: '…' attributes a quote to the name before the colon")
    func nameColon() throws {
        let doc = try extract("The inquiry heard from the ferry's captain.\nOsric Penhale: 'I saw the wave and turned the bow into it.'")
        #expect(doc.quotes.first?.speaker == "Osric Penhale")
    }

    @Test("apostrophes in don't, the Smiths' house and the '90s open no quote")
    func apostrophesAreNotQuotes() throws {
        let doc = try extract("We don't know why the Smiths' house burned in the '90s, said Ada Finch. The Joneses' dog barked all night and the neighbours' cars were moved.")
        #expect(doc.quotes.isEmpty)
    }

    @Test("a quote over several paragraphs repeats its opening mark, closes once, and keeps one speaker")
    func multiParagraphSingleQuote() throws {
        let text = "Tilda Grange, a farmer, described the flood.\n'The water came up through the floor first.\n'Then it was at the windows and we climbed onto the roof.\n'We waited there for six hours before the boat came,' she said."
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Tilda Grange" })
        #expect(doc.quotes.map(\.text).first == "The water came up through the floor first.")
    }

    @Test("a plural possessive inside a single-quoted quote does not close it")
    func pluralPossessiveInsideQuote() throws {
        let doc = try extract("'I stayed at my parents' house until the storm passed,' said Wendel Oakes.")
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.text == "I stayed at my parents' house until the storm passed,")
        #expect(doc.quotes.first?.speaker == "Wendel Oakes")
    }

    // MARK: organisation speakers

    @Test("an organisation that says something is the speaker, labelled ORG")
    func organisationSpeaker() throws {
        let doc = try extract("\"We have no plans to close the plant,\" the Halvorsen Group said in a statement.")
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Halvorsen Group")
        #expect(quote.speakerLabel == .org)
    }

    @Test("the agency, a spokesman for X and according to X name the organisation")
    func organisationDescriptions() throws {
        let text = "The Coastal Survey Agency published its tide tables on Monday. \"The readings were taken at dawn,\" the agency reported. \"No error has been found in the tables,\" a spokesman for the Coastal Survey Agency said. According to the Coastal Survey Agency, \"the next survey will start in May.\""
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Coastal Survey Agency" && $0.speakerLabel == .org })
    }

    @Test("the report of an organisation speaks for it")
    func organisationReport() throws {
        let doc = try extract("A Marwick Institute report was published on Tuesday. \"Rents rose faster than wages in every region,\" the report said.")
        #expect(doc.quotes.first?.speaker == "Marwick Institute")
    }

    // MARK: descriptions

    @Test("an age or a role given with a name earlier resolves a description to that person")
    func descriptionsResolve() throws {
        let text = "Former mayor Ingrid Solberg, 52, opened the bridge. Engineer Pavel Dorn watched. \"It took eleven years to get here,\" the 52-year-old added. \"We kept every promise we made,\" the former mayor maintained."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Ingrid Solberg", "Ingrid Solberg"])
        #expect(doc.quotes.first?.speakerSpan.map { text.slice(scalars: $0.start, $0.end) } == "the 52-year-old")
    }

    @Test("a title-case modifier must match: the Thor star is the actor introduced as one")
    func starDescription() throws {
        let text = "Thor star Brannock Hale arrived with director Lise Amundsen. \"I loved every minute of the shoot,\" the Thor star said."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Brannock Hale")
    }

    // MARK: pronouns

    @Test("a pronoun takes the person whose given name agrees with it")
    func pronounSex() throws {
        let doc = try extract("Margaret Holloway met Thomas Reed at the station. \"I had waited for this day for thirty years,\" she said.")
        #expect(doc.quotes.first?.speaker == "Margaret Holloway")
        let doc2 = try extract("Margaret Holloway met Thomas Reed at the station. \"I had waited for this day for thirty years,\" he said.")
        #expect(doc2.quotes.first?.speaker == "Thomas Reed")
    }

    @Test("a pronoun with no person nearby stays without a speaker")
    func pronounWithoutAntecedent() throws {
        let doc = try extract("The storm closed the harbour. Boats stayed in port for three days. \"We have never seen waves like these before,\" he said.")
        #expect(doc.quotes.first?.speaker == nil)
    }

    @Test("a pronoun prefers the sentence's subject over a person after a preposition or possessive")
    func pronounPrefersSubject() throws {
        let doc = try extract("Dorothea Vance argued with Ruth Kemper's lawyers for an hour. \"The contract was clear from the start,\" she said.")
        #expect(doc.quotes.first?.speaker == "Dorothea Vance")
    }

    // MARK: complex names after the quote

    @Test("a name after the quote is found past a role, a middle initial or a suffix, or before an aside (segmenter's own sentences)")
    func complexNamesAfter() throws {
        let text = """
        "The harbour will reopen in June," said City manager Helen Barrow.
        "Margins held up better than we feared," chief executive Margaret Osei told analysts.
        "We are ready," said Robert J. Lindqvist Jr., the fleet's commander.
        "Nobody expected this," Dr Ana Weller, a geologist at the institute, insisted.
        """
        var doc = Document(id: "t", text: text)
        try ExtractStage(options: ExtractOptions(), context: StageContext(pipelineName: "test", referenceDate: nil)).process(&doc)
        #expect(doc.quotes.map(\.speaker) == ["Helen Barrow", "Margaret Osei", "Robert J. Lindqvist Jr.", "Ana Weller"])
    }

    @Test("reporting verbs other than said attribute quotes")
    func otherVerbs() throws {
        let text = "\"The vote was rigged,\" tweeted Carla Mendes. \"We will appeal,\" Omar Haddad wrote. \"It is too early to tell,\" recalled Ines Varga. \"Prices will rise again,\" warned Tobias Lund."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Carla Mendes", "Omar Haddad", "Ines Varga", "Tobias Lund"])
    }

    // MARK: partial quotes

    @Test("partial quotes after saying that, telling X, but added and calling it take the sentence's subject")
    func partialQuotes() throws {
        let text = "Senator Joan Pell left the chamber, saying that the bill was \"a betrayal of rural voters\". Governor Abel Crane phoned Pell, telling her she would \"regret this by the autumn\". Crane praised the plan but added that it was \"far too slow for the farmers\". Pell dismissed the offer, calling it \"a cheap trick from a tired office\"."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Joan Pell", "Abel Crane", "Abel Crane", "Joan Pell"])
    }

    // MARK: continuations

    @Test("quote paragraphs with no attribution of their own continue the current speaker")
    func continuations() throws {
        let text = "Union leader Marta Kowal listed the demands.\n\"We want a shorter week.\"\n\"We want safer machines on every floor.\"\n\"And we want the pension fund back in our hands.\"\nThe company declined to comment."
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Marta Kowal" })
    }

    @Test("the second half of a split quote continues the speaker named between the halves")
    func splitQuoteSecondHalf() throws {
        let doc = try extract("'We lost the first set,' said Nadia Brook, 'but we never lost our nerve in the second.'")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Nadia Brook" })
    }

    // MARK: short quotes, titles, possessives

    @Test("a short whole-sentence quote stays without a speaker; titles, names and one-word scare quotes do not become quotes")
    func shortQuotesAndTitles() throws {
        let text = "A banner read \"We will not go.\" Director Saul Imrie called the claims a \"hoax\" and praised his film \"The Long Winter Road\" at the festival, where fans chanted \"Saul\"."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.text) == ["We will not go."])
        #expect(doc.quotes.first?.speaker == nil)
    }

    @Test("X's campaign manager said is not X")
    func possessiveIsNotTheSpeaker() throws {
        let doc = try extract("Lorna Pike's campaign manager was upbeat. \"The numbers are moving our way,\" Pike's campaign manager said.")
        #expect(doc.quotes.first?.speaker != "Lorna Pike")
    }

    @Test("a description with a name in apposition takes that name, and a reporting agency after the quote does not replace it")
    func appositiveAndAgency() throws {
        let text = "The head of the rescue team, Captain Ilse Marrow, said on Friday that the divers would stay \"until the last passenger is found,\" the news agency Nordpress reported."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Ilse Marrow")
    }

    @Test("a quote attributed to someone unnamed has no speaker and does not inherit the last one")
    func unnamedSpeaker() throws {
        let text = "Mayor Oskar Lind opened the new bridge. \"It will change this town,\" Lind said. \"Nobody asked us about the tolls,\" one angry resident told reporters."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Oskar Lind", nil])
    }

    @Test("a name between commas right before the verb is the speaker, not a possessor earlier in the sentence")
    func appositiveBeforeVerb() throws {
        let doc = try extract("Kestrel's shop stayed shut, and a local baker, Odile Fenn, told the paper 'We have not seen him since the spring.'")
        #expect(doc.quotes.first?.speaker == "Odile Fenn")
    }

    @Test("I said, '…' inside a speaker's story keeps that speaker")
    func firstPersonInsideQuote() throws {
        let text = "'The captain looked at the sky,' recalled sailor Brandt Ollis. 'I said to him, 'Is this storm going to turn?''"
        let doc = try extract(text)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Brandt Ollis" })
        #expect(doc.quotes.contains { $0.text.hasPrefix("Is this storm") })
    }

    @Test("a straight quote may open with an ellipsis or a space before its first word")
    func looseStraightQuotes() throws {
        let text = "\"We tried everything,\" said Lena Marsh. \"... Nothing worked in the end.\" She paused. \" I am asking for help now.\""
        let doc = try extract(text)
        #expect(doc.quotes.map(\.text) == ["We tried everything,", "... Nothing worked in the end.", "I am asking for help now."])
    }

    @Test("a spokesman for an organisation who writes that … speaks for the organisation")
    func spokesmanForBeforeVerb() throws {
        let doc = try extract("In a statement, a spokesman for the Halvorsen Group wrote that the company is \"committed to safe work in every home we treat\".")
        #expect(doc.quotes.first?.speaker == "Halvorsen Group")
        #expect(doc.quotes.first?.speakerLabel == .org)
    }

    @Test("the person a document speaks about is not the speaker of its words")
    func documentSpeaks() throws {
        let doc = try extract("Actor Corin Vale is suing the studio. The complaint said Vale has suffered \"severe and lasting harm to his career\" since the accident.")
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first?.speaker == nil)
    }

    @Test("a pronoun takes the subject of the sentence before over the person it talked to, mentioned as often")
    func pronounSubjectBeatsSalience() throws {
        let text = """
        Coach Dan Miller has reminded winger Leo Fry about his duties. Fry was pictured at a party on Monday. \
        Miller, who has three games left, spoke to Fry on Thursday and Miller now wants to move on. He said: 'Players know what they can and cannot do.'
        """
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Dan Miller")
    }

    @Test("a subject with a relative clause between dashes is the antecedent of he")
    func pronounSubjectWithDashAside() throws {
        let text = "The Vantor Group lost its appeal. Vantor had asked for more time. Mr Karl Osterberg - who has led the company since 2001 - denied any wrongdoing. \"I have nothing to hide from anyone,\" he told the court."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Karl Osterberg")
    }

    @Test("a surname with lower-case particles keeps them in the speaker's name")
    func nameParticles() throws {
        let doc = try extract("\"The figures were weaker than the market expected,\" said analyst Maria van der Berg.")
        #expect(doc.quotes.first?.speaker == "Maria van der Berg")
    }

    @Test("quotes under a capitalised label belong to the person who gives that verdict")
    func labelledQuotes() throws {
        let text = """
        Here, Dr Mira Patel, a nutritionist at a London clinic, gives her verdict on five breakfast bars.

        Oat Crunch Bar, 45p. VERDICT: 'Far too much sugar for a morning snack. 'It will not keep a child full until lunch.'

        Seed Square, 60p. VERDICT: 'A decent choice with plenty of fibre.'
        """
        let doc = try extract(text)
        #expect(doc.quotes.count == 3)
        #expect(doc.quotes.allSatisfy { $0.speaker == "Mira Patel" })
    }

    @Test("a quote paragraph after a sentence led by a conjunction and a quoted person continues that person")
    func conjunctionLedSubject() throws {
        let text = """
        "We screen films nobody else will show," said festival founder Nora Lindqvist.

        The audience is mostly young and urban. But Lindqvist knows this and started a touring programme.

        "When you take the films to small towns, people come and they argue about them."
        """
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.last?.speaker == "Nora Lindqvist")
    }

    @Test("a spokesman for a body named in title case with its acronym speaks for the whole body")
    func titleCaseBody() throws {
        let doc = try extract("A spokesman for the Council for Rural Housing (CRH), which meets this week in York, told reporters: \"We need more homes in villages.\"")
        #expect(doc.quotes.first?.speaker == "Council for Rural Housing")
        #expect(doc.quotes.first?.speakerLabel == .org)
    }

    @Test("according to the administration names the person's administration as an organisation")
    func administrationSpeaker() throws {
        let doc = try extract("The Carver administration has delayed the vote. According to the administration, \"the delay is only technical.\"")
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Carver administration")
        #expect(quote.speakerLabel == .org)
    }

    @Test("a description with another noun for the same role resolves to the person introduced with it")
    func sameRoleDescription() throws {
        let doc = try extract("Manchester City boss Pep Alvarez praised his side. Striker Leon Osei scored twice. 'It was the best we have played,' the City manager added.")
        #expect(doc.quotes.first?.speaker == "Pep Alvarez")
    }

    @Test("a whole-sentence quote run on after a picture caption continues the speaker of the quote before")
    func quoteAfterCaption() throws {
        let text = "'We lost our shape after the break,' said coach Anna Berglund. Fans watched the second half from the terraces in heavy rain 'We have to defend better than that in the next game.'"
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.last?.speaker == "Anna Berglund")
    }

    @Test("a quote after a sentence opened by however and a titled subject takes that subject")
    func connectiveCommaTitleSubject() throws {
        let text = "\"Schools need cheap machines,\" said Mr Tomas Ekberg. However, Mr Ekberg has tested the idea in two villages. \"We gave out forty laptops and only two have broken so far.\""
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.last?.speaker == "Tomas Ekberg")
    }

    @Test("a spokesperson for a one-word company the entity layer does not know speaks for it, and the group continues it")
    func spokespersonForUnknownCompany() throws {
        let doc = try extract("A spokesperson for Meriton, which owns the bar, said the company was 'deeply sorry' for the noise. 'We have spoken to the manager,' the group said.")
        #expect(doc.quotes.map(\.speaker) == ["Meriton", "Meriton"])
        #expect(doc.quotes.allSatisfy { $0.speakerLabel == .org })
    }

    @Test("it said … and called it “…”: both partial quotes belong to the organisation")
    func itCalledIt() throws {
        let doc = try extract("The Film Society praised the movie. It said the film had \"raw and restless energy\" and called it \"a landmark\".")
        #expect(doc.quotes.map(\.text) == ["raw and restless energy", "a landmark"])
        #expect(doc.quotes.allSatisfy { $0.speaker == "Film Society" })
    }

    @Test("officials at a ministry speak for the ministry")
    func officialsAtMinistry() throws {
        let doc = try extract("Officials at the Trade Ministry said the deal was 'a significant step forward'.")
        #expect(doc.quotes.first?.speaker == "Trade Ministry")
    }

    @Test("a short partial quote reported by an unnamed speaker is kept without a speaker; a one-word scare quote is not")
    func shortReportedQuote() throws {
        let doc = try extract("Police said they were 'following several lines of inquiry'. The claims were a 'hoax', residents said.")
        #expect(doc.quotes.map(\.text) == ["following several lines of inquiry"])
        #expect(doc.quotes.first?.speaker == nil)
    }

    @Test("rock 'n' roll inside a single-quoted quote does not close it")
    func elisionInsideSingleQuote() throws {
        let doc = try extract("The Smiths' house was sold in the '90s. 'It was rock 'n' roll,' said neighbour Jean Pike.")
        #expect(doc.quotes.map(\.text) == ["It was rock 'n' roll,"])
        #expect(doc.quotes.first?.speaker == "Jean Pike")
    }

    @Test("a relation word glued to a name at a sentence start is not part of the speaker's name")
    func leadingRelationWord() throws {
        let doc = try extract("Teammate Olly Dean: 'He is the best player I have seen.'")
        #expect(doc.quotes.first?.speaker == "Olly Dean")
    }

    @Test("a pronoun after a sentence whose subject is a role description takes the person introduced with that role")
    func pronounAfterDescribedSubject() throws {
        let text = "Tory leader Michael Hart visited the school. Filmmaker Tom Cole followed him for a month. The Tory leader was asked about his parents. He replied: \"That is an extraordinary question.\""
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Michael Hart")
    }
}
