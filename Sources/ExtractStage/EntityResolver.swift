import Foundation
import DocPipe

/// Decides the labels left open by the run classifier and gives every mention its in-document
/// canonical name: surnames and partial names become the full name most recently written before
/// them (else the first after; a surname may differ from the full name's by a typo or transliteration,
/// see ``surnameKey(_:_:_:)``), abbreviations become the long form written with them as
/// "Long Form (ABBR)" or whose initials they are, places take their usual full name. A town
/// named as a team once ("Leeds manager") is the team wherever no place preposition precedes it.
struct EntityResolver: Sendable {
    /// The analysed text.
    let text: AnalyzedText
    /// Storms a line outside the text (its title) names with their storm word: they stay storms
    /// where the text names them alone, as the text's own do.
    var titleStorms: Set<String> = []

    private struct Named {
        var first: Int
        var end: Int
        var label: EntityLabel?
        var surface: String
        var words: [String]
        var canonical: String?
        var fixed = false
    }

    /// Resolves classified candidates into mentions.
    /// - Parameter candidates: token ranges with labels, some still `nil`.
    /// - Returns: mentions in text order; names no rule could label are kept as MISC.
    func resolve(_ candidates: [EntityRecognizer.Candidate]) -> [EntityMention] {
        let tokens = text.tokens
        var items = candidates.map { candidate in
            Named(
                first: candidate.first, end: candidate.end, label: candidate.label,
                surface: text.text(tokens[candidate.first].start, tokens[candidate.end - 1].end),
                words: (candidate.first..<candidate.end).map { tokens[$0].text }, canonical: candidate.canonical, fixed: candidate.fixed)
        }
        let longForms = abbreviations(items)
        for index in items.indices where items[index].label == nil {
            if let long = longForms[items[index].surface] {
                items[index].label = items[long].label ?? .org
            } else if speechVerbNear(items[index]) {
                items[index].label = .person
            }
        }
        var fullNames: [String: [Int]] = [:]
        for (index, item) in items.enumerated() where item.label == .person && item.words.count >= 2 && Self.canBeFullName(item.words) {
            fullNames[item.words.last!, default: []].append(index)
        }
        let keyForms = fullNames.keys.sorted().map { ($0, EntityClusterer.NameForms($0)) }
        for index in items.indices where items[index].label == nil || items[index].label == .person {
            if items[index].label == nil, surnameKey(items[index].words.last!, fullNames, keyForms) != nil {
                items[index].label = .person
            }
        }
        var decided: [String: EntityLabel] = [:]
        for item in items {
            if let label = item.label, decided[item.surface] == nil { decided[item.surface] = label }
        }
        var undecided = Set<Int>()
        for index in items.indices where items[index].label == nil {
            items[index].label = decided[items[index].surface] ?? .misc
            if items[index].label == .misc { undecided.insert(index) }
        }
        let definedKinds = definedKinds(items)
        definedNames(&items, definedKinds, places: false)
        companyNames(&items, fullNames)
        shortInstitutionNames(&items)
        let teams = Set(items.filter { $0.label == .org && $0.words.count == 1 && Gazetteer.label(of: $0.surface) == .gpe }.map(\.surface))
        for index in items.indices where !items[index].fixed && items[index].label == .gpe && teams.contains(items[index].surface) && !Places.countries.contains(items[index].surface) {
            let previous = items[index].first > 0 ? tokens[items[index].first - 1].text : ""
            if !EntityRecognizer.placePrepositions.contains(previous) && previous != "from" && previous != "to" { items[index].label = .org }
        }
        if text.isSports {
            let before = items.map(\.label)
            namesTeams(&items)
            var teams = Set(items.indices.filter { items[$0].label == .org && before[$0] == .person && !FirstNames.all.contains(items[$0].words[0]) }.map { items[$0].surface })
            for index in items.indices where !items[index].fixed && items[index].label == .person && items[index].words.count >= 2 && isClubRow(items[index]) {
                items[index].label = .org
                teams.insert(items[index].surface)
            }
            for index in items.indices where !items[index].fixed && items[index].label == .person && teams.contains(items[index].surface) {
                items[index].label = .org
            }
        }
        definedNames(&items, definedKinds, places: true)
        let storms = Self.stormNames(items).union(titleStorms)
        for index in items.indices where !items[index].fixed && storms.contains(items[index].surface) { items[index].label = .misc }
        let personWords = Set(items.filter { $0.label == .person }.flatMap(\.words))
        let namedInFull = items.filter { $0.label == .person && $0.words.count >= 2 && FirstNames.all.contains($0.words[0]) }
        let surnames = Set(namedInFull.compactMap(\.words.last))
        for index in items.indices where !items[index].fixed && (items[index].label == .gpe || items[index].label == .org) {
            let surface = items[index].surface
            guard items[index].words.count == 1, personWords.contains(surface) else { continue }
            if Self.isLabelledByContextOnly(surface) || surnames.contains(surface) && !FirstNames.all.contains(surface) && !Places.countries.contains(surface)
                && speaks(items[index]) {
                items[index].label = .person
            }
        }
        placedNames(&items, fullNames, givenNames: Set(namedInFull.map { $0.words[0] }))
        clubsByLastWord(&items)
        coordinatedNames(&items, undecided)
        var fullNameChoices = FullNameChoices()
        let byGivenName = Self.fullNamesByGivenName(items, fullNames)
        return items.map { item in
            let label = item.label ?? .misc
            let last = tokens[item.end - 1]
            let trimmed = item.words.count >= 2 && last.text.hasSuffix(".") && OrganizationWords.legalSuffixes.contains(last.text) && endsSentence(item.end - 1)
            let surface = trimmed ? String(item.surface.unicodeScalars.dropLast()) : item.surface
            return EntityMention(
                start: tokens[item.first].start, end: last.end - (trimmed ? 1 : 0), text: surface, label: label,
                canonical: item.canonical ?? canonical(item, label, items, fullNames, keyForms, longForms, &fullNameChoices)
                    ?? (label == .person && item.words.count == 1 ? byGivenName[item.words[0]] : nil) ?? item.surface)
        }
    }

    /// The kind the document gives each name it defines ("Calder Moss is an English rock band",
    /// "the town of Wexley", ``DefinedKinds``), by the name's words; the first cue decides.
    private func definedKinds(_ items: [Named]) -> [String: EntityLabel] {
        var kinds: [String: EntityLabel] = [:]
        for item in items where kinds[item.surface] == nil {
            if let kind = DefinedKinds.kind(of: item.first..<item.end, text.tokens) { kinds[item.surface] = kind }
        }
        return kinds
    }

    /// A name the document defines is of that kind in every mention with the same words that no
    /// gazetteer or pattern fixed: an organisation wherever it was read as a person, a place or
    /// left undecided (before the company and team rules, which build on it); a place wherever it
    /// was read as a person or left undecided (`places`, after the team rules of sports reports,
    /// so that a town the document defines stays a place there too).
    private func definedNames(_ items: inout [Named], _ kinds: [String: EntityLabel], places: Bool) {
        guard !kinds.isEmpty else { return }
        for index in items.indices where !items[index].fixed {
            guard let kind = kinds[items[index].surface], let label = items[index].label, label != kind else { continue }
            switch (kind, label) {
            case (.org, .person), (.org, .misc), (.org, .gpe), (.org, .loc), (.org, .fac):
                if !places { items[index].label = kind }
            case (.gpe, .person), (.gpe, .misc), (.loc, .person), (.loc, .misc):
                if places { items[index].label = kind }
            default:
                continue
            }
        }
    }

    /// A one-word name read as a person's that the document places ("in Wexley", "near Wexley")
    /// and never treats as a person's is a place in every mention that no gazetteer or pattern
    /// fixed: one sense per document. A person's context anywhere keeps it a person's: a title or
    /// role before it, a verb of saying next to it, a full name it ends or opens with a given
    /// name, or a possessive after the placed mention ("in Harlow's view"). It runs after a place
    /// that opens a person's name became a person ("Orvale" after a misread "Orvale Brinton
    /// Combined"), so the document's own places win back.
    /// `givenNames` are the known given names that open the document's full names of people.
    private func placedNames(_ items: inout [Named], _ fullNames: [String: [Int]], givenNames: Set<String>) {
        let tokens = text.tokens
        var placed = Set<String>(), personal = Set<String>()
        for item in items where item.words.count == 1 {
            if speechVerbNear(item) { personal.insert(item.surface) }
            guard item.first > 0, tokens[item.first - 1].sentence == tokens[item.first].sentence else { continue }
            let previous = tokens[item.first - 1]
            if EntityRecognizer.titles.contains(previous.text) || RoleWords.roles.contains(previous.lower) { personal.insert(item.surface) }
            let possessive = item.end < tokens.count && tokens[item.end].kind == .possessive
            if EntityRecognizer.placePrepositions.contains(previous.lower), !possessive { placed.insert(item.surface) }
        }
        let candidates = placed.subtracting(personal).filter { fullNames[$0] == nil }
        guard !candidates.isEmpty else { return }
        for index in items.indices where !items[index].fixed && items[index].label == .person && items[index].words.count == 1 {
            if candidates.contains(items[index].surface), !givenNames.contains(items[index].surface) { items[index].label = .gpe }
        }
    }

    /// A one-word name no rule could label takes the type of the names it is listed with
    /// ("through Tarvock and Fenmouth", "guitarists such as Belko, Ranu and Ada Pell"): a list
    /// joins names of one kind. A list is names joined by ",", "and", "or", "&" or ", and" in one
    /// sentence, with at least one "and", "or" or "&" (a comma alone may be an apposition); its
    /// labelled members must all be of one person, organisation or place type. The word must be no
    /// ordinary word of the document (no lower-case use, not a common word, no acronym, no
    /// nationality word) and must not follow a capitalised word ("American Garage") or a name
    /// particle ("Terre de Haut"), where it is the tail of a longer name. The type a list gives
    /// holds for the name's other undecided mentions (one sense per document) unless two lists
    /// disagree. `undecided` holds the items left MISC because no rule and no other mention
    /// decided them.
    private func coordinatedNames(_ items: inout [Named], _ undecided: Set<Int>) {
        let tokens = text.tokens
        let open = undecided.filter { index in
            let item = items[index]
            guard item.words.count == 1, item.label == .misc, !item.fixed, !tokens[item.first].isAcronym, !Gazetteer.isDemonym(item.surface),
                  EntityRecognizer.looksLikeName(tokens[item.first], text) else { return false }
            guard item.first > 0 else { return true }
            let previous = tokens[item.first - 1]
            if previous.kind == .word, previous.isCapitalized, tokens[item.first].spaceBefore, previous.sentence == tokens[item.first].sentence { return false }
            return !Self.nameParticles.contains(previous.text)
        }
        guard !open.isEmpty else { return }
        let listed: Set<EntityLabel> = [.person, .org, .gpe, .loc]
        func link(_ left: Named, _ right: Named) -> (joined: Bool, conjunction: Bool) {
            let gap = right.first - left.end
            guard gap == 1 || gap == 2, tokens[left.end - 1].sentence == tokens[right.first].sentence else { return (false, false) }
            let words = (left.end..<right.first).map { tokens[$0].text }
            if words == [","] { return (true, false) }
            let joined = words == ["and"] || words == ["or"] || words == ["&"] || words == [",", "and"] || words == [",", "or"]
            return (joined, joined)
        }
        var start = 0
        while start < items.count {
            var end = start + 1
            var conjunction = false
            while end < items.count {
                let joint = link(items[end - 1], items[end])
                guard joint.joined else { break }
                conjunction = conjunction || joint.conjunction
                end += 1
            }
            defer { start = end }
            guard conjunction, (start..<end).contains(where: open.contains) else { continue }
            let labels = Set((start..<end).compactMap { items[$0].label }).subtracting([.misc])
            guard labels.count == 1, let label = labels.first, listed.contains(label) else { continue }
            for index in start..<end where open.contains(index) { items[index].label = label }
        }
        var listedKinds: [String: EntityLabel?] = [:]
        for index in open where items[index].label != .misc {
            let surface = items[index].surface
            listedKinds[surface] = listedKinds[surface].map { $0 == items[index].label ? $0 : nil } ?? items[index].label
        }
        for index in open where items[index].label == .misc {
            if let kind = listedKinds[items[index].surface], let label = kind { items[index].label = label }
        }
    }

    /// Lower-case particles inside names ("Terre de Haut", "Isle of Skye"): a word after one is
    /// the tail of a longer name.
    static let nameParticles: Set<String> = ["de", "du", "des", "la", "le", "of", "van", "von", "der", "den", "da", "di", "del"]

    /// A name the document shows to be a company is one in every mention that no person evidence
    /// holds: a name labelled ORG somewhere (without a given name first), the short forms of a
    /// company named with its legal form ("Halvard Mining Corp" → "Halvard Mining", "Halvard"),
    /// and a name that "said it" or is followed by ", which". Mentions labelled PERSON or left
    /// undecided become ORG unless a title or role precedes them or the name is the surname of a
    /// full name in the document.
    private func companyNames(_ items: inout [Named], _ fullNames: [String: [Int]]) {
        let tokens = text.tokens
        var companies = Set<String>()
        for item in items where item.label == .org {
            if !FirstNames.all.contains(item.words[0]) { companies.insert(item.surface) }
            var words = item.words
            guard words.count >= 2, OrganizationWords.legalSuffixes.contains(words[words.count - 1]) else { continue }
            while words.count > 1, OrganizationWords.legalSuffixes.contains(words[words.count - 1]) || words[words.count - 1] == "&" { words.removeLast() }
            companies.insert(words.joined(separator: " "))
            let head = words[0]
            if words.count >= 2, head.unicodeScalars.count >= 3, !CommonWords.isCommon(head.lowercased()), !FirstNames.all.contains(head),
               Gazetteer.label(of: head) == nil, fullNames[head] == nil, !EntityRecognizer.titles.contains(head), !EntityRecognizer.isHeadWord(head),
               words.dropFirst().allSatisfy({ EntityRecognizer.isHeadWord(EntityRecognizer.singular($0)) }) || item.words.count > words.count
            {
                companies.insert(head)
            }
        }
        for item in items where item.label == .person || item.label == .misc {
            if item.words.count <= 3, !FirstNames.all.contains(item.words[0]), !CalendarWords.isCalendarWord(item.words[0].lowercased(), abbreviated: false),
               !CommonWords.isCommon(item.words[0].lowercased()), saysIt(item)
            {
                companies.insert(item.surface)
            }
        }
        guard !companies.isEmpty else { return }
        for index in items.indices where !items[index].fixed && (items[index].label == .person || items[index].label == .misc) {
            let item = items[index]
            let named = companies.contains(item.surface)
                || item.label == .person && item.words.count >= 2 && companies.contains(item.words[0]) && !FirstNames.all.contains(item.words[0])
            guard named, item.words.count > 1 || fullNames[item.words[0]] == nil else { continue }
            if item.first > 0 {
                let previous = tokens[item.first - 1]
                if EntityRecognizer.titles.contains(previous.text) || (RoleWords.roles.contains(previous.lower) && !previous.isCapitalized) { continue }
            }
            items[index].label = .org
        }
    }

    /// Whether a name is followed by a verb of saying and "it"/"its" ("Zenith said it would",
    /// "Orvell says its"), or by a verb of reporting results and a financial noun within six words
    /// ("Halvard posted a first-half net profit", "Orvell reported lower sales"): a company or
    /// body, not a person. A name right after another capitalised word is the tail of a longer
    /// name ("UK Coal said it"), so it says nothing on its own.
    private func saysIt(_ item: Named) -> Bool {
        let tokens = text.tokens
        let next = item.end
        guard next + 1 < tokens.count, !tokens[next].lineBreakBefore else { return false }
        if item.first > 0, tokens[item.first - 1].isCapitalized, tokens[item.first].spaceBefore, !tokens[item.first].lineBreakBefore,
           tokens[item.first - 1].sentence == tokens[item.first].sentence
        {
            return false
        }
        if SpeechVerbs.all.contains(tokens[next].lower) && ["it", "its"].contains(tokens[next + 1].text) { return true }
        guard Self.resultVerbs.contains(tokens[next].lower) else { return false }
        var cursor = next + 1
        while cursor < tokens.count, cursor - next <= 6, tokens[cursor].sentence == tokens[next].sentence {
            if Self.financialNouns.contains(tokens[cursor].lower) { return true }
            cursor += 1
        }
        return false
    }

    /// Verbs with which a company reports its results.
    static let resultVerbs: Set<String> = ["reported", "reports", "posted", "posts", "booked", "books", "forecast", "forecasts"]

    /// Nouns of a company's results.
    static let financialNouns: Set<String> = [
        "profit", "profits", "loss", "losses", "earnings", "revenue", "revenues", "sales", "turnover", "income", "dividend", "net", "ebitda",
    ]

    /// Whether a token is the last of its sentence or line, so its final period ends the sentence
    /// too ("... and Lear Corp."): a company's legal form there gives its period to the sentence.
    private func endsSentence(_ index: Int) -> Bool {
        let tokens = text.tokens
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        if next.kind == .word, !next.isCapitalized, !next.lineBreakBefore { return false }
        if next.sentence != tokens[index].sentence || next.lineBreakBefore { return true }
        return ["\"", "\u{201D}", "'", "\u{2019}", ")"].contains(next.text) && (index + 2 >= tokens.count || tokens[index + 2].sentence != tokens[index].sentence || tokens[index + 2].lineBreakBefore)
    }

    /// Whether a person's name may stand as the full name of its surname elsewhere: no word before
    /// the surname names an event, an organisation, a facility or a place ("Family Circle Cup
    /// Bouchard" is no full name of "Bouchard"); a Census given name that is also a place may open
    /// a name of three words whose middle word is a given name ("Chad Edward Morrow").
    static func canBeFullName(_ words: [String]) -> Bool {
        let placeGivenName = words.count == 3 && CensusNames.givenNames.contains(words[0]) && FirstNames.all.contains(words[1])
        return !words.dropLast().enumerated().contains { position, word in
            EntityRecognizer.eventHeads.contains(word) || EntityRecognizer.isHeadWord(word)
                || (Gazetteer.label(of: word).map { $0 != .person } ?? false) && !FirstNames.all.contains(word) && !(position == 0 && placeGivenName)
        }
    }

    /// Words before a place name that keep it a place in a sports report ("at Headingley", "in Leeds").
    static let sportsPlacePrepositions: Set<String> = ["in", "at", "near", "outside", "from", "across", "throughout", "of", "into"]

    /// An organisation word alone after "the" stands for an institution the document names in
    /// full with that word ("the Marrow Rowing League … the League", "the League of Rights … the
    /// League", "the Labour Party … the Party"): it is that organisation.
    private func shortInstitutionNames(_ items: inout [Named]) {
        let tokens = text.tokens
        let heads = Set(items.filter { $0.label == .org && $0.words.count >= 2 }.flatMap(\.words))
        guard !heads.isEmpty else { return }
        for index in items.indices where !items[index].fixed && items[index].label == .misc && items[index].words.count == 1 {
            let word = items[index].words[0]
            guard heads.contains(word), OrganizationWords.heads.contains(word), !OrganizationWords.weakHeads.contains(word),
                  items[index].first > 0, tokens[items[index].first - 1].lower == "the" else { continue }
            items[index].label = .org
        }
    }

    /// Whether a name is "May" (a month that is also a verb, so no calendar word) before a day of
    /// the month ("May 2, 2007", "6 May 1943"): a date, never a team before its score.
    private static func isMonthBeforeDay(_ item: Named, _ tokens: [Token]) -> Bool {
        guard item.words == ["May"], item.end < tokens.count, let day = Int(tokens[item.end].text) else { return false }
        return (1...31).contains(day) || (item.first > 0 && Int(tokens[item.first - 1].text).map { (1...31).contains($0) } == true)
    }

    /// Words before a name that make it a team in a sports report ("beat Somerset", "v Kent").
    static let opponentCues: Set<String> = ["beat", "beats", "v", "vs", "vs.", "against", "defeated", "edged", "thrashed", "drew", "hosts", "host", "visit", "visiting"]

    /// In a sports report a town or region named alone is its team: a GPE that is no country
    /// becomes an ORG unless a place preposition precedes it ("at Leicester"), a colon follows it
    /// (a venue heading a results line) or it heads a dateline; a name no rule decided becomes an
    /// ORG next to a score or an opponent cue ("Haitai 5", "beat Lotte"); a person-like name whose
    /// last word is a town, with no given name first, is a club ("Dynamo Moscow").
    private func namesTeams(_ items: inout [Named]) {
        let tokens = text.tokens
        for index in items.indices where !items[index].fixed {
            let item = items[index]
            let previous = item.first > 0 && tokens[item.first - 1].sentence == tokens[item.first].sentence ? tokens[item.first - 1].lower : ""
            let next = item.end < tokens.count && !tokens[item.end].lineBreakBefore ? tokens[item.end] : nil
            if item.words.count == 1, ClubNames.standAlone.contains(item.surface) || ClubNames.suffixesAlone.contains(item.surface), item.label != .gpe {
                items[index].label = .org
                continue
            }
            switch item.label {
            case .gpe?:
                guard !Places.countries.contains(item.surface), !Places.countries.contains(item.words.joined(separator: " ")),
                      !Self.sportsPlacePrepositions.contains(previous) else { continue }
                if isPlayerMark(item, previous: previous) {
                    items[index].label = .person
                    continue
                }
                if let next, next.text == ":" || next.text == "," && item.end + 1 < tokens.count && Gazetteer.label(of: tokens[item.end + 1].text) == .gpe { continue }
                if previous == ",", index > 0, items[index - 1].end == item.first - 1, items[index - 1].label == .gpe { continue }
                if tokens[item.first].lineBreakBefore, let next, Self.isDatelineDate(next) { continue }
                items[index].label = .org
            case .misc?, nil:
                if item.words.count == 1, EntityRecognizer.adjectivalNames.contains(item.surface) { continue }
                if isPlayerMark(item, previous: previous) {
                    items[index].label = .person
                } else if SportsContext.tableWords.contains(item.words[0]) {
                    continue
                } else if (isTeamNumber(item.end) && !Self.isMonthBeforeDay(item, tokens)) || isBracketedResultSide(item) {
                    items[index].label = .org
                } else if previous == "the", isNickname(item) {
                    items[index].label = .org
                } else if Self.opponentCues.contains(previous) || isFixtureSide(item, previous: previous) {
                    items[index].label = .org
                } else if previous == "at", item.words.count <= 3, (item.first..<item.end).allSatisfy({ EntityRecognizer.looksLikeName(tokens[$0], text) }) {
                    items[index].label = .fac
                }
            case .person?:
                if isStandingsRow(item) || isFixtureSide(item, previous: previous) || isBracketedResultSide(item) || isSideOfOneScore(item, previous: previous)
                    || (item.words.count == 1 && isResultsPair(item) && SportsContext.isTableRow(tokens, lineRange(item.first)))
                {
                    items[index].label = .org
                    continue
                }
                if previous == "the", isNickname(item), !FirstNames.all.contains(item.words[0]) {
                    items[index].label = .org
                    continue
                }
                guard !FirstNames.all.contains(item.words[0]), item.surface.unicodeScalars.contains(where: { $0 == "." }) == false else { continue }
                if (2...3).contains(item.words.count), Gazetteer.label(of: item.words.last!) == .gpe, !Places.countries.contains(item.words.last!) {
                    items[index].label = .org
                } else if isResultsPair(item) {
                    items[index].label = .org
                }
            case .fac?:
                guard next?.text != "(", !FirstNames.all.contains(item.words[0]) else { continue }
                if isStandingsRow(item) || isFixtureSide(item, previous: previous) || Self.opponentCues.contains(previous)
                    || (!Self.sportsPlacePrepositions.contains(previous) && isTeamNumber(item.end))
                {
                    items[index].label = .org
                }
            default:
                continue
            }
        }
    }

    /// Verbs of a win between two sides ("Alder Park beat Corran Vale 89-86").
    static let winVerbs: Set<String> = ["beat", "beats", "defeated", "edged", "thrashed", "routed", "overcame", "downed", "crushed", "trounced"]

    /// Whether a name without a curated given name first is a side of a match decided by one score
    /// ("Alder Park beat Corran Vale 89-86", "Dinamo Kesh won 4-2 on aggregate"): a team, since a
    /// match of players scores its sets or frames in several scores ("6-3 6-4").
    private func isSideOfOneScore(_ item: Named, previous: String) -> Bool {
        guard !FirstNames.curated.contains(item.words[0]) else { return false }
        let tokens = text.tokens
        let sentence = tokens[item.first].sentence
        func scores(from start: Int) -> [Int] {
            var found: [Int] = []
            var depth = 0
            var index = start
            while index < tokens.count, tokens[index].sentence == sentence, !tokens[index].lineBreakBefore || index == start {
                if tokens[index].text == "(" { depth += 1 } else if tokens[index].text == ")" { depth = max(0, depth - 1) }
                if depth == 0, SportsContext.isScore(tokens, index) { found.append(index) }
                index += 1
            }
            return found
        }
        let next = item.end < tokens.count && !tokens[item.end].lineBreakBefore ? tokens[item.end].lower : ""
        if isOpponentAfterScore(item, previous: previous) { return true }
        if Self.winVerbs.contains(previous) {
            let found = scores(from: item.end)
            return found.count == 1 && found[0] == item.end
        }
        if Self.winVerbs.contains(next) || next == "won" || next == "win" {
            let found = scores(from: item.end)
            guard found.count == 1 else { return false }
            if Self.winVerbs.contains(next) { return (item.end + 1..<found[0]).contains { tokens[$0].isCapitalized } }
            let after = found[0] + (tokens[found[0]].text.contains("-") ? 1 : 3)
            return found[0] == item.end + 1 && after + 1 < tokens.count && tokens[after].lower == "on" && tokens[after + 1].lower == "aggregate"
        }
        return false
    }

    /// Whether a name is the other side named after a score: "drew 2-2 with Oldham", "lost 1-0 to
    /// Hull", "a 4-0 defeat by Benfica", "a 3-1 win over Derby"; not after a row of set scores
    /// ("a 6-2 6-1 victory over" a player).
    private func isOpponentAfterScore(_ item: Named, previous: String) -> Bool {
        let tokens = text.tokens
        guard ["with", "to", "by", "over", "against"].contains(previous), item.first >= 3 else { return false }
        func scoreEnding(at end: Int) -> Int? {
            var start: Int?
            if end >= 0, SportsContext.isScore(tokens, end), tokens[end].text.contains("-") { start = end }
            if start == nil, end >= 2, SportsContext.isScore(tokens, end - 2) { start = end - 2 }
            guard let start, start == 0 || tokens[start - 1].kind != .number else { return nil }
            return start
        }
        let sentence = tokens[item.first].sentence
        if let score = scoreEnding(at: item.first - 2), score > 0, tokens[score - 1].sentence == sentence,
           ["drew", "draw", "lost", "losing", "won", "winning"].contains(tokens[score - 1].lower)
        {
            return true
        }
        if ["defeat", "draw", "win", "victory", "loss", "thrashing", "drubbing"].contains(tokens[item.first - 2].lower),
           let score = scoreEnding(at: item.first - 3), tokens[score].sentence == sentence
        {
            return true
        }
        return false
    }

    /// Whether a name is a side of a result whose sides carry their country in brackets ("In Oslo:
    /// Vardal (Norway) 2 Kestrel Rovers (Ireland) 1"): the name is followed by a bracketed place
    /// and a whole number (not a row of numbers, as a golfer's rounds), and its line holds at
    /// least two such sides.
    private func isBracketedResultSide(_ item: Named) -> Bool {
        let tokens = text.tokens
        guard let close = bracketedPlaceEnd(item.end), isPlainNumber(close) else { return false }
        let line = lineRange(item.first)
        var sides = 0
        for index in line where tokens[index].text == "(" && index > line.lowerBound && tokens[index - 1].isCapitalized {
            if let end = bracketedPlaceEnd(index), isPlainNumber(end) { sides += 1 }
        }
        return sides >= 2
    }

    /// One past the ")" of a bracketed place of one to three words ("(Norway)", "(Czech Republic)")
    /// that opens at a token, or `nil`.
    private func bracketedPlaceEnd(_ open: Int) -> Int? {
        let tokens = text.tokens
        guard open < tokens.count, tokens[open].text == "(", !tokens[open].lineBreakBefore else { return nil }
        var close = open + 1
        while close < tokens.count, close - open <= 4, tokens[close].text != ")", !tokens[close].lineBreakBefore { close += 1 }
        guard close < tokens.count, tokens[close].text == ")", close > open + 1 else { return nil }
        let place = (open + 1..<close).map { tokens[$0].text }.joined(separator: " ")
        guard let label = Gazetteer.label(of: place), label == .gpe || label == .norp else { return nil }
        return close + 1
    }

    /// Whether the token at an index is a whole number on the same line, not part of a score or figures.
    private func isPlainNumber(_ index: Int) -> Bool {
        let tokens = text.tokens
        guard index < tokens.count, tokens[index].kind == .number, !tokens[index].lineBreakBefore, Int(tokens[index].text) != nil else { return false }
        guard index + 1 < tokens.count, !tokens[index + 1].lineBreakBefore else { return true }
        return tokens[index + 1].spaceBefore && tokens[index + 1].kind != .number
    }

    /// Whether a name is a side of a fixture written "A v B" ("Clyde v Ayr", "Brighton vs Exeter"):
    /// "v" or "vs" right after it or right before it, and no given name first.
    private func isFixtureSide(_ item: Named, previous: String) -> Bool {
        guard !FirstNames.curated.contains(item.words[0]) || item.words.count == 1 else { return false }
        let tokens = text.tokens
        let fixture: Set<String> = ["v", "vs", "vs."]
        if fixture.contains(previous) { return true }
        return item.end < tokens.count && fixture.contains(tokens[item.end].text) && !tokens[item.end].lineBreakBefore
    }

    /// The tokens of the line holding a token.
    private func lineRange(_ index: Int) -> Range<Int> {
        let tokens = text.tokens
        var start = index
        while start > 0, !tokens[start].lineBreakBefore { start -= 1 }
        var end = index + 1
        while end < tokens.count, !tokens[end].lineBreakBefore { end += 1 }
        return start..<end
    }

    /// Cricket scorecard marks before a player's name ("c Croft b Cork", "lbw b Vass", "st Moin").
    static let scorecardMarks: Set<String> = ["c", "b", "st", "lbw"]

    /// Whether a name in a sports report is a player's by its marks: a scorecard mark before it,
    /// a minute after it ("Zeyer 52nd", a scorer) or bowling figures ("Cork 14.3-4-45-1").
    private func isPlayerMark(_ item: Named, previous: String) -> Bool {
        let tokens = text.tokens
        if item.first > 0, Self.scorecardMarks.contains(tokens[item.first - 1].text), item.first < 2 || tokens[item.first - 2].text != "." { return true }
        let next = item.end
        guard next + 1 < tokens.count, tokens[next].kind == .number, tokens[next].spaceBefore, !tokens[next + 1].spaceBefore else { return false }
        if tokens[next + 1].kind == .word { return ["st", "nd", "rd", "th"].contains(tokens[next + 1].lower) }
        var hyphens = 0
        var cursor = next + 1
        while cursor + 1 < tokens.count, tokens[cursor].text == "-", !tokens[cursor].spaceBefore, tokens[cursor + 1].kind == .number, !tokens[cursor + 1].spaceBefore {
            hyphens += 1
            cursor += 2
        }
        return hyphens >= 3
    }

    /// Whether the token at an index is a team's number in a results line: a whole number after a
    /// space, not a minute ("52nd") and not part of bowling figures ("17-0-91-0").
    private func isTeamNumber(_ index: Int) -> Bool {
        let tokens = text.tokens
        guard index < tokens.count, tokens[index].kind == .number, !tokens[index].lineBreakBefore, Int(tokens[index].text) != nil else { return false }
        guard index + 1 < tokens.count, !tokens[index + 1].spaceBefore, !tokens[index + 1].lineBreakBefore else { return true }
        if tokens[index + 1].kind == .word { return false }
        if tokens[index + 1].text == "-" {
            return SportsContext.isScore(tokens, index) && !(index + 3 < tokens.count && tokens[index + 3].text == "-" && !tokens[index + 3].spaceBefore)
        }
        return true
    }

    /// Whether a name after "the" reads as a team's nickname: one or two capitalised words, the last
    /// a plural that is no nationality or people ("the Mariners", "the All Blacks").
    private func isNickname(_ item: Named) -> Bool {
        guard item.words.count <= 2, let last = item.words.last, last.hasSuffix("s"), !last.hasSuffix("ss"), last.unicodeScalars.count >= 4,
              Gazetteer.label(of: item.surface) == nil, Gazetteer.label(of: last) == nil else { return false }
        let tokens = text.tokens
        if item.end < tokens.count, tokens[item.end].kind == .word, ["sisters", "brothers", "family"].contains(tokens[item.end].lower) { return false }
        return item.words.allSatisfy { !CommonWords.isCommon($0.lowercased()) || $0 == last }
    }

    /// Whether a name heads a standings row of its own line: one word, or words without a given
    /// name first, then only numbers ("Santos 3 3 0 0 4 1 9", "CHICAGO 69 59 .539 7").
    private func isStandingsRow(_ item: Named) -> Bool {
        let tokens = text.tokens
        guard tokens[item.first].lineBreakBefore || item.first == 0, item.words.count == 1 || !FirstNames.all.contains(item.words[0]) else { return false }
        var numbers = 0
        var cursor = item.end
        while cursor < tokens.count, !tokens[cursor].lineBreakBefore {
            if tokens[cursor].kind == .number { numbers += 1 } else if tokens[cursor].text != "." && tokens[cursor].text != "-" && tokens[cursor].text != "/" { return false }
            cursor += 1
        }
        return numbers >= 4
    }

    /// Whether a number after a place at a line's head is a dateline's date ("LONDON 1996-08-30",
    /// "MOSCOW 2022"): a year, or digits joined by hyphens or slashes.
    static func isDatelineDate(_ token: Token) -> Bool {
        guard token.kind == .number else { return false }
        if token.text.contains("-") || token.text.contains("/") { return token.text.count >= 8 }
        return token.text.count == 4 && (token.text.hasPrefix("19") || token.text.hasPrefix("20"))
    }

    /// Whether a name stands in a results line as one side of a score: "NAME 2 OTHER 1" or
    /// "OTHER 2 NAME 1" (a plain number after it, and a capitalised word after or before that pair).
    private func isResultsPair(_ item: Named) -> Bool {
        let tokens = text.tokens
        let after = item.end
        guard after < tokens.count, tokens[after].kind == .number, !tokens[after].text.contains("-"), !tokens[after].text.contains("."),
              !tokens[after].lineBreakBefore else { return false }
        if after + 1 < tokens.count, tokens[after + 1].isCapitalized, !tokens[after + 1].lineBreakBefore { return true }
        let before = item.first - 1
        return before >= 1 && tokens[before].kind == .number && !tokens[item.first].lineBreakBefore && tokens[before - 1].kind == .word
    }

    /// A club word alone ("United", "City", "Rovers") is the one club of the document whose name
    /// ends with it ("Chelsea host United" after "Manchester United"), whatever it was read as;
    /// with two such clubs ("Manchester United", "Leeds United") it is left as it was.
    private func clubsByLastWord(_ items: inout [Named]) {
        var clubs: [String: Set<String>] = [:]
        for item in items where item.label == .org && item.words.count >= 2 && EntityRecognizer.clubWords.contains(item.words.last!) {
            clubs[item.words.last!, default: []].insert(item.surface)
        }
        guard !clubs.isEmpty else { return }
        for index in items.indices where !items[index].fixed && items[index].words.count == 1 {
            guard let names = clubs[items[index].surface], names.count == 1, let club = names.first else { continue }
            items[index].label = .org
            items[index].canonical = club
        }
    }

    /// Whether a verb of saying follows a name in its sentence ("Ferguson said"): a town or body of
    /// the curated lists that is also the surname of a person the document names in full, known
    /// given name first ("Alex Ferguson", "Liam Fox"), is that person when it speaks, unless the word
    /// is itself a given name ("Charlotte").
    private func speaks(_ item: Named) -> Bool {
        let tokens = text.tokens
        guard item.end < tokens.count, tokens[item.end].sentence == tokens[item.first].sentence else { return false }
        return SpeechVerbs.all.contains(tokens[item.end].lower)
    }

    /// Whether a one-word name's place or organisation label came from the generated town lists
    /// or from the words around it, not from a curated list: such a label yields to a person of the
    /// same name in the document ("Biden officials" after "Joe Biden").
    static func isLabelledByContextOnly(_ word: String) -> Bool {
        if Gazetteer.isWorldPlace(word) { return true }
        return Gazetteer.label(of: word) == nil && !OrganizationWords.heads.contains(word) && !word.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    /// A name's words that give its initials or the pieces of a blend: ``EntityClusterer/initialSkipWords``
    /// and a capitalised "The" left out.
    private static func initialWords(_ words: [String]) -> [String] {
        words.filter { !EntityClusterer.initialSkipWords.contains($0) && $0 != "The" }
    }

    /// Whether an abbreviation in brackets after a name may stand for it: not when the name's
    /// initials are only the end of the abbreviation, a sign that the words before the name were
    /// cut off ("the European Union (CJEU)" out of "Court of Justice of the European Union
    /// (CJEU)"); translated abbreviations ("National Autonomous University of Mexico (UNAM)") may.
    static func mayAbbreviate(_ short: String, _ words: [String]) -> Bool {
        let letters = String(short.unicodeScalars.filter { $0.properties.isAlphabetic }).uppercased()
        let initials = String(Self.initialWords(words).compactMap(\.first)).uppercased()
        return !(initials.count >= 2 && letters.count > initials.count && letters.hasSuffix(initials))
    }

    /// Whether a short name is made of the beginnings of two or more of a long name's words, in
    /// order: "Singtel" of "Singapore Telecommunications", "Petronas" of "Petroliam Nasional".
    static func isBlend(_ short: String, of words: [String]) -> Bool {
        let target = Array(short.lowercased().unicodeScalars)
        let parts = Self.initialWords(words).map { Array($0.lowercased().unicodeScalars) }
        guard target.count >= 4, target.allSatisfy({ $0.properties.isAlphabetic }), parts.count >= 2 else { return false }
        func covers(_ position: Int, from word: Int, used: Int) -> Bool {
            if position == target.count { return used >= 2 }
            guard word < parts.count else { return false }
            let part = parts[word]
            var length = 0
            while length < part.count, position + length < target.count, part[length] == target[position + length] { length += 1 }
            if length >= 2 {
                for taken in stride(from: length, through: 2, by: -1) where covers(position + taken, from: word + 1, used: used + 1) { return true }
            }
            return used > 0 && covers(position, from: word + 1, used: used)
        }
        return covers(0, from: 0, used: 0)
    }

    private func abbreviations(_ items: [Named]) -> [String: Int] {
        let tokens = text.tokens
        var result: [String: Int] = [:]
        for (index, item) in items.enumerated() where item.words.count >= 2 {
            let open = item.end
            if open + 2 < tokens.count, tokens[open].text == "(", tokens[open + 2].text == ")",
               tokens[open + 1].isAcronym && Self.mayAbbreviate(tokens[open + 1].text, item.words)
                || item.label != .person && Self.isBlend(tokens[open + 1].text, of: item.words) {
                let short = tokens[open + 1].text
                if result[short] == nil { result[short] = index }
            }
        }
        for (index, item) in items.enumerated() where item.words.count >= 2 && item.label != .person {
            let initials = String(item.words.filter { !EntityClusterer.initialSkipWords.contains($0) }.compactMap { $0.first })
            if initials.count >= 2, result[initials] == nil, initials.allSatisfy({ $0.isUppercase }) {
                result[initials] = index
            }
        }
        return result
    }

    /// The storms a line outside the text names with their storm word — the document's title,
    /// "Hurricane Fiona heads north" → "Fiona" — so that the text's bare "Fiona" stays a storm.
    static func stormNames(inLine line: String) -> Set<String> {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" || $0 == ";" }).map {
            String($0).trimmingCharacters(in: .punctuationCharacters)
        }
        var names = Set<String>()
        var index = 0
        while index < words.count {
            guard EntityRecognizer.stormWords.contains(words[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count, EntityRecognizer.stormWords.contains(words[end]) { end += 1 }
            let start = end
            while end < words.count, let first = words[end].unicodeScalars.first, first.properties.isUppercase, !EntityRecognizer.stormWords.contains(words[end]) {
                end += 1
            }
            if end > start, end - start <= 2 { names.insert(words[start..<end].joined(separator: " ")) }
            index = max(end, index + 1)
        }
        return names
    }

    /// The names of storms written with their storm word ("Hurricane Edouard" → "Edouard"), which
    /// stay storms where the document names them alone.
    private static func stormNames(_ items: [Named]) -> Set<String> {
        var names = Set<String>()
        for item in items where item.words.count >= 2 && EntityRecognizer.stormWords.contains(item.words[0]) {
            let rest = item.words.drop { EntityRecognizer.stormWords.contains($0) }
            if !rest.isEmpty { names.insert(rest.joined(separator: " ")) }
        }
        return names
    }

    /// Whether a word is the plural of an ordinary noun rather than a name ("Dealers said",
    /// "Witnesses said"): its singular is a role or an ordinary word, or the document writes the word
    /// in lower case, and it is no Census surname or given name ("Rogers said" stays a person).
    static func isPluralNoun(_ word: String, _ text: AnalyzedText) -> Bool {
        guard word.hasSuffix("s"), word.unicodeScalars.count >= 4, !CensusNames.surnames.contains(word), !FirstNames.all.contains(word) else { return false }
        let lower = word.lowercased()
        let singular = lower.hasSuffix("sses") || lower.hasSuffix("shes") || lower.hasSuffix("ches") ? String(lower.dropLast(2)) : String(lower.dropLast())
        return RoleWords.roles.contains(singular) || Self.groupNouns.contains(singular) || CommonWords.isCommon(singular) || text.lowercaseWords.contains(singular)
    }

    /// Nouns of people in groups that open reports in the plural ("Dealers said", "Villagers said").
    static let groupNouns = WordList.set("""
    dealer|trader|broker|eyewitness|bystander|insider|source|villager|neighbour|neighbor|passenger|survivor|\
    rescuer|farmer|worker|shopper|voter|fan|supporter|resident|relative|parent|organiser|organizer|participant|\
    delegate|negotiator|economist|forecaster|meteorologist|doctor|medic|lawyer|official|investigator|scientist|\
    researcher|expert|analyst|authority|observer|monitor|diplomat|critic|opponent|backer|lender|creditor|buyer|seller
    """)

    /// Whether a person-like name of two or more words is a club by the rows it heads in a sports
    /// report: a standings row (six or more whole numbers and nothing else on its line) or one side
    /// of a two-number results line with no brackets ("Vitoria Lenka 2 Dinamo 1"), even when its
    /// first word is a given name.
    private func isClubRow(_ item: Named) -> Bool {
        let tokens = text.tokens
        let line = lineRange(item.first)
        let rest = line.filter { $0 < item.first || $0 >= item.end }
        guard !rest.contains(where: { tokens[$0].text == "(" || tokens[$0].text == ":" }) else { return false }
        let numbers = rest.filter { tokens[$0].kind == .number }
        guard numbers.allSatisfy({ Int(tokens[$0].text) != nil }) else { return false }
        if item.first == line.lowerBound, numbers.count >= 6, rest.allSatisfy({ tokens[$0].kind == .number }) { return true }
        return numbers.count == 2 && isResultsPair(item) && rest.filter({ tokens[$0].kind == .word }).allSatisfy { tokens[$0].isCapitalized }
    }

    private func speechVerbNear(_ item: Named) -> Bool {
        let tokens = text.tokens
        guard item.words.count == 1, EntityRecognizer.looksLikeName(tokens[item.first], text), !Self.isPluralNoun(item.words[0], text),
              !OrganizationWords.heads.contains(item.words[0]), !OrganizationWords.facilityHeads.contains(item.words[0]) else { return false }
        if item.end < tokens.count, SpeechVerbs.all.contains(tokens[item.end].lower) { return true }
        var back = item.first - 1
        if back >= 0, tokens[back].text == "," { back -= 1 }
        if back >= 0, SpeechVerbs.all.contains(tokens[back].lower), back > 0, tokens[back - 1].kind == .punctuation {
            return true
        }
        return false
    }

    /// The surname of a full name in the document that a word spells: the same word, or the one
    /// surname at least 85% alike (folded or plain) when only one is ("Kaminksy" ~ "Kaminsky").
    private func surnameKey(_ word: String, _ fullNames: [String: [Int]], _ keyForms: [(String, EntityClusterer.NameForms)]) -> String? {
        if fullNames[word] != nil { return word }
        guard word.unicodeScalars.count >= 5 else { return nil }
        let forms = EntityClusterer.NameForms(word)
        guard forms.folded.count == 1, forms.plain.count == 1 else { return nil }
        let close = keyForms.filter { _, other in
            other.folded.count == 1 && other.plain.count == 1 && EntityClusterer.likeness(forms, 0, other, 0) >= 0.85
        }
        return close.count == 1 ? close[0].0 : nil
    }

    /// The full name each given name opens when it opens one person's full name in the document
    /// (its longest form, when the others begin it: "Karl Liew", "Karl Liew Kai Lung") and is no
    /// one's surname there: "Mr Karl" after "Karl Liew" (the address by given
    /// name of Singapore and Malaysian news); the given name must be a known one.
    private static func fullNamesByGivenName(_ items: [Named], _ fullNames: [String: [Int]]) -> [String: String] {
        var names: [String: Set<String>] = [:]
        for item in items where item.label == .person && item.words.count >= 2 && canBeFullName(item.words) {
            names[item.words[0], default: []].insert(item.surface)
        }
        var result: [String: String] = [:]
        for (given, surfaces) in names where fullNames[given] == nil && FirstNames.all.contains(given) {
            guard let longest = surfaces.max(by: { ($0.unicodeScalars.count, $1) < ($1.unicodeScalars.count, $0) }),
                  surfaces.allSatisfy({ $0 == longest || longest.hasPrefix($0 + " ") }) else { continue }
            result[given] = longest
        }
        return result
    }

    /// The in-document canonical name of a mention; `nil` for a person whose surname names no full
    /// name of the document.
    private func canonical(_ item: Named, _ label: EntityLabel, _ items: [Named], _ fullNames: [String: [Int]], _ keyForms: [(String, EntityClusterer.NameForms)], _ longForms: [String: Int], _ choices: inout FullNameChoices) -> String? {
        if let long = longForms[item.surface], items[long].surface != item.surface {
            return items[long].surface
        }
        switch label {
        case .person:
            guard let last = item.words.last, let surname = surnameKey(last, fullNames, keyForms), let candidates = fullNames[surname] else { return nil }
            let key = FullNameChoices.Key(surname: surname, words: item.words.count, firstWord: item.words.count == 1 ? nil : item.words.first)
            let compatible = choices.compatible(key) {
                candidates.filter { index in
                    let full = items[index].words
                    return full.count >= item.words.count && (item.words.count == 1 || full.first == item.words.first)
                }
            } firstToken: { items[$0].first } wordCount: { items[$0].words.count }
            guard let chosen = compatible.lastPreceding(item.first) ?? compatible.indices.first else { return item.surface }
            return compatible.longestWords > items[chosen].words.count ? items[compatible.firstLongest].surface : items[chosen].surface
        case .gpe:
            return Places.aliases[item.surface] ?? item.surface
        default:
            return item.surface
        }
    }
}
