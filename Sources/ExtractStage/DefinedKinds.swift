import DocPipe

/// The kind a document itself gives a name: a sentence that defines it ("Calder Moss is an
/// English rock band", "Wexley was a small village in …"), an apposition ("Orvane, a Danish
/// record label, …") or a kind noun before it ("the band Calder Moss", "the town of Wexley").
/// What the document says of a name holds for every mention of it, so the resolver gives the
/// kind to each mention with the same words that no stronger evidence decided. A list that a
/// plural organisation noun introduces ("bands such as Calder Moss and Orvane", "the groups
/// included Orvane and Calder Moss"), closes ("Calder Moss, Orvane and other bands") or heads
/// ("the Calder and Orvane parties") names organisations too.
///
/// Contract: every function looks only at the tokens of the name's own sentence, returns `nil`
/// when no cue is found, and never returns a label other than ORG, GPE or LOC.
enum DefinedKinds {
    /// The kind a cue around a name gives it, or `nil`.
    /// - Parameters:
    ///   - name: the name's token range.
    ///   - tokens: the document's tokens.
    /// - Returns: ORG, GPE or LOC from a definition, an apposition or a kind noun before it.
    static func kind(of name: Range<Int>, _ tokens: [Token]) -> EntityLabel? {
        definition(of: name, tokens) ?? apposition(of: name, tokens) ?? nounBefore(name, tokens) ?? listMember(name, tokens)
            ?? memberOf(name, tokens) ?? closedList(name, tokens)
    }

    /// ORG for a name after a member's noun and "of": "the drummer of The Pallets", "a founding
    /// member of Crimson Tusk", "the co-founder of Orvane". The name must end its noun phrase (a
    /// punctuation mark, a ``phraseEnders`` word or a verb of ``closingVerbs`` after it, so "a
    /// member of the Harlow family" names no group), have no possessive after it, not open with a
    /// given name and not be a place the gazetteer knows ("a member of Congress" stays what the
    /// gazetteer says; "a member of Ireland's squad" says nothing of Ireland).
    static func memberOf(_ name: Range<Int>, _ tokens: [Token]) -> EntityLabel? {
        let first = name.lowerBound
        let sentence = tokens[first].sentence
        guard first >= 2, !tokens[first].startsSentence else { return nil }
        var of = first - 1
        if tokens[of].text == "the", of >= 2 { of -= 1 }
        let noun = tokens[of - 1]
        guard tokens[of].text == "of", noun.sentence == sentence, noun.kind == .word, !noun.isCapitalized, memberNouns.contains(noun.lower),
              !FirstNames.all.contains(tokens[first].text) else { return nil }
        let next = name.upperBound
        if next < tokens.count, tokens[next].sentence == sentence {
            let after = tokens[next]
            guard after.kind == .punctuation || after.kind == .word && !after.isCapitalized
                && (phraseEnders.contains(after.lower) || closingVerbs.contains(after.lower)) else { return nil }
        }
        let surface = name.map { tokens[$0].text }.joined(separator: " ")
        if let place = Gazetteer.label(of: surface), place == .gpe || place == .loc { return nil }
        return .org
    }

    /// Nouns of a group's members that name the group after "of" ("the drummer of …").
    static let memberNouns: Set<String> = [
        "member", "members", "drummer", "guitarist", "bassist", "frontman", "frontwoman", "vocalist", "singer", "keyboardist",
        "co-founder", "cofounder", "saxophonist", "trumpeter", "lineup", "line-up",
    ]

    /// Verbs that may follow the group's name at the end of its phrase ("the drummer of X was …").
    static let closingVerbs: Set<String> = ["is", "was", "are", "were", "has", "had", "until", "when", "before", "after", "during", "between"]

    /// ORG for a name in a list that a plural organisation noun introduces: "bands such as Calder
    /// Moss, Orvane and The Lost Keys", "several other labels including Orvane", "retailers like
    /// Orvane", "charitable groups included Orvane and Calder Moss". The list is read back from the
    /// name over commas, "and", "&" and capitalised words (with "of", "the", "to", "de" between
    /// them) to "such as", "including", "like" or "include"/"includes"/"included", which must follow
    /// the noun (or "other" and the noun) right away; no given name may open the name.
    static func listMember(_ name: Range<Int>, _ tokens: [Token]) -> EntityLabel? {
        let sentence = tokens[name.lowerBound].sentence
        guard !FirstNames.all.contains(tokens[name.lowerBound].text) else { return nil }
        var index = name.lowerBound - 1
        var steps = 0
        while index >= 1, steps < 40, tokens[index].sentence == sentence {
            let token = tokens[index]
            if token.text == "," || token.text == "&" || token.lower == "and" || token.isCapitalized || token.kind == .number
                || token.kind == .possessive || nameConnectors.contains(token.text)
            {
                index -= 1
                steps += 1
                continue
            }
            var trigger = -1
            if token.lower == "including" || token.lower == "like" || includeVerbs.contains(token.lower) { trigger = index - 1 }
            if token.lower == "as", tokens[index - 1].lower == "such" { trigger = index - 2 }
            guard trigger >= 0, tokens[trigger].sentence == sentence else { return nil }
            return pluralOrganizationNouns.contains(tokens[trigger].text) ? .org : nil
        }
        return nil
    }

    /// Verbs whose subject, a plural organisation noun, introduces a list of its names ("the
    /// groups included …").
    static let includeVerbs: Set<String> = ["include", "includes", "included"]

    /// ORG for a name in a coordinated list of names that a plural organisation noun closes
    /// (Hearst's "X, Y and other Ns"): "Calder Moss, Orvane, and several other bands", "Orvane or
    /// other labels"; or that a plural organisation noun heads, the list its modifiers: "the Calder
    /// and Orvane parties", "the Tessel, Mallow and Quarry train operating companies" (up to two
    /// lower-case words before the noun, a phrase end after it). The list is read forward from the
    /// list's first name (read back over the same words) over commas, capitalised words, numbers and
    /// ``nameConnectors`` past "and", "or" or "&"; the heading form needs that conjunction inside
    /// the list, so one name before a plural noun ("the Orvane stores") is left to other rules. No
    /// given name may open the name.
    static func closedList(_ name: Range<Int>, _ tokens: [Token]) -> EntityLabel? {
        let sentence = tokens[name.lowerBound].sentence
        guard !FirstNames.all.contains(tokens[name.lowerBound].text) else { return nil }
        var index = name.lowerBound
        while index > 0, name.lowerBound - index < 40, tokens[index - 1].sentence == sentence, isListToken(tokens[index - 1]) { index -= 1 }
        while index < name.lowerBound, !tokens[index].isCapitalized, tokens[index].kind != .number { index += 1 }
        var coordinated = false
        var steps = 0
        while index < tokens.count, steps < 40, tokens[index].sentence == sentence {
            let token = tokens[index]
            if token.text == "," || token.isCapitalized || token.kind == .number || nameConnectors.contains(token.text) {
                index += 1
                steps += 1
                continue
            }
            if token.lower == "and" || token.lower == "or" || token.text == "&" {
                var next = index + 1
                if next < tokens.count, listQuantifiers.contains(tokens[next].lower) { next += 1 }
                if next < tokens.count, tokens[next].lower == "other" {
                    return pluralNoun(from: next + 1, tokens, sentence: sentence, requireEnd: false) ? .org : nil
                }
                guard next < tokens.count, tokens[next].isCapitalized || tokens[next].kind == .number else { return nil }
                coordinated = true
                index = next
                steps += 1
                continue
            }
            guard coordinated, tokens[index - 1].isCapitalized || tokens[index - 1].kind == .number else { return nil }
            return pluralNoun(from: index, tokens, sentence: sentence, requireEnd: true) ? .org : nil
        }
        return nil
    }

    /// Whether a token may stand inside a coordinated list of names.
    private static func isListToken(_ token: Token) -> Bool {
        token.text == "," || token.text == "&" || token.lower == "and" || token.lower == "or" || token.isCapitalized || token.kind == .number
            || nameConnectors.contains(token.text)
    }

    /// Whether a plural organisation noun stands at `index` or after up to two lower-case words
    /// ("several other major labels", "train operating companies"), and, with `requireEnd`, ends
    /// its phrase (a punctuation mark or a ``phraseEnders`` word after it, or the sentence's end).
    private static func pluralNoun(from index: Int, _ tokens: [Token], sentence: Int, requireEnd: Bool) -> Bool {
        var position = index
        while position < tokens.count, position <= index + 2, tokens[position].sentence == sentence {
            let token = tokens[position]
            guard token.kind == .word, !token.isCapitalized, !stopWords.contains(token.lower) else { return false }
            if pluralOrganizationNouns.contains(token.lower) {
                let next = position + 1
                guard requireEnd, next < tokens.count, tokens[next].sentence == sentence else { return true }
                return tokens[next].kind == .punctuation || phraseEnders.contains(tokens[next].lower) || closingVerbs.contains(tokens[next].lower)
            }
            position += 1
        }
        return false
    }

    /// Words between "and" and "other" in "and several other bands".
    static let listQuantifiers: Set<String> = ["several", "many", "various", "numerous", "some", "two", "three", "four", "five"]

    /// Lower-case words inside a listed name ("The Receiving End of Sirens").
    static let nameConnectors: Set<String> = ["of", "the", "to", "de"]

    /// Plural organisation nouns that introduce a list of their names.
    static let pluralOrganizationNouns: Set<String> = [
        "bands", "groups", "labels", "companies", "firms", "clubs", "teams", "newspapers", "magazines", "retailers", "chains",
        "airlines", "broadcasters", "publishers", "parties", "universities", "colleges", "supermarkets", "brands", "manufacturers",
        "banks", "charities", "organisations", "organizations", "orchestras", "stores", "carmakers", "automakers",
    ]

    /// The kind a defining sentence gives the name that opens it (after "The", and after a bracket
    /// such as "(founded 1998)"): "is", "was", "are" or "were", "a" or "an", up to four words and a
    /// kind noun ("Calder Moss are an English indie rock band").
    static func definition(of name: Range<Int>, _ tokens: [Token]) -> EntityLabel? {
        let first = name.lowerBound
        let opens = tokens[first].startsSentence || (first > 0 && tokens[first - 1].text == "The" && tokens[first - 1].startsSentence)
        guard opens else { return nil }
        var verb = skipBracket(from: name.upperBound, tokens, sentence: tokens[first].sentence)
        guard verb + 1 < tokens.count, copulas.contains(tokens[verb].text) else { return nil }
        verb += 1
        return nounPhrase(from: verb, tokens, sentence: tokens[first].sentence)
    }

    /// The kind an apposition right after the name gives it: ", a" or ", an", up to four words and
    /// a kind noun that ends the phrase (", an American rock band from …", ", a record label,").
    static func apposition(of name: Range<Int>, _ tokens: [Token]) -> EntityLabel? {
        let comma = name.upperBound
        guard comma + 1 < tokens.count, tokens[comma].text == ",", tokens[comma].sentence == tokens[name.lowerBound].sentence else { return nil }
        return nounPhrase(from: comma + 1, tokens, sentence: tokens[name.lowerBound].sentence)
    }

    /// The kind a noun right before the name gives it: "the band Calder Moss", "the label Orvane"
    /// (ORG, no given name first), "the town of Wexley", "the village of Little Haddon" (GPE).
    static func nounBefore(_ name: Range<Int>, _ tokens: [Token]) -> EntityLabel? {
        let first = name.lowerBound
        guard first >= 2, !tokens[first].startsSentence else { return nil }
        let previous = tokens[first - 1]
        guard previous.sentence == tokens[first].sentence else { return nil }
        if previous.text == "of", first >= 3, tokens[first - 3].lower == "the", settlementNouns.contains(tokens[first - 2].text) {
            return .gpe
        }
        let business = first >= 2 && isBusinessNoun(previous.lower, after: tokens[first - 2].lower)
        guard previous.kind == .word, !previous.isCapitalized, organizationNouns.contains(previous.text) || business,
              determiners.contains(tokens[first - 2].lower) || tokens[first - 2].kind == .word && !tokens[first - 2].isCapitalized && tokens[first - 2].sentence == previous.sentence,
              !FirstNames.all.contains(tokens[first].text) else { return nil }
        return .org
    }

    /// "a"/"an" + up to four words + a kind noun starting at an index: the noun's label,
    /// unless "of" after a collective noun makes it a quantity ("a group of islands") or a word
    /// other than ``phraseEnders`` after it makes it a modifier ("a band member").
    private static func nounPhrase(from index: Int, _ tokens: [Token], sentence: Int) -> EntityLabel? {
        guard index < tokens.count else { return nil }
        var position: Int
        if tokens[index].lower == "a" || tokens[index].lower == "an" {
            position = index + 1
        } else if index + 2 < tokens.count, tokens[index].isCapitalized, tokens[index + 1].kind == .possessive, Places.countries.contains(tokens[index].text) {
            position = index + 2
        } else {
            return nil
        }
        var words = 0
        while position < tokens.count, words <= maximumModifiers, tokens[position].sentence == sentence {
            let token = tokens[position]
            if token.text == "-" {
                position += 1
                continue
            }
            guard token.kind == .word else { return nil }
            let broadcast = token.lower == "station" && position > index + 1 && broadcastWords.contains(tokens[position - 1].lower)
            let business = position > index + 1 && isBusinessNoun(token.lower, after: tokens[position - 1].lower)
            if let label = broadcast || business ? .org : nounKinds[token.lower] {
                let next = position + 1
                if next < tokens.count, tokens[next].lower == "of", collectiveNouns.contains(token.lower) { return nil }
                guard next >= tokens.count || tokens[next].sentence != sentence || tokens[next].kind == .punctuation && tokens[next].text != "-"
                    || phraseEnders.contains(tokens[next].lower) else { return nil }
                return label
            }
            if stopWords.contains(token.lower) { return nil }
            words += 1
            position += 1
        }
        return nil
    }

    /// One past a bracket that opens right after the name and closes in its sentence ("(founded
    /// 1998)", "(or Thirty Words)"), or the index itself.
    private static func skipBracket(from index: Int, _ tokens: [Token], sentence: Int) -> Int {
        guard index < tokens.count, tokens[index].text == "(" else { return index }
        var position = index + 1
        while position < tokens.count, position < index + 20, tokens[position].sentence == sentence {
            if tokens[position].text == ")" { return position + 1 }
            position += 1
        }
        return index
    }

    /// How many words may stand between "a"/"an" (or "Australia's") and the kind noun
    /// (", an Australia-based information technology services consulting firm").
    static let maximumModifiers = 6

    /// Whether a noun names a business by what it does: a maker ("carmaker", "chipmaker"), a
    /// lender, carrier, unit or subsidiary, a "tech giant" — or an operator of a network, a grid,
    /// a plant ("mobile operator", "atomic power operator"; "a crane operator" is a person).
    /// Nouns as often said of people ("developer", "miner", "owner", "rival") are left out.
    static func isBusinessNoun(_ noun: String, after previous: String) -> Bool {
        if businessNouns.contains(noun) { return true }
        if noun.count > 7, noun.hasSuffix("maker") { return true }
        if noun == "operator" { return operatedThings.contains(previous) }
        if noun == "giant" { return ["tech", "technology", "internet", "e-commerce", "retail", "energy", "oil", "media", "mining", "chip", "software", "banking", "telecoms", "telecom"].contains(previous) }
        return false
    }

    /// Nouns that name a business whatever comes before them.
    static let businessNouns: Set<String> = [
        "lender", "carrier", "subsidiary", "unit", "startup", "start-up", "conglomerate", "insurer", "utility",
        "brokerage", "telco", "refiner", "chipmaker", "carmaker", "automaker", "drugmaker", "planemaker",
    ]

    /// What an operator operates when the operator is a business.
    static let operatedThings: Set<String> = [
        "mobile", "network", "telecom", "telecoms", "telecommunications", "power", "grid", "port", "rail", "railway", "pipeline",
        "satellite", "casino", "airport", "nuclear", "tour", "ferry", "bus", "broadband", "cable", "wireless", "exchange", "plant",
    ]

    /// Words that make the next "station" a broadcaster ("a Chinese radio station").
    static let broadcastWords: Set<String> = ["radio", "television", "tv"]

    /// Verbs of a defining sentence.
    static let copulas: Set<String> = ["is", "was", "are", "were"]

    /// Kind nouns and the label each gives: organisations (bands, clubs, companies, schools,
    /// parties, newspapers, labels, leagues), settlements and areas (GPE), natural features (LOC).
    static let nounKinds: [String: EntityLabel] = {
        var kinds: [String: EntityLabel] = [:]
        for noun in organizationKinds { kinds[noun] = .org }
        for noun in ["village", "town", "city", "hamlet", "municipality", "commune", "parish", "suburb", "borough", "township",
                     "county", "province", "settlement", "neighbourhood", "neighborhood", "state", "country", "region"] { kinds[noun] = .gpe }
        for noun in ["river", "lake", "mountain", "island", "peninsula", "valley", "stream", "brook", "creek", "pond", "bay",
                     "archipelago", "desert", "forest", "glacier", "volcano"] { kinds[noun] = .loc }
        return kinds
    }()

    /// Nouns that define a name as an organisation.
    static let organizationKinds: Set<String> = [
        "band", "group", "supergroup", "duo", "trio", "quartet", "quintet", "orchestra", "ensemble", "choir",
        "company", "corporation", "conglomerate", "firm", "retailer", "chain", "manufacturer", "carmaker", "automaker",
        "brewery", "distillery", "airline", "publisher", "broadcaster", "network", "newspaper", "magazine", "tabloid",
        "label", "charity", "organisation", "organization", "association", "society", "federation", "union",
        "party", "club", "team", "franchise", "league", "university", "college", "school", "academy", "institute",
        "supermarket", "bank", "insurer", "agency", "foundation", "consortium", "cooperative", "co-operative",
    ]

    /// Nouns of a collection, which "of" after them turns into a quantity ("a group of islands").
    static let collectiveNouns: Set<String> = ["group", "chain", "network", "union", "league", "federation", "association", "team", "ensemble", "trio", "duo", "society"]

    /// Words that may follow a kind noun at the end of its phrase ("a rock band from …", "a town
    /// located in …"); any other word after it makes the noun a modifier ("a band member", "a town
    /// councillor", "a university professor") and the phrase no definition.
    static let phraseEnders: Set<String> = [
        "from", "based", "formed", "founded", "established", "in", "on", "at", "near", "that", "which", "whose", "with", "and", "who",
        "since", "of", "located", "situated", "headquartered", "known", "called", "named", "owned", "run", "where", "consisting",
        "comprising", "serving", "originally", "for", "by", "to",
    ]

    /// Words that end a noun phrase before its noun: no kind noun follows them in the phrase.
    static let stopWords: Set<String> = [
        "of", "in", "from", "that", "which", "who", "with", "by", "for", "and", "or", "on", "at", "to", "as", "but",
        "is", "was", "are", "were", "has", "had", "the", "his", "her", "their", "its",
    ]

    /// Determiners before "band"/"label" in "the band Calder Moss".
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "rival", "fellow"]

    /// Organisation nouns that name the organisation right after them ("the band Calder Moss").
    static let organizationNouns: Set<String> = ["band", "label", "club", "newspaper", "magazine", "retailer", "airline", "broadcaster", "supermarket", "brewery", "publisher"]

    /// Settlement nouns of "the town of Wexley".
    static let settlementNouns: Set<String> = ["town", "village", "city", "hamlet", "parish", "borough", "township", "municipality", "county", "island", "suburb"]
}
