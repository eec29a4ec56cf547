import DocPipe

/// Finds named entities in a document by rules: runs of capitalised words are split into
/// modifiers, titles and names, classified by gazetteers, organisation and place words, titles
/// and roles, given names and speech verbs, then resolved within the document (surnames to full
/// names, abbreviations to their long forms).
struct EntityRecognizer: Sendable {
    /// A name found in the text, by token range, before resolution.
    struct Candidate: Sendable {
        /// First token.
        var first: Int
        /// One past the last token.
        var end: Int
        /// The label, or `nil` while undecided.
        var label: EntityLabel?
        /// The canonical name a gazetteer or pattern file gives.
        var canonical: String?
        /// Whether the label comes from a gazetteer or pattern file, so no rule may change it.
        var fixed = false
    }

    /// Names and patterns from the pipeline's files (the `entities` option).
    var knowledge: EntityKnowledge = .empty
    /// The learnt model that may re-type the rules' mentions (``EntityTyper``).
    var typer: EntityTyper = .generated

    /// Capitalised pronouns and deictic words that never continue a name: a run stops before them
    /// where a caption or a line ran into the next sentence with no full stop ("the Skin
    /// Foundation She said", "Tom Drake Here he is").
    static let runBreakers: Set<String> = ["He", "She", "It", "They", "We", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
                                           "Here", "There", "This", "That", "These", "Those"]

    /// Capitalised title words: ``RoleWords/titles`` and the ranks of ``PersonRanks``.
    static let titles = RoleWords.titles.union(PersonRanks.titles)
    /// Titles that alone make the name after them a person: ``RoleWords/personTitles`` and ranks.
    static let personTitles = RoleWords.personTitles.union(PersonRanks.personTitles)
    private static let clauseOpeners: Set<String> = ["\u{201C}", "\"", "\u{2018}", "(", "[", ":", "\u{2014}", "\u{2013}", "-", "\u{2026}"]
    private static let personHeads: Set<String> = ["administration", "presidency", "era", "doctrine", "regime", "family", "clan", "camp", "campaign", "loyalists", "allies"]
    private static let compassPoints: Set<String> = ["West", "East", "North", "South", "Middle East", "Far East"]

    private static let connectors: Set<String> = ["of", "for", "on", "and", "de", "del", "da", "von", "van", "der", "al", "bin", "la", "le", "du", "the", "&"]

    /// Finds and resolves the entity mentions of a text.
    /// - Parameters:
    ///   - text: the analysed text.
    ///   - title: the document's title when it is not in the text; the storms it names with their
    ///     storm word stay storms in the text (``EntityResolver/stormNames(inLine:)``).
    /// - Returns: mentions in text order, each with its in-document canonical name.
    func mentions(in text: AnalyzedText, title: String? = nil) -> [EntityMention] {
        var candidates = classify(runs(text), text)
        BracketTeams.relabel(&candidates, text)
        let datelines = Datelines.places(text)
        if !datelines.isEmpty {
            candidates.removeAll { candidate in datelines.contains { $0.first < candidate.end && candidate.first < $0.end } }
            candidates += datelines
            candidates.sort { $0.first < $1.first }
        }
        let matches = knowledge.matches(text.tokens)
        if !matches.isEmpty {
            candidates.removeAll { candidate in matches.contains { $0.first < candidate.end && candidate.first < $0.end } }
            candidates += matches.map { Candidate(first: $0.first, end: $0.end, label: $0.label, canonical: $0.canonical, fixed: true) }
            candidates.sort { $0.first < $1.first }
        }
        var mentions = EntityResolver(text: text, titleStorms: title.map(EntityResolver.stormNames(inLine:)) ?? []).resolve(candidates)
        let fixed = Set(matches.map { text.tokens[$0.first].start })
        typer.relabel(&mentions, in: text, keeping: fixed)
        Self.extendingGivenNameSyllables(&mentions, text.tokens)
        return mentions
    }

    /// Capitalised runs as token ranges, split at line breaks, possessives, calendar words and,
    /// at sentence starts and in headlines, at ordinary words.
    func runs(_ text: AnalyzedText) -> [Range<Int>] {
        let tokens = text.tokens
        let headlines = headlineSentences(text)
        var runs: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            if let end = Self.knownPhraseEnd(tokens, index) ?? placePhraseEnd(tokens, index, text) {
                runs.append(index..<end)
                index = end
                continue
            }
            guard isNameWord(tokens, index, text, headlines) else {
                index += 1
                continue
            }
            var end = index + 1
            let afterPrefix = index >= 2 && tokens[index - 1].text == "-" && !tokens[index - 1].spaceBefore && !tokens[index].spaceBefore
                && tokens[index - 2].kind == .word && !tokens[index - 2].isCapitalized
            while end < tokens.count && !afterPrefix {
                let token = tokens[end]
                if token.lineBreakBefore || token.sentence != tokens[index].sentence { break }
                if Self.runBreakers.contains(token.text) { break }
                if isNameWord(tokens, end, text, headlines) && token.spaceBefore {
                    end += 1
                } else if token.kind == .word || token.text == "&", Self.connectors.contains(token.text), end + 1 < tokens.count,
                    tokens[end + 1].isCapitalized, !tokens[end + 1].lineBreakBefore,
                    isNameWord(tokens, end + 1, text, headlines),
                    !(token.text == "on" && Nationalities.all.contains(tokens[end + 1].text))
                {
                    end += 2
                } else if Self.continuesInstitutionOfThe(end, run: index..<end, tokens), isNameWord(tokens, end + 2, text, headlines) {
                    end += 3
                } else if let surname = particleSurname(after: index..<end, tokens, text, headlines) {
                    end = surname + 1
                } else {
                    break
                }
            }
            end = Self.extendOverPlaceParticle(index..<end, tokens)
            end = extendOverPossessive(index..<end, tokens, text, headlines)
            end = extendOverDomain(index..<end, tokens)
            end = extendOverNumber(index..<end, tokens)
            let start = Self.unitNumberStart(index..<end, tokens)
            runs.append(contentsOf: splitAtConnectors(start..<end, tokens).flatMap { splitAfterEvent($0, tokens) })
            index = end
        }
        return runs
    }

    /// The end of a run carried over a lower-case particle into a town's name the gazetteer knows
    /// whole ("Kingston upon Hull", "Frankfurt am Main", "Rothenburg ob der Tauber"): up to two
    /// particles and one or two capitalised words; the run's own end when no such town is known.
    static func extendOverPlaceParticle(_ run: Range<Int>, _ tokens: [Token]) -> Int {
        var index = run.upperBound
        var name = (run.lowerBound..<run.upperBound).map { tokens[$0].text }.joined(separator: " ")
        while index < tokens.count, index - run.upperBound < 2, placeParticles.contains(tokens[index].text), tokens[index].spaceBefore,
              !tokens[index].lineBreakBefore, tokens[index].sentence == tokens[run.lowerBound].sentence
        {
            name += " " + tokens[index].text
            index += 1
        }
        guard index > run.upperBound else { return run.upperBound }
        for length in 1...2 where index + length <= tokens.count {
            let words = index..<index + length
            guard words.allSatisfy({ tokens[$0].isCapitalized && tokens[$0].spaceBefore && !tokens[$0].lineBreakBefore
                && tokens[$0].sentence == tokens[run.lowerBound].sentence }) else { break }
            let whole = name + " " + words.map { tokens[$0].text }.joined(separator: " ")
            if WorldPlaces.cities.contains(whole) || Places.cities.contains(whole) { return index + length }
        }
        return run.upperBound
    }

    /// Lower-case words inside towns' names ("upon", "am", "sur", "ob der").
    static let placeParticles: Set<String> = ["upon", "am", "an", "der", "ob", "sur", "im", "in", "en", "on", "le", "la"]

    /// The first token of a military unit's name that opens with its number ("the 82nd Airborne
    /// Division", "12 Fighter Squadron"): the number right before a run whose last word is a unit
    /// word (``OrganizationWords/militaryUnits``), an ordinal ("82nd") or, before two words or more, a bare
    /// number of one to three digits; otherwise the run's own first token.
    static func unitNumberStart(_ run: Range<Int>, _ tokens: [Token]) -> Int {
        let number = run.lowerBound - 1
        guard number >= 0, tokens[run.lowerBound].spaceBefore, tokens[number].sentence == tokens[run.lowerBound].sentence,
              !tokens[run.lowerBound].lineBreakBefore, OrganizationWords.militaryUnits.contains(tokens[run.upperBound - 1].text) else { return run.lowerBound }
        if ["st", "nd", "rd", "th"].contains(tokens[number].lower), number > 0, !tokens[number].spaceBefore,
           tokens[number - 1].kind == .number, tokens[number - 1].text.unicodeScalars.count <= 3
        {
            return number - 1
        }
        guard tokens[number].kind == .number, tokens[number].text.unicodeScalars.count <= 3, run.count >= 2,
              tokens[number].text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return run.lowerBound }
        return number
    }

    /// Whether "of the" at `index` goes on an institution's name: the run so far ends in a strong
    /// organisation word and a capitalised word follows ("Council of the European Union", "Army of
    /// the Potomac", "Department of the Interior").
    static func continuesInstitutionOfThe(_ index: Int, run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count, tokens[index].text == "of", tokens[index + 1].text == "the", tokens[index + 2].isCapitalized,
              !tokens[index + 1].lineBreakBefore, !tokens[index + 2].lineBreakBefore, index > run.lowerBound else { return false }
        let head = singular(tokens[index - 1].text)
        return OrganizationWords.heads.contains(head) && !OrganizationWords.weakHeads.contains(head)
    }

    /// Well-known organisations whose names hold lower-case words other than the run connectors
    /// ("Organization for Security and Co-operation in Europe", "Doctors Without Borders") or start
    /// with an ordinary word ("News Corp", "General Mills"), as words, by their first word, longest first.
    static let knownPhrases: [String: [[String]]] = {
        var result: [String: [[String]]] = [:]
        for name in OrganizationWords.known.union(ListedCompanies.names) {
            let words = name.split(separator: " ").map(String.init)
            let lowerInside = words.count >= 3 && words.dropFirst().contains(where: { word in
                word.first.map { $0.isLowercase } == true && !connectors.contains(word)
            })
            let ordinaryFirst = words.count >= 2 && CommonWords.isCommon(words[0].lowercased()) && words[0] != "The"
            guard lowerInside || ordinaryFirst else { continue }
            result[words[0], default: []].append(words)
        }
        return result.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    /// The end of a well-known organisation's name with lower-case words inside (``knownPhrases``)
    /// that starts at a token, written whole in one sentence and line; `nil` when none starts there.
    static func knownPhraseEnd(_ tokens: [Token], _ index: Int) -> Int? {
        guard tokens[index].isCapitalized, let phrases = knownPhrases[tokens[index].text],
              index == 0 || !tokens[index - 1].isCapitalized || tokens[index - 1].sentence != tokens[index].sentence || tokens[index - 1].lineBreakBefore
                && !tokens[index].lineBreakBefore else { return nil }
        for words in phrases where index + words.count <= tokens.count {
            let matches = words.indices.allSatisfy { offset in
                let token = tokens[index + offset]
                return token.text == words[offset] && (offset == 0 || (token.spaceBefore && !token.lineBreakBefore && token.sentence == tokens[index].sentence))
            }
            let end = index + words.count
            let open = end == tokens.count || tokens[end].lineBreakBefore || tokens[end].sentence != tokens[index].sentence
                || !tokens[end].isCapitalized && !connectors.contains(tokens[end].text)
            if matches, open {
                return end
            }
        }
        return nil
    }

    /// The end of a curated country, city, region or area of two to four words starting at a
    /// capitalised word ("New York", "Sri Lanka", "Hong Kong"), so an ordinary first word ("New")
    /// at a sentence start or in a headline does not cut it; `nil` when none starts there.
    private func placePhraseEnd(_ tokens: [Token], _ index: Int, _ text: AnalyzedText) -> Int? {
        guard tokens[index].isCapitalized, index + 1 < tokens.count, tokens[index + 1].isCapitalized,
              index == 0 || !tokens[index - 1].isCapitalized || tokens[index - 1].sentence != tokens[index].sentence
                || Self.isOrdinaryInCapitals(tokens[index - 1], text) else { return nil }
        var name = tokens[index].text
        var titled = Self.titleCased(name)
        var capitals = tokens[index].isAcronym
        var found: Int?
        var end = index + 1
        while end < tokens.count, end - index < 4, tokens[end].spaceBefore, !tokens[end].lineBreakBefore,
              tokens[end].sentence == tokens[index].sentence, tokens[end].kind == .word
        {
            name += " " + tokens[end].text
            titled += " " + Self.titleCased(tokens[end].text)
            capitals = capitals && tokens[end].isAcronym
            end += 1
            if Self.isCuratedPlace(name) || capitals && Self.isCuratedPlace(titled) {
                found = end
            }
        }
        guard let found, found == tokens.count || !tokens[found].isCapitalized || tokens[found].lineBreakBefore
            || tokens[found].sentence != tokens[index].sentence || Self.isOrdinaryInCapitals(tokens[found], text) else { return nil }
        return found
    }

    /// Whether a name is a curated country, city, region or area.
    static func isCuratedPlace(_ name: String) -> Bool {
        if name.hasPrefix("St "), isCuratedPlace("St. " + name.dropFirst(3)) { return true }
        return Places.countries.contains(name) || Places.cities.contains(name) || Places.regions.contains(name) || Places.areas.contains(name)
    }

    /// A word in title case ("YORK" → "York").
    static func titleCased(_ word: String) -> String {
        guard let first = word.first else { return word }
        return String(first).uppercased() + word.dropFirst().lowercased()
    }

    /// The label of a name of two or more words written in capitals in a mixed-case line ("California
    /// 7 NEW YORK 1"), looked up in title case; `nil` for other names.
    static func labelInCapitals(_ tokens: [Token], _ run: Range<Int>) -> EntityLabel? {
        guard run.count >= 2, run.allSatisfy({ tokens[$0].isAcronym && tokens[$0].kind == .word }) else { return nil }
        let titled = run.map { titleCased(tokens[$0].text) }.joined(separator: " ")
        guard isCuratedPlace(titled) else { return nil }
        return Gazetteer.label(of: titled) ?? Gazetteer.label(of: titled.hasPrefix("St ") ? "St. " + titled.dropFirst(3) : titled)
    }

    /// Whether a word in capitals (or of a line in capitals) is an ordinary short word ("AT", "V",
    /// "AND"), which does not join the names around it ("CALIFORNIA AT NEW YORK").
    static func isOrdinaryInCapitals(_ token: Token, _ text: AnalyzedText) -> Bool {
        (text.shoutedSentences.contains(token.sentence) || token.isAcronym)
            && (CommonWords.stopwords.contains(token.lower) || token.lower == "v" || token.lower == "vs")
    }

    /// The end of a run carried over a possessive into an institution's name ("St Mary's Hospital",
    /// "Torquay Magistrates' Court"): the capitalised words after it must end in an organisation or
    /// facility word, and the run must be able to own one (``isInstitutionPossessor(_:_:)``).
    private func extendOverPossessive(_ run: Range<Int>, _ tokens: [Token], _ text: AnalyzedText, _ headlines: Set<Int>) -> Int {
        var mark = run.upperBound
        guard mark < tokens.count, !tokens[mark].spaceBefore, Self.isInstitutionPossessor(run, tokens) else { return run.upperBound }
        if tokens[mark].kind == .possessive || tokens[mark].text == "'" || tokens[mark].text == "\u{2019}" { mark += 1 } else { return run.upperBound }
        var end = mark
        while end < tokens.count, end - mark < 3, tokens[end].spaceBefore, !tokens[end].lineBreakBefore,
              tokens[end].sentence == tokens[run.lowerBound].sentence, isNameWord(tokens, end, text, headlines)
        {
            end += 1
        }
        guard end > mark else { return run.upperBound }
        let last = Self.singular(tokens[end - 1].text)
        return OrganizationWords.heads.contains(last) || OrganizationWords.facilityHeads.contains(last) ? end : run.upperBound
    }

    /// Whether a run can own an institution's name: a saint ("St Mary"), a title ("King", "Queen")
    /// or a group noun ("Children", "People", "Magistrates"), not a person or place, whose
    /// possessive is a relation between two names ("Saddam's party", "Russia's ministry").
    static func isInstitutionPossessor(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        let first = tokens[run.lowerBound].text
        if run.count >= 2, first == "St" || first == "St." || first == "Saint" { return true }
        let last = tokens[run.upperBound - 1].text
        if last.hasSuffix("s"), run.upperBound < tokens.count, tokens[run.upperBound].kind != .possessive, Gazetteer.label(of: last) == nil {
            return true
        }
        return run.count == 1 && (EntityRecognizer.personTitles.contains(first) || ["Children", "People", "Women", "Men"].contains(first))
    }

    /// Endings of web addresses that make a capitalised name a website ("BethesdaNow.com").
    static let topLevelDomains: Set<String> = ["com", "org", "net", "co.uk", "org.uk", "gov", "edu", "io", "tv", "news", "info"]

    /// Person mentions of two words or more carried over a hyphenated lower-case syllable of their
    /// last word, as East Asian given names are written ("Kim Sung-han", "Moon Jae-in", "Chiang
    /// Kai-shek"), with every canonical name in the document that named the shorter form; not over
    /// English compound heads ("Lee Chang-led") or longer words. The names were typed without the
    /// syllable, so its lower case changes no label.
    static func extendingGivenNameSyllables(_ mentions: inout [EntityMention], _ tokens: [Token]) {
        let personEnds = Set(mentions.filter { $0.label == .person && $0.text.contains(" ") }.map(\.end))
        guard !personEnds.isEmpty else { return }
        var longer: [Int: (end: Int, syllable: String)] = [:]
        for hyphen in tokens.indices.dropFirst() where tokens[hyphen].text == "-" && personEnds.contains(tokens[hyphen - 1].end) {
            guard hyphen + 1 < tokens.count, !tokens[hyphen].spaceBefore, !tokens[hyphen + 1].spaceBefore,
                  tokens[hyphen + 1].kind == .word, !tokens[hyphen + 1].isCapitalized,
                  tokens[hyphen - 1].isCapitalized, tokens[hyphen - 1].text.unicodeScalars.count <= 5
            else { continue }
            let syllable = tokens[hyphen + 1].lower
            let length = syllable.unicodeScalars.count
            guard (1...5).contains(length), syllable.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
                  !syllable.hasSuffix("ed"), !compoundHeads.contains(syllable),
                  length <= 2 || !CommonWords.stopwords.contains(syllable),
                  hyphen + 2 >= tokens.count || tokens[hyphen + 2].text != "-" || tokens[hyphen + 2].spaceBefore
            else { continue }
            longer[tokens[hyphen - 1].end] = (tokens[hyphen + 1].end, "-" + tokens[hyphen + 1].text)
        }
        guard !longer.isEmpty else { return }
        var renamed: [String: String] = [:]
        for index in mentions.indices where mentions[index].label == .person {
            guard let grown = longer[mentions[index].end] else { continue }
            let written = mentions[index].text + grown.syllable
            renamed[mentions[index].text] = written
            if mentions[index].canonical == mentions[index].text { mentions[index].canonical = written }
            mentions[index].end = grown.end
            mentions[index].text = written
        }
        for index in mentions.indices where mentions[index].label == .person {
            if let written = renamed[mentions[index].canonical] { mentions[index].canonical = written }
        }
    }

    /// Short English words that head a compound after a name ("Seoul-based", "UN-run", "Trump-era").
    private static let compoundHeads: Set<String> = [
        "run", "era", "born", "made", "like", "free", "wide", "held", "type", "size", "old", "style", "owned",
        "bound", "proof", "sized", "level", "class", "rich", "poor", "only", "scale", "area", "zone", "first",
        "bred", "grown", "based", "led", "built", "esque", "ish", "ist", "ism", "ite", "ian", "day", "week",
        "year", "time", "side", "wise", "fest", "gate", "mania", "news", "pop",
    ]

    /// The end of a one-word run carried over a web address ending ("Mashable.com" → one name).
    private func extendOverDomain(_ run: Range<Int>, _ tokens: [Token]) -> Int {
        let dot = run.upperBound
        guard run.count == 1, dot + 1 < tokens.count, tokens[dot].text == ".", !tokens[dot].spaceBefore,
              !tokens[dot + 1].spaceBefore, tokens[dot + 1].kind == .word else { return run.upperBound }
        var domain = tokens[dot + 1].lower
        var end = dot + 2
        if end + 1 < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore, tokens[end + 1].kind == .word {
            domain += "." + tokens[end + 1].lower
            end += 2
        }
        return Self.topLevelDomains.contains(domain) ? end : run.upperBound
    }

    /// The end of a run carried over a number when the two form a known name ("Channel 4", "France 24").
    private func extendOverNumber(_ run: Range<Int>, _ tokens: [Token]) -> Int {
        let next = run.upperBound
        guard next < tokens.count, tokens[next].kind == .number, tokens[next].spaceBefore, !tokens[next].lineBreakBefore else { return run.upperBound }
        return OrganizationWords.known.contains(words(tokens, run) + " " + tokens[next].text) ? next + 1 : run.upperBound
    }

    private func isNameWord(_ tokens: [Token], _ index: Int, _ text: AnalyzedText, _ headlines: Set<Int>) -> Bool {
        let token = tokens[index]
        if index < 3, let slugEnd = SportsContext.slugLineEnd(tokens), index < slugEnd { return false }
        if token.isAcronym && Gazetteer.label(of: token.text) == nil {
            if CommonWords.stopwords.contains(token.lower) { return false }
            let shouting = (index > 0 && tokens[index - 1].isAcronym && tokens[index - 1].sentence == token.sentence)
                || (index + 1 < tokens.count && tokens[index + 1].isAcronym && tokens[index + 1].sentence == token.sentence)
            if shouting { return false }
        }
        guard token.isCapitalized || Self.isParticleName(token), !CalendarWords.isCalendarWord(token.lower, abbreviated: index + 1 < tokens.count && tokens[index + 1].text == ".") else { return false }
        if token.text == "The" || token.text == "A" || token.text == "An", index > 0, tokens[index - 1].sentence == token.sentence, tokens[index - 1].isCapitalized {
            return false
        }
        if token.startsSentence, token.lower.hasSuffix("ing"), index + 1 < tokens.count, tokens[index + 1].text == "the" || tokens[index + 1].text == "a" {
            return false
        }
        if token.startsSentence, Self.isOpeningParticiple(token), !text.midSentenceCapitalized.contains(token.lower), !Self.headsResultsRow(tokens, index),
           !ClubNames.opensClubName(tokens, index), !Self.opensResult(tokens, index, text)
        {
            return false
        }
        if index > 0, !token.spaceBefore, tokens[index - 1].kind == .number { return false }
        if Self.isSlug(tokens, index) { return false }
        if token.text.contains("-"), token.lower.split(separator: "-").allSatisfy({ CalendarWords.isCalendarWord(String($0), abbreviated: true) }) { return false }
        if text.shoutedSentences.contains(token.sentence), !Self.isNameInCapitals(token, text) { return false }
        if token.startsSentence || headlines.contains(token.sentence) || token.lineBreakBefore
            || (index > 0 && Self.clauseOpeners.contains(tokens[index - 1].text))
        {
            return !isOrdinaryWord(token, text) || Self.leadsOrganizationName(tokens, index) || Self.isClubWordAfterTown(tokens, index)
                || ClubNames.opensClubName(tokens, index) || Self.opensResult(tokens, index, text)
        }
        return true
    }

    /// Whether a sentence-initial word is a verb in -ing that opens a clause ("Citing Velmora, …",
    /// "Using Braille, …"): six letters or more, no given name, Census surname ("Fleming"), place or
    /// known organisation; the caller also keeps a word the document capitalises mid-sentence.
    static func isOpeningParticiple(_ token: Token) -> Bool {
        guard token.lower.hasSuffix("ing"), token.text.unicodeScalars.count >= 6, !token.isAcronym else { return false }
        return !FirstNames.all.contains(token.text) && !CensusNames.surnames.contains(token.text) && Gazetteer.label(of: token.text) == nil
            && !OrganizationWords.known.contains(token.text)
    }

    /// Whether a capitalised word opens a sentence of a sports report as the side of a result: a
    /// result verb follows it and a capitalised opponent follows that ("Reading beat Stoke 2-0",
    /// where "Reading" is no participle but a club named after its town). Such a word is the club
    /// when it is an ordinary word or its opponent is a place ("Bath beat Leicester"; a player
    /// beating a player stays a person).
    static func opensResult(_ tokens: [Token], _ index: Int, _ text: AnalyzedText) -> Bool {
        guard text.isSports, tokens[index].startsSentence, index + 2 < tokens.count else { return false }
        let verb = tokens[index + 1]
        let opponent = tokens[index + 2]
        return verb.kind == .word && (SportsContext.resultVerbs.contains(verb.lower) || verb.lower == "drew") && opponent.isCapitalized
            && opponent.sentence == verb.sentence && !verb.lineBreakBefore && !opponent.lineBreakBefore
    }

    /// Whether the capitalised words from a token on are followed by a number on their line, as a
    /// club heads a results or standings row ("Racing Club 0 Rosario 2", "Reading 4 1 1 2").
    static func headsResultsRow(_ tokens: [Token], _ index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, !tokens[next].lineBreakBefore, tokens[next].isCapitalized { next += 1 }
        return next < tokens.count && !tokens[next].lineBreakBefore && tokens[next].kind == .number
    }

    /// Whether a word is a club word right after a town in its line ("City" in a results row
    /// "Bristol City 0 Blackpool 1", where the line reads as a headline and "city" is ordinary).
    static func isClubWordAfterTown(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, clubWords.contains(tokens[index].text), tokens[index].spaceBefore, !tokens[index].lineBreakBefore,
              tokens[index - 1].sentence == tokens[index].sentence else { return false }
        return Gazetteer.label(of: tokens[index - 1].text) == .gpe
    }

    /// Whether a word in capitals heads its line as a wire slug before a dash ("FEATURE - ...",
    /// "WEATHER - ...", "NOTES - ..."): a section word, not a name, unless a gazetteer knows it.
    static func isSlug(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isAcronym, index == 0 || token.lineBreakBefore, index + 1 < tokens.count, tokens[index + 1].spaceBefore,
              ["-", "\u{2013}", "\u{2014}"].contains(tokens[index + 1].text), Gazetteer.label(of: token.text) == nil,
              !OrganizationWords.known.contains(token.text) else { return false }
        return token.text.unicodeScalars.count >= 4 && !CommonAcronyms.all.contains(token.text)
    }

    /// Whether an ordinary word that often opens an organisation's name ("National", "First",
    /// "Royal") does so here: capitalised words follow it in the same sentence, and among the next
    /// four (with "of", "and", "&") is a strong organisation word ("National Bank of Hungary",
    /// "First Union National Bank").
    static func leadsOrganizationName(_ tokens: [Token], _ index: Int) -> Bool {
        guard OrganizationWords.leadingWords.contains(tokens[index].text) else { return false }
        var cursor = index + 1
        while cursor < tokens.count, cursor - index <= 4, tokens[cursor].spaceBefore, !tokens[cursor].lineBreakBefore,
              tokens[cursor].sentence == tokens[index].sentence, tokens[cursor].isCapitalized || ["of", "and", "&"].contains(tokens[cursor].text)
        {
            let word = singular(tokens[cursor].text)
            if OrganizationWords.heads.contains(word), !OrganizationWords.weakHeads.contains(word) { return true }
            cursor += 1
        }
        return false
    }

    /// Whether a word of a line written in capitals is a name: a gazetteer entry, an institution,
    /// a given name or a surname, a word kept in capitals ("NATO"), or a word the document
    /// capitalises mid-sentence elsewhere ("LITHUANIA" after "... against Lithuania"). Other
    /// words of such lines ("DEFEATS", "QUALIFIER", "STANDINGS") are ordinary.
    static func isNameInCapitals(_ token: Token, _ text: AnalyzedText) -> Bool {
        if token.isAcronym || Gazetteer.label(of: token.text) != nil || OrganizationWords.known.contains(token.text) { return true }
        if clubWords.contains(token.text), let previous = text.tokens.last(where: { $0.end <= token.start }), previous.sentence == token.sentence,
           Gazetteer.label(of: previous.text) == .gpe
        {
            return true
        }
        if FirstNames.common.contains(token.text) || CensusNames.surnames.contains(token.text) { return !CommonWords.isCommon(token.lower) }
        return text.midSentenceCapitalized.contains(token.lower)
    }

    /// Whether a word is a lower-case particle joined to a capitalised name ("al-Assad", "bin-Salman").
    static func isParticleName(_ token: Token) -> Bool {
        guard token.kind == .word, Self.hasHyphenAfterParticle(token.text) else { return false }
        for prefix in ["al-", "el-", "ad-", "as-", "bin-", "ibn-", "abu-"] where token.text.hasPrefix(prefix) {
            return token.text.unicodeScalars.dropFirst(prefix.unicodeScalars.count).first?.properties.isUppercase ?? false
        }
        return false
    }

    /// Whether a word of four bytes or more has a hyphen as its third or fourth byte, where every
    /// particle prefix ("al-" … "abu-") ends: most words are rejected before the prefixes are tried.
    private static func hasHyphenAfterParticle(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        _ = bytes.next()
        _ = bytes.next()
        let third = bytes.next(), fourth = bytes.next()
        return fourth != nil && (third == UInt8(ascii: "-") || fourth == UInt8(ascii: "-"))
    }

    /// Whether a capitalised word at a sentence start (or in a headline) is an ordinary word.
    func isOrdinaryWord(_ token: Token, _ text: AnalyzedText) -> Bool {
        if Self.isFirstPersonContraction(token) { return true }
        if Places.countries.contains(token.text) || Places.cities.contains(token.text) || Places.areas.contains(token.text)
            || Gazetteer.isWorldPlace(token.text) || Nationalities.all.contains(token.text) || OrganizationWords.known.contains(token.text)
            || token.isAcronym
        {
            return false
        }
        if EntityRecognizer.personTitles.contains(token.text) && !CommonWords.isCommon(token.lower) { return false }
        if CommonWords.isCommon(token.lower) || Self.spatialPrepositions.contains(token.lower) || RoleWords.roles.contains(token.lower)
            || RoleWords.roles.contains(UnitNoun.singular(token.lower))
        {
            return true
        }
        if FirstNames.all.contains(token.text) { return text.lowercaseWords.contains(token.lower) && !text.midSentenceCapitalized.contains(token.lower) }
        if token.lower.hasSuffix("ly") && token.lower.unicodeScalars.count > 4 { return true }
        return text.lowercaseWords.contains(token.lower) && !text.midSentenceCapitalized.contains(token.lower)
    }

    private func headlineSentences(_ text: AnalyzedText) -> Set<Int> {
        var words = [Int](repeating: 0, count: text.sentenceCount)
        var capitals = [Int](repeating: 0, count: text.sentenceCount)
        var ended = [Bool](repeating: false, count: text.sentenceCount)
        for (index, token) in text.tokens.enumerated() where index + 1 == text.tokens.count || text.tokens[index + 1].sentence != token.sentence {
            ended[token.sentence] = token.kind == .punctuation && Self.headlineEnders.contains(token.text)
        }
        for token in text.tokens where token.kind == .word && token.lower.hasMoreScalars(than: 3) {
            words[token.sentence] += 1
            if token.isCapitalized { capitals[token.sentence] += 1 }
        }
        var result = text.shoutedSentences
        for sentence in 0..<text.sentenceCount where !ended[sentence] && words[sentence] >= 3 && capitals[sentence] * 10 >= words[sentence] * 7 {
            result.insert(sentence)
        }
        return result
    }

    private static let headlineEnders = MarkRun(".!?:;\"”")

    /// Lower-case particles inside personal names ("Joost van der Berg", "Ana de Souza").
    static let nameParticles: Set<String> = ["van", "der", "den", "de", "del", "della", "da", "dos", "das", "do", "von", "du", "la", "le", "ter", "bin", "al"]

    /// The index of the surname after one to three name particles that follow a run starting with
    /// a given name ("Joost van der Westhuizen", "Maarten den Bakker"); `nil` when there is none.
    private func particleSurname(after run: Range<Int>, _ tokens: [Token], _ text: AnalyzedText, _ headlines: Set<Int>) -> Int? {
        guard FirstNames.all.contains(tokens[run.lowerBound].text) else { return nil }
        var index = run.upperBound
        while index < tokens.count, index - run.upperBound < 3, Self.nameParticles.contains(tokens[index].text), tokens[index].spaceBefore,
              !tokens[index].lineBreakBefore, tokens[index].sentence == tokens[run.lowerBound].sentence
        {
            index += 1
        }
        guard index > run.upperBound, index < tokens.count, tokens[index].isCapitalized, tokens[index].spaceBefore, !tokens[index].lineBreakBefore,
              tokens[index].sentence == tokens[run.lowerBound].sentence, isNameWord(tokens, index, text, headlines) else { return nil }
        return index
    }

    /// Whether a run is a personal name with particles: a given name first, then only particles
    /// and capitalised words, ending in a capitalised word that is no head word.
    static func isParticleName(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard run.count >= 3, FirstNames.all.contains(tokens[run.lowerBound].text), tokens[run.upperBound - 1].isCapitalized,
              !isHeadWord(tokens[run.upperBound - 1].text) else { return false }
        return run.allSatisfy { tokens[$0].isCapitalized || nameParticles.contains(tokens[$0].text) }
            && run.contains { nameParticles.contains(tokens[$0].text) }
    }

    /// A run cut after the name of an event or award when a name follows it ("Family Circle Cup
    /// Bouchard" → "Family Circle Cup", "Bouchard").
    private func splitAfterEvent(_ run: Range<Int>, _ tokens: [Token]) -> [Range<Int>] {
        guard run.count >= 3, let cut = run.dropLast().dropFirst().first(where: { Self.eventHeads.contains(tokens[$0].text) }),
              tokens[cut + 1].text != "of", !Self.connectors.contains(tokens[cut + 1].text) else { return [run] }
        return [run.lowerBound..<cut + 1] + splitAfterEvent(cut + 1..<run.upperBound, tokens)
    }

    private func splitAtConnectors(_ run: Range<Int>, _ tokens: [Token]) -> [Range<Int>] {
        let words = run.map { tokens[$0].text }
        guard words.contains(where: { Self.connectors.contains($0) }) else { return [run] }
        if Self.isParticleName(run, tokens) { return [run] }
        if let amp = run.first(where: { tokens[$0].text == "&" }), amp > run.lowerBound, amp + 1 < run.upperBound,
           tokens[amp - 1].isCapitalized, tokens[amp + 1].isCapitalized,
           !run.contains(where: { tokens[$0].text != "&" && Self.connectors.contains(tokens[$0].text) })
        {
            return [run]
        }
        let whole = words.joined(separator: " ")
        if Gazetteer.label(of: whole) != nil { return [run] }
        if let of = run.first(where: { tokens[$0].text == "of" }), of > run.lowerBound, run.upperBound - of > 2,
           Gazetteer.label(of: self.words(tokens, of + 1..<run.upperBound)) == .org
        {
            return splitAtConnectors(run.lowerBound..<of, tokens) + [of + 1..<run.upperBound]
        }
        if CompanyPairs.isCompanyPair(run, tokens) { return [run] }
        if let cut = companyBoundary(run, tokens) {
            return splitAtConnectors(run.lowerBound..<cut, tokens) + splitAtConnectors(cut + 1..<run.upperBound, tokens)
        }
        if Self.isJointRouteName(run, tokens) { return [run] }
        if let and = run.first(where: { tokens[$0].text == "and" || tokens[$0].text == "&" }), and > run.lowerBound, and + 1 < run.upperBound {
            let left = run.lowerBound..<and
            let right = and + 1..<run.upperBound
            if isCompleteName(left, tokens) || isCompleteName(right, tokens) || isPersonalName(right, tokens)
                || isInstitutionName(left, tokens, closed: true) && (isInstitutionName(right, tokens) || Self.isLoneAcronym(right, tokens))
                || Self.opensWithArticle(right, tokens)
            {
                return [left] + splitAtConnectors(and + 1..<run.upperBound, tokens)
            }
        }
        let hasHead = words.contains(where: Self.isHeadWord)
        let titleOf = words.indices.contains { index in
            words[index] == "of" && index > 0 && EntityRecognizer.titles.contains(words[index - 1])
        }
        if hasHead || titleOf { return [run] }
        var pieces: [Range<Int>] = []
        var start = run.lowerBound
        for index in run where Self.connectors.contains(tokens[index].text) && !Self.joinsByAmpersand(index, run, tokens) {
            if start < index { pieces.append(start..<index) }
            start = index + 1
        }
        if start < run.upperBound { pieces.append(start..<run.upperBound) }
        return pieces
    }

    /// Where a run of two names joined by "of" or "and" splits around a company: after a company's
    /// legal form ("Halden Pharmaceuticals Inc of Tampa", "Orvell Corp and Lunde Inc"; "Corp of" and
    /// "Co of" go on: "Power Corp of Canada") or between a
    /// person's full name and an organisation ("Maria Lenz of Barrow Banks Inc.", "Tom Hale of
    /// Whitcombe & Co"); `nil` when the run holds no such place.
    func companyBoundary(_ run: Range<Int>, _ tokens: [Token]) -> Int? {
        for index in run.dropFirst(2).dropLast() where tokens[index].text == "of" || tokens[index].text == "and" {
            if OrganizationWords.legalSuffixes.contains(tokens[index - 1].text), tokens[index].text == "and" || !Self.nameFormingSuffixes.contains(tokens[index - 1].text) {
                return index
            }
            guard tokens[index].text == "of", isPersonalName(run.lowerBound..<index, tokens) else { continue }
            let right = index + 1..<run.upperBound
            if Gazetteer.label(of: words(tokens, right)) == .org || right.contains(where: { position in
                let word = Self.singular(tokens[position].text)
                return OrganizationWords.legalSuffixes.contains(tokens[position].text) || tokens[position].text == "&"
                    || OrganizationWords.heads.contains(word) && !OrganizationWords.weakHeads.contains(word)
            }) {
                return index
            }
        }
        return nil
    }

    /// Whether a run names a railway or canal after the two places it joins ("Leeds and Selby
    /// Railway", "Exeter and Crediton Railroad", "Grand Junction and Avon Canal"): one or two words,
    /// "and", then words ending in a route word (``routeHeads``), with no other connector.
    static func isJointRouteName(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard run.count >= 3, routeHeads.contains(tokens[run.upperBound - 1].text),
              let and = run.first(where: { tokens[$0].text == "and" }), and > run.lowerBound, and - run.lowerBound <= 2,
              and + 1 < run.upperBound - 1 else { return false }
        return run.allSatisfy { index in index == and || tokens[index].isCapitalized && !connectors.contains(tokens[index].text) }
    }

    /// Words that end the name of a route called after the places it joins.
    static let routeHeads: Set<String> = ["Railway", "Railroad", "Canal", "Tramway", "Turnpike"]

    /// Legal forms that may go on with "of" inside a company's own name ("Power Corp of Canada").
    static let nameFormingSuffixes: Set<String> = ["Corp", "Corp.", "Co", "Co.", "Cos", "Cos."]

    /// The label of a state or a body named after the place it serves ("Republic of Tarvonia",
    /// "Islamic Republic of Iran" → GPE; "Government of Iraq", "Cabinet of Canada" → ORG): a state
    /// word (``stateWords``) before "of" and capitalised words, or an organisation head before "of"
    /// and a place the gazetteer knows, not an agreement (``agreementWords``); the words before
    /// the head are capitalised. Such names were left undecided, so dropped whole with their
    /// place. A state's label is fixed: a sports report's national side stays a place. Not after a
    /// possessive, where the run lost the name's first words ("People's Republic of …").
    static func stateOrBodyOfPlace(_ name: Range<Int>, _ tokens: [Token]) -> EntityLabel? {
        guard name.count >= 3, let of = name.first(where: { tokens[$0].text == "of" }), of > name.lowerBound, of + 1 < name.upperBound,
              (name.lowerBound..<of).allSatisfy({ tokens[$0].isCapitalized }),
              (of + 1..<name.upperBound).allSatisfy({ tokens[$0].isCapitalized && !connectors.contains(tokens[$0].text) }) else { return nil }
        if name.lowerBound > 0, tokens[name.lowerBound - 1].kind == .possessive { return nil }
        let head = tokens[of - 1].text
        let rest = (of + 1..<name.upperBound).map { tokens[$0].text }.joined(separator: " ")
        let place = Gazetteer.label(of: rest).map { $0 == .gpe || $0 == .loc } ?? false
        if stateWords.contains(head) { return .gpe }
        if place, !agreementWords.contains(head), OrganizationWords.heads.contains(head) || OrganizationWords.heads.contains(singular(head)) { return .org }
        return nil
    }

    /// Organisation heads that name an agreement or a scheme, not a body, before "of" and a place
    /// ("Treaty of Baden", "Pact of Madrid").
    static let agreementWords: Set<String> = ["Treaty", "Pact", "Initiative", "Program", "Programme", "Project", "Cooperation", "Watch", "Accord", "Accords"]

    /// Words that name a state with "of" and its name ("Republic of …", "Kingdom of …").
    static let stateWords: Set<String> = ["Republic", "Kingdom", "Commonwealth", "Emirate", "Sultanate", "Principality", "Duchy", "Grand Duchy", "Khanate", "Caliphate"]

    /// Whether a name is a town's or region's newspaper: a known place, perhaps a day word
    /// ("Morning", "Sunday"), and a title word that is an ordinary noun elsewhere ("Halden Star",
    /// "Port Ellis Evening Chronicle"; ``OrganizationWords/newspaperTitles``).
    static func isPlaceNewspaper(_ name: Range<Int>, _ tokens: [Token]) -> Bool {
        guard name.count >= 2, name.count <= 5, OrganizationWords.newspaperTitles.contains(tokens[name.upperBound - 1].text) else { return false }
        var placeEnd = name.upperBound - 1
        while placeEnd > name.lowerBound + 1, OrganizationWords.newspaperDays.contains(tokens[placeEnd - 1].text) { placeEnd -= 1 }
        let place = (name.lowerBound..<placeEnd).map { tokens[$0].text }.joined(separator: " ")
        guard let label = Gazetteer.label(of: place) else { return false }
        return label == .gpe || label == .loc
    }

    /// Whether the part of a run after its "and" opens with a capitalised "The" and goes on with a
    /// name ("The Morning Ledger and The Weekly Tribune"): a name's own article comes first, so a
    /// second one opens a second name.
    static func opensWithArticle(_ right: Range<Int>, _ tokens: [Token]) -> Bool {
        right.count >= 2 && tokens[right.lowerBound].text == "The" && tokens[right.lowerBound + 1].isCapitalized
    }

    /// Whether a token is an "&" between two capitalised words of a run ("Hambrecht & Quist").
    static func joinsByAmpersand(_ index: Int, _ run: Range<Int>, _ tokens: [Token]) -> Bool {
        tokens[index].text == "&" && index > run.lowerBound && index + 1 < run.upperBound && tokens[index - 1].isCapitalized && tokens[index + 1].isCapitalized
    }

    /// Splits each run into modifiers, titles and a name, and labels what the run's own words show.
    func classify(_ runs: [Range<Int>], _ text: AnalyzedText) -> [Candidate] {
        var result: [Candidate] = []
        for run in runs {
            let count = result.count
            classify(run, text, into: &result)
            if result.count > count, result[count].first == run.lowerBound + 1, result[count].label == .org,
               Self.isArticleInName(run.lowerBound, text.tokens)
            {
                result[count].first = run.lowerBound
            } else if result.count == count + 1, run.count >= 3, result[count].first == run.lowerBound + 1, result[count].end == run.upperBound,
                      result[count].label == .person, !result[count].fixed, Self.isArticleInName(run.lowerBound, text.tokens)
            {
                result[count].first = run.lowerBound
                result[count].label = .org
            }
        }
        return result
    }

    /// Whether a capitalised "The" belongs to the organisation's name after it: it stands inside
    /// a sentence right after a lower-case word or a comma ("the band The Lost Keys", "a
    /// column in The Daily Planet"), where only a name's own article is written with a capital.
    /// After a quotation mark, a dash or a line break it opens a clause and stays outside.
    static func isArticleInName(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, tokens[index].text == "The", !tokens[index].startsSentence, !tokens[index].lineBreakBefore,
              tokens[index - 1].sentence == tokens[index].sentence else { return false }
        let previous = tokens[index - 1]
        return (previous.kind == .word && !previous.isCapitalized) || previous.text == ","
    }

    private func classify(_ run: Range<Int>, _ text: AnalyzedText, into result: inout [Candidate]) {
        let tokens = text.tokens
        var first = run.lowerBound
        let end = run.upperBound
        while first < end && (tokens[first].text == "The" || tokens[first].text == "A" || tokens[first].text == "An") && end - first > 1 {
            first += 1
        }
        if let of = (first + 1..<max(first + 1, end - 1)).first(where: { tokens[$0].text == "of" && EntityRecognizer.personTitles.contains(tokens[$0 - 1].text) }) {
            classifyTitleOf(first..<end, of: of, text, into: &result)
            return
        }
        var leadingRole = false
        while first < end - 1, RoleWords.roles.contains(tokens[first].lower), !EntityRecognizer.titles.contains(tokens[first].text) {
            first += 1
            leadingRole = true
        }
        guard first < end else { return }
        if Self.isNotAName(first..<end, tokens) || Self.isSectionHead(first..<end, text) {
            result.append(Candidate(first: first, end: end, label: .misc))
            return
        }
        let whole = words(tokens, first..<end)
        if end - first == 1, Self.adjectivalNames.contains(whole) {
            result.append(Candidate(first: first, end: end, label: .misc))
            return
        }
        if Self.isAwardModifier(first..<end, tokens) {
            result.append(Candidate(first: first, end: end, label: .misc))
            return
        }
        if Gazetteer.label(of: whole) == nil, Self.hasPublicationContext(before: run.lowerBound, first..<end, tokens) {
            result.append(Candidate(first: first, end: end, label: .org))
            return
        }
        if Gazetteer.label(of: whole).map({ $0 != .org }) != true, Self.hasOrganizationContext(before: first..<end, tokens) {
            result.append(Candidate(first: first, end: end, label: .org))
            return
        }
        if first > run.lowerBound, OrganizationWords.known.contains("The " + whole) {
            result.append(Candidate(first: first, end: end, label: .org))
            return
        }
        if end < tokens.count, tokens[end].kind == .possessive, OrganizationWords.known.contains(whole + "'s") || OrganizationWords.known.contains(whole + "\u{2019}s") {
            result.append(Candidate(first: first, end: end + 1, label: .org))
            return
        }
        if end - first >= 3, tokens[end - 2].text == ".", ["com", "org", "net", "uk", "gov", "edu", "io", "tv", "news", "info"].contains(tokens[end - 1].lower) {
            result.append(Candidate(first: first, end: end, label: .org))
            return
        }
        if let label = Gazetteer.label(of: whole) ?? Self.labelInCapitals(tokens, first..<end) {
            let team = label == .gpe && !Places.countries.contains(whole) && Self.hasTeamNoun(after: first..<end, tokens)
            result.append(Candidate(first: first, end: end, label: team ? .org : label))
            return
        }
        if CompanyPairs.isCompanyPair(first..<end, tokens) {
            result.append(Candidate(first: first, end: end, label: .org))
            return
        }
        if Self.isMakersProduct(first..<end, tokens) {
            result.append(Candidate(first: first, end: end, label: .misc))
            return
        }
        if isClub(first..<end, tokens) && (text.isSports || !Places.regionHeads.contains(tokens[end - 1].text)) || ClubNames.isPrefixedClub(first..<end, tokens) {
            result.append(Candidate(first: first, end: end, label: .org))
            return
        }
        if let (prefix, name) = titleSplit(tokens, first..<end) {
            var before = prefix
            while !before.isEmpty, Self.connectors.contains(tokens[before.upperBound - 1].text) { before = before.lowerBound..<before.upperBound - 1 }
            if !before.isEmpty { classify(before, text, into: &result) }
            if Self.holdsInstitutionOf(name, tokens) {
                result.append(Candidate(first: prefix.upperBound, end: name.upperBound, label: .org))
            } else {
                result.append(Candidate(first: name.lowerBound, end: name.upperBound, label: Gazetteer.label(of: words(tokens, name)) ?? .person))
            }
            return
        }
        if let label = headLabel(tokens, first..<end) {
            result.append(Candidate(first: first, end: end, label: label))
            return
        }
        if Self.isPlaceNewspaper(first..<end, tokens) {
            result.append(Candidate(first: first, end: end, label: .org))
            return
        }
        if let label = Self.stateOrBodyOfPlace(first..<end, tokens) {
            result.append(Candidate(first: first, end: end, label: label, fixed: label == .gpe))
            return
        }
        if let given = (first + 1..<end).first(where: { FirstNames.all.contains(tokens[$0].text) && $0 + 1 < end }),
            !(first..<given).contains(where: {
                EntityRecognizer.titles.contains(tokens[$0].text) || Gazetteer.label(of: tokens[$0].text) != nil || tokens[$0].text.hasSuffix(".")
                    || FirstNames.all.contains(tokens[$0].text)
            })
        {
            var prefixEnd = given
            while prefixEnd > first, Self.connectors.contains(tokens[prefixEnd - 1].text) { prefixEnd -= 1 }
            if first < prefixEnd { classify(first..<prefixEnd, text, into: &result) }
            result.append(Candidate(first: given, end: end, label: .person))
            return
        }
        var personCue = leadingRole || hasRoleBefore(tokens, first)
        var cursor = first
        while cursor < end - 1 {
            let token = tokens[cursor]
            if let label = Gazetteer.label(of: token.text), label == .gpe || label == .norp, !Gazetteer.isWorldPlace(token.text),
               !Self.isGivenNameOfPlace(cursor, first: first, end: end, tokens)
            {
                result.append(Candidate(first: cursor, end: cursor + 1, label: label))
                cursor += 1
            } else if EntityRecognizer.titles.contains(token.text) || (token.text == "of" && cursor > first && EntityRecognizer.titles.contains(tokens[cursor - 1].text)) {
                if EntityRecognizer.personTitles.contains(token.text) { personCue = true }
                cursor += 1
            } else {
                break
            }
        }
        if cursor == end - 1, EntityRecognizer.titles.contains(tokens[cursor].text) { return }
        let name = cursor..<end
        result.append(Candidate(first: name.lowerBound, end: name.upperBound, label: nameLabel(tokens, name, personCue: personCue, text)))
    }

    /// Classifies "PREFIX TITLE of REST" ("Duke and Duchess of Cambridge", "Secretary of State John
    /// Roe"): the title and the connectors around it are not a name; what precedes them and what
    /// follows "of" are classified on their own.
    private func classifyTitleOf(_ run: Range<Int>, of: Int, _ text: AnalyzedText, into result: inout [Candidate]) {
        let tokens = text.tokens
        var prefixEnd = of - 1
        while prefixEnd > run.lowerBound, EntityRecognizer.titles.contains(tokens[prefixEnd - 1].text) || Self.connectors.contains(tokens[prefixEnd - 1].text) {
            prefixEnd -= 1
        }
        if run.lowerBound < prefixEnd { classify(run.lowerBound..<prefixEnd, text, into: &result) }
        var rest = of + 1
        while rest < run.upperBound, Self.connectors.contains(tokens[rest].text) { rest += 1 }
        if rest < run.upperBound { classify(rest..<run.upperBound, text, into: &result) }
    }

    /// Whether a name after a title holds a strong organisation word followed by "of" ("Mary
    /// University of London" after "Queen"): the title then opens an institution's name, not a
    /// person's.
    static func holdsInstitutionOf(_ name: Range<Int>, _ tokens: [Token]) -> Bool {
        name.dropLast().contains { index in
            let word = singular(tokens[index].text)
            return OrganizationWords.heads.contains(word) && !OrganizationWords.weakHeads.contains(word) && tokens[index + 1].text == "of"
        }
    }

    /// Splits "PREFIX TITLES NAME" at a block of title words that holds a person title and is
    /// followed by a name ("Freedonian Deputy Foreign Minister Olga Brandt", "Security Council
    /// Secretary Ivan Orlov"), unless the run ends in an organisation, facility or place word.
    private func titleSplit(_ tokens: [Token], _ run: Range<Int>) -> (prefix: Range<Int>, name: Range<Int>)? {
        let last = tokens[run.upperBound - 1].text
        if Self.isHeadWord(last) {
            return nil
        }
        guard let anchor = run.dropLast().first(where: { EntityRecognizer.personTitles.contains(tokens[$0].text) && $0 > run.lowerBound }) else { return nil }
        func isTitle(_ index: Int) -> Bool {
            EntityRecognizer.titles.contains(tokens[index].text)
                || (tokens[index].text == "of" && index + 1 < run.upperBound && EntityRecognizer.titles.contains(tokens[index + 1].text))
        }
        var blockStart = anchor
        while blockStart > run.lowerBound && isTitle(blockStart - 1) && !OrganizationWords.heads.contains(tokens[blockStart - 1].text) { blockStart -= 1 }
        var blockEnd = anchor + 1
        while blockEnd < run.upperBound - 1 && isTitle(blockEnd) { blockEnd += 1 }
        guard blockEnd < run.upperBound, !EntityRecognizer.titles.contains(tokens[blockEnd].text) else { return nil }
        return (run.lowerBound..<blockStart, blockEnd..<run.upperBound)
    }

    private func words(_ tokens: [Token], _ range: Range<Int>) -> String {
        var out = ""
        for index in range {
            if index > range.lowerBound && tokens[index].spaceBefore { out += " " }
            out += tokens[index].text
        }
        return out
    }

    private func headLabel(_ tokens: [Token], _ range: Range<Int>) -> EntityLabel? {
        let last = Self.singular(tokens[range.upperBound - 1].text)
        let count = range.count
        if count >= 3, range.dropFirst().dropLast().contains(where: { tokens[$0].text == "&" }) { return .org }
        if count >= 4, Self.isHallOfFame(tokens, range) { return .org }
        if count >= 2, OrganizationWords.legalSuffixes.contains(tokens[range.upperBound - 1].text) { return .org }
        if count >= 2 && Places.featureHeads.contains(last) { return .loc }
        if count >= 2 && OrganizationWords.buildingHeads.contains(last) { return .fac }
        if count >= 2 && OrganizationWords.leadingFacilityHeads.contains(tokens[range.lowerBound].text) && !OrganizationWords.heads.contains(last) { return .fac }
        if count >= 2 && Places.regionHeads.contains(last) && !range.dropLast().contains(where: { OrganizationWords.heads.contains(tokens[$0].text) }) { return .gpe }
        if count == 2 && FirstNames.all.contains(tokens[range.lowerBound].text) && !OrganizationWords.heads.contains(last) { return nil }
        if count >= 2 && Places.areaHeads.contains(last) { return .loc }
        if count >= 2 && Places.leadingAreaHeads.contains(tokens[range.lowerBound].text) && !OrganizationWords.heads.contains(last) { return .loc }
        if count >= 2 && OrganizationWords.facilityHeads.contains(last) { return .fac }
        let strong = range.contains { index in
            let word = Self.singular(tokens[index].text)
            return OrganizationWords.heads.contains(word) && !OrganizationWords.weakHeads.contains(word) && !(index == range.lowerBound && count == 1 && !OrganizationWords.known.contains(word))
        }
        let headOf = range.dropLast().contains { index in
            OrganizationWords.heads.contains(Self.singular(tokens[index].text)) && tokens[index + 1].text == "of" && index > range.lowerBound
        }
        let titleOpensName = count >= 3 && OrganizationWords.heads.contains(tokens[range.lowerBound + 1].text)
            && !OrganizationWords.weakHeads.contains(tokens[range.lowerBound + 1].text)
        if strong && (headOf || titleOpensName || !(count >= 2 && EntityRecognizer.personTitles.contains(tokens[range.lowerBound].text) && !OrganizationWords.heads.contains(last))) {
            return .org
        }
        if count >= 2 && OrganizationWords.weakHeads.contains(last) && !FirstNames.all.contains(tokens[range.lowerBound].text) { return .org }
        return nil
    }

    /// Whether a word is "I" or a contraction of it ("I’ve", "I'm").
    static func isFirstPersonContraction(_ token: Token) -> Bool {
        token.lower == "i" || token.lower.hasPrefix("i’") || token.lower.hasPrefix("i'")
    }

    /// Whether a word can be part of a person's name: not an ordinary word of the document, and no
    /// capital inside it ("PostDemocracy").
    static func looksLikeName(_ token: Token, _ text: AnalyzedText) -> Bool {
        guard token.kind == .word, !CommonWords.isCommon(token.lower), !isFirstPersonContraction(token), !text.lowercaseWords.contains(token.lower) else { return false }
        var previous: Unicode.Scalar = "-"
        var prefix = ""
        for scalar in token.text.unicodeScalars {
            if scalar.properties.isUppercase && previous != "-" && previous != "'" && previous != "\u{2019}" && previous != "."
                && !Self.capitalizedPrefixes.contains(prefix)
            {
                return false
            }
            previous = scalar
            prefix.unicodeScalars.append(scalar)
        }
        return true
    }

    /// Whether a word is written in camel case, as brand and company names are ("TimeWarner",
    /// "ClearView"): a capital after a lower-case letter, not after a surname prefix ("McCoy").
    static func isCamelCase(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized, !token.isAcronym else { return false }
        var previous: Unicode.Scalar = "-"
        var prefix = ""
        for scalar in token.text.unicodeScalars {
            if scalar.properties.isUppercase && previous.properties.isLowercase && !capitalizedPrefixes.contains(prefix) { return true }
            previous = scalar
            prefix.unicodeScalars.append(scalar)
        }
        return false
    }

    /// Whether a word is an Irish surname with the O' prefix ("O'Casey", "O’Neill").
    static func isIrishSurname(_ token: Token) -> Bool {
        let scalars = Array(token.text.unicodeScalars)
        guard scalars.count >= 5, scalars[0] == "O", scalars[1] == "'" || scalars[1] == "\u{2019}", scalars[2].properties.isUppercase else { return false }
        return scalars.dropFirst(3).allSatisfy { $0.properties.isLowercase }
    }

    /// Whether a name is a hashtag or a handle ("#GimmeFive", "@AcmeNews").
    static func isTagOrHandle(_ name: Range<Int>, _ tokens: [Token]) -> Bool {
        guard name.lowerBound > 0, !tokens[name.lowerBound].spaceBefore else { return false }
        return tokens[name.lowerBound - 1].text == "#" || tokens[name.lowerBound - 1].text == "@"
    }

    /// Nouns that, right after a camel-case name, show it names a product, not its maker
    /// ("the AutoLink feature", "a PowerBook laptop").
    static let productNouns = WordList.set("""
    feature|features|button|tool|toolbar|software|program|programme|app|application|device|devices|console|player|\
    phone|phones|handset|browser|system|technology|platform|format|service|game|laptop|computer|camera|tablet|\
    version|update|plug-in|plugin|extension|file|files|engine|card|chip|drive|model|models
    """)

    /// Whether a product noun follows the name.
    static func hasProductNoun(after name: Range<Int>, _ tokens: [Token]) -> Bool {
        lowerCaseWord(after: name, tokens, overPossessive: false).map(productNouns.contains) ?? false
    }

    /// Whether a name ends in "Hall of Fame" ("the Hockey Hall of Fame"): an institution (ORG),
    /// not a building.
    static func isHallOfFame(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let end = range.upperBound
        return tokens[end - 3].text == "Hall" && tokens[end - 2].text == "of" && tokens[end - 1].text == "Fame"
    }

    /// Whether a word is an organisation, facility, natural-place or region head word.
    static func isHeadWord(_ word: String) -> Bool {
        OrganizationWords.heads.contains(word) || OrganizationWords.facilityHeads.contains(word)
            || Places.areaHeads.contains(word) || Places.regionHeads.contains(word)
    }

    /// Surname prefixes after which a second capital is usual ("McCoy", "MacDonald", "DeLuca").
    static let capitalizedPrefixes: Set<String> = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Fitz"]

    /// A capitalised word without a plural `s` when the singular is an organisation or place word
    /// ("Courts" → "Court").
    static func singular(_ word: String) -> String {
        guard word.hasSuffix("s"), word.unicodeScalars.count > 4 else { return word }
        let stem = String(word.dropLast())
        return OrganizationWords.heads.contains(stem) || OrganizationWords.facilityHeads.contains(stem) || Places.areaHeads.contains(stem) ? stem : word
    }

    private func hasRoleBefore(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word else { return false }
        if RoleWords.roles.contains(previous.lower) && !previous.isCapitalized { return true }
        return false
    }

    private func nameLabel(_ tokens: [Token], _ name: Range<Int>, personCue: Bool, _ text: AnalyzedText) -> EntityLabel? {
        if let label = Gazetteer.label(of: words(tokens, name)) { return label }
        if name.allSatisfy({ tokens[$0].text.unicodeScalars.count == 1 }) { return nil }
        if name.count >= 2, Self.compassWords.contains(tokens[name.lowerBound].text),
            let label = Gazetteer.label(of: words(tokens, name.lowerBound + 1..<name.upperBound)), label == .gpe || label == .loc
        {
            return .gpe
        }
        if !personCue, Self.isCompassPlaceName(name, tokens, text) { return .gpe }
        if name.count == 1, Self.opensResult(tokens, name.lowerBound, text),
            Self.isOpeningParticiple(tokens[name.lowerBound]) || isOrdinaryWord(tokens[name.lowerBound], text)
                || Gazetteer.label(of: tokens[name.lowerBound + 2].text) == .gpe
        {
            return .org
        }
        if Self.hasWorkNoun(before: name, tokens) || Self.hasThingNoun(after: name, tokens) || Self.isQuotedTitle(name, tokens) { return .misc }
        if name.count >= 2, Self.eventHeads.contains(tokens[name.upperBound - 1].text)
            || (Self.documentHeads.contains(tokens[name.upperBound - 1].text) && !tokens[name.lowerBound].text.hasSuffix(".")),
            !FirstNames.all.contains(tokens[name.lowerBound].text)
        {
            return nil
        }
        if name.count >= 2, Self.trophyHeads.contains(tokens[name.upperBound - 1].text) { return nil }
        if name.count >= 2, Self.isPluralOfTitle(tokens[name.upperBound - 1].text) { return .org }
        if name.count >= 2, name.count <= 3, tokens[name.upperBound - 1].text == "City", !text.isSports,
            name.dropLast().allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isAcronym })
        {
            return .gpe
        }
        if Self.hasOrganizationNoun(before: name, tokens) { return .org }
        if !personCue, let label = Self.saintOrArticleLabel(name, tokens, text) { return label }
        if !personCue, Self.hasStrongOrganizationNoun(after: name, tokens), !FirstNames.all.contains(tokens[name.lowerBound].text),
            name.count >= 2 || !(tokens[name.lowerBound].isAcronym || Gazetteer.isDemonym(tokens[name.lowerBound].text) || Self.isAdjectiveOfPlace(tokens[name.lowerBound].text))
        {
            return .org
        }
        if name.count == 1, CommonWords.isCommon(tokens[name.lowerBound].lower) || Self.isFirstPersonContraction(tokens[name.lowerBound]) { return nil }
        if personCue { return name.count > 1 || Self.looksLikeName(tokens[name.lowerBound], text) ? .person : nil }
        let first = tokens[name.lowerBound]
        if first.isAcronym, Self.isDateline(tokens, name) { return .gpe }
        if name.count == 1 {
            if name.lowerBound > 0, tokens[name.lowerBound - 1].lower == "the", Self.compassPoints.contains(first.text) { return .loc }
            if CommonWords.isCommon(first.lower) || Self.isFirstPersonContraction(first) { return nil }
            if first.isAcronym {
                guard !CommonAcronyms.all.contains(first.text) else { return nil }
                return first.text.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 3 ? .org : nil
            }
            if FirstNames.common.contains(first.text) || FamousPeople.names.contains(first.text) || Self.isIrishSurname(first) { return .person }
            if Self.isCamelCase(first), !Self.isTagOrHandle(name, tokens), !Self.hasProductNoun(after: name, tokens) { return .org }
        } else {
            if !personCue, Self.followsPlaceOnlyPreposition(name, tokens), name.count <= 3, !FirstNames.common.contains(first.text),
                !FirstNames.all.contains(tokens[name.upperBound - 1].text),
                name.dropFirst().allSatisfy({ Self.looksLikeName(tokens[$0], text) })
            {
                return .gpe
            }
            let placeLast = Gazetteer.label(of: tokens[name.upperBound - 1].text).map { $0 != .person } ?? false
            if FirstNames.all.contains(first.text) && !(FirstNames.isWorldOnly(first.text) && placeLast) { return .person }
            if Self.isQualifiedPeople(name, tokens) { return .norp }
            if name.contains(where: { tokens[$0].isAcronym }) { return .org }
        }
        let next = name.upperBound
        if next < tokens.count, tokens[next].kind == .word, Self.personHeads.contains(tokens[next].lower), !tokens[next].lineBreakBefore { return .person }
        if next + 1 < tokens.count, tokens[next].text == ",", let label = Gazetteer.label(of: tokens[next + 1].text), label == .gpe,
            !Gazetteer.isWorldPlace(tokens[next + 1].text)
        {
            return .gpe
        }
        if Self.hasAgeApposition(tokens, name) { return .person }
        if name.count >= 2, name.count <= 4, name.allSatisfy({ Self.looksLikeName(tokens[$0], text) }), !ThingNameWords.opensThingName(first.text) {
            return .person
        }
        if Self.hasOrganizationNoun(after: name, tokens) { return .org }
        if Self.hasPlacePreposition(before: name, tokens), name.count <= 3, name.allSatisfy({ Self.looksLikeName(tokens[$0], text) }),
            !FirstNames.common.contains(first.text), !CensusNames.surnames.contains(tokens[name.upperBound - 1].text)
        {
            return .gpe
        }
        if name.count == 1, !first.startsSentence, CensusNames.surnames.contains(first.text), Self.looksLikeName(first, text) { return .person }
        return Self.definedKind(of: name, tokens)
    }

    /// The label a defining sentence gives a name it opens ("Tolworth is a village in …",
    /// "Velmora was a Danish chain of shops"): the name starts the sentence, "is" or "was" and
    /// "a" or "an" follow, then up to two words and a noun of ``definedPlaceNouns`` (GPE) or
    /// ``definedOrganizationNouns`` (ORG); `nil` otherwise.
    static func definedKind(of name: Range<Int>, _ tokens: [Token]) -> EntityLabel? {
        let verb = name.upperBound
        guard tokens[name.lowerBound].startsSentence, verb + 2 < tokens.count, tokens[verb].text == "is" || tokens[verb].text == "was",
              tokens[verb + 1].text == "a" || tokens[verb + 1].text == "an" else { return nil }
        for index in verb + 2..<min(verb + 5, tokens.count) {
            let token = tokens[index]
            guard token.kind == .word, token.sentence == tokens[name.lowerBound].sentence else { return nil }
            if definedPlaceNouns.contains(token.lower) { return .gpe }
            if definedOrganizationNouns.contains(token.lower) { return .org }
        }
        return nil
    }

    /// Nouns that define a name as a settlement or an administrative area.
    static let definedPlaceNouns: Set<String> = ["village", "town", "city", "hamlet", "municipality", "commune", "parish", "suburb",
                                                 "borough", "township", "district", "county", "province", "settlement"]

    /// Nouns that define a name as an organisation.
    static let definedOrganizationNouns: Set<String> = ["band", "company", "chain", "retailer", "manufacturer", "firm", "charity",
                                                        "newspaper", "magazine", "supermarket", "airline", "brewery", "publisher"]

    /// Whether a word is the plural of a person's title ("Lords", "Justices", "Bishops"): a name
    /// ending in one names a body of office holders ("Law Lords", "Joint Chiefs"), not a person.
    static func isPluralOfTitle(_ word: String) -> Bool {
        guard word.hasSuffix("s"), word.unicodeScalars.count >= 4 else { return false }
        let singular = word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : String(word.dropLast())
        return personTitles.contains(singular) && !personTitles.contains(word)
    }

    /// Last words of the names of laws, treaties and statistical series, which are not entities
    /// ("Clean Air Act", "Oslo Accords", "Consumer Price Index"), and of rallies and grands prix.
    static let documentHeads = WordList.set("""
    Act|Acts|Bill|Law|Accord|Accords|Amendment|Protocol|Index|Indices|Rally|Prix
    """)

    /// Articles of other languages that open the names of newspapers and other titles ("Le Monde",
    /// "La Stampa", "El Pais", "O Globo", "Die Welt").
    static let foreignArticles: Set<String> = ["La", "Le", "Les", "El", "Il", "Lo", "O", "Los", "Las", "Die", "Der", "Das", "Het"]

    /// Saints' names that name places, races and clubs rather than people when no given name follows ("St Gallen").
    static let saintWords: Set<String> = ["St", "St.", "Ste", "Ste.", "Saint", "Sankt"]

    /// The label of a name that opens with an article of another language or a saint's word and is
    /// no person's: "La Stampa", "Le Quotidien" → ORG; "St Gallen" → ORG in a sports report (a club),
    /// else GPE. Not when a given name follows the first word ("St John"), nor when the document
    /// writes the same words after a given name ("Marine Le Pen" makes every "Le Pen" a person's).
    static func saintOrArticleLabel(_ name: Range<Int>, _ tokens: [Token], _ text: AnalyzedText) -> EntityLabel? {
        guard name.count >= 2, name.count <= 4 else { return nil }
        let first = tokens[name.lowerBound].text
        let saint = saintWords.contains(first)
        guard saint || foreignArticles.contains(first) else { return nil }
        let second = tokens[name.lowerBound + 1]
        guard second.isCapitalized, !FirstNames.common.contains(second.text), !second.isAcronym else { return nil }
        if saint { return text.isSports ? .org : .gpe }
        let words = name.map { tokens[$0].text }
        var index = 1
        while index + words.count <= tokens.count {
            if tokens[index].text == words[0], FirstNames.all.contains(tokens[index - 1].text) || tokens[index - 1].text.hasSuffix("."),
               (0..<words.count).allSatisfy({ tokens[index + $0].text == words[$0] })
            {
                return nil
            }
            index += 1
        }
        return .org
    }

    /// Nouns that, right after a name with no given name first, make it an organisation even where
    /// its words look like a person's ("the Gazeta Nowa daily", "Valdor Cement workers").
    static let strongOrganizationNouns = WordList.set("""
    newspaper|newspapers|daily|weekly|magazine|tabloid|shareholders|subsidiary|employees|workers|headquarters|\
    airline|carmaker|website|broadcaster|unit
    """)

    /// Whether a word reads as an adjective of a place or people by its ending ("Yugoslav",
    /// "Moldovan", "Bhutanese"), which a newspaper or agency noun after it does not make an organisation.
    static func isAdjectiveOfPlace(_ word: String) -> Bool {
        ["slav", "ian", "ean", "ese", "ish", "ic", "an", "i"].contains { word.hasSuffix($0) } && word.unicodeScalars.count >= 5
    }

    /// Whether a strong organisation noun follows the name, or "news agency" does.
    static func hasStrongOrganizationNoun(after name: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let next = lowerCaseWord(after: name, tokens, overPossessive: false) else { return false }
        if strongOrganizationNouns.contains(next) { return true }
        return next == "news" && name.upperBound + 1 < tokens.count && tokens[name.upperBound + 1].lower == "agency"
    }

    /// Whether a name is a people qualified by a word that is no name ("Fifty Russians", "Exiled
    /// Bosnians", "Leading French"): its last word is a nationality or people and no word before it
    /// is a given name or a place.
    static func isQualifiedPeople(_ name: Range<Int>, _ tokens: [Token]) -> Bool {
        guard name.count >= 2, Gazetteer.label(of: tokens[name.upperBound - 1].text) == .norp else { return false }
        return name.dropLast().allSatisfy { index in
            let word = tokens[index].text
            return !FirstNames.all.contains(word) && (Gazetteer.label(of: word) ?? .norp) == .norp
        }
    }

    /// Whether a name is the whole title in a pair of double quotes made only of capitalised words
    /// and connectors ("\u{201C}Ashen Harvest\u{201D}", "\"Lords of the Tide\""), or a quoted name
    /// right before a noun of works ("the \"Thunder\" films"): the title of a work, not a person. A
    /// quoted name that opens with a common given name is left to the person rules ("\"Annie Roe\"").
    static func isQuotedTitle(_ name: Range<Int>, _ tokens: [Token]) -> Bool {
        let openers: Set<String> = ["\"", "\u{201C}"]
        let closers: Set<String> = ["\"", "\u{201D}"]
        var open = name.lowerBound - 1
        while open >= 0, tokens[open].sentence == tokens[name.lowerBound].sentence, name.lowerBound - open <= 8,
              !openers.contains(tokens[open].text), tokens[open].isCapitalized || connectors.contains(tokens[open].text)
        {
            open -= 1
        }
        guard open >= 0, openers.contains(tokens[open].text), !FirstNames.common.contains(tokens[open + 1].text) else { return false }
        var close = name.upperBound
        while close < tokens.count, close - open <= 10, !closers.contains(tokens[close].text), !tokens[close].lineBreakBefore,
              tokens[close].isCapitalized || connectors.contains(tokens[close].text)
        {
            close += 1
        }
        guard close < tokens.count, closers.contains(tokens[close].text), !tokens[close].lineBreakBefore else { return false }
        if close - open - 1 >= 2 { return true }
        let next = close + 1
        return next < tokens.count && tokens[next].kind == .word && !tokens[next].isCapitalized && workNouns.contains(tokens[next].lower)
    }

    /// First words of the names of storms ("Storm Ciara", "Hurricane Katrina").
    static let stormWords = WordList.set("Storm|Hurricane|Typhoon|Cyclone|Tropical")

    /// Words that, before a letter or numeral, name a class, not an entity ("Category B", "Grade II").
    static let classWords = WordList.set("Category|Grade|Class|Type|Level|Tier|Phase|Stage|Group|Division|Band|Section|Schedule|Article|Annex|Appendix|Part|Exhibit|Plan|Option|Model")

    /// Whether a run is a product named after its maker: a known one-word company, then one or two
    /// model names that are no organisation, facility or place words, places or given names, the
    /// maker no given name ("Toyota Celica", "Ford Escort"; not "Toyota Australia", "Nissan Motor",
    /// "Chelsea Clinton").
    static func isMakersProduct(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard (2...3).contains(run.count), OrganizationWords.known.contains(tokens[run.lowerBound].text), !tokens[run.lowerBound].isAcronym,
              !FirstNames.all.contains(tokens[run.lowerBound].text) else { return false }
        return run.dropFirst().allSatisfy { index in
            let word = tokens[index].text
            return tokens[index].kind != .punctuation && !connectors.contains(word) && !isHeadWord(singular(word)) && Gazetteer.label(of: word) == nil
                && !FirstNames.all.contains(word) && !OrganizationWords.legalSuffixes.contains(word) && word != "Motor" && !tokens[index].lineBreakBefore
        }
    }

    /// Capitalised adjectives that name no entity on their own ("Olympic champion").
    static let adjectivalNames: Set<String> = ["Olympic", "Paralympic", "Commonwealth Games"]

    /// Whether a run of a line written in capitals is a section head or a headline's wording, not
    /// a name: none of its words is a gazetteer name other than a nationality, an institution, a
    /// word kept in capitals, a curated given name, or a word the document capitalises
    /// mid-sentence that is no organisation word (a Census surname alone is no evidence: "FACE"
    /// and "TOUGH" are surnames too) ("WESTERN DIVISION", "LEAGUE STANDINGS", "ASIAN MARKETS
    /// FACE TOUGH WEEK").
    static func isSectionHead(_ run: Range<Int>, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        guard text.shoutedSentences.contains(tokens[run.lowerBound].sentence) else { return false }
        return !run.contains { index in
            let token = tokens[index]
            if token.kind != .word || connectors.contains(token.text) { return false }
            if token.isAcronym || OrganizationWords.known.contains(token.text) { return true }
            if let label = Gazetteer.label(of: token.text) { return label != .norp }
            if CommonWords.isCommon(token.lower) || SportsContext.tableWords.contains(token.text) || SportsContext.cues.contains(token.lower) { return false }
            if FirstNames.curated.contains(token.text) { return true }
            return text.midSentenceCapitalized.contains(token.lower) && !isHeadWord(singular(token.text))
        }
    }

    /// Words that, with a preposition, right before a name show it names an organisation
    /// ("a spokesman for Merrill Lynch", "analysts at Salomon Brothers", "a unit of Hanson"; a club
    /// or a label one signs with or to: "signed with Orvane", "signed to Orvane").
    static let organizationContext: [String: Set<String>] = [
        "for": ["spokesman", "spokeswoman", "spokesperson", "spokespeople"],
        "at": ["analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders", "dealer", "dealers", "broker", "brokers"],
        "with": ["analyst", "analysts", "economist", "economists", "strategist", "strategists", "signed", "signs", "sign", "signing"],
        "to": ["signed"],
        "of": ["unit", "subsidiary", "affiliate", "division", "shares", "shareholders", "shareholder", "stake", "takeover", "spokesman", "spokeswoman"],
        "in": ["stake", "shares", "holding", "stakes"],
    ]

    /// Words that, before "in" and a name, show the name is a journal or a newspaper ("published
    /// in Nature", "writing in The Lancet", "reported in Science").
    static let publicationVerbs = WordList.set("published|publishes|publishing|writing|wrote|writes|appeared|appears|appearing|reported|reports|report")

    /// Whether "VERB in" (with "the" or "The" perhaps) stands right before the name in its
    /// sentence, the name holding no given name first: a publication, not a place.
    static func hasPublicationContext(before start: Int, _ name: Range<Int>, _ tokens: [Token]) -> Bool {
        var preposition = start - 1
        if preposition >= 0, tokens[preposition].text == "the" { preposition -= 1 }
        guard preposition >= 1, tokens[preposition].text == "in", tokens[preposition - 1].kind == .word,
              tokens[preposition - 1].sentence == tokens[name.lowerBound].sentence, publicationVerbs.contains(tokens[preposition - 1].lower),
              name.count <= 3, name.upperBound >= tokens.count || tokens[name.upperBound].text != "of" else { return false }
        let first = tokens[name.lowerBound].text
        return !FirstNames.all.contains(first) && !EntityRecognizer.titles.contains(first) && !tokens[name.lowerBound].isAcronym
    }

    /// Whether a name is written before "-winning" or "-nominated" ("Oscar-winning", "Grammy-nominated"):
    /// an award, no person.
    static func isAwardModifier(_ name: Range<Int>, _ tokens: [Token]) -> Bool {
        let hyphen = name.upperBound
        guard hyphen + 1 < tokens.count, tokens[hyphen].text == "-", !tokens[hyphen].spaceBefore, !tokens[hyphen + 1].spaceBefore else { return false }
        return ["winning", "nominated", "winner", "winners"].contains(tokens[hyphen + 1].lower)
    }

    /// Whether a range is one acronym of three letters or more that is no common one ("JAXA").
    static func isLoneAcronym(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard range.count == 1 else { return false }
        let token = tokens[range.lowerBound]
        return token.isAcronym && token.text.unicodeScalars.count >= 3 && !CommonAcronyms.all.contains(token.text)
    }

    /// Whether a word the gazetteer knows as a place opens a two-word personal name: a given name
    /// in the Census lists first, a Census surname that is no place or head word last ("Sofia
    /// Alvarez", "Jordan Pickford"), so the place is not split off; or a three-word name whose
    /// middle word is a given name and whose last is a capitalised word the gazetteer does not
    /// know ("Chad Edward Morrow").
    static func isGivenNameOfPlace(_ index: Int, first: Int, end: Int, _ tokens: [Token]) -> Bool {
        guard index == first, CensusNames.givenNames.contains(tokens[index].text) else { return false }
        let last = tokens[end - 1].text
        if end - first == 3, FirstNames.all.contains(tokens[index + 1].text) {
            return tokens[end - 1].isCapitalized && !tokens[end - 1].isAcronym && Gazetteer.label(of: last) == nil && !isHeadWord(singular(last))
        }
        guard end - first == 2 else { return false }
        return CensusNames.surnames.contains(last) && Gazetteer.label(of: last) == nil && !isHeadWord(singular(last)) && !tokens[end - 1].isAcronym
    }

    /// Whether an organisation-context phrase stands right before the run in its sentence.
    static func hasOrganizationContext(before run: Range<Int>, _ tokens: [Token]) -> Bool {
        let preposition = run.lowerBound - 1
        guard preposition >= 1, let nouns = organizationContext[tokens[preposition].text], tokens[preposition - 1].kind == .word,
              tokens[preposition - 1].sentence == tokens[run.lowerBound].sentence else { return false }
        guard nouns.contains(tokens[preposition - 1].lower) else { return false }
        let first = tokens[run.lowerBound].text
        return !FirstNames.curated.contains(first) && !EntityRecognizer.titles.contains(first) && !FamousPeople.names.contains(first)
    }

    /// Whether a run names a storm or a class ("Storm Dennis", "Category B", "Grade II"), never a
    /// person, place or organisation.
    static func isNotAName(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard run.count >= 2 else { return false }
        let first = tokens[run.lowerBound].text
        if stormWords.contains(first) { return true }
        let last = tokens[run.upperBound - 1].text
        let roman = !last.isEmpty && last.unicodeScalars.allSatisfy { "IVX".unicodeScalars.contains($0) }
        return run.count == 2 && classWords.contains(first) && (last.unicodeScalars.count == 1 || roman)
    }

    /// Nouns that, before a quoted name or a name of two or more words without a given name, show
    /// it is the title of a work ("the film Gone Girl", "his novel \u{201C}Ashfall\u{201D}").
    static let workNouns = WordList.set("""
    film|films|movie|movies|book|books|novel|novels|album|albums|song|songs|single|play|musical|series|show|\
    sitcom|documentary|opera|painting|poem|memoir|biography|exhibition|game|video|drama|podcast|codenamed|code-named
    """)

    /// Nouns that, after a name, show it names a thing, not a person: products, missions and
    /// vehicles ("Sim cards", "the Artemis mission", "the Falcon rocket").
    static let thingNouns = WordList.set("""
    card|cards|mission|missions|spacecraft|probe|rocket|rockets|satellite|satellites|rover|telescope|vaccine|\
    vaccines|jab|jabs|variant|virus|drug|drugs|pill|pills|app|apps|phone|phones|handset|handsets|console|consoles|\
    laptop|laptops|device|devices|software|chip|chips|car|cars|engine|engines|aircraft|jet|jets|helicopter|\
    helicopters|missile|missiles|tank|tanks|drone|drones|submarine|storm|hurricane|brand|brands|product|products|\
    platform|browser|feature|features|headset|headsets|camera|cameras|index|prize|award|awards|trophy
    """)

    private static let openingQuotes = MarkRun("\"\u{201C}\u{2018}'")

    /// Whether a work noun stands right before the name, in the same sentence.
    static func hasWorkNoun(before name: Range<Int>, _ tokens: [Token]) -> Bool {
        var previous = name.lowerBound - 1
        var quoted = false
        if previous >= 0, openingQuotes.contains(tokens[previous].text) {
            previous -= 1
            quoted = true
        }
        guard previous >= 0, tokens[previous].kind == .word, !tokens[previous].isCapitalized,
              tokens[previous].sentence == tokens[name.lowerBound].sentence, workNouns.contains(tokens[previous].lower) else { return false }
        return quoted || (name.count >= 2 && !FirstNames.all.contains(tokens[name.lowerBound].text))
    }

    /// Whether a thing noun follows the name (not past a possessive: "Tesla's cars" is the maker's).
    static func hasThingNoun(after name: Range<Int>, _ tokens: [Token]) -> Bool {
        lowerCaseWord(after: name, tokens, overPossessive: false).map(thingNouns.contains) ?? false
    }

    /// Last words of the names of events and awards, which are not entities ("Gold Cup",
    /// "Theatre Awards", "General Election").
    static let eventHeads = WordList.set("""
    Award|Awards|Prize|Prizes|Cup|Trophy|Election|Elections|Festival|Championship|Championships|Olympics|\
    Olympiad|Marathon|Ceremony|Contest|Tournament|Expo|Stakes|Games|Dinner|Gala|Jubilee|Summit|Open|Classic|\
    Series|Bowl|Revolution|War|Day
    """)

    /// Words of direction that open a part of a known place ("East Germany", "West Virginia").
    static let compassWords: Set<String> = ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                                            "Northeast", "Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West"]

    /// Whether a name is a compass word and one or two name words that no list knows ("North
    /// Harwick", "West Pellham Cross"): the part of a place that lies that way, not a person, whose
    /// names never open with a compass word. Not when the words after it are a known name of another
    /// kind or open with a given name ("West Tom" is no place), nor when they are compass words
    /// themselves ("North West" can be a person as well as a region), nor when the document writes
    /// them in lower case. Its caller skips it after a role or kinship word ("daughter North Lea").
    static func isCompassPlaceName(_ name: Range<Int>, _ tokens: [Token], _ text: AnalyzedText) -> Bool {
        guard name.count == 2 || name.count == 3, compassWords.contains(tokens[name.lowerBound].text) else { return false }
        let rest = name.lowerBound + 1..<name.upperBound
        guard !rest.contains(where: { compassWords.contains(tokens[$0].text) }) else { return false }
        guard !FirstNames.all.contains(tokens[rest.lowerBound].text), Gazetteer.label(of: rest.map { tokens[$0].text }.joined(separator: " ")) == nil else { return false }
        return rest.allSatisfy { looksLikeName(tokens[$0], text) && !tokens[$0].isAcronym && !isHeadWord(tokens[$0].text) }
    }

    /// Last words of the names of trophies, prizes and competitions, which are never a person's
    /// surname, so that no given name first makes them a person ("Stanley Cup", "Morgan Trophy").
    static let trophyHeads = WordList.set("Cup|Cups|Trophy|Trophies|Award|Awards|Prize|Prizes|Championship|Championships|Olympics|Tournament|Festival|Marathon")

    /// Nouns that, right before a name, show it names an organisation ("security firm Sophos",
    /// "media giant TimeWarner", "the charity ArtWorks").
    static let organizationNounsBefore = WordList.set("""
    firm|company|giant|retailer|bank|broadcaster|newspaper|charity|agency|magazine|band|chain|insurer|lender|\
    supermarket|airline|startup|start-up|conglomerate|consultancy|tabloid|group|carmaker|automaker|brewer|\
    distiller|miner|telecoms|outfit|daily|weekly|journal|label|union
    """)

    /// Whether an organisation noun stands right before the name, in the same sentence.
    static func hasOrganizationNoun(before name: Range<Int>, _ tokens: [Token]) -> Bool {
        let previous = name.lowerBound - 1
        if isOrganizationApposition(name, tokens) { return true }
        guard previous >= 0, tokens[previous].kind == .word, !tokens[previous].isCapitalized, !tokens[name.lowerBound].startsSentence,
              tokens[previous].sentence == tokens[name.lowerBound].sentence else { return false }
        return organizationNounsBefore.contains(tokens[previous].lower)
    }

    /// Whether the name stands in commas after an organisation noun ("her label, Polydor, said",
    /// "the ratings agency, Fitch, cut"), with no given name first.
    static func isOrganizationApposition(_ name: Range<Int>, _ tokens: [Token]) -> Bool {
        let comma = name.lowerBound - 1
        guard comma >= 1, tokens[comma].text == ",", tokens[comma - 1].kind == .word, !tokens[comma - 1].isCapitalized,
              tokens[comma - 1].sentence == tokens[name.lowerBound].sentence, organizationNounsBefore.contains(tokens[comma - 1].lower),
              name.upperBound < tokens.count, tokens[name.upperBound].text == ",", !FirstNames.all.contains(tokens[name.lowerBound].text) else { return false }
        return true
    }

    /// Nouns that, right after a name, show it is an organisation ("Kilmarnock boss", "Acme spokeswoman").
    static let organizationNouns = WordList.set("""
    spokesman|spokeswoman|spokesperson|boss|bosses|manager|defender|striker|midfielder|goalkeeper|winger|\
    chairman|chairwoman|chief|executives|officials|staff|employees|workers|board|shares|shareholders|fans|\
    supporters|squad|headquarters|subsidiary|stores|shops|customers|academy|teammate|teammates|party|club|\
    firm|company|newspaper|magazine|website|airline|retailer|supermarket|chain|brand|label|charity|broadcaster|\
    bank|insurer|carmaker|manufacturer|conglomerate|franchise|outlet|tabloid|daily|spokespeople
    """)

    /// Whether a run is a whole name already: a gazetteer entry, a club, a natural place or a
    /// facility by its head word ("River Ostra", "Globe Theatre"), or ending in a known
    /// institution ("Boston Red Sox"); "and" does not join two such names.
    func isCompleteName(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        if Gazetteer.label(of: words(tokens, range)) != nil || isClub(range, tokens) { return true }
        if range.count > 1, Places.leadingAreaHeads.contains(tokens[range.lowerBound].text) || Places.areaHeads.contains(tokens[range.upperBound - 1].text)
            || OrganizationWords.facilityHeads.contains(tokens[range.upperBound - 1].text)
        {
            return true
        }
        let tail = max(range.lowerBound, range.upperBound - 2)..<range.upperBound
        return range.count > 1 && Gazetteer.label(of: words(tokens, tail)) == .org
    }

    /// Whether a run reads as an institution's whole name: two or more words holding a strong
    /// organisation word and ending in a place or a head word ("University of Leeds", "Imperial
    /// College London", "European Central Bank"; not "School of Oriental", whose name goes on).
    /// Two such names joined by "and" are two institutions. `closed`: the name is one before
    /// "and", so its head word must not be a plural that a name goes on after ("Securities and
    /// Exchange Commission", "Securities and Investments Board" stay one).
    func isInstitutionName(_ range: Range<Int>, _ tokens: [Token], closed: Bool = false) -> Bool {
        guard range.count >= 2 else { return false }
        let strong = range.contains { index in
            let word = Self.singular(tokens[index].text)
            return OrganizationWords.heads.contains(word) && !OrganizationWords.weakHeads.contains(word)
        }
        guard strong else { return false }
        let last = tokens[range.upperBound - 1].text
        if Self.isHeadWord(Self.singular(last)) { return !(closed && last.hasSuffix("s")) }
        let label = Gazetteer.label(of: last)
        return label == .gpe || label == .loc
    }

    /// Whether a run reads as a person's full name: two or three words, a given name first, no
    /// connector and no organisation, facility or place word ("Christopher Oram" in "the Globe
    /// Theatre and Christopher Oram"; not "Melinda Gates Foundation").
    func isPersonalName(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard (2...3).contains(range.count), FirstNames.all.contains(tokens[range.lowerBound].text) else { return false }
        return range.allSatisfy { index in
            let word = Self.singular(tokens[index].text)
            return !Self.connectors.contains(word) && !Self.isHeadWord(word)
        }
    }

    /// Last words of club names after a place ("Hull City", "Derby County", "Bolton Wanderers").
    static let clubWords = WordList.set("United|City|Town|Rovers|Athletic|Wanderers|Albion|Rangers|FC|AFC|F.C.|A.F.C.|HC|SC|CF|Hotspur|Orient|Argyle|Academicals|Thistle|County")

    /// Whether a run is a club or team named after a place: a town or region followed by one to
    /// three capitalised words, the last a club word or a plural ("Leeds Rhinos", "Boston Red Sox",
    /// "Fresno River Hawks"). A place word may stand inside the nickname ("River", "Bay"), not at
    /// its end; a town known only from ``WorldPlaces`` may be the plural ("Leeds Victorias").
    func isClub(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard range.count >= 2, range.count <= 5, Gazetteer.label(of: words(tokens, range)) == nil else { return false }
        let last = tokens[range.upperBound - 1].text
        for split in stride(from: range.upperBound - 1, to: range.lowerBound, by: -1) {
            let rest = split..<range.upperBound
            guard rest.count <= 3 else { return false }
            guard Gazetteer.label(of: words(tokens, range.lowerBound..<split)) == .gpe else { continue }
            if Self.clubWords.contains(last) { return true }
            if Gazetteer.label(of: words(tokens, rest)) == .org { return true }
            if rest.count == 1, !Places.countries.contains(words(tokens, range.lowerBound..<split)), Gazetteer.label(of: last) == .norp, last.hasSuffix("s") { return true }
            return Self.isTeamNickname(rest, tokens)
        }
        return false
    }

    /// Whether the words after a town read as a team's nickname: capitalised, not in capitals,
    /// no title and no word that opens organisations' names ("International", "Financial"), the
    /// last a plural of three letters or more that is no head word and no curated place (a town
    /// known only from ``WorldPlaces`` may be one), the others no organisation word.
    static func isTeamNickname(_ rest: Range<Int>, _ tokens: [Token]) -> Bool {
        let last = tokens[rest.upperBound - 1].text
        guard last.hasSuffix("s"), !last.hasSuffix("ss"), last.unicodeScalars.count >= 3, !isHeadWord(last), !isHeadWord(singular(last)) else { return false }
        return rest.allSatisfy { index in
            let word = tokens[index].text
            guard tokens[index].isCapitalized, !tokens[index].isAcronym, !EntityRecognizer.titles.contains(word),
                  !OrganizationWords.leadingWords.contains(word) else { return false }
            let label = Gazetteer.label(of: word) ?? .org
            if index == rest.upperBound - 1 { return label == .org || Gazetteer.isWorldPlace(word) }
            return label == .org && !OrganizationWords.heads.contains(word)
        }
    }

    /// Nouns that, right after a town's name, show it names the town's club ("Leeds manager",
    /// "Kilmarnock fans"); a country's name before them is its national side, still a GPE.
    static let teamNouns = WordList.set("""
    boss|manager|defender|striker|midfielder|goalkeeper|keeper|winger|squad|fans|supporters|teammate|\
    teammates|academy|chairman|players|player|coach|captain|skipper|full-back|centre-back|side|forward
    """)

    /// Whether a team noun follows the name, possibly after a possessive.
    static func hasTeamNoun(after name: Range<Int>, _ tokens: [Token]) -> Bool {
        lowerCaseWord(after: name, tokens, overPossessive: true).map(teamNouns.contains) ?? false
    }

    /// Prepositions of place that, right before an otherwise unclassified name, make it a place
    /// ("in Dingwall", "near Bydgoszcz").
    static let placePrepositions: Set<String> = ["in", "near", "outside", "across", "throughout"]

    /// Whether the name is followed by an organisation noun ("Hearts boss"), possibly after a possessive.
    static func hasOrganizationNoun(after name: Range<Int>, _ tokens: [Token]) -> Bool {
        lowerCaseWord(after: name, tokens, overPossessive: true).map(organizationNouns.contains) ?? false
    }

    /// The lower-case word right after a name, past a possessive when asked, or `nil` when the
    /// next token is not a lower-case word.
    static func lowerCaseWord(after name: Range<Int>, _ tokens: [Token], overPossessive: Bool) -> String? {
        var next = name.upperBound
        if overPossessive, next < tokens.count, tokens[next].kind == .possessive { next += 1 }
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized, tokens[next].spaceBefore else { return nil }
        return tokens[next].lower
    }

    /// Whether a place preposition stands right before the name.
    static func hasPlacePreposition(before name: Range<Int>, _ tokens: [Token]) -> Bool {
        let previous = name.lowerBound - 1
        guard previous >= 0, tokens[previous].kind == .word, tokens[previous].sentence == tokens[name.lowerBound].sentence else { return false }
        return placePrepositions.contains(tokens[previous].lower)
    }

    /// Whether the word before a name is a preposition that places things and is seldom said of a
    /// person ("near Abu Zarin", "outside Port Vell"): the caller makes such a name a place unless
    /// it opens with a frequent given name ("near Tom Fenner") or ends with any given name.
    static func followsPlaceOnlyPreposition(_ name: Range<Int>, _ tokens: [Token]) -> Bool {
        let previous = name.lowerBound - 1
        guard previous >= 0, tokens[previous].kind == .word, tokens[previous].sentence == tokens[name.lowerBound].sentence else { return false }
        return placeOnlyPrepositions.contains(tokens[previous].lower)
    }

    /// Prepositions that place a name ("near", "outside", "throughout").
    static let placeOnlyPrepositions: Set<String> = ["near", "outside", "throughout", "across"]

    /// Prepositions (of place and direction, and "despite", "against") that open a sentence before
    /// a name ("Near Tarvock, two strikes …", "Outside Felmore, …"): ordinary words, never the
    /// first word of the name.
    static let spatialPrepositions: Set<String> = [
        "near", "outside", "inside", "around", "beyond", "across", "along", "toward", "towards", "between", "beside", "behind",
        "within", "throughout", "amid", "amidst", "among", "via", "into", "onto", "upon", "despite", "against", "underneath", "beneath",
        "alongside", "opposite", "past", "off", "atop", "above", "below", "under", "over", "through", "unlike",
    ]

    /// Whether a name in capitals heads a dateline: it starts a line and is followed by a comma and
    /// a country, region or a month ("SRINAGAR, India 1996-08-22", "LATTAKIA, Aug 10").
    static func isDateline(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        let next = name.upperBound
        guard tokens[name.lowerBound].lineBreakBefore || name.lowerBound == 0, next + 1 < tokens.count, tokens[next].text == ",",
              !tokens[next + 1].lineBreakBefore else { return false }
        let after = tokens[next + 1].text
        if CalendarWords.isCalendarWord(after.lowercased(), abbreviated: true) { return true }
        return Places.countries.contains(after) || Places.regions.contains(after) || Gazetteer.label(of: after) == .gpe
    }

    /// Whether the name is followed by an age in commas ("Jane Roe, 45, said").
    static func hasAgeApposition(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        let next = name.upperBound
        guard next + 2 < tokens.count, tokens[next].text == ",", tokens[next + 1].kind == .number,
              let age = Int(tokens[next + 1].text), (1...110).contains(age) else { return false }
        return tokens[next + 2].text == "," || tokens[next + 2].text == "."
    }
}
