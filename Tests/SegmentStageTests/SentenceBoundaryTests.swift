import Testing

/// Each boundary phenomenon, with sentences written for these tests.
@Suite("Sentence boundaries")
struct SentenceBoundaryTests {
    private func expectSentences(_ text: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try Segmenting.sentences(text) == expected, sourceLocation: sourceLocation)
    }

    @Test("splits after a period, question mark or exclamation mark before a capital")
    func splitsAtTerminalPunctuation() throws {
        try expectSentences(
            "The ferry left at dawn. Did anyone see it? Nobody did! The harbour was empty.",
            ["The ferry left at dawn.", "Did anyone see it?", "Nobody did!", "The harbour was empty."])
    }

    @Test("keeps titles such as Dr., Prof., Gen. and Sen. inside the sentence")
    func keepsTitles() throws {
        try expectSentences(
            "The bill was backed by then-Sen. Ruiz and ex-Gov. Amberly. It passed.",
            ["The bill was backed by then-Sen. Ruiz and ex-Gov. Amberly.", "It passed."])
        try expectSentences(
            "Dr. Halvorsen met Prof. Quint and Gen. Obasi before Sen. Marlowe arrived. They talked.",
            ["Dr. Halvorsen met Prof. Quint and Gen. Obasi before Sen. Marlowe arrived.", "They talked."])
    }

    @Test("keeps month abbreviations before a day number and splits after the day")
    func splitsAfterDateEndingWithAbbreviatedMonth() throws {
        try expectSentences(
            "The envoys will meet in Oslo on Feb. 14. Trade is on the agenda. It was delayed from Sept. 3.",
            ["The envoys will meet in Oslo on Feb. 14.", "Trade is on the agenda.", "It was delayed from Sept. 3."])
    }

    @Test("splits after U.S. before a typical sentence opener but not before a proper noun")
    func handlesUSAtBoundary() throws {
        try expectSentences(
            "The delegation flew to the U.S. The talks began on Monday.",
            ["The delegation flew to the U.S.", "The talks began on Monday."])
        try expectSentences(
            "She joined the U.S. Navy in 1990 and left the U.K. for good.",
            ["She joined the U.S. Navy in 1990 and left the U.K. for good."])
        try expectSentences(
            "The U.S. Under Secretary met the U.S. First Lady.",
            ["The U.S. Under Secretary met the U.S. First Lady."])
        try expectSentences(
            "He moved to Washington, D.C. It rained every day.",
            ["He moved to Washington, D.C.", "It rained every day."])
    }

    @Test("keeps initials in a name together")
    func keepsInitials() throws {
        try expectSentences(
            "The report was written by Marta J. Kowalczyk and T. R. Ellison. It runs to 40 pages.",
            ["The report was written by Marta J. Kowalczyk and T. R. Ellison.", "It runs to 40 pages."])
        try expectSentences("Olivia M. May and Dario K. Will spoke.", ["Olivia M. May and Dario K. Will spoke."])
    }

    @Test("keeps initials and dotted acronyms inside names of people and institutions in bios")
    func keepsInitialsInAffiliations() throws {
        try expectSentences(
            "Selma K. Brandt is provost of the Harriet B. Lowell Institute for Maritime Law and a former lecturer at the U.S. Coast Guard Academy. She lives in Maine.",
            ["Selma K. Brandt is provost of the Harriet B. Lowell Institute for Maritime Law and a former lecturer at the U.S. Coast Guard Academy.", "She lives in Maine."])
        try expectSentences(
            "Before that, Osei P. Mensah advised the U.K. Treasury Select Committee and the E.U. Court of Auditors.",
            ["Before that, Osei P. Mensah advised the U.K. Treasury Select Committee and the E.U. Court of Auditors."])
    }

    @Test("keeps a surname that is also a sentence opener after an initial, when the name goes on")
    func keepsSurnamesThatAreOpeners() throws {
        try expectSentences(
            "The survey by Hana J. So and Minh T. An's lab in Hue covered 300 farms. It took a year.",
            ["The survey by Hana J. So and Minh T. An's lab in Hue covered 300 farms.", "It took a year."])
        try expectSentences("The chair, Priya R. More (Leeds), spoke first.", ["The chair, Priya R. More (Leeds), spoke first."])
        try expectSentences("Our answer was Plan B. So we waited.", ["Our answer was Plan B.", "So we waited."])
        try expectSentences("They picked Plan B. An hour later it failed.", ["They picked Plan B.", "An hour later it failed."])
    }

    @Test("still splits after an initial or an acronym that ends a sentence before an opener")
    func splitsAfterFinalInitialsAndAcronyms() throws {
        try expectSentences(
            "The firm opened an office in the U.S. The next day its shares rose.",
            ["The firm opened an office in the U.S.", "The next day its shares rose."])
        try expectSentences(
            "Everyone remembered the speech by Malcolm X. Besides him, few spoke.",
            ["Everyone remembered the speech by Malcolm X.", "Besides him, few spoke."])
        try expectSentences("The letter was sent to Form C. A reply came.", ["The letter was sent to Form C.", "A reply came."])
    }

    @Test("keeps decimals, money and numbered references inside the sentence")
    func keepsNumbers() throws {
        try expectSentences(
            "Output rose 3.5 percent to $1.2bn, see No. 5 and p. 12 for details. Prices fell.",
            ["Output rose 3.5 percent to $1.2bn, see No. 5 and p. 12 for details.", "Prices fell."])
        try expectSentences("The bill came to €45.50. We paid it.", ["The bill came to €45.50.", "We paid it."])
    }

    @Test("keeps e.g., i.e., etc. and vs. inside the sentence before lower-case words or names")
    func keepsLatinAbbreviations() throws {
        try expectSentences(
            "Bring fruit, e.g. apples, i.e. something light, and tools etc. for the trip. The match was Leeds vs. Hull.",
            ["Bring fruit, e.g. apples, i.e. something light, and tools etc. for the trip.", "The match was Leeds vs. Hull."])
    }

    @Test("splits after etc. before any capitalised word")
    func splitsAfterEtc() throws {
        try expectSentences("They sold pens, ink, paper etc. Farmers came too.", ["They sold pens, ink, paper etc.", "Farmers came too."])
    }

    @Test("splits after a company abbreviation that ends the sentence but not before a job title")
    func handlesCompanyAbbreviations() throws {
        try expectSentences(
            "The contract went to Brantley & Sons Ltd. It starts in May.",
            ["The contract went to Brantley & Sons Ltd.", "It starts in May."])
        try expectSentences(
            "A spokesman for Orvane Corp. Chief Executive Lina Dross declined to comment.",
            ["A spokesman for Orvane Corp. Chief Executive Lina Dross declined to comment."])
    }

    @Test("splits after a closing quotation mark when the next sentence starts")
    func splitsAfterClosingQuote() throws {
        try expectSentences(
            "“We will not leave,” the mayor said. “Not today.” Then she went home.",
            ["“We will not leave,” the mayor said.", "“Not today.”", "Then she went home."])
        try expectSentences(
            "\"Is it over?\" he asked. Nobody answered.",
            ["\"Is it over?\" he asked.", "Nobody answered."])
        try expectSentences(
            "“Who will pay?” Mayor Ines Albarran asked on Tuesday. “Not us!” Councillor Dai Wen replied.",
            ["“Who will pay?” Mayor Ines Albarran asked on Tuesday.", "“Not us!” Councillor Dai Wen replied."])
        try expectSentences("“Who will pay?” The question hung there.", ["“Who will pay?”", "The question hung there."])
    }

    @Test("keeps a parenthesis that ends with a period inside the sentence before a lower-case word")
    func handlesParentheses() throws {
        try expectSentences(
            "The bridge (it opened in 1932.) carries six lanes. Traffic is heavy (see the map.) It was rebuilt.",
            ["The bridge (it opened in 1932.) carries six lanes.", "Traffic is heavy (see the map.)", "It was rebuilt."])
    }

    @Test("treats ellipses as a boundary only before a capitalised sentence start")
    func handlesEllipses() throws {
        try expectSentences(
            "I waited... and waited… Then the bus came. It was late … very late.",
            ["I waited... and waited…", "Then the bus came.", "It was late … very late."])
    }

    @Test("keeps e-mail addresses and URLs whole")
    func keepsAddresses() throws {
        try expectSentences(
            "Write to help.desk@mail.example.org. The page is at https://example.net/a.b/c.html. Thanks.",
            ["Write to help.desk@mail.example.org.", "The page is at https://example.net/a.b/c.html.", "Thanks."])
    }

    @Test("keeps an abbreviation followed by a possessive")
    func keepsPossessiveAfterAbbreviation() throws {
        try expectSentences("We read Smith Jr.'s letter twice. It was short.", ["We read Smith Jr.'s letter twice.", "It was short."])
    }

    @Test("does not split after a time phrase such as 'At 7 a.m.' that opens the sentence")
    func keepsOpeningTimePhrase() throws {
        try expectSentences(
            "At 7 a.m. Mrs. Dunmore opened the shop. She closed it at 9 p.m. The street went quiet.",
            ["At 7 a.m. Mrs. Dunmore opened the shop.", "She closed it at 9 p.m.", "The street went quiet."])
        try expectSentences(
            "The ferry docked at 6:15 p.m. Tuesday. Crews left at 8 a.m. Delgado stayed behind.",
            ["The ferry docked at 6:15 p.m. Tuesday.", "Crews left at 8 a.m.", "Delgado stayed behind."])
    }

    @Test("keeps a lower-case continuation after an exclamation mark in a name")
    func keepsExclamationInName() throws {
        try expectSentences("They met at Jeopardy! tapings every week.", ["They met at Jeopardy! tapings every week."])
    }

    @Test("splits inline numbered, lettered and bulleted lists into items")
    func splitsInlineLists() throws {
        try expectSentences("1. Preheat the oven 2. Mix the flour 3. Bake it", ["1. Preheat the oven", "2. Mix the flour", "3. Bake it"])
        try expectSentences("a) rinse b) soak c) dry", ["a) rinse", "b) soak", "c) dry"])
        try expectSentences("• Tents • Ropes • Lamps", ["• Tents", "• Ropes", "• Lamps"])
    }

    @Test("does not split in a number that is not a list marker")
    func keepsNumberInSentence() throws {
        try expectSentences("The vote was 52 to 48. 12 members abstained.", ["The vote was 52 to 48.", "12 members abstained."])
    }

    @Test("splits after 'I' used as a pronoun but not after a regnal numeral in a name")
    func handlesCapitalI() throws {
        try expectSentences(
            "The prize went to my sister and I. Was Henry V. Carter there?",
            ["The prize went to my sister and I.", "Was Henry V. Carter there?"])
    }
}
