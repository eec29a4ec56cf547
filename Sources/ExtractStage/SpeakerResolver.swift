import DocPipe

/// Who a quote's speaker is, and where the text names it.
struct Attribution: Sendable {
    /// The canonical name of the person or organisation.
    var name: String
    /// `PERSON` or `ORG`.
    var label: EntityLabel
    /// Code points where the speaker is written for this quote (a name, pronoun or description).
    var span: Span?

    /// A quote attributed to someone the text does not name ("…," one witness said): no speaker,
    /// and nothing to inherit from a quote before it.
    static let unnamed = Attribution(name: "", label: .person, span: nil)

    /// Whether this is ``unnamed``.
    var isUnnamed: Bool { name.isEmpty }
}

/// Turns the words that stand for a speaker into a person or an organisation: names (through the
/// entity layer's canonical names), pronouns (the last speaker or the subject of a recent sentence
/// whose sex agrees), descriptions ("the 52-year-old", "the former mayor", "the Thor star": the
/// person the article introduced with that age or role) and organisation nouns ("the agency", "a
/// spokesman for X", "the report").
struct SpeakerResolver {
    let tokens: [Token]
    /// PERSON mentions outside quotes, by the token they start at.
    let personAt: [Int: EntityMention]
    /// Organisation-like mentions (ORG, or a place or building acting as one) outside quotes, by start token.
    let organisationAt: [Int: EntityMention]
    /// Mentions outside quotes by their last token: (first token, mention).
    let mentionEndingAt: [Int: (start: Int, mention: EntityMention)]
    /// Person start tokens in order.
    let personTokens: [Int]
    /// Organisation start tokens in order.
    let organisationTokens: [Int]
    /// Sex told by a given name or title, by canonical name.
    let sexOf: [String: Bool]
    /// The name to report for a person's canonical name: a given name alone becomes the one full
    /// name in the text that starts with it; a name whose first word is no given name ("World Cup
    /// Smith", a run-on) becomes the full name with the same surname that starts with one.
    let preferredName: [String: String]
    /// By the last word of a person's name of two or more words, each mention's token and name
    /// (as ``name(of:)`` gives it), in text order.
    let personsBySurname: [String: [(token: Int, name: String)]]
    /// Earlier quotes' speakers, with the sentence of their attribution, in order.
    var history: [(sentence: Int, attribution: Attribution)] = []
    /// By sentence, the named person who is the subject of its first reporting verb ("X, who …,
    /// said in a letter that …", "X then e-mailed Y"): whom a "he" or "she" speaking right after
    /// most likely means.
    var reporters: [Int: Attribution] = [:]
    /// Whether each token is inside quotation marks.
    let quoted: [Bool]
    /// Sentences that are photo captions run into the text ("Joy: The couple at home on Sunday."):
    /// one to three words and a colon open them, then a capitalised word, a number or a quotation.
    let captionSentences: Set<Int>
    /// The surroundings of person mentions already looked at (shared by copies of the resolver).
    private let windows = PersonWindows()

    private static let determiners: Set<String> = ["the", "a", "an", "this", "that", "another", "one"]

    /// What a person writes or says that "his" or "her" can own as a speaker ("His apology read: '…'",
    /// "Her post said"): the words are the owner's.
    static let personalWritings: Set<String> = [
        "statement", "apology", "letter", "post", "tweet", "message", "note", "email", "e-mail", "blog", "caption",
        "reply", "response", "speech", "testimony", "diary", "text", "posting", "update", "plea", "appeal", "tribute",
        "interview", "account", "memoir", "remarks", "evidence",
    ]

    /// Indexes the mentions of a text.
    init(tokens: [Token], entities: [EntityMention], quoted: [Bool]) {
        self.tokens = tokens
        self.quoted = quoted
        var personAt: [Int: EntityMention] = [:]
        var organisationAt: [Int: EntityMention] = [:]
        var endingAt: [Int: (start: Int, mention: EntityMention)] = [:]
        var persons: [Int] = []
        var organisations: [Int] = []
        var sex: [String: Bool] = [:]
        personAt.reserveCapacity(entities.count)
        organisationAt.reserveCapacity(entities.count)
        endingAt.reserveCapacity(entities.count)
        var cursor = 0
        var surnames: [String: String] = [:]
        for mention in entities where mention.label == .person {
            let words = mention.canonical.split(separator: " ")
            if words.count >= 2, let last = words.last, surnames[String(last)] == nil { surnames[String(last)] = mention.canonical }
        }
        let sharedSurnames = Self.surnamesOfSeveral(entities)
        for var mention in GivenNamePlaces.merged(entities, tokens: tokens) where [.person, .org, .gpe, .fac].contains(mention.label) {
            while cursor < tokens.count && tokens[cursor].start < mention.start { cursor += 1 }
            guard cursor < tokens.count, tokens[cursor].start == mention.start, !quoted[cursor] else { continue }
            if mention.label != .person, let person = Self.titledSurname(mention, at: cursor, tokens, surnames: surnames) {
                mention.label = .person
                mention.canonical = person
            }
            var last = cursor
            while last + 1 < tokens.count && tokens[last + 1].start < mention.end { last += 1 }
            endingAt[last] = (cursor, mention)
            if mention.label == .person, Self.isOnlyTitles(mention.text) || Self.isHoliday(mention.text) { continue }
            if mention.label == .person {
                var mention = mention
                if let titled = Self.titleSex(at: cursor, tokens), let canonicalSex = Self.givenNameSex(of: mention.canonical), titled != canonicalSex {
                    mention.canonical = mention.text
                }
                if let owners = sharedSurnames[mention.text], owners.contains(mention.canonical) {
                    let titled = Self.titleSex(at: cursor, tokens)
                    let agreeing = titled.map { sex in owners.filter { Self.givenNameSex(of: $0) == sex } } ?? []
                    mention.canonical = agreeing.count == 1 ? agreeing[0] : mention.text
                }
                personAt[cursor] = mention
                persons.append(cursor)
                if sex[mention.canonical] == nil, let told = Self.sex(of: mention, at: cursor, tokens) { sex[mention.canonical] = told }
            } else {
                organisationAt[cursor] = mention
                organisations.append(cursor)
            }
        }
        self.personAt = personAt
        self.organisationAt = organisationAt
        self.mentionEndingAt = endingAt
        self.personTokens = persons
        self.organisationTokens = organisations
        var preferred = Self.preferredNames(persons.compactMap { personAt[$0]?.canonical }, written: Set(persons.compactMap { personAt[$0]?.text }))
        for (given, full) in Self.sharedSurnameNames(persons, personAt: personAt, tokens: tokens) where preferred[given] == nil {
            preferred[given] = full
        }
        for surname in sharedSurnames.keys { preferred[surname] = nil }
        var sexByName: [String: Bool] = [:]
        for (name, told) in sex where sexByName[preferred[name] ?? name] == nil { sexByName[preferred[name] ?? name] = told }
        self.sexOf = sexByName
        self.preferredName = preferred
        var bySurname: [String: [(token: Int, name: String)]] = [:]
        for person in persons {
            guard let mention = personAt[person] else { continue }
            let full = preferred[mention.canonical] ?? mention.canonical
            let words = full.split(separator: " ")
            if words.count >= 2, let last = words.last { bySurname[String(last), default: []].append((person, full)) }
        }
        self.personsBySurname = bySurname
        self.captionSentences = Self.captions(tokens, quoted: quoted)
    }

    /// The sentences of a text that open like a photo caption: one to three words outside quotes (the
    /// first capitalised, none a verb of saying), a colon, then a capitalised word, a number or a
    /// quotation ("Pictured: …", "Happy ending: '…'", but not "He said: '…'"); also a label of one to
    /// three capitalised-first words ending with "?" or "!" that is a sentence of its own, and the
    /// sentence after it ("Naive? The minister pressed …").
    private static func captions(_ tokens: [Token], quoted: [Bool]) -> Set<Int> {
        var result: Set<Int> = []
        var index = 0
        while index < tokens.count {
            let sentence = tokens[index].sentence
            var colon = index
            while colon < tokens.count, colon - index <= 3, tokens[colon].sentence == sentence, tokens[colon].kind == .word, !quoted[colon],
                !SpeechVerbs.all.contains(tokens[colon].lower)
            {
                colon += 1
            }
            if colon > index, colon - index <= 3, colon + 1 < tokens.count, tokens[colon].text == ":", tokens[index].isCapitalized,
                tokens[colon + 1].sentence == sentence, tokens[colon + 1].isCapitalized || tokens[colon + 1].kind == .number || quoted[colon + 1]
                    || ["'", "\u{2018}", "\"", "\u{201C}"].contains(tokens[colon + 1].text)
            {
                result.insert(sentence)
            }
            let first = index
            while index < tokens.count, tokens[index].sentence == sentence { index += 1 }
            if index < tokens.count, index - first >= 2, index - first <= 4, ["?", "!"].contains(tokens[index - 1].text), tokens[first].isCapitalized,
                (first..<(index - 1)).allSatisfy({ tokens[$0].kind == .word && !quoted[$0] }), tokens[index].isCapitalized, !quoted[index]
            {
                result.insert(sentence)
                result.insert(tokens[index].sentence)
            }
        }
        return result
    }

    /// Full names that coordinated given names share ("Heidi and Maryellen Olson" names Heidi Olson,
    /// "Frederick & Elizabeth Noble" Frederick Noble), by given name: a one-word given name, then "and"
    /// or "&", then a person's name of two or more words; the given name takes that name's words
    /// after its first. A given name coordinated with two different surnames gets none.
    private static func sharedSurnameNames(_ persons: [Int], personAt: [Int: EntityMention], tokens: [Token]) -> [String: String] {
        var names: [String: String] = [:]
        var ambiguous: Set<String> = []
        for person in persons {
            guard let mention = personAt[person], !mention.canonical.contains(" "), FirstNames.all.contains(mention.canonical) else { continue }
            var next = person
            while next < tokens.count && tokens[next].start < mention.end { next += 1 }
            guard next + 1 < tokens.count, ["and", "&"].contains(tokens[next].lower), let other = personAt[next + 1] else { continue }
            let words = other.canonical.split(separator: " ")
            guard words.count >= 2 else { continue }
            let full = ([Substring(mention.canonical)] + words.dropFirst()).joined(separator: " ")
            if let earlier = names[mention.canonical], earlier != full { ambiguous.insert(mention.canonical) }
            names[mention.canonical] = full
        }
        for given in ambiguous { names[given] = nil }
        return names
    }

    /// Surnames that two or more people of a text share ("Roger Smith" and "Jeremy Smith"), each with
    /// those people's full names: PERSON canonical names of two or more words that open with a known
    /// given name, at least two different given names per surname. A surname written alone is then
    /// none of them in particular (`Smith said`), unless its title tells the sex of exactly one
    /// (`Mrs Smith` beside "Roger Smith" and "Erica Smith"): the entity layer's choice of one of
    /// them is not evidence, nor is a person whose given name the surname is ("Christie Cruz").
    static func surnamesOfSeveral(_ entities: [EntityMention]) -> [String: [String]] {
        var owners: [String: [String]] = [:]
        for mention in entities where mention.label == .person {
            let words = mention.canonical.split(separator: " ").map(String.init)
            guard words.count >= 2, let first = words.first, let last = words.last, FirstNames.all.contains(first) else { continue }
            if !(owners[last]?.contains(mention.canonical) ?? false) { owners[last, default: []].append(mention.canonical) }
        }
        return owners.filter { Set($0.value.compactMap { $0.split(separator: " ").first }).count >= 2 }
    }

    /// A one-word name the entity layer took for a body or place right after a personal title (`Dr
    /// Fox accused …` where the text named "Liam Fox"): the person with that surname, when the text
    /// names one.
    private static func titledSurname(_ mention: EntityMention, at index: Int, _ tokens: [Token], surnames: [String: String]) -> String? {
        guard !mention.text.contains(" "), let person = surnames[mention.text] else { return nil }
        var title = index - 1
        if title >= 1, tokens[title].text == "." { title -= 1 }
        guard title >= 0, Self.personalTitles.contains(tokens[title].text) else { return nil }
        return person
    }

    private static let personalTitles: Set<String> = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor"]

    /// Personal titles the entity layer may keep in a name ("Mdm Lim"): before a surname written
    /// first ("Lim Gek Meng", named in full elsewhere), the name with the title is that person.
    private static let surnameTitles: Set<String> = ["Mdm", "Mdm.", "Madam", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr."]
    /// Titles the entity layer keeps at the head of a full name ("Madam Lim Gek Meng"): the speaker
    /// is named without them.
    private static let untitledTitles: Set<String> = ["Mdm", "Mdm.", "Madam"]

    /// A person's name without the role or titles before it, as words.
    private static func untitled(_ name: String) -> [String] {
        var words = personalName(name).split(separator: " ").map(String.init)
        while words.count > 1, surnameTitles.contains(words[0]) { words.removeFirst() }
        return words
    }

    /// Whether a name is a holiday's ("Christmas", "New Year's Day"), which the entity layer may
    /// take for a person: it names no one who could speak.
    static func isHoliday(_ name: String) -> Bool {
        let lower = name.lowercased()
        let hasApostrophe = lower.unicodeScalars.contains { $0 == "'" || $0 == "\u{2019}" }
        let spaced = hasApostrophe ? lower.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "'s", with: " 's") : lower
        return holidayNames.contains(spaced.split(separator: " ").map(String.init))
    }

    /// ``Holidays/names``' word sequences.
    private static let holidayNames = Set(Holidays.names.map(\.words))

    /// Whether a name is made only of titles and honorifics ("Rt Rev", "Dr"): a title the entity
    /// layer took for a person, which names no one.
    static func isOnlyTitles(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        return !words.isEmpty && words.allSatisfy { RoleWords.titles.contains($0) || SpeakerWords.honorifics.contains($0) }
    }

    /// - Parameter written: the persons' mentions as written; a first word written alone as a
    ///   mention ("Lizzi" beside "Lizzi Crawford") is a given name, so that full name is kept, not
    ///   traded for a relative's with the same surname ("Mary Crawford").
    private static func preferredNames(_ canonicals: [String], written: Set<String> = []) -> [String: String] {
        var counts: [String: Int] = [:]
        for name in canonicals { counts[name, default: 0] += 1 }
        let full = counts.keys.filter { $0.contains(" ") }
        var result: [String: String] = [:]
        for name in counts.keys {
            let words = personalName(name).split(separator: " ").map(String.init)
            if words.count >= 3, untitledTitles.contains(words[0]) {
                result[name] = words.dropFirst().joined(separator: " ")
                continue
            }
            if words.count == 1 {
                let matches = full.filter { $0.split(separator: " ").first.map(String.init) == name }
                if matches.count == 1 { result[name] = matches[0] }
            } else if let first = words.first, let last = words.last, !FirstNames.all.contains(first), !written.contains(first) {
                let better = full.filter {
                    let other = personalName($0).split(separator: " ").map(String.init)
                    return $0 != name && other.last == last
                        && (other.first.map(FirstNames.all.contains) == true || counts[$0, default: 0] > counts[name, default: 0])
                }
                if let best = better.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }) {
                    result[name] = best
                } else if words.count >= 3 {
                    let starting = full.filter { $0 != name && personalName($0).split(separator: " ").first.map(String.init) == last }
                    if starting.count == 1 { result[name] = starting[0] }
                } else if words.count == 2, surnameTitles.contains(first) {
                    let starting = full.map(untitled).filter { $0.count >= 3 && $0.first == last }
                    if starting.count == 1 { result[name] = starting[0].joined(separator: " ") }
                }
            }
        }
        return result
    }

    /// Whether the mention starting at a token is glued to a hyphen ("Oscar-nominated",
    /// "London-based") or names the club or body of a role noun after it ("a Riverside player",
    /// "the former Harbour coach"): a modifier, never a speaker.
    func isModifier(at index: Int) -> Bool {
        guard let mention = personAt[index] ?? organisationAt[index] else { return false }
        var next = index
        while next < tokens.count && tokens[next].start < mention.end { next += 1 }
        if next < tokens.count, !tokens[next].spaceBefore, tokens[next].text == "-" || tokens[next].text == "\u{2011}" {
            return hyphenatedNameEnd(of: mention, at: next) == nil
        }
        if rolePrecedesName(from: next) { return true }
        if personAt[index] != nil, isNounModifier(at: index, next: next) { return true }
        return next < tokens.count && index > 0 && ["a", "an", "the", "former", "ex"].contains(tokens[index - 1].lower)
            && tokens[next].kind == .word && !tokens[next].isCapitalized && RoleWords.roles.contains(tokens[next].lower)
    }

    /// The last token of a hyphenated given name the entity layer cut at its hyphen ("Cheuk Hau" +
    /// "-yip", "Moon Jae" + "-in"): a name of two words or more, a hyphen and a lower-case word glued
    /// to it, then a comma, a full stop or a verb of saying (a modifier, "Oscar-nominated actor",
    /// goes on with a noun).
    func hyphenatedNameEnd(of mention: EntityMention, at hyphen: Int) -> Int? {
        guard mention.label == .person, mention.text.split(separator: " ").count >= 2, hyphen + 2 < tokens.count,
            ["-", "\u{2011}"].contains(tokens[hyphen].text), !tokens[hyphen].spaceBefore,
            tokens[hyphen + 1].kind == .word, !tokens[hyphen + 1].spaceBefore, !tokens[hyphen + 1].isCapitalized, tokens[hyphen + 1].lower.count <= 4
        else { return nil }
        let after = tokens[hyphen + 2]
        guard [",", "."].contains(after.text) || after.kind == .word && SpeechVerbs.all.contains(after.lower) else { return nil }
        return hyphen + 1
    }

    /// `the X settlement bloc`, `the X family home`, `a recent X judgement`: a name after "the" (or
    /// after "a", "an" or "the" and one lower-case word that is no role) and before a lower-case noun
    /// (not a verb: no verb of saying, auxiliary or adverb, no -ed or -ing form) qualifies that noun.
    private func isNounModifier(at index: Int, next: Int) -> Bool {
        let determined = index > 0 && tokens[index - 1].lower == "the"
            || index > 1 && ["a", "an", "the"].contains(tokens[index - 2].lower) && tokens[index - 1].kind == .word && !tokens[index - 1].isCapitalized
            && !RoleWords.roles.contains(tokens[index - 1].lower) && !SpeakerWords.phraseStops.contains(tokens[index - 1].lower)
        guard determined, next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized,
            tokens[next].spaceBefore, !tokens[next].lineBreakBefore, tokens[next].sentence == tokens[index].sentence
        else { return false }
        let word = tokens[next].lower
        guard word.count >= 4, !SpeechVerbs.all.contains(word), !SpeakerWords.betweenSubjectAndVerb.contains(word),
            !SpeakerWords.phraseStops.contains(word), !Self.nounModifierStops.contains(word)
        else { return false }
        return !["ed", "ly", "ing"].contains { word.hasSuffix($0) }
    }

    /// Lower-case words after "the X" that go on a clause rather than name a thing X qualifies.
    private static let nounModifierStops: Set<String> = ["were", "have", "this", "that", "these", "those", "what", "where", "whose", "there", "their", "them", "then", "they", "also", "must", "went", "came", "made", "took", "gave", "says", "told", "know", "knew", "want", "wants", "need", "needs", "seem", "seems", "became", "become", "remain", "remains", "could", "would", "should", "might", "will", "shall", "since", "both", "each", "even", "which", "while"]

    /// Whether one or two lower-case role nouns and then a person's name start at a token ("Tory
    /// *donor Jane Roe*", "club *chairman Sam Lee*"): the mention before them names the person's party,
    /// club or body, never a person of its own.
    private func rolePrecedesName(from start: Int) -> Bool {
        var probe = start
        while probe < tokens.count, probe - start < 2, tokens[probe].kind == .word, !tokens[probe].isCapitalized, personAt[probe] == nil,
            RoleWords.roles.contains(Self.compoundHead(tokens[probe].lower)) || Self.spokespersons.contains(tokens[probe].lower)
        {
            probe += 1
        }
        return probe > start && probe < tokens.count && personAt[probe] != nil && tokens[probe].sentence == tokens[start].sentence
    }

    /// Whether the mention starting at a token is a possessor or the object of a preposition ("with
    /// X", "X's", "by talent manager X"), so not the subject of its clause.
    func isOblique(at index: Int) -> Bool {
        guard let mention = personAt[index] ?? organisationAt[index] else { return false }
        if index > 0, Self.prepositions.contains(tokens[index - 1].lower) || tokens[index - 1].kind == .possessive { return true }
        if index > 1, ["the", "his", "her", "their", "its", "my", "our", "your"].contains(tokens[index - 1].lower),
            Self.prepositions.contains(tokens[index - 2].lower)
        {
            return true
        }
        var role = index - 1
        while role > 0, index - role <= 2, tokens[role].kind == .word, !tokens[role].isCapitalized, RoleWords.roles.contains(tokens[role].lower) {
            role -= 1
        }
        if role < index - 1, role >= 0, tokens[role].kind == .word, Self.prepositions.contains(tokens[role].lower), tokens[role].sentence == tokens[index].sentence {
            return true
        }
        var next = index
        while next < tokens.count && tokens[next].start < mention.end { next += 1 }
        if next < tokens.count, tokens[next].kind == .possessive || (tokens[next].text == "'" || tokens[next].text == "\u{2019}") && !tokens[next].spaceBefore {
            return true
        }
        return isModifier(at: index) || isInPicturedAside(at: index)
    }

    /// Whether a mention stands in a photo caption's aside after a name ("X, pictured with Y, said",
    /// "X (pictured with Y) said"): "pictured" right after a comma or an opening bracket, then at
    /// most nine words and no punctuation before the mention. The person pictured beside the subject
    /// is never the one speaking.
    private func isInPicturedAside(at index: Int) -> Bool {
        var probe = index - 1
        while probe > 0, index - probe <= 10, tokens[probe].sentence == tokens[index].sentence {
            if tokens[probe].kind == .punctuation { return false }
            if tokens[probe].lower == "pictured" { return [",", "("].contains(tokens[probe - 1].text) }
            probe -= 1
        }
        return false
    }

    /// Prepositions whose object is not a clause's subject.
    static let prepositions: Set<String> = ["of", "to", "for", "with", "by", "from", "about", "on", "at", "against", "like", "than", "as", "into", "over", "in", "after", "before", "behind", "between", "among", "under", "without", "alongside", "beside"]

    /// `true` for a man, `false` for a woman, from the title before a mention, the given name
    /// (of the canonical name; of the mention as written when the canonical name opens with no
    /// given name at all: "Ben" for "Big Ben", never the surname "Omar" for "Ilhan Omar"), or a
    /// kinship word right before it ("her husband Eain", "His mother, Zena Basin,").
    private static func sex(of mention: EntityMention, at index: Int, _ tokens: [Token]) -> Bool? {
        if let told = titleSex(at: index, tokens) ?? givenNameSex(of: mention.canonical) ?? kinshipSex(at: index, tokens) { return told }
        guard let first = mention.canonical.split(separator: " ").first, !GivenNamePlaces.isGivenName(String(first)) else { return nil }
        return givenNameSex(of: mention.text)
    }

    /// The sex a kinship noun right before a mention tells, past one comma ("husband Eain", "his
    /// mother, Zena Basin"): words of one sex only.
    static func kinshipSex(at index: Int, _ tokens: [Token]) -> Bool? {
        var noun = index - 1
        if noun > 0, tokens[noun].text == "," { noun -= 1 }
        guard noun >= 0, tokens[noun].kind == .word, !tokens[noun].isCapitalized || noun == 0 || tokens[noun - 1].sentence != tokens[noun].sentence else { return nil }
        if maleKin.contains(tokens[noun].lower) { return true }
        if femaleKin.contains(tokens[noun].lower) { return false }
        return nil
    }

    /// Kinship nouns of a man and of a woman.
    private static let maleKin: Set<String> = ["husband", "father", "son", "brother", "grandfather", "grandson", "uncle", "nephew", "boyfriend", "fiance", "stepfather", "stepson", "dad"]
    private static let femaleKin: Set<String> = ["wife", "mother", "daughter", "sister", "grandmother", "granddaughter", "aunt", "niece", "girlfriend", "fiancee", "fiancée", "stepmother", "stepdaughter", "mum", "widow"]

    /// The sex a title right before a mention tells ("Mr", "Mrs").
    static func titleSex(at index: Int, _ tokens: [Token]) -> Bool? {
        guard index > 0 else { return nil }
        let title = tokens[index - 1].text
        if SpeakerWords.maleTitles.contains(title) { return true }
        if SpeakerWords.femaleTitles.contains(title) { return false }
        return nil
    }

    /// The sex a name's first word tells, when it is a given name of one sex.
    static func givenNameSex(of name: String) -> Bool? {
        let first = String(name.split(separator: " ").first ?? "")
        if GivenNameGenders.male.contains(first) { return true }
        if GivenNameGenders.female.contains(first) { return false }
        return nil
    }

    /// Relation and occupation words that a sentence-initial capital can glue to a name ("Teammate
    /// Olly Dean", "Fisherman Zoltan Kirrage").
    static let leadingRoles: Set<String> = [
        "teammate", "team-mate", "neighbour", "neighbor", "friend", "pal", "partner", "colleague", "classmate", "flatmate", "housemate",
        "fisherman", "passenger", "pensioner", "grandmother", "grandfather", "grandad", "granddad", "gran", "grandma", "grandpa",
        "widow", "widower", "motorist", "shopper", "holidaymaker", "commuter", "resident", "villager", "farmer", "builder", "nurse",
        "student", "mum", "dad", "mother", "father", "fan", "landlord", "landlady", "shopkeeper", "cyclist", "walker", "driver",
    ]

    /// Lower-case particles inside a surname ("Van den Brul", "da Silva", "bin Salman").
    static let nameParticles: Set<String> = ["van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "y"]

    /// The speaker a mention names.
    func attribution(of mention: EntityMention, at index: Int) -> Attribution {
        if mention.label == .person, looksLikeOrganisation(mention, at: index) || isSpokespersonsBody(mention, at: index) {
            return Attribution(name: mention.canonical, label: .org, span: Span(start: tokens[index].start, end: mention.end))
        }
        if mention.label == .person {
            var name = name(of: mention)
            var start = tokens[index].start
            let words = name.split(separator: " ")
            if words.count >= 3, let first = words.first, Self.leadingRoles.contains(first.lowercased()) || RoleWords.roles.contains(first.lowercased()),
                mention.text.hasPrefix(first)
            {
                name = words.dropFirst().joined(separator: " ")
                let nameStart = tokens[index].start + first.unicodeScalars.count + 1
                if let next = tokens[index...].first(where: { $0.start >= nameStart }) { start = next.start }
            }
            var end = mention.end
            var next = index
            while next < tokens.count && tokens[next].start < mention.end { next += 1 }
            var particles: [String] = []
            while next + 1 < tokens.count, tokens[next].kind == .word, Self.nameParticles.contains(tokens[next].text), tokens[next].spaceBefore,
                !tokens[next].lineBreakBefore
            {
                particles.append(tokens[next].text)
                if tokens[next + 1].kind == .word, tokens[next + 1].isCapitalized, !tokens[next + 1].lineBreakBefore, personAt[next + 1] == nil {
                    if let last = mention.text.split(separator: " ").last, name.hasSuffix(last) {
                        name += " " + (particles + [tokens[next + 1].text]).joined(separator: " ")
                        end = tokens[next + 1].end
                    }
                    break
                }
                next += 1
            }
            if particles.isEmpty, let last = hyphenatedNameEnd(of: mention, at: next), name.hasSuffix(mention.text.split(separator: " ").last ?? "") {
                name += "-" + tokens[last].text
                end = tokens[last].end
            }
            return Attribution(name: Self.personalName(name), label: .person, span: Span(start: start, end: end))
        }
        if let person = Self.personAfterRole(in: mention.text) ?? Self.personBeforePostNominal(in: mention.text) {
            return Attribution(name: person, label: .person, span: Span(start: tokens[index].start, end: mention.end))
        }
        if let person = Self.personBeforeOf(in: mention.text) {
            return Attribution(name: person, label: .person, span: Span(start: tokens[index].start, end: mention.end))
        }
        return Attribution(name: mention.canonical, label: .org, span: Span(start: tokens[index].start, end: mention.end))
    }

    /// Whether a PERSON mention is an organisation's name: two words or more, no title before it,
    /// no given name first, and a last word that names a body or a club ("Northgate United",
    /// "Harlow Council").
    private func looksLikeOrganisation(_ mention: EntityMention, at index: Int) -> Bool {
        let words = mention.canonical.split(separator: " ").map(String.init)
        guard words.count >= 2, let first = words.first, let last = words.last, !FirstNames.all.contains(first),
            !RoleWords.titles.contains(first), index == 0 || !RoleWords.titles.contains(tokens[index - 1].text)
        else { return false }
        return OrganizationWords.heads.contains(last) || SpeakerWords.clubSuffixes.contains(last)
    }

    /// Whether a PERSON mention is the body a spokesperson speaks for ("a spokesperson for Kelvane,
    /// which runs …"): one word, no given name, right after "spokesman/spokeswoman/spokesperson for"
    /// (or "of", "at", "from").
    private func isSpokespersonsBody(_ mention: EntityMention, at index: Int) -> Bool {
        var before = index - 1
        if before >= 0, tokens[before].lower == "the" { before -= 1 }
        guard before >= 1, ["for", "of", "at", "from"].contains(tokens[before].lower), Self.spokespersons.contains(tokens[before - 1].lower) else { return false }
        let words = mention.canonical.split(separator: " ")
        return words.count == 1 && !FirstNames.all.contains(String(words[0]))
    }

    /// Whether a PERSON mention written between "a", "an" or "the" and a spokesperson noun is the body
    /// the spokesperson speaks for ("a Kelvane Homes spokesman said"): it ends right before the noun,
    /// comes right after the article, and no word of it is a given name or a title.
    private func isBodyBeforeSpokesperson(_ mention: EntityMention, at index: Int, head: Int) -> Bool {
        guard index > 0, ["a", "an", "the"].contains(tokens[index - 1].lower) else { return false }
        var next = index
        while next < tokens.count && tokens[next].start < mention.end { next += 1 }
        guard next == head else { return false }
        return mention.text.split(separator: " ").allSatisfy { !FirstNames.all.contains(String($0)) && !RoleWords.titles.contains(String($0)) }
    }

    /// Nouns for a spokesperson.
    static let spokespersons: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"]

    /// The person an organisation mention ends with, after a role ("Acme Logistics CEO Jane Roe"):
    /// two or more words after the role, the first a given name; after a role in capitals ("CEO")
    /// any two capitalised words that name no body ("Kestrel CEO Joost Vermaat").
    static func personAfterRole(in text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard let role = words.dropLast().lastIndex(where: { RoleWords.roles.contains($0.lowercased()) && ($0 == $0.lowercased() || $0 == $0.uppercased()) }),
            words.count - role - 1 >= 2
        else { return nil }
        let name = words[(role + 1)...]
        let acronymRole = words[role].count >= 2 && words[role] == words[role].uppercased()
        guard FirstNames.all.contains(words[role + 1])
            || acronymRole && name.count == 2 && name.allSatisfy({ $0.first?.isUppercase == true && !OrganizationWords.heads.contains($0) })
        else { return nil }
        return personalName(words[(role + 1)...].joined(separator: " "))
    }

    /// The person an organisation mention opens with before "of" ("Professor Jane Roe of Northgate
    /// University" → "Jane Roe"): titles dropped, then two or three capitalised words, the first a
    /// given name.
    static func personBeforeOf(in text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard let of = words.firstIndex(of: "of"), of >= 2 else { return nil }
        var name = Array(words[..<of])
        while name.count > 2, RoleWords.titles.contains(name[0]) || SpeakerWords.honorifics.contains(name[0]) { name.removeFirst() }
        guard (2...3).contains(name.count), GivenNamePlaces.isGivenName(name[0]), name.allSatisfy({ $0.first?.isUppercase == true }),
            !name.contains(where: { OrganizationWords.heads.contains($0) })
        else { return nil }
        return name.joined(separator: " ")
    }

    /// The person an organisation mention names when it ends with letters after a name ("Jane
    /// Roe QC", "John Doe MP"): two or three capitalised words before them, the first a given name.
    static func personBeforePostNominal(in text: String) -> String? {
        var words = text.split(separator: " ").map(String.init)
        guard let last = words.last, postNominals.contains(last) else { return nil }
        while let final = words.last, postNominals.contains(final) { words.removeLast() }
        guard (2...3).contains(words.count), GivenNamePlaces.isGivenName(words[0]), words.allSatisfy({ $0.first?.isUppercase == true }),
            !words.contains(where: { OrganizationWords.heads.contains($0) })
        else { return nil }
        return words.joined(separator: " ")
    }

    /// Capitalised words that describe a person before the name ("Olympian Jane Roe", "Former Jane
    /// Roe", "Billionaire Jane Roe"), never part of it.
    static let descriptors: Set<String> = ["Former", "Ex", "Late", "Superstar", "Veteran", "Legendary", "Olympian", "Millionaire", "Multimillionaire", "Billionaire", "Tycoon", "Mogul", "Socialite", "Teenager", "Youngster", "Rookie", "Skipper", "Defender", "Striker", "Midfielder", "Goalkeeper", "Winger"]

    /// Letters after a name that are no part of it ("Jane Roe QC", "John Doe MP").
    static let postNominals: Set<String> = ["QC", "KC", "MP", "MEP", "MSP", "MLA", "AM", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "MD"]

    /// A person's name without the role before it or the letters after it: "Acme Corp CEO Jane Roe",
    /// "Recorder Jane Roe" (a first word that is no given name before one that is) and "Jane Roe
    /// QC" are "Jane Roe".
    static func personalName(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        while words.count > 1, let last = words.last, postNominals.contains(last) { words.removeLast() }
        let isRole = { (word: String) in
            RoleWords.roles.contains(word.lowercased()) && (word == word.lowercased() || word == word.uppercased() || RoleWords.titles.contains(word))
        }
        if let role = words.dropLast().lastIndex(where: isRole), role + 1 < words.count {
            words.removeFirst(role + 1)
        }
        if words.count >= 3, !FirstNames.all.contains(words[0]), FirstNames.all.contains(words[1]) { words.removeFirst() }
        while words.count >= 2, Nationalities.all.contains(words[0]) || descriptors.contains(words[0]),
            let next = words[1].first, next.isUppercase, !Nationalities.all.contains(words[1])
        {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// The name reported for a person mention.
    func name(of mention: EntityMention) -> String {
        preferredName[mention.canonical] ?? mention.canonical
    }

    /// The speaker written at a token: a name, a pronoun or the head of a description.
    /// - Parameters:
    ///   - index: the token (the first of a name, a pronoun, or any word of a description).
    ///   - quoteOpen: the quote's opening mark (earlier speakers only are considered).
    func speaker(at index: Int, quoteOpen: Int) -> Attribution? {
        guard index >= 0, index < tokens.count else { return nil }
        if let mention = personAt[index] ?? organisationAt[index] { return attribution(of: mention, at: index) }
        if tokens[index].lower == "the", let mention = organisationAt[index + 1] { return attribution(of: mention, at: index + 1) }
        if let (start, mention) = mentionEndingAt[index] {
            if let person = personBeforeAffiliation(bodyStart: start, body: mention), let found = personAt[person] {
                return attribution(of: found, at: person)
            }
            return attribution(of: mention, at: start)
        }
        let acronym = tokens[index].lower == "the" && index + 1 < tokens.count ? index + 1 : index
        if isAcronym(acronym) {
            return Attribution(name: tokens[acronym].text, label: .org, span: Span(start: tokens[index].start, end: tokens[acronym].end))
        }
        switch tokens[index].lower {
        case "he", "she": return pronoun(at: index, before: min(index, quoteOpen))
        case "it": return writerOfText(at: index) ?? organisationReference(at: index, before: min(index, quoteOpen))
        default: break
        }
        guard tokens[index].kind == .word || tokens[index].kind == .number else { return nil }
        if let named = personBySurname(at: index, before: min(index, quoteOpen)) { return named }
        if let titled = personWithTitle(endingAt: index, before: min(index, quoteOpen)) { return titled }
        return description(endingAt: phraseEnd(from: index), before: min(index, quoteOpen))
    }

    /// "Jane Roe from broker Acme Capital said": the person a body's name right before a speech verb
    /// belongs to, written right before "from", "of" or "at" (past "the" and up to two lower-case
    /// words such as "broker"). The named person speaks, not the body. A body the entity layer took
    /// for a person counts after "from" only ("X from broker Panmure Gordon said").
    func personBeforeAffiliation(bodyStart: Int, body: EntityMention) -> Int? {
        var index = bodyStart - 1
        var skipped = 0
        while index >= 0, skipped < 3, tokens[index].kind == .word, !tokens[index].isCapitalized,
            !["from", "of", "at"].contains(tokens[index].lower), !SpeakerWords.phraseStops.contains(tokens[index].lower) || tokens[index].lower == "the"
        {
            index -= 1
            skipped += 1
        }
        guard index >= 1, ["from", "of", "at"].contains(tokens[index].lower), tokens[index].sentence == tokens[bodyStart].sentence,
            body.label != .person || tokens[index].lower == "from",
            let (first, mention) = mentionEndingAt[index - 1], mention.label == .person, personAt[first] != nil
        else { return nil }
        return first
    }

    /// "The Prime Minister said" after "Prime Minister Jane Roe" (or "asked Prime Minister Roe"): "the"
    /// and one to three capitalised title words, written earlier right before a person's name: the
    /// latest person so titled.
    func personWithTitle(endingAt index: Int, before limit: Int) -> Attribution? {
        var first = index
        while first > 0, index - first < 3, tokens[first].kind == .word, tokens[first].isCapitalized, tokens[first].lower != "the",
            personAt[first] == nil, organisationAt[first] == nil, !quoted[first]
        {
            first -= 1
        }
        guard first < index, first >= 0, tokens[first].lower == "the", tokens[first].sentence == tokens[index].sentence else { return nil }
        let title = (first + 1...index).map { tokens[$0].text }
        guard title.contains(where: { RoleWords.titles.contains($0) || RoleWords.roles.contains($0.lowercased()) }) else { return nil }
        for person in personTokens.reversed() where person < limit {
            guard let mention = personAt[person] else { continue }
            let before = person - title.count >= 0 ? (person - title.count..<person).map { tokens[$0].text } : []
            if before == title || mention.text.hasPrefix(title.joined(separator: " ") + " ") {
                return Attribution(name: name(of: mention), label: .person, span: Span(start: tokens[first].start, end: tokens[index].end))
            }
        }
        return nil
    }

    /// `"…," Kindly said` where the entity layer left the surname alone untagged (it is also a
    /// common word): a capitalised word outside quotes, with no lower-case word right after it
    /// but a verb of saying, that is the last word of exactly one person named earlier in full.
    func personBySurname(at index: Int, before limit: Int) -> Attribution? {
        let word = tokens[index].text
        guard tokens[index].isCapitalized, !quoted[index], index + 1 < tokens.count, tokens[index + 1].kind == .word,
            SpeechVerbs.all.contains(tokens[index + 1].lower), !SpeechVerbs.participles.contains(tokens[index + 1].lower)
        else { return nil }
        var found: String?
        for person in personsBySurname[word] ?? [] where person.token < limit {
            if let name = found, name != person.name { return nil }
            found = person.name
        }
        guard let full = found else { return nil }
        return Attribution(name: full, label: .person, span: Span(start: tokens[index].start, end: tokens[index].end))
    }

    /// Whether a token is an acronym that the entity layer left unlabelled ("The FA said"): two to
    /// six capitals, outside quotes, not the pronoun I.
    func isAcronym(_ index: Int) -> Bool {
        guard index < tokens.count, !quoted[index], personAt[index] == nil, tokens[index].kind == .word else { return false }
        let text = tokens[index].text
        return (2...6).contains(text.count) && text.allSatisfy { $0.isUppercase && $0.isLetter } && !SpeakerWords.roleAcronyms.contains(text)
    }

    /// The last word of the noun phrase that a word starts or belongs to.
    private func phraseEnd(from index: Int) -> Int {
        var end = index
        while end + 1 < tokens.count, end - index < 6, !tokens[end + 1].lineBreakBefore {
            let next = tokens[end + 1]
            if next.kind == .punctuation && next.text != "-" { break }
            if next.kind == .word && (SpeakerWords.phraseStops.contains(next.lower) || SpeechVerbs.all.contains(next.lower) || ["there", "here"].contains(next.lower)
                || SpeakerWords.betweenSubjectAndVerb.contains(next.lower) && !next.isCapitalized) { break }
            if personAt[end + 1] != nil || organisationAt[end + 1] != nil, !isModifier(at: end + 1) { break }
            if next.kind == .word, SpeakerWords.authoring.contains(next.lower),
                [end + 2, end + 3].contains(where: { $0 < tokens.count && tokens[$0].lower == "by" })
            {
                break
            }
            end += 1
        }
        return end
    }

    /// A person pronoun: among the people of the nearest sentences (this one first, then up to six
    /// before) whose sex does not contradict it, the one most in focus (mentions in the last four
    /// sentences, one more for a speaker or a clause subject); nothing when no person is that near.
    func pronoun(at index: Int, before limit: Int) -> Attribution? {
        pronoun(at: index, before: limit, chained: 0)
    }

    /// ``pronoun(at:before:)``, `chained` sentences deep into a run of sentences that open with the
    /// same pronoun (``chainedPronoun(male:at:depth:)`` follows at most four).
    private func pronoun(at index: Int, before limit: Int, chained depth: Int) -> Attribution? {
        let male = ["he", "his", "him"].contains(tokens[index].lower)
        if let voice = spokespersonSpeaker(male: male, at: index) { return voice }
        if let same = continuedSpeaker(male: male, at: index) { return same }
        let candidates = recentPeople(before: limit, sentences: 6).filter { sexOf[$0.person.name].map { $0 == male } ?? true }
        if let other = otherSexObject(male: male, at: index, candidates: candidates) { return other }
        guard let nearest = candidates.first else { return lastSpeaker(male: male, at: index, before: limit) }
        if let chained = chainedPronoun(male: male, at: index, depth: depth) { return chained }
        if let reporter = previousReporter(male: male, at: index, before: limit, candidates: candidates) {
            return Attribution(name: reporter.name, label: .person, span: Span(start: tokens[index].start, end: tokens[index].end))
        }
        let previous = previousSentenceOutsideQuotes(before: index)
        if opensSentence(index) || followsOpeningQuote(index), let subject = candidates.first(where: { $0.prominent && $0.sentence == previous }),
            !candidates.contains(where: { $0.sentence == tokens[index].sentence })
        {
            return Attribution(name: subject.person.name, label: .person, span: Span(start: tokens[index].start, end: tokens[index].end))
        }
        func weight(_ candidate: (sentence: Int, person: Attribution, prominent: Bool)) -> Int {
            salience(of: candidate.person.name, before: limit) + (candidate.prominent ? (candidate.sentence == nearest.sentence ? 2 : 1) : 0)
        }
        let chosen = candidates.filter { nearest.sentence - $0.sentence <= 2 }.enumerated().max { left, right in
            let (a, b) = (weight(left.element), weight(right.element))
            return a != b ? a < b : left.offset > right.offset
        }?.element ?? nearest
        return Attribution(name: chosen.person.name, label: .person, span: Span(start: tokens[index].start, end: tokens[index].end))
    }

    /// "X said: '…' Y was jailed at the court (pictured) He added: '…'": a pronoun right before
    /// "added" or "continued" goes on the last quote's speaker (a named person whose sex does not
    /// contradict it, quoted at most three sentences before) when every other person of that sex
    /// named since stands in a photo caption run into the text (a sentence with "(pictured" or one
    /// that opens like a caption): the verb says the same voice goes on, and a caption's person
    /// is not the story's.
    private func continuedSpeaker(male: Bool, at index: Int) -> Attribution? {
        guard index + 1 < tokens.count, ["added", "adds", "continued", "continues"].contains(tokens[index + 1].lower),
            let last = history.last, last.attribution.label == .person, !last.attribution.isUnnamed,
            sexOf[last.attribution.name].map({ $0 == male }) ?? true
        else { return nil }
        let here = tokens[index].sentence
        guard here > last.sentence, here - last.sentence <= 3 else { return nil }
        let others = personTokens.filter { person in
            person < index && tokens[person].sentence > last.sentence && !isModifier(at: person)
                && personAt[person].map { name(of: $0) != last.attribution.name && (sexOf[name(of: $0)].map { $0 == male } ?? true) } ?? false
        }
        guard !others.isEmpty, others.allSatisfy({ isPicturedSentence(tokens[$0].sentence) || captionSentences.contains(tokens[$0].sentence) }) else {
            return nil
        }
        return Attribution(name: last.attribution.name, label: .person, span: Span(start: tokens[index].start, end: tokens[index].end))
    }

    /// "She said Jane Roe made mistakes … She added: '…'": a "he" or "she" with no person named
    /// before it in its sentence, after a sentence (outside quotes, with no quote attributed in it)
    /// that opens with the same pronoun, stands for whoever that pronoun stands for: the subject
    /// goes on, and the people its clause reports on do not take it over. At most four such
    /// sentences back, so a long run costs no more than a short one.
    private func chainedPronoun(male: Bool, at index: Int, depth: Int) -> Attribution? {
        guard depth < 4 else { return nil }
        let here = tokens[index].sentence
        guard !personTokens.contains(where: { $0 < index && tokens[$0].sentence == here && !isModifier(at: $0) }),
            !(0..<index).reversed().prefix(while: { tokens[$0].sentence == here }).contains(where: { !quoted[$0] && ["he", "she"].contains(tokens[$0].lower) })
        else { return nil }
        let previous = previousSentenceOutsideQuotes(before: index)
        var opening = index - 1
        while opening >= 0, tokens[opening].sentence >= previous { opening -= 1 }
        var first = opening + 1
        if first + 1 < index, SpeakerWords.sentenceConnectives.contains(tokens[first].lower) { first += 1 }
        guard first + 1 < index, tokens[first].sentence == previous, tokens[first].lower == (male ? "he" : "she"), !quoted[first],
            tokens[first + 1].kind == .word, !quoted[first + 1], !history.contains(where: { $0.sentence == previous }),
            let earlier = pronoun(at: first, before: first, chained: depth + 1), earlier.label == .person, !earlier.isUnnamed
        else { return nil }
        return Attribution(name: earlier.name, label: .person, span: Span(start: tokens[index].start, end: tokens[index].end))
    }

    /// Whether a sentence carries a photo caption's "(pictured" ("… at the court (pictured)").
    private func isPicturedSentence(_ sentence: Int) -> Bool {
        tokens.indices.contains { tokens[$0].sentence == sentence && tokens[$0].lower == "pictured" && $0 > 0 && tokens[$0 - 1].text == "(" }
    }

    /// The sentence before a token's own, past sentences that lie wholly inside quotation marks
    /// (`X runs a stall. "It is rare. So, I'll watch it," he said.`): the last one
    /// that the text itself speaks in, where the subject a "he" or "she" continues is.
    private func previousSentenceOutsideQuotes(before index: Int) -> Int {
        let here = tokens[index].sentence
        var probe = index
        while probe > 0, tokens[probe - 1].sentence == here { probe -= 1 }
        probe -= 1
        while probe >= 0 {
            let sentence = tokens[probe].sentence
            var speaks = false
            while probe >= 0, tokens[probe].sentence == sentence {
                if tokens[probe].kind == .word, !quoted[probe] { speaks = true }
                probe -= 1
            }
            if speaks { return sentence }
        }
        return here - 1
    }

    /// "X had a row with Jane in which she told him: '…'": when the pronoun's own sentence names, before
    /// it, someone of the other sex and, as an object or after a preposition, exactly one person of the
    /// pronoun's sex (both sexes told by given names or titles), the pronoun is that person.
    private func otherSexObject(male: Bool, at index: Int, candidates: [(sentence: Int, person: Attribution, prominent: Bool)]) -> Attribution? {
        let here = tokens[index].sentence
        guard !candidates.contains(where: { $0.sentence == here }) else { return nil }
        let own = personTokens.filter { $0 < index && tokens[$0].sentence == here && !isModifier(at: $0) }
        guard own.contains(where: { personAt[$0].map { sexOf[name(of: $0)] == !male } ?? false }) else { return nil }
        let agreeing = own.filter { person in isOblique(at: person) && personAt[person].map { sexOf[name(of: $0)] == male } ?? false }
        let names = Set(agreeing.compactMap { personAt[$0].map(name(of:)) })
        guard names.count == 1, let person = agreeing.last, let mention = personAt[person] else { return nil }
        return Attribution(name: name(of: mention), label: .person, span: Span(start: tokens[index].start, end: tokens[index].end))
    }

    /// "A spokeswoman for X said … She added: '…'": a pronoun that opens the sentence right after a
    /// quote given to an organisation through its spokesman or spokeswoman (of the pronoun's sex)
    /// continues that organisation.
    private func spokespersonSpeaker(male: Bool, at index: Int) -> Attribution? {
        guard opensSentence(index), let last = history.last, last.attribution.label == .org, last.sentence == tokens[index].sentence - 1,
            let span = last.attribution.span,
            !personTokens.contains(where: { $0 < index && tokens[$0].sentence >= last.sentence && !isModifier(at: $0) })
        else { return nil }
        let words = tokens.filter { $0.start >= span.start && $0.end <= span.end }.map(\.lower)
        let voice = male ? ["spokesman", "spokesperson"] : ["spokeswoman", "spokesperson"]
        guard words.contains(where: voice.contains) else { return nil }
        return Attribution(name: last.attribution.name, label: .org, span: Span(start: tokens[index].start, end: tokens[index].end))
    }

    /// The reporter of the sentence before a pronoun's, when nobody is named in the pronoun's own
    /// sentence before it and no one else's quote stands in the last four sentences ("X, who …, said in a
    /// letter that … He wrote: '…'"; "The lawyer, X, said … '…,' he said").
    private func previousReporter(male: Bool, at index: Int, before limit: Int, candidates: [(sentence: Int, person: Attribution, prominent: Bool)]) -> Attribution? {
        guard limit > 0 else { return nil }
        let here = tokens[index].sentence
        guard !candidates.contains(where: { $0.sentence == here }), let reporter = reporters[here - 1], sexOf[reporter.name].map({ $0 == male }) ?? true,
            !history.contains(where: { $0.sentence >= here - 4 && $0.attribution.name != reporter.name })
        else { return nil }
        return reporter
    }

    /// Whether a pronoun comes right after a quote that opens its sentence (`"…," he told the BBC`):
    /// only quoted words and punctuation stand before it in its sentence, so it is the sentence's
    /// first word outside the quote.
    private func followsOpeningQuote(_ index: Int) -> Bool {
        var first = index - 1
        while first >= 0, tokens[first].sentence == tokens[index].sentence, quoted[first] || tokens[first].kind == .punctuation { first -= 1 }
        return first < index - 1 && (first < 0 || tokens[first].sentence != tokens[index].sentence)
            && (first + 1..<index).contains(where: { quoted[$0] })
    }

    /// Whether a token opens its sentence, past a connective ("But he said").
    private func opensSentence(_ index: Int) -> Bool {
        var first = index
        if first > 0, tokens[first - 1].sentence == tokens[index].sentence, SpeakerWords.sentenceConnectives.contains(tokens[first - 1].lower) { first -= 1 }
        return first == 0 || tokens[first - 1].sentence != tokens[index].sentence
    }

    /// With no person of the pronoun's sex in the last sentences: the last quote's speaker whose sex
    /// agrees (within twelve sentences), when no one else whose sex could agree has been named since
    /// (a man's quote in between does not hide the woman who spoke before it from "she").
    private func lastSpeaker(male: Bool, at index: Int, before limit: Int) -> Attribution? {
        guard limit > 0 else { return nil }
        let agrees = { (name: String) in self.sexOf[name].map { $0 == male } ?? true }
        guard let last = history.last(where: { $0.attribution.label == .person && !$0.attribution.isUnnamed && agrees($0.attribution.name) }) else { return nil }
        let here = tokens[limit - 1].sentence
        guard here - last.sentence <= 12 else { return nil }
        if let latest = history.last, latest.attribution.label == .person, latest.attribution.name != last.attribution.name,
            sexOf[latest.attribution.name] == nil
        {
            return nil
        }
        let others = personTokens.contains {
            $0 < limit && tokens[$0].sentence > last.sentence && personAt[$0].map { name(of: $0) != last.attribution.name && agrees(name(of: $0)) } ?? false
        }
        guard !others else { return nil }
        return Attribution(name: last.attribution.name, label: .person, span: Span(start: tokens[index].start, end: tokens[index].end))
    }

    /// How much a person is in focus just before a point: mentions in the last four sentences.
    private func salience(of name: String, before limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        let here = tokens[limit - 1].sentence
        var score = 0
        for person in personTokens where person < limit && here - tokens[person].sentence <= 3 && !isModifier(at: person) {
            if let mention = personAt[person], self.name(of: mention) == name { score += 1 }
        }
        return score
    }

    /// People in the order a reader would take them for "he" or "she": in each sentence from the
    /// nearest back, the quote speakers attributed there, then its persons in order (the subject
    /// first). `prominent` marks a speaker or a clause subject, which a pronoun takes before anyone
    /// mentioned more often nearby. Outside captions, a photo caption's persons are not taken: a
    /// caption run into the text interrupts the story, not its subject.
    private func recentPeople(before limit: Int, sentences: Int) -> [(sentence: Int, person: Attribution, prominent: Bool)] {
        guard limit > 0, limit <= tokens.count else { return [] }
        let here = tokens[limit - 1].sentence
        let own = limit < tokens.count ? tokens[limit].sentence : here
        var result: [(sentence: Int, person: Attribution, prominent: Bool)] = []
        var seen: Set<String> = []
        for sentence in stride(from: here, through: max(0, here - sentences), by: -1) {
            for entry in history.reversed() where entry.sentence == sentence && entry.attribution.label == .person {
                if seen.insert(entry.attribution.name).inserted { result.append((sentence, entry.attribution, true)) }
            }
            if sentence != own, !captionSentences.contains(own), captionSentences.contains(sentence) { continue }
            if let described = describedSubject(of: sentence, before: limit), seen.insert(described.name).inserted {
                result.append((sentence, described, true))
            }
            let agents = personTokens.filter { tokens[$0].sentence == sentence && $0 < limit && isPassiveAgent($0) }
            let people = personTokens.filter {
                tokens[$0].sentence == sentence && $0 < limit && (!isOblique(at: $0) || agents.contains($0)) && !isInList($0)
            }
            let subjects = people.filter { isClauseSubject($0) || agents.contains($0) }
            for person in (subjects.last.map { [$0] } ?? []) + people {
                if let mention = personAt[person], seen.insert(name(of: mention)).inserted {
                    result.append((sentence, attribution(of: mention, at: person), subjects.contains(person)))
                }
            }
        }
        return result
    }

    /// Whether a person is the agent of a passive verb ("The plan was praised by the chairman of
    /// the bank, Jane Roe."): the one who acted, as prominent as a subject.
    func isPassiveAgent(_ index: Int) -> Bool {
        var back = index - 1
        while back >= 2, index - back <= 8, tokens[back].sentence == tokens[index].sentence, tokens[back].lower != "by" {
            if tokens[back].kind == .punctuation, tokens[back].text != "-", tokens[back].text != "," { return false }
            back -= 1
        }
        guard back >= 2, tokens[back].lower == "by", tokens[back - 1].kind == .word else { return false }
        let participle = tokens[back - 1].lower
        guard participle.hasSuffix("ed") || participle.hasSuffix("en") || ["made", "told", "said", "held", "led", "won", "brought", "sent"].contains(participle) else { return false }
        var helper = back - 2
        while helper > 0, back - helper <= 3, tokens[helper].lower.hasSuffix("ly") || Self.passiveAdverbs.contains(tokens[helper].lower) { helper -= 1 }
        return ["was", "were", "been", "being", "is", "are", "be"].contains(tokens[helper].lower)
    }

    /// Adverbs between a passive's auxiliary and its participle ("was also praised by").
    private static let passiveAdverbs: Set<String> = ["also", "later", "then", "since", "once", "again", "even", "just", "already", "not", "never", "often", "soon"]

    /// Whether a person is one of a list of three names or more ("A, B, C and D"): people listed are
    /// talked about, never the one a later "he" or "she" speaking means.
    func isInList(_ index: Int) -> Bool {
        func previousName(_ first: Int) -> Int? {
            guard first >= 2, [",", "and", "&"].contains(tokens[first - 1].lower), let (start, mention) = mentionEndingAt[first - 2], mention.label == .person
            else { return nil }
            return start
        }
        func nextName(_ first: Int) -> Int? {
            guard let mention = personAt[first], let after = tokenAfter(mention, at: first), after + 1 < tokens.count,
                [",", "and", "&"].contains(tokens[after].lower), personAt[after + 1] != nil
            else { return nil }
            return after + 1
        }
        var count = 1
        var probe = index
        while count < 3, let earlier = previousName(probe) { count += 1; probe = earlier }
        probe = index
        while count < 3, let later = nextName(probe) { count += 1; probe = later }
        return count >= 3
    }

    /// Transitive verbs whose object a name right after them is ("lent Mr X his support", "beat X").
    static let objectVerbs: Set<String> = [
        "lent", "gave", "met", "beat", "thanked", "praised", "sent", "joined", "replaced", "blamed", "criticised", "criticized",
        "attacked", "hired", "sacked", "signed", "visited", "phoned", "interviewed", "married", "hugged", "kissed", "helped",
        "defeated", "backed", "supported", "appointed", "invited", "showed", "offered", "paid", "sued", "arrested", "thanks",
        "gives", "meets", "beats", "joins", "replaces", "backs", "supports", "congratulated", "welcomed", "introduced", "saw",
    ]

    /// Whether a person mention is the subject of a main clause: a verb follows it (past a bracket
    /// aside), and no speech verb, "that" or transitive verb stands right before it.
    func isClauseSubject(_ index: Int) -> Bool {
        guard let mention = personAt[index] else { return false }
        if index > 0, SpeechVerbs.all.contains(tokens[index - 1].lower) || tokens[index - 1].lower == "that" { return false }
        if index > 0, Self.isGerundObject(index, tokens) { return false }
        var before = index - 1
        while before >= 0, index - before <= 3, RoleWords.titles.contains(tokens[before].text) { before -= 1 }
        if before >= 0, tokens[before].sentence == tokens[index].sentence, Self.objectVerbs.contains(tokens[before].text) { return false }
        var next = index
        while next < tokens.count && tokens[next].start < mention.end { next += 1 }
        if next < tokens.count, tokens[next].text == "(" {
            while next < tokens.count, tokens[next].text != ")", next - index < 8 { next += 1 }
            next += 1
        }
        var lead = index
        while lead > 0, index - lead < 4, tokens[lead - 1].sentence == tokens[index].sentence, RoleWords.titles.contains(tokens[lead - 1].text) { lead -= 1 }
        while lead > 0, index - lead < 6, tokens[lead - 1].sentence == tokens[index].sentence, tokens[lead - 1].kind == .word,
            !tokens[lead - 1].isCapitalized && RoleWords.roles.contains(tokens[lead - 1].lower)
                || mentionEndingAt[lead - 1].map({ isModifier(at: $0.start) }) ?? false
        {
            lead = mentionEndingAt[lead - 1].map { $0.start } ?? lead - 1
            while lead > 0, index - lead < 6, tokens[lead - 1].sentence == tokens[index].sentence, tokens[lead - 1].kind == .word,
                tokens[lead - 1].isCapitalized, personAt[lead - 1] == nil, organisationAt[lead - 1] == nil, mentionEndingAt[lead - 1] == nil
            {
                lead -= 1
            }
        }
        if lead > 0, tokens[lead - 1].sentence == tokens[lead].sentence, SpeakerWords.sentenceConnectives.contains(tokens[lead - 1].lower) { lead -= 1 }
        let opensSentence = lead == 0 || tokens[lead - 1].sentence != tokens[lead].sentence || tokens[lead - 1].kind == .punctuation
        if next + 1 < tokens.count, opensSentence, [",", "-", "\u{2013}", "\u{2014}"].contains(tokens[next].text),
            ["who", "whose"].contains(tokens[next + 1].lower) || tokens[next].text == ","
        {
            return true
        }
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].sentence == tokens[index].sentence else { return false }
        let word = tokens[next].lower
        if SpeechVerbs.all.contains(word) || SpeakerWords.betweenSubjectAndVerb.contains(word) { return true }
        guard !tokens[next].isCapitalized else { return false }
        return !Self.prepositions.contains(word) && !SpeakerWords.phraseStops.contains(word) && !Self.determiners.contains(word)
            && !["who", "whose", "which", "and", "or"].contains(word)
    }

    /// Whether a name stands right after a lower-case word in -ing of its own sentence (`is
    /// accelerating Lib Dem election plans`, `after meeting Jane Roe`): the object of that verb or
    /// preposition, never a clause's subject.
    static func isGerundObject(_ index: Int, _ tokens: [Token]) -> Bool {
        let previous = tokens[index - 1]
        return previous.kind == .word && !previous.isCapitalized && previous.lower.count >= 5 && previous.lower.hasSuffix("ing")
            && previous.sentence == tokens[index].sentence && !tokens[index].lineBreakBefore
    }

    /// "X sent a fax to her son. It read: '…'": an `it` that opens its sentence right after one in
    /// which a named person (its subject) sent or wrote a letter, note, message, e-mail, text, fax or
    /// card is that person's text.
    private func writerOfText(at index: Int) -> Attribution? {
        guard opensSentence(index), index + 1 < tokens.count, ["read", "reads", "said", "says", "stated", "states"].contains(tokens[index + 1].lower) else { return nil }
        let previous = tokens[index].sentence - 1
        let range = tokens.indices.filter { tokens[$0].sentence == previous && !quoted[$0] }
        guard let text = range.first(where: { Self.writtenTexts.contains(tokens[$0].lower) }),
            range.contains(where: { $0 < text && Self.sendingVerbs.contains(tokens[$0].lower) }),
            let writer = personTokens.first(where: { range.contains($0) && $0 < text && !isOblique(at: $0) && isClauseSubject($0) }),
            let mention = personAt[writer]
        else { return nil }
        return Attribution(name: name(of: mention), label: .person, span: Span(start: tokens[index].start, end: tokens[index].end))
    }

    private static let writtenTexts: Set<String> = ["fax", "letter", "note", "message", "email", "e-mail", "text", "card", "postcard", "telegram", "tweet", "memo"]
    private static let sendingVerbs: Set<String> = ["sent", "wrote", "left", "posted", "penned", "faxed", "emailed", "e-mailed", "texted", "scribbled", "handed", "writes", "sends"]

    /// "it said": the last organisation speaker, or the organisation named first in this sentence or
    /// the one before.
    private func organisationReference(at index: Int, before limit: Int) -> Attribution? {
        let here = tokens[index].sentence
        if let last = history.last, last.attribution.label == .org, here - last.sentence <= 3 {
            return Attribution(name: last.attribution.name, label: .org, span: Span(start: tokens[index].start, end: tokens[index].end))
        }
        if let last = history.last, last.attribution.label == .org, here - last.sentence <= 8,
            !organisationTokens.contains(where: { $0 < limit && tokens[$0].sentence > last.sentence && organisationAt[$0]?.label == .org
                && organisationAt[$0]?.canonical != last.attribution.name }),
            !personTokens.contains(where: { $0 < limit && tokens[$0].sentence > last.sentence && !isModifier(at: $0) })
        {
            return Attribution(name: last.attribution.name, label: .org, span: Span(start: tokens[index].start, end: tokens[index].end))
        }
        for candidate in organisationTokens.reversed() where candidate < limit && here - tokens[candidate].sentence <= 1 {
            if let mention = organisationAt[candidate], mention.label == .org, !isOblique(at: candidate) || isSourceAccordingTo(at: candidate) {
                return Attribution(name: mention.canonical, label: .org, span: Span(start: tokens[index].start, end: tokens[index].end))
            }
        }
        for candidate in organisationTokens.reversed() where candidate < limit && tokens[candidate].sentence == here {
            if let mention = organisationAt[candidate], mention.label == .org, let next = tokenAfter(mention, at: candidate), next < index,
                tokens[next].kind == .word, SpeakerWords.voices.contains(tokens[next].lower)
            {
                return Attribution(name: mention.canonical, label: .org, span: Span(start: tokens[index].start, end: tokens[index].end))
            }
        }
        return nil
    }

    /// Whether an organisation is the source a sentence cites (`…, according to the Coin Agency.`, `…,
    /// according to its website`): what "it said" after it most likely stands for, though it is the
    /// object of a preposition.
    func isSourceAccordingTo(at index: Int) -> Bool {
        var previous = index - 1
        if previous >= 0, tokens[previous].lower == "the" { previous -= 1 }
        return previous >= 1 && tokens[previous].lower == "to" && tokens[previous - 1].lower == "according"
    }

    /// Whether a place's name is the first half of a hyphenated modifier (`the Canada-based company`,
    /// `a London-listed firm`): the company is based there, it is not the place.
    private func isPlaceCompound(_ mention: EntityMention, at index: Int) -> Bool {
        guard mention.label == .gpe || mention.label == .loc, let hyphen = tokenAfter(mention, at: index), hyphen + 1 < tokens.count,
            tokens[hyphen].text == "-", !tokens[hyphen].spaceBefore, !tokens[hyphen + 1].spaceBefore
        else { return false }
        return tokens[hyphen + 1].kind == .word && !tokens[hyphen + 1].isCapitalized
    }

    /// The first token after a mention.
    private func tokenAfter(_ mention: EntityMention, at index: Int) -> Int? {
        var next = index
        while next < tokens.count && tokens[next].start < mention.end { next += 1 }
        return next < tokens.count ? next : nil
    }

    /// A description ending at `head`: an organisation noun, an age ("the 52-year-old"), or a role
    /// ("the former mayor", "the Thor star") the article gave a named person.
    private func description(endingAt head: Int, before limit: Int) -> Attribution? {
        var start = head
        var possessor: Int?
        while start - 1 >= 0, head - start < 7, !tokens[start].lineBreakBefore {
            let previous = tokens[start - 1]
            if previous.kind == .possessive { possessor = start - 2; break }
            if previous.kind == .word, Self.determiners.contains(previous.lower) { start -= 1; break }
            if ["\u{201D}", "\""].contains(previous.text), let opening = (max(0, start - 9)..<(start - 1)).last(where: { ["\u{201C}", "\""].contains(tokens[$0].text) }),
                opening > 0, tokens[opening - 1].kind == .word, Self.determiners.contains(tokens[opening - 1].lower)
            {
                start = opening - 1
                break
            }
            if previous.kind == .word, previous.lower == "and", start >= 2, tokens[start - 2].kind == .word, !tokens[start - 2].isCapitalized,
                isPersonNoun(start - 2), isPersonNoun(head)
            {
                start -= 2
                continue
            }
            if previous.kind == .punctuation && previous.text != "-" { break }
            if previous.kind == .word, !previous.isCapitalized, SpeakerWords.phraseStops.contains(previous.lower) || SpeechVerbs.all.contains(previous.lower) { break }
            if let (first, _) = mentionEndingAt[start - 1] {
                guard isModifier(at: first) else { break }
                start = first
                continue
            }
            start -= 1
        }
        let span = Span(start: tokens[start].start, end: tokens[head].end)
        let headWord = tokens[head].lower
        if start + 1 == head, ["his", "her"].contains(tokens[start].lower), Self.personalWritings.contains(headWord),
            let writer = pronoun(at: start, before: limit)
        {
            return Attribution(name: writer.name, label: .person, span: span)
        }
        if SpeakerWords.organisationNouns.contains(headWord) {
            return organisation(described: headWord, head: head, possessor: possessor, start: start, span: span, before: limit)
        }
        if tokens[start].lower == "the", start + 1 == head, Self.anonymousNouns.contains(headWord), introducesUnnamed(noun: headWord, before: start) {
            return Attribution.unnamed
        }
        if Self.bodyMembers.contains(headWord), possessor == nil, !(head + 1 < tokens.count && tokens[head + 1].lower == "of") {
            return groupBody(span: span, before: limit, members: true)
        }
        if let possessor, possessor >= 0, let (_, mention) = mentionEndingAt[possessor], mention.label == .person,
            Self.personalWritings.contains(headWord)
        {
            return Attribution(name: name(of: mention), label: .person, span: span)
        }
        guard isPersonNoun(head) else { return nil }
        if possessor != nil {
            return introducedPerson(head: head, start: start, span: span, before: limit)
        }
        if let found = introducedPerson(head: head, start: start, span: span, before: limit) { return found }
        if SpeakerWords.officials.contains(headWord), start > 0, let (first, mention) = mentionEndingAt[start - 1], mention.label == .org {
            return Attribution(name: mention.canonical, label: .org, span: Span(start: tokens[first].start, end: span.end))
        }
        guard tokens[start].lower == "the" else { return nil }
        if limit > 0, let nearest = personTokens.last(where: { $0 < limit && tokens[$0].sentence == tokens[limit - 1].sentence && !isModifier(at: $0)
            && !($0 > 0 && ["his", "her", "their", "my", "our", "your"].contains(tokens[$0 - 1].lower)) }),
            let mention = personAt[nearest]
        {
            return Attribution(name: name(of: mention), label: .person, span: span)
        }
        let wanted = sexTold(byNoun: headWord)
        guard let first = recentPeople(before: limit, sentences: 2).first(where: { candidate in
            wanted == nil || sexOf[candidate.person.name].map { $0 == wanted } ?? true
        })?.person else { return nil }
        return Attribution(name: first.name, label: .person, span: span)
    }

    /// A body named in title case that the entity layer split or missed ("the World Summit for the
    /// Information Society (WSIS)"): two or more capitalised words joined by of/for/the/on/and,
    /// holding an organisation mention or followed by an acronym in brackets; after a voice ("a
    /// spokesperson for Meriton") any capitalised name that is no person's.
    private func titleCaseOrganisation(from start: Int, voice: Bool) -> String? {
        var end = start
        var capitalised = 0
        var holdsOrganisation = false
        while end < tokens.count, end - start < 12, tokens[end].kind == .word, end == start || !tokens[end].lineBreakBefore {
            if tokens[end].isCapitalized {
                capitalised += 1
                holdsOrganisation = holdsOrganisation || organisationAt[end] != nil
            } else if !["of", "for", "the", "on", "and"].contains(tokens[end].text) {
                break
            }
            end += 1
        }
        while end > start, !tokens[end - 1].isCapitalized { end -= 1 }
        guard end > start, personAt[start] == nil, !tokens[start].lineBreakBefore || start == 0 else { return nil }
        if voice, capitalised >= 1 { return (start..<end).map { tokens[$0].text }.joined(separator: " ") }
        guard capitalised >= 2 else { return nil }
        let acronym = end + 2 < tokens.count && tokens[end].text == "(" && tokens[end + 1].text.count >= 2
            && tokens[end + 1].text == tokens[end + 1].text.uppercased() && tokens[end + 2].text == ")"
        guard holdsOrganisation || acronym else { return nil }
        return (start..<end).map { tokens[$0].text }.joined(separator: " ")
    }

    /// The noun a compound description is built on: "mother-of-two" → "mother".
    static func compoundHead(_ word: String) -> String {
        guard let range = word.range(of: "-of-") else { return word }
        return String(word[..<range.lowerBound])
    }

    private func sexTold(byNoun noun: String) -> Bool? {
        let word = Self.compoundHead(noun)
        if SpeakerWords.maleRoles.contains(word) { return true }
        if SpeakerWords.femaleRoles.contains(word) { return false }
        return nil
    }

    /// An organisation's name with the lower-case words that complete it up to the noun it was
    /// described with ("the Senate farm committee" → "Senate farm committee").
    private func fullName(of mention: EntityMention, at index: Int, noun: String) -> String {
        var end = index
        while end < tokens.count && tokens[end].start < mention.end { end += 1 }
        var words: [String] = []
        var probe = end
        while probe < tokens.count, probe - end < 6, tokens[probe].kind == .word, !tokens[probe].isCapitalized,
            !Self.determiners.contains(tokens[probe].lower), !["who", "which", "that", "when", "after", "before"].contains(tokens[probe].lower),
            !SpeechVerbs.all.contains(tokens[probe].lower), !SpeakerWords.betweenSubjectAndVerb.contains(tokens[probe].lower)
        {
            words.append(tokens[probe].text)
            if tokens[probe].lower == noun { return ([mention.canonical] + words).joined(separator: " ") }
            probe += 1
        }
        return mention.canonical
    }

    /// Whether a description's head names a person: a role word, an age, a nationality or an agent noun.
    /// A sentence whose subject is a description of a person introduced earlier ("The Tory leader was
    /// asked …", "The 52-year-old added …"): that person. Only an exact age or role match counts.
    private func describedSubject(of sentence: Int, before limit: Int) -> Attribution? {
        guard let sentenceStart = tokens[..<min(limit, tokens.count)].lastIndex(where: { $0.sentence == sentence }).map({ last in
            var index = last
            while index > 0, tokens[index - 1].sentence == sentence { index -= 1 }
            return index
        }), sentenceStart + 1 < limit else { return nil }
        var first = sentenceStart
        if Self.prepositions.contains(tokens[first].lower), let comma = (first + 1..<min(first + 5, limit)).first(where: { tokens[$0].text == "," }),
            !(first + 1..<comma).contains(where: { personAt[$0] != nil })
        {
            first = comma + 1
        }
        guard first + 1 < limit, tokens[first].lower == "the", personAt[first + 1] == nil else { return nil }
        var head = first + 1
        while head + 1 < limit, head - first < 4, tokens[head + 1].kind == .word || tokens[head + 1].text == "-",
            !SpeakerWords.betweenSubjectAndVerb.contains(tokens[head + 1].lower), !SpeechVerbs.all.contains(tokens[head + 1].lower),
            !SpeakerWords.phraseStops.contains(tokens[head + 1].lower)
        {
            head += 1
        }
        guard head + 1 < limit, isPersonNoun(head), tokens[head + 1].kind == .word,
            SpeakerWords.betweenSubjectAndVerb.contains(tokens[head + 1].lower) || SpeechVerbs.all.contains(tokens[head + 1].lower)
        else { return nil }
        return introducedPerson(head: head, start: first, span: Span(start: tokens[first].start, end: tokens[head].end), before: first)
    }

    /// Church roles, which name one person when the article introduced someone with the title.
    private static let clergy: Set<String> = ["cardinal", "archbishop", "bishop", "pope", "vicar", "priest", "rabbi", "imam", "chaplain", "pastor"]

    private func isPersonNoun(_ head: Int) -> Bool {
        let word = Self.compoundHead(tokens[head].lower)
        if RoleWords.roles.contains(word) || Self.clergy.contains(word) || word == "year-old" || word.hasSuffix("-year-old") { return true }
        if SpeakerWords.roleAcronyms.contains(tokens[head].text) { return true }
        if tokens[head].isCapitalized, Nationalities.all.contains(tokens[head].text) { return true }
        if tokens[head].isCapitalized, Demonyms.countries[tokens[head].text] != nil { return true }
        return ["er", "or", "ist", "ian", "ant", "ent"].contains { word.hasSuffix($0) } && word.count > 4
    }

    /// The person most recently introduced with the description's age or head noun (and its
    /// capitalised modifiers): "Thor star Chris Hemsworth", "Jane Roe, the former mayor,",
    /// "Jane Roe, 52,", "the 52-year-old Jane Roe". A noun that tells a sex ("the actor") skips people
    /// of the other sex introduced with a noun for the same role ("singer Jane Roe").
    /// Person nouns a text uses for someone it never names ("a UK man … the man wrote").
    private static let anonymousNouns: Set<String> = [
        "man", "woman", "boy", "girl", "patient", "victim", "teenager", "pensioner", "driver", "passenger", "customer", "resident", "worker",
    ]

    /// Whether the text introduced someone unnamed with a noun before a point: `a … man` (the
    /// article within four words) or `the 43-year-old man`, with no person named within three
    /// tokens of it, so a later "the man" is that unnamed person, not the last person named.
    private func introducesUnnamed(noun: String, before limit: Int) -> Bool {
        for index in 0..<min(limit, tokens.count) where !quoted[index] && tokens[index].lower == noun {
            let before = max(0, index - 4)..<index
            let indefinite = before.contains { tokens[$0].kind == .word && ["a", "an"].contains(tokens[$0].lower) }
            let aged = (max(0, index - 3)..<index).contains { tokens[$0].lower == "year-old" }
            guard indefinite || aged else { continue }
            let near = max(0, index - 3)...min(tokens.count - 1, index + 3)
            if near.contains(where: { personAt[$0] != nil || mentionEndingAt[$0].map { $0.mention.label == .person } ?? false }) { continue }
            return true
        }
        return false
    }

    /// A person mention's last token and the words around it in its sentence that may introduce
    /// it: up to five before (titles not counted; never past a verb of saying or a "he" or "she",
    /// whose role words belong to the speaker: "The judge said he accepted X …") and, unless a possessive or a word other than a
    /// comma follows it, up to twelve after, to a speech verb or a preposition; kept in
    /// ``windows`` after the first time.
    private func surroundings(of person: Int, _ mention: EntityMention) -> (end: Int, window: [Int]) {
        if let known = windows.byPerson[person] { return known }
        var end = person
        while end + 1 < tokens.count && tokens[end + 1].start < mention.end { end += 1 }
        let sentence = tokens[person].sentence
        var window: [Int] = []
        var back = person - 1
        var titles = 0
        while back >= 0, person - back - titles <= 5, tokens[back].sentence == sentence, personAt[back] == nil,
            !(tokens[back].kind == .word && (SpeechVerbs.all.contains(tokens[back].lower) || ["he", "she"].contains(tokens[back].lower)))
        {
            if RoleWords.titles.contains(tokens[back].text) || SpeakerWords.honorifics.contains(tokens[back].text) { titles += 1 }
            window.append(back)
            back -= 1
        }
        var forward = end + 1
        let possessed = forward < tokens.count && (tokens[forward].kind == .possessive || tokens[forward].text != ",")
        while !possessed, forward < tokens.count, forward - end <= 12, tokens[forward].sentence == sentence, personAt[forward] == nil,
            !(tokens[forward].kind == .word && SpeechVerbs.all.contains(tokens[forward].lower)),
            !(forward > end + 2 && tokens[forward].kind == .word && ["of", "to", "with", "for", "from", "about"].contains(tokens[forward].lower))
        {
            window.append(forward)
            forward += 1
        }
        windows.byPerson[person] = (end, window)
        return (end, window)
    }

    private func introducedPerson(head: Int, start: Int, span: Span, before limit: Int) -> Attribution? {
        let headWord = tokens[head].lower
        var age: String?
        for index in start...head where tokens[index].lower == "year-old" && index >= 2 && tokens[index - 1].text == "-" && tokens[index - 2].kind == .number {
            age = tokens[index - 2].text
        }
        let modifiers = (start..<head).filter { tokens[$0].isCapitalized && !Self.determiners.contains(tokens[$0].lower) }.map { tokens[$0].lower }
        let wanted = sexTold(byNoun: headWord)
        let sameRole = RoleWords.sameRole(as: headWord)
        for person in personTokens.reversed() where person < limit {
            guard let mention = personAt[person] else { continue }
            if let wanted, let told = sexOf[name(of: mention)], told != wanted { continue }
            let (end, window) = surroundings(of: person, mention)
            if let age {
                let ageAfter = end + 2 < tokens.count && tokens[end + 1].text == "," && tokens[end + 2].text == age
                let ageBefore = window.contains { tokens[$0].lower == "year-old" } && window.contains { tokens[$0].text == age }
                if ageAfter || ageBefore { return Attribution(name: name(of: mention), label: .person, span: span) }
                continue
            }
            let namesRole = window.contains { tokens[$0].lower == headWord || !sameRole.isEmpty && sameRole.contains(tokens[$0].lower) }
            if namesRole, modifiers.allSatisfy({ modifier in window.contains { tokens[$0].lower == modifier } }) {
                return Attribution(name: name(of: mention), label: .person, span: span)
            }
            if modifiers.isEmpty, tokens[head].isCapitalized, let countries = Demonyms.countries[tokens[head].text],
                introducedWithCountry(countries, person: person, last: end, window: window)
            {
                return Attribution(name: name(of: mention), label: .person, span: span)
            }
        }
        guard let age, headWord != "year-old", RoleWords.roles.contains(headWord) else { return nil }
        return introducedByRoleOnly(age: age, headWord: headWord, modifiers: modifiers, wanted: wanted, span: span, before: limit)
    }

    /// "the 54-year-old chief executive said" when no one was introduced with that age: the latest
    /// person introduced with the role ("X, who has quit as chief executive of …") whose surroundings
    /// give no other age.
    private func introducedByRoleOnly(age: String, headWord: String, modifiers: [String], wanted: Bool?, span: Span, before limit: Int) -> Attribution? {
        let sameRole = RoleWords.sameRole(as: headWord)
        for person in personTokens.reversed() where person < limit {
            guard let mention = personAt[person] else { continue }
            if let wanted, let told = sexOf[name(of: mention)], told != wanted { continue }
            let (_, window) = surroundings(of: person, mention)
            let otherAge = window.contains { index in
                tokens[index].lower == "year-old" && index >= 2 && tokens[index - 2].kind == .number && tokens[index - 2].text != age
            }
            guard !otherAge else { continue }
            let namesRole = window.contains { tokens[$0].lower == headWord || !sameRole.isEmpty && sameRole.contains(tokens[$0].lower) }
            if namesRole, modifiers.allSatisfy({ modifier in window.contains { tokens[$0].lower == modifier } }) {
                return Attribution(name: name(of: mention), label: .person, span: span)
            }
        }
        return nil
    }

    /// An organisation described by a noun: named with it ("the World Bank report", "a spokesman
    /// for the summit", "the agency's statement"), else the latest organisation whose name has the
    /// noun ("the agency" → "Federal Labour Agency"), else, for documents and voices, the last
    /// organisation speaker or one named in this sentence or the one before.
    private func organisation(described noun: String, head: Int, possessor: Int?, start: Int, span: Span, before limit: Int) -> Attribution? {
        if let possessor, possessor >= 0, let (_, mention) = mentionEndingAt[possessor], mention.label == .person {
            return Self.personalWritings.contains(noun) ? Attribution(name: name(of: mention), label: .person, span: span) : nil
        }
        if possessor == nil, tokens[start].lower == "the", start + 1 == head, let maker = documentMaker(noun: noun, before: start) {
            return Attribution(name: maker.name, label: maker.label, span: maker.isUnnamed ? nil : span)
        }
        if let possessor, possessor >= 0, let (first, mention) = mentionEndingAt[possessor] {
            if mention.label == .gpe, Self.stateBodies.contains(noun), possessor + 2 <= head,
                (possessor + 2..<head).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized })
            {
                let body = (possessor + 2...head).map { tokens[$0].text }.joined(separator: " ")
                return Attribution(name: mention.text + "'s " + body, label: .org, span: Span(start: tokens[first].start, end: span.end))
            }
            return Attribution(name: mention.canonical, label: .org, span: Span(start: tokens[first].start, end: span.end))
        }
        if let possessor, possessor >= 1, tokens[possessor - 1].lower == "the", tokens[possessor].kind == .word,
            SpeakerWords.organisationNouns.contains(tokens[possessor].lower), !SpeakerWords.voices.contains(tokens[possessor].lower),
            let body = description(endingAt: possessor, before: limit), body.label == .org
        {
            return Attribution(name: body.name, label: .org, span: span)
        }
        if Self.clubNouns.contains(noun), (start..<head).contains(where: { organisationAt[$0].map(isCompetition) ?? false })
            || start > 0 && mentionEndingAt[start - 1].map({ isCompetition($0.mention) }) ?? false
        {
            return latestClub(before: start, sentence: tokens[head].sentence).map { Attribution(name: $0, label: .org, span: span) }
        }
        if Self.stateBodies.contains(noun), let body = nationalBody(from: start, head: head) {
            return Attribution(name: body, label: .org, span: span)
        }
        for index in start..<head {
            if Self.spokespersons.contains(noun), let mention = personAt[index], isBodyBeforeSpokesperson(mention, at: index, head: head) {
                return Attribution(name: mention.canonical, label: .org, span: span)
            }
            if let mention = organisationAt[index], !isPlaceCompound(mention, at: index) {
                let name = SpeakerWords.voices.contains(noun) ? mention.canonical : fullName(of: mention, at: index, noun: noun)
                return Attribution(name: name, label: .org, span: span)
            }
            if ["administration", "government", "campaign", "team"].contains(noun), let mention = personAt[index], mention.end <= tokens[head].start {
                return Attribution(name: mention.text + " " + noun, label: .org, span: span)
            }
        }
        if head + 2 < tokens.count, ["for", "of", "at", "from"].contains(tokens[head + 1].lower) {
            var index = head + 2
            if tokens[index].lower == "the" { index += 1 }
            if index < tokens.count, var mention = organisationAt[index] {
                var next = index
                while next < tokens.count && tokens[next].start < mention.end { next += 1 }
                if next + 1 < tokens.count, tokens[next].kind == .possessive, let owned = organisationAt[next + 1] { mention = owned }
                return Attribution(name: mention.canonical, label: .org, span: span)
            }
            if index < tokens.count, let mention = personAt[index], isSpokespersonsBody(mention, at: index) {
                return Attribution(name: mention.canonical, label: .org, span: span)
            }
            if let name = titleCaseOrganisation(from: index, voice: SpeakerWords.voices.contains(noun)) {
                return Attribution(name: name, label: .org, span: span)
            }
            if SpeakerWords.voices.contains(noun), tokens[index - 1].lower == "the", index < tokens.count, tokens[index].kind == .word,
                SpeakerWords.organisationNouns.contains(tokens[index].lower), !SpeakerWords.voices.contains(tokens[index].lower),
                let body = description(endingAt: index, before: limit), body.label == .org
            {
                return Attribution(name: body.name, label: .org, span: span)
            }
        }
        if SpeakerWords.voices.contains(noun), let author = author(after: head) { return Attribution(name: author, label: .org, span: span) }
        if Self.anonymousSources.contains(noun), start == head || ["a", "an"].contains(tokens[start].lower) { return Attribution.unnamed }
        if ["administration", "government", "campaign"].contains(noun) {
            for person in personTokens.reversed() where person < limit {
                guard let mention = personAt[person] else { continue }
                var next = person
                while next < tokens.count && tokens[next].start < mention.end { next += 1 }
                if next < tokens.count, tokens[next].lower == noun { return Attribution(name: mention.text + " " + noun, label: .org, span: span) }
            }
        }
        let here = tokens[min(limit, tokens.count - 1)].sentence
        for index in organisationTokens.reversed() where index < limit {
            guard let mention = organisationAt[index], mention.label == .org else { continue }
            var next = index
            while next < tokens.count && tokens[next].start < mention.end { next += 1 }
            if next < tokens.count, tokens[next].lower == noun { return Attribution(name: mention.canonical, label: .org, span: span) }
        }
        for index in organisationTokens.reversed() where index < limit && here - tokens[index].sentence <= 6 {
            if let mention = organisationAt[index], mention.canonical.lowercased().split(separator: " ").contains(Substring(noun)) {
                return Attribution(name: mention.canonical, label: .org, span: span)
            }
        }
        if !SpeakerWords.voices.contains(noun), tokens[start].lower == "the", start + 1 == head, let named = appositiveBody(noun: noun, before: start) {
            return Attribution(name: named, label: .org, span: span)
        }
        if !SpeakerWords.voices.contains(noun), tokens[start].lower == "the", start + 1 == head, let named = earlierNamedBody(noun: noun, before: start, sentence: here) {
            return Attribution(name: named, label: .org, span: span)
        }
        if !SpeakerWords.voices.contains(noun), tokens[start].lower == "the", start + 1 == head, let described = earlierDescribedBody(noun: noun, before: start, sentence: here) {
            return Attribution(name: described, label: .org, span: span)
        }
        if !SpeakerWords.voices.contains(noun) {
            for index in organisationTokens.reversed() where index < limit && here - tokens[index].sentence <= 2 {
                if let mention = organisationAt[index], mention.label == .org, !isOblique(at: index) {
                    return Attribution(name: fullName(of: mention, at: index, noun: noun), label: .org, span: span)
                }
            }
        }
        if let last = history.last, last.attribution.label == .org, here - last.sentence <= 6 {
            return Attribution(name: last.attribution.name, label: .org, span: span)
        }
        if tokens[start].lower == "the", Self.spokespersons.contains(noun) || SpeakerWords.voices.contains(noun),
            let last = history.last(where: { $0.attribution.label == .org && !$0.attribution.isUnnamed }), here - last.sentence <= 6
        {
            return Attribution(name: last.attribution.name, label: .org, span: span)
        }
        if tokens[start].lower == "the", let maker = statementMaker(noun: noun, before: start, sentence: here) {
            return Attribution(name: maker.name, label: maker.label, span: span)
        }
        guard tokens[start].lower == "the" || SpeakerWords.voices.contains(noun) else { return nil }
        for sentence in stride(from: here, through: max(0, here - 1), by: -1) {
            if let first = organisationTokens.first(where: { tokens[$0].sentence == sentence && $0 < limit }), let mention = organisationAt[first],
                mention.label == .org
            {
                return Attribution(name: mention.canonical, label: .org, span: span)
            }
        }
        guard tokens[start].lower == "the", Self.ownVoices.contains(noun) else { return nil }
        return leadingOrganisation(before: limit).map { Attribution(name: $0, label: .org, span: span) }
    }

    /// Documents a definite reference points back to ("…, according to a statement from X. '…,' the
    /// statement said").
    private static let referredDocuments: Set<String> = ["statement", "letter", "release", "announcement", "memo", "memorandum"]

    /// The maker of the document "the statement" (letter, release, announcement, memo) refers to: the
    /// latest one introduced without "the" in the six sentences before ("a statement from X", "X's
    /// statement", "the X statement", "In a statement, X said", "X issued a statement", "X wrote in a
    /// letter"), a person or an organisation; ``Attribution/unnamed`` when an unnamed subject made it
    /// ("In a joint statement, the families said"); nil when none is found.
    private func documentMaker(noun: String, before start: Int) -> Attribution? {
        guard Self.referredDocuments.contains(noun) else { return nil }
        let here = tokens[start].sentence
        var index = start - 1
        while index >= 1, here - tokens[index].sentence <= 6 {
            defer { index -= 1 }
            guard tokens[index].lower == noun, !quoted[index], tokens[index - 1].lower != "the" || mentionEndingAt[index - 1] != nil else { continue }
            return maker(ofDocumentAt: index)
        }
        return nil
    }

    /// Who made the document written at a token: the name after "from", "by" or "of"; a possessive or
    /// a name right before the noun; the subject after "In a statement,"; the speaker of a quote of
    /// that sentence ("'…,' X wrote in a letter to …"); the clause's subject before
    /// the noun when it is a person (a body as subject, "the US military said in a statement", is left
    /// to the organisation rules, which complete its name). Nil when none of these names anyone.
    private func maker(ofDocumentAt index: Int) -> Attribution? {
        func named(_ token: Int) -> Attribution? {
            guard let mention = personAt[token] ?? organisationAt[token] else { return nil }
            return attribution(of: mention, at: token)
        }
        let sentence = tokens[index].sentence
        if index + 2 < tokens.count, ["from", "by", "of"].contains(tokens[index + 1].lower) {
            let body = tokens[index + 2].lower == "the" ? index + 3 : index + 2
            if body < tokens.count, let found = named(body) { return found }
        }
        if index >= 2, tokens[index - 1].kind == .possessive, let (first, _) = mentionEndingAt[index - 2] { return named(first) }
        if let (first, mention) = mentionEndingAt[index - 1], mention.label != .person { return named(first) }
        var opener = index - 1
        while opener >= 0, index - opener <= 3, tokens[opener].sentence == sentence, tokens[opener].kind == .word, tokens[opener].lower != "in" { opener -= 1 }
        if opener >= 0, tokens[opener].lower == "in", opener == 0 || tokens[opener - 1].sentence != sentence,
            index + 1 < tokens.count, tokens[index + 1].text == ","
        {
            var next = index + 2
            while next < tokens.count, tokens[next].sentence == sentence, next - index <= 10, !quoted[next] {
                if let found = named(next) { return found }
                if SpeechVerbs.all.contains(tokens[next].lower) { return Attribution.unnamed }
                guard tokens[next].kind == .word && !tokens[next].isCapitalized || tokens[next].kind == .possessive
                    || tokens[next].text == "'" || tokens[next].text == "\u{2019}"
                else { return nil }
                next += 1
            }
            return nil
        }
        if let spoken = history.last(where: { $0.sentence == sentence && !$0.attribution.isUnnamed }) {
            return Attribution(name: spoken.attribution.name, label: spoken.attribution.label, span: nil)
        }
        let subjects = (personTokens + organisationTokens).filter {
            $0 < index && tokens[$0].sentence == sentence && !isOblique(at: $0) && !isModifier(at: $0)
        }
        guard let subject = subjects.max(), personAt[subject] != nil else { return nil }
        return named(subject)
    }

    /// "The US military said in a statement … . '…,' the statement said": the body that spoke "in a
    /// statement" (or release, announcement) in one of the two sentences before, named or described
    /// right before its verb.
    private func statementMaker(noun: String, before start: Int, sentence here: Int) -> Attribution? {
        guard ["statement", "release", "announcement"].contains(noun) else { return nil }
        var index = start - 1
        while index >= 3, here - tokens[index].sentence <= 2 {
            defer { index -= 1 }
            guard tokens[index].lower == noun, ["a", "an"].contains(tokens[index - 1].lower), tokens[index - 2].lower == "in" else { continue }
            let verb = index - 3
            guard verb >= 1, SpeechVerbs.all.contains(tokens[verb].lower), !quoted[verb - 1] else { continue }
            if let (first, mention) = mentionEndingAt[verb - 1] {
                return mention.label == .person ? nil : Attribution(name: mention.canonical, label: .org, span: Span(start: tokens[first].start, end: mention.end))
            }
            guard tokens[verb - 1].kind == .word, !tokens[verb - 1].isCapitalized, SpeakerWords.organisationNouns.contains(tokens[verb - 1].lower),
                !SpeakerWords.voices.contains(tokens[verb - 1].lower)
            else { return nil }
            if verb >= 2, let (first, mention) = mentionEndingAt[verb - 2], mention.label != .person {
                return Attribution(name: mention.text + " " + tokens[verb - 1].text, label: .org, span: Span(start: tokens[first].start, end: tokens[verb - 1].end))
            }
            return description(endingAt: verb - 1, before: verb - 1).flatMap { $0.label == .org ? $0 : nil }
        }
        return nil
    }

    /// Nouns of a state's own bodies, which a nationality before them names ("the French foreign
    /// ministry"), as a country's possessive does ("Russia's foreign ministry", not "Russia").
    private static let stateBodies: Set<String> = ["ministry", "military", "government", "embassy", "army", "navy", "department", "office"]

    /// A country's body described in lower case ("the French foreign ministry"): a nationality, then
    /// only lower-case words up to the body noun; its name is those words ("the US military", a
    /// place's name, is completed by `fullName`).
    private func nationalBody(from start: Int, head: Int) -> String? {
        guard let first = (start..<head).first(where: { tokens[$0].isCapitalized && !Self.determiners.contains(tokens[$0].lower) }),
            Nationalities.all.contains(tokens[first].text), organisationAt[first] == nil
        else { return nil }
        let after = first + 1
        guard after <= head, (after..<head).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) else { return nil }
        return (first...head).map { tokens[$0].text }.joined(separator: " ")
    }

    /// The body that wrote a document, named right after it: "the report, prepared by X", "a
    /// statement issued by the X", "the document – drawn up by X –".
    func author(after head: Int) -> String? {
        var index = head + 1
        var participle = false
        while index < tokens.count, index - head <= 5, !tokens[index].lineBreakBefore {
            let token = tokens[index]
            if token.kind == .punctuation, [",", "-", "\u{2013}", "\u{2014}", "("].contains(token.text), !participle {
                index += 1
            } else if token.kind == .word, SpeakerWords.authoring.contains(token.lower) {
                participle = true
                index += 1
            } else {
                break
            }
        }
        guard participle, index + 1 < tokens.count, tokens[index].lower == "by" else { return nil }
        let body = tokens[index + 1].lower == "the" ? index + 2 : index + 1
        guard body < tokens.count, let mention = organisationAt[body], mention.label == .org else { return nil }
        return mention.canonical
    }

    /// Nouns for a sports club, which a competition's name may modify ("the Premier League club").
    private static let clubNouns: Set<String> = ["club", "team", "side", "outfit"]
    /// Last words of a competition's name.
    private static let competitionWords: Set<String> = ["League", "Premiership", "Championship", "Division", "Cup", "Liga", "Bundesliga", "Conference", "Series", "Tour"]

    /// Whether a mention names a competition ("Premier League", "Serie A" is not caught).
    private func isCompetition(_ mention: EntityMention) -> Bool {
        mention.canonical.split(separator: " ").last.map { Self.competitionWords.contains(String($0)) } ?? false
    }

    /// "the Premier League club": the organisation the text is about, when it is no competition,
    /// else the latest club or organisation named before it (within six sentences) that is none.
    private func latestClub(before start: Int, sentence here: Int) -> String? {
        if let leading = leadingOrganisation(before: start, competitions: false) { return leading }
        for index in (organisationTokens + personTokens).sorted().reversed() where index < start && here - tokens[index].sentence <= 6 {
            guard let mention = organisationAt[index] ?? personAt[index], !isCompetition(mention),
                mention.label == .org || mention.label == .person && looksLikeOrganisation(mention, at: index)
            else { continue }
            return mention.canonical
        }
        return nil
    }

    /// Nouns by which an article refers to the organisation it is about ("the club", "the letter").
    private static let ownVoices: Set<String> = [
        "letter", "statement", "website", "site", "announcement", "club", "company", "firm", "team", "group", "organisation",
        "organization", "corporation", "airline", "carrier", "manufacturer", "retailer", "brand", "label", "studio", "charity",
        "union", "bank", "federation", "association", "foundation", "league", "carmaker", "automaker", "insurer", "lender",
        "supermarket", "giant", "chain", "grocer", "broadcaster",
    ]

    /// "an FBI source told the station", "sources said": a source named by no organisation in its own
    /// phrase speaks for no one the text names.
    static let anonymousSources: Set<String> = ["source", "sources", "insider", "insiders"]

    /// "the magazine" after "by US magazine Mobile PC", "the carmaker" after "Japanese carmaker
    /// Kaito": the organisation named right after the same noun earlier in the text (an apposition
    /// that introduces it), the latest such one before the reference, at any distance.
    private func appositiveBody(noun: String, before start: Int) -> String? {
        var index = start - 1
        while index >= 0 {
            defer { index -= 1 }
            guard !quoted[index], tokens[index].lower == noun, !tokens[index].isCapitalized, index + 1 < tokens.count,
                tokens[index + 1].spaceBefore, !tokens[index + 1].lineBreakBefore, let mention = organisationAt[index + 1], mention.label == .org
            else { continue }
            return mention.canonical
        }
        return nil
    }

    /// "the ministry" after "the Greek finance ministry": the last earlier noun phrase (within eight
    /// sentences) whose head is the same noun and whose modifiers include a capitalised word.
    private func earlierNamedBody(noun: String, before start: Int, sentence here: Int) -> String? {
        var index = start - 1
        while index > 0, here - tokens[index].sentence <= 8 {
            defer { index -= 1 }
            guard !quoted[index], tokens[index].lower == noun else { continue }
            var first = index
            while first - 1 >= 0, index - first < 4, tokens[first - 1].kind == .word, !quoted[first - 1], tokens[first - 1].sentence == tokens[index].sentence,
                !Self.determiners.contains(tokens[first - 1].lower), !SpeakerWords.phraseStops.contains(tokens[first - 1].lower),
                !SpeechVerbs.all.contains(tokens[first - 1].lower), personAt[first - 1] == nil,
                !(tokens[first - 1].startsSentence && tokens[first - 1].isCapitalized && organisationAt[first - 1] == nil)
            {
                first -= 1
            }
            guard first < index, (first..<index).contains(where: { tokens[$0].isCapitalized }) else { continue }
            return (first...index).map { tokens[$0].text }.joined(separator: " ")
        }
        return nil
    }

    /// A body the text introduced in lower case only ("the environment select committee said …",
    /// later "the committee added"): the words of the latest "the <lower-case words> <noun>" within
    /// eight sentences, one to three modifiers, none a name, a verb or a function word.
    private func earlierDescribedBody(noun: String, before start: Int, sentence here: Int) -> String? {
        var index = start - 1
        while index > 1, here - tokens[index].sentence <= 8 {
            defer { index -= 1 }
            guard !quoted[index], tokens[index].lower == noun, !tokens[index].isCapitalized else { continue }
            var first = index
            while first - 1 >= 0, index - first < 3, tokens[first - 1].kind == .word, !quoted[first - 1], !tokens[first - 1].isCapitalized,
                tokens[first - 1].sentence == tokens[index].sentence, !Self.determiners.contains(tokens[first - 1].lower),
                !SpeakerWords.phraseStops.contains(tokens[first - 1].lower), !SpeechVerbs.all.contains(tokens[first - 1].lower),
                !Self.prepositions.contains(tokens[first - 1].lower), personAt[first - 1] == nil, organisationAt[first - 1] == nil
            {
                first -= 1
            }
            guard first < index, first >= 1, tokens[first - 1].lower == "the" else { continue }
            return (first...index).map { tokens[$0].text }.joined(separator: " ")
        }
        return nil
    }

    /// The organisation a text is about, for "the club" or "the letter" that nothing nearer names:
    /// the organisation mentioned most often before the quote, twice at least (the earliest on a tie),
    /// counting club and body names the entity layer took for people ("Northgate United").
    private func leadingOrganisation(before limit: Int, competitions: Bool = true) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for index in (organisationTokens + personTokens).sorted() where index < limit {
            guard let mention = organisationAt[index] ?? personAt[index],
                mention.label == .org || mention.label == .person && looksLikeOrganisation(mention, at: index),
                competitions || !isCompetition(mention)
            else { continue }
            if counts[mention.canonical] == nil { order.append(mention.canonical) }
            counts[mention.canonical, default: 0] += 1
        }
        guard let best = order.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }), counts[best, default: 0] >= 2
        else { return nil }
        return best
    }
}
