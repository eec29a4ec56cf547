import DocPipe

/// Extracts the facts of each article by rules and dictionaries of general knowledge: named
/// entities with in-document canonical names, dates in ISO 8601, quantities with units, quotes
/// with speakers and keyphrases; its corpus step clusters entities across documents.
public struct ExtractStage: CorpusContributor {
    /// `extract`.
    public static let name = "extract"
    /// One line for `docpipe stages`.
    public static let abstract = "Entities, dates, quantities, quotes with speakers and keyphrases; entity clusters across the corpus"
    /// Bumped when output changes. Version 7: quote speaker rules (organisations, asides, listeners);
    /// version 8 (dates): holidays, periods of a named year, quarters "ended" a month, and a future
    /// test that stays in the date's clause; keyphrases never end in an adverb of place or time.
    /// Version 9 (entities): sports results and tables, company legal forms, capitals headlines
    /// and datelines. Version 10 (quotes, fifth round): organisation speakers through "the ministry",
    /// "the club", "the letter" and "On the X website it states"; a pronoun after a sentence whose
    /// reporting verb has a named subject; partitive and "quoted X as saying" speakers; titles.
    /// Version 11 (organisations): companies of the main stock indices, a company's
    /// short forms and "said it" across a document, splits around legal forms, newsrooms and
    /// newspapers, bracketed result sides, cities of two words in capitals lines.
    /// Version 12 (quotes, from the old check set): a body after "a spokesperson for", "the
    /// spokesperson said" after an organisation speaker, a sentence led by an organisation, "X CEO
    /// First Last", and a single-quoted sentence closed by a double mark by mistake.
    /// Version 13 (quotes, from dev4): "went on:", documents "prepared by" a body, "It reads:",
    /// titles-only mentions ("Rt Rev"), nouns that look like speech verbs ("her answers"), a line
    /// introducing an unmarked paragraph, "the PM", unnamed officials of a named body, a given name
    /// completed by the surname of "Mrs X said".
    /// Version 14 (entities; 13 is the dev4 quote round of the same time): given names of many
    /// countries, ranks as titles, particle surnames, datelines with regions and state
    /// abbreviations, teams beside competitors in brackets, runs stopped at capitalised pronouns.
    /// Version 15 (quotes, from dev5, BBC copy; built beside version 14): "points out X", '"…?" X asked', base forms after
    /// auxiliaries ("will ask"), holidays never speak, "said Body's X", "Body role X … but said",
    /// a rating in marks before a full stop, reporters at the end of or just before an unattributed
    /// quote's sentence, "and" between two descriptions of one speaker, church roles.
    /// Version 16 (quotes, from dev6, single-quoted tabloid copy): choosing among an article's
    /// speakers — a nested quotation's closing mark ends the quote's sentence, "X, left, who says",
    /// passive agents and listed names for pronouns, a pronoun's sex picking the object, a body
    /// before "role Name" is a modifier, plural groups speak for no one, "fires back", a partial
    /// quote in a "While X claimed" clause, continuations past background that names no one.
    /// Version 17 (entities, issue 15: names that are not people): titles filling a pair of double
    /// quotes, storms named alone, laws and indexes, qualified peoples ("Fifty Russians"), plural
    /// nouns before speech verbs, names opening with a foreign article or a saint's word, strong
    /// organisation nouns after a name, clubs by their standings and results rows and by one score.
    /// Version 18 (quotes, from dev7, publishers other than CNN/Daily Mail and BBC): quotes running
    /// over paragraphs with no opening mark of their own, `’’` closing a double quote, an adverb
    /// after a question's speaker, sexed role nouns skip the other sex, names before a lower-case
    /// noun are modifiers, national bodies in lower case, "the statement" of a body that spoke in a
    /// statement, hyphenated given names, nationalities and descriptors dropped before a name.
    /// Version 19 (issue 15 audit): two institutions joined by "and", a company's "and" for its "&",
    /// a result sentence ("A defeated B 24-17") as two scores, abbreviated units of measure, a
    /// weekday the future speaks of on or after the anchor day ("plan to", "postponed"), parts
    /// of the day in a weekday's span, "the past year", "in spring 2019", a title word opening an
    /// institution ("… and Queen Mary University of London"), "adrift"/"past" out of keyphrases.
    /// Version 20 (quotes, s9-quotes, from dev8 and the articles of every dev set whose quotes go
    /// wrong together): a place that is a given name joined to the one-word person after it, the sex
    /// a name written alone tells, "X from the farm said", "X, role at Y, who said", "X, Director,
    /// Body said", "said Body Chief … Officer, X", "Professor X of Body" speaking as X.
    /// Version 21 (issue 15, ninth round; 20 is the quotes round): clubs named "Dynamo/Sporting
    /// TOWN" and short results ("drew 1-1 with") in any item, a sport's name alone on the first
    /// line, two surnames joined by "and" that "said it" or stand before "the … firm said", journals
    /// after "published in", an institution and an acronym joined by "and", awards before
    /// "-winning", a given name that is a city before a surname; dates "the week before last",
    /// "the day before yesterday", and `PAST_REF`/`FUTURE_REF` references ("recently", "in the
    /// past", "in the future", "recent years") in a new `reference` field.
    /// Version 22 (issue 15, s10-quotes round, from dev9: BBC, CNN, other publishers): a quote run on
    /// after a caption and re-opened after its first sentence continues the speaker; passive naming
    /// verbs ("she was called '…'") attribute nothing; "the committee" is the body the text
    /// introduced in lower case; "the Canada-based company" is not the place; "Dr Fox" taken for a
    /// body is the person with that surname; a pronoun after a sentence-opening quote takes the
    /// previous sentence's subject; a name after an -ing word is no clause subject; "said the …
    /// Award winner" is a person, not the prize; `X dubbed him the "…," and Y …` is X's; "the man"
    /// after "a … man" the text never names is no one named.
    /// Version 23 (issue 15, tenth round; 22 is the quotes round): a name of two to four unknown
    /// words that opens with an ordinary word ("Red …", "Velvet …", "Sea …") is no person by
    /// default; trophies ("… Cup"), creeks, reservoirs, junctions, gyms, docks and pavilions are no
    /// person after a given name; "Chateau/Palazzo/Camp X" are facilities, "X Empire" a place;
    /// an institution's name goes on over "of the" ("Council of the European Union"); a club named
    /// by an ordinary word opens a result sentence ("Reading beat Stoke"), a club word alone names
    /// its club ("Rovers"); "East Germany" is a place; "the League" is the league the document
    /// names in full; "May" by a day of the month is no team.
    /// Version 26 (issue 15, eleventh round, s11-dates from the fresh WikiWars check): a text that writes
    /// at least five dates two or more years from its own date, and as many such dates as dates near
    /// it, is a narrative of another time: its months and days without a year and its seasons take
    /// the year the narrative has reached (`DateNarrative`); "the next day", "the following year",
    /// "that month", "two days later" count from the date last named; "15 October, 1969".
    /// Version 25 (issue 15, s11-quotes follow-up): "the MPs said" and "they said" are the one
    /// deliberative body (committee, council, inquiry …) or organisation speaker the text leaves no
    /// doubt about, else no one; "added the Italian" is the person introduced as "of Italy" or
    /// "Italy's"; clean 13 keeps a last paragraph that opens like a bio but reports speech.
    /// Version 24 (issue 15, s11-quotes round, from dev10: single-quoted copy): "the magazine" is the
    /// body an earlier apposition named ("US magazine X"); "a/an … source" and bare "sources" are no
    /// one named; a name qualifying a noun after "a recent" is no pronoun antecedent; "X concluded
    /// in an interview." after a whole-sentence quote attributes it; ", dubbed '…'," is a name, no
    /// quote; "specified" is a verb of saying; "Mdm Lim" is the "Lim Gek Meng" the text names, and
    /// "Madam X Y Z" is reported without the title.
    /// Version 27 (issue 15, s11-ner follow-up): a nationality noun ("Frenchman", "Spaniard",
    /// "Englishwomen") or a city's people in -ese ("Milanese") is a NORP, never a person; a name
    /// ending in the plural of a title ("Law Lords", "Joint Chiefs") is a body (ORG), not a person.
    /// Version 28 (issue 15, twelfth round, s12-dates from the fresh MEANTIME news and WikiWars
    /// checks): years before the common era ("480 BC" → `-0479`, astronomical ISO years), "the
    /// beginning/start/middle/end of" a year, month, decade or named period with the part in the
    /// span, "on the day"/"later in the day" as the day last named, "until Friday" as the coming
    /// Friday, "October of next year", "the final quarter", "that spring", and in a narrative of
    /// another time bare seasons ("a summer offensive", "for the winter").
    /// Version 29 (issue 15, lead, from the British-style transform of the dev sets): a single-quoted
    /// quote whose next paragraphs carry no opening mark runs on to its closing mark, as a double one does.
    /// Version 30 (issue 15, s12-ner: span boundaries): a capitalised "The" inside a sentence is
    /// part of the organisation's name after it; a town and a nickname of up to three words is a
    /// team, as is a town and a club abbreviation ("HC", "A.F.C."); "Railroad" is an organisation
    /// word and "X and Y Railway" one name; a unit's number opens a military unit's name; towns
    /// with particles ("upon", "am") are one place; a rank before an organisation word ("Major
    /// League") opens the organisation; a given name that is a place opens "X Y Surname"; a
    /// sentence "X is a village …" / "X was a … chain" types the unknown name X it opens.
    /// Version 31 (issue 15, s12-quotes round, from dev11: many speakers, long quotes): "…, adding:
    /// '…'" after "He said X had …" is the reporter, not X; "said the chairman of …, Green MP X" and
    /// "said its chairman, Sir X" are X; "X, an economist at Y, has written" attributes; "it said" after
    /// "according to the X" is X; "The Prime Minister said" is the person titled so before; "'…,'
    /// Kindly said" is the "Ann Kindly" named before (a capitalised -ly word is no adverb);
    /// "Jane Roe QC" that the entity layer took for a body speaks as the person Jane Roe; "for a
    /// stated period" (a verb of saying after a determiner) breaks no speaker's continuation; "he
    /// said" after a quote whose earlier sentences lie wholly in marks looks for the subject of the
    /// sentence before the quote; "a plea for her to '…' from X." is X's.
    /// Version 32 (issue 15, lead, from undated September 2022 news run with its reference date):
    /// the reference date gives way to a document's own dates only when it writes at least two
    /// different dates of one time (within a year of each other), none near the reference; a
    /// year-less day within 31 days of a far day written with its year in the same or the previous
    /// sentence continues it; "Tuesday (Sept 20)" is one day, in the year near the anchor where
    /// it falls on that weekday, and keeps the reference as anchor; "Nov 14" without a full stop
    /// is a date. Entity identity: a surname alone joins a person of another
    /// document only when alike as written (or folded with the same first letter); a name with an
    /// abbreviation among its words ("U.S. Navy") has no initials; "(CJEU)" after "the European
    /// Union" does not stand for it.
    /// Version 33 (issue 15, s13-ner: kinds and dictionaries): a name the document defines ("X is
    /// an English rock band", "X, a record label, …", "the band X", "the town of X", "bands such
    /// as X and Y") is of that kind in all its mentions (`DefinedKinds`); universities and
    /// football clubs of the generated `Institutions` lists are organisations. Dependent
    /// territories ("Bermuda", "Guam") and the states the list lacked are places.
    /// Version 34 (issue 15, s13-dates, from the dev halves of MEANTIME and WikiWars): a date in a
    /// plan ("a campaign planned for 1976", "will … by 2030") is not the time a narrative reaches;
    /// a history one year from its document's date already resolves its year-less months; ranges of
    /// days ("April 6-7", "6-7 February"), years ("1995-96") and months ("from November to February
    /// 1958", "November and January"); "October, 1917", "3rd March 1918", "Oct 10, 1945"; "the
    /// 70s and 80s"; "ended/closed/opened the day" as the trading day.
    /// Version 35 (issue 15, lead): a storm the document's title names with its storm word
    /// ("Hurricane Fiona …") is no person where the text names it alone; a business noun before a
    /// name or ending its apposition ("its unit X", "mobile operator X", "X, Australia's
    /// second-largest mobile operator") makes it an organisation; "Singapore Telecommunications
    /// (Singtel)" makes "Singtel" that organisation.
    /// Version 36 (issue 15, s13-quotes round, from dev12: single-quoted tabloid copy of the
    /// CNN/DailyMail training split): "a spokesman from X" and "a X Y spokesman" speak for the body
    /// X / X Y the entity layer took for a person; "Heidi and Maryellen Olson" names Heidi Olson;
    /// a capitalised occupation glued to a name ("Fisherman X Y") is dropped from the speaker; a
    /// person in a caption's "X, pictured with Y," aside is not the subject; "His apology read:"
    /// is the man "his" stands for; a photo caption's persons ("Label: …") are no antecedent of a
    /// later "he" or "she" outside captions (also a caption under a label such as "Naive?");
    /// "interrupted" is a verb of saying.
    /// Version 37 (issue 15, lead): a one-word person whose word is no full name's surname in the
    /// document takes the one full name it opens as its canonical name ("Mr Karl" after "Karl
    /// Dunmore"; "Zhang" after "Zhang Zhongliang", "Charles" after "Charles III").
    /// Version 38 (issue 15, lead): across documents an abbreviation joins a longer name with its
    /// initials only when that name is the only one, or by far the most named ("S&P" no longer
    /// gathers "Sao Paulo" and "Singapore Police" into one cluster); a full name joins the one longer
    /// person's name it opens in another document ("Karl Liew", "Karl Liew Kai Lung"); a person's
    /// last word keeps its hyphenated lower-case syllable ("Kim Sung-han", not "Kim Sung"); a
    /// cluster is named as running text writes it ("New Delhi", "Cairo"), not as a dateline shouts it.
    /// Version 39 (issue 15, fourteenth round, dates; from the dev half of a third fresh date set,
    /// tweets): the short forms of chat ("tdy", "tmr", "yday", "tmrw"), weekdays in lower case,
    /// short weekday names after a word that leads a day ("this sat", "next fri", "on Mon"), "xmas"
    /// in any case, "this Saturday" as the day of the document's week, numeric days whose order
    /// shows ("14/03/2015", "04/04/2014"), a short month before a year ("Oct 2014"), "I'll"/"we'll"
    /// as future words, and two years before the era with it written once ("492-490 BC").
    /// Version 40 (issue 15, thirteenth dev set, 17 Daily Mail and 17 CNN articles of the
    /// CNN/DailyMail training and validation splits): "the statement said" (letter, release,
    /// announcement, memo) takes the maker of the document introduced before ("a statement from
    /// X", "X's statement", "the X statement", "In a statement, X said", a quote's speaker in that
    /// sentence, a person as subject), a person too, or no one after "In a joint statement, the
    /// families said"; a person's possessive before interview, account, statement … is that person;
    /// "X from broker Y said" is X; a name followed by an auxiliary or a verb in -s/-ed after "said"
    /// opens the reported clause and is no inverted speaker; a partial quote takes the speaker of
    /// the next quote of its sentence across plain words; a passive naming verb with no "by" gives
    /// no speaker; "the 54-year-old chief executive" with an age no one was introduced with is the
    /// person introduced with the role; "reflected" and "condemned" are verbs of saying; "fund" and
    /// "encyclopedia" are organisation nouns.
    /// Version 41 (issue 15, s14-ner round, from the WikiGold and GUM dev halves): a one-word
    /// name read as a person's that the document places ("in Fenwick") and never treats as a
    /// person's is a place in every mention; "X County" is a county outside sports reports, also
    /// after a given name; "the drummer of X", "a member of X" make X an organisation; "X Hall of
    /// Fame" is an organisation.
    /// Version 42 (issue 15, lead): a later weekday or month of a clause shares the future of the
    /// day before it however far the cue ("will fly … on Thursday … before returning home on
    /// Saturday" is the coming Saturday).
    /// Version 43 (issue 15, lead): a curated town or body that is the surname of a person the
    /// document names in full, known given name first, is that person when a verb of saying
    /// follows it ("Ferguson said" after "Alex Ferguson"; "Fox told" after "Liam Fox").
    /// Version 44 (issue 15, lead): a club word alone ("United", "City") is the one club of the
    /// document whose name ends with it ("Manchester United"), whatever it was read as.
    /// Version 45 (issue 15, s15-ner round, from the WikiGold and GUM dev halves, checked blind on
    /// re3d): names coordinated in a list that a plural organisation noun closes ("X, Y and several
    /// other bands") or heads ("the X, Y and Z train operating companies"), or that "groups
    /// included" introduces, are organisations; a nationality before "Embassy" or "Consulate" names
    /// that mission (ORG, it was dropped); "X Transit" is an agency; the name right after "signed
    /// with" or "signed to" is an organisation when the gazetteer does not know it.
    /// Version 46 (issue 15, s15-quotes): a single-quoted quote left unclosed ends before a sentence
    /// that introduces the next quote in the third person ("… a human. Jo Reed, of the trust, said:
    /// '…"), so that quote and those after it are the new speaker's, not the last one's; the word
    /// after an unclosed quote is no longer counted as quoted. A surname written alone that two or
    /// more people of the text share speaks as the surname, not as one of their full names (unless
    /// a title tells the sex of exactly one), and is never completed as a given name. "He added:"
    /// after a photo caption that names someone else goes on the last quote's speaker.
    /// Version 47 (issue 15, s15-dates): a date after "until" in a later year than a narrative's
    /// ("lasted until February 1945") leaves the narrative's year where it was.
    /// Version 48 (issue 15, s15-ner2, from the WikiGold and GUM dev halves, checked blind on
    /// re3d): a one-word name no rule typed (it was dropped as MISC) takes the one type of the
    /// names listed with it by "and", "or" or "&" ("to Wexmoor and Portsmouth", "Tarvesh, Olunde
    /// and Michael Trent"), and that type holds for its other undecided mentions.
    /// Version 49 (issue 15, s16-dates): lists of days ("May 4 and 5", "3, 4 and 5 October",
    /// "June 2 - 3, 9 - 10") give each day its month and year; in a narrative of another time a
    /// year named only in passing (far from the years written on both sides of it) and a year
    /// counted back ("the previous year") leave the narrative's year, and "now" or "today" is not
    /// the date "the same day" counts from; "August of that year" and "Feb 14 last year" are
    /// one mention each.
    /// Version 50 (issue 15, s16-quotes, from the fourteenth dev set): "X, whose side could meet Y,
    /// said" and "X, 52, who lives with Y, said" give X, not a name inside the relative aside; a
    /// "he" or "she" after a sentence that opens with the same pronoun (and has no quote) stands for
    /// what that pronoun stands for, not for a person its clause reports on; a role word before a
    /// verb of saying ("The judge said he accepted X …") no longer introduces the person after it;
    /// "proclaimed" is a verb of saying; a single mark opens a quote before a tweet's "@" or "#"
    /// when more words follow the handle; a single mark after a full stop closes a double-quoted
    /// sentence that opened no single quote; a kinship noun before a name ("girlfriend X", "his
    /// mother, X,") tells that person's sex when no title or given name does.
    /// Version 51 (issue 15, s16-ner, checked on the WikiGold and GUM dev halves and blind on re3d):
    /// a compass word and a name no list knows is a place ("North Harwick"; "Northeast" and the
    /// other intercardinal words join the compass words); a preposition of place that opens a
    /// sentence is no name word ("Near Tarvock, …"), and "Point" ends a natural place's name; "near",
    /// "outside", "across" and "throughout"
    /// place a name that opens with a rare given name ("near Abu Zarin"); a known place and a
    /// newspaper's title word is an organisation ("Toronto Star"); "Government of Iraq" is an
    /// organisation and "Islamic Republic of Iran" a place (both were dropped); "and The" between capitalised
    /// words splits two names, and a name with its own capitalised "The" inside a sentence is never
    /// a person's.
    /// Version 52 (issue 15, lead's merge of the sixteenth round): the compass rule of version 51
    /// leaves names of two compass words ("North West") and names after a role or kinship word
    /// ("his daughter South Merrow") to the person rules, so a child's name no longer makes the
    /// father's surname, and with it the father, a place.
    public static let version = "52"
    /// Reads the sentences written by `segment` (falls back to its own splitter without them).
    public static let reads = ["sentences"]
    /// Writes five layers.
    public static let writes = ["entities", "dates", "quantities", "quotes", "keyphrases"]
    /// English only: the entity, date, quantity, quote and keyphrase rules and dictionaries are
    /// English (month names, "said", unit words, stop words, capitalisation).
    public static let languages: [String]? = ["en"]

    let options: ExtractOptions
    let referenceDate: String?
    let knowledge: EntityKnowledge

    /// The hash of the gazetteer and pattern files, so the cache sees when their contents change.
    public var fingerprint: String? { knowledge.fingerprint }

    /// Creates the stage.
    /// - Parameters:
    ///   - options: decoded options.
    ///   - context: the run's context; its `referenceDate` anchors relative dates.
    /// - Throws: ``StageError`` when an option is out of range, the reference date is not a calendar
    ///   day, or a gazetteer or pattern file cannot be read or has a wrong line (`file:line`).
    public init(options: ExtractOptions, context: StageContext) throws {
        guard (0...100).contains(options.keyphrases) else {
            throw StageError("extract: keyphrases must be between 0 and 100, got \(options.keyphrases)")
        }
        guard (1...1000).contains(options.minimum_quote_words) else {
            throw StageError("extract: minimum_quote_words must be between 1 and 1000, got \(options.minimum_quote_words)")
        }
        if let date = context.referenceDate, !ISODate.isValidDay(date) {
            throw StageError("extract: reference_date '\(date)' is not a calendar day written YYYY-MM-DD")
        }
        self.options = options
        self.referenceDate = context.referenceDate
        self.knowledge = try EntityKnowledge(options: options.entities, directory: context.pipelineDirectory)
    }

    /// Writes the `entities`, `dates`, `quantities`, `quotes` and `keyphrases` layers.
    /// - Parameter document: the document; its `sentences` layer is used when present.
    public func process(_ document: inout Document) throws {
        let text = AnalyzedText(text: document.text, sentences: document[StandardLayers.Sentences.self])
        var entities = EntityRecognizer(knowledge: knowledge).mentions(in: text, title: document.metadata.title)
        let anchor = Self.anchorDate(metadata: document.metadata.date, reference: referenceDate, text: text)
        let dates = DateExtractor(anchor: anchor?.day, inferred: anchor?.inferred ?? false).dates(in: text)
        let quantities = QuantityExtractor().quantities(in: text, excluding: dates)
        let quotes = QuoteExtractor(minimumWords: options.minimum_quote_words).quotes(in: text, entities: entities)
        let keyphrases = KeyphraseExtractor(limit: options.keyphrases).keyphrases(in: text)
        if !options.keep_unlabeled { entities.removeAll { $0.label == .misc } }
        document[StandardLayers.Entities.self] = entities
        document[StandardLayers.Dates.self] = dates
        document[StandardLayers.Quantities.self] = quantities
        document[StandardLayers.Quotes.self] = quotes
        document[StandardLayers.Keyphrases.self] = keyphrases
    }

    /// A document's entity mentions: all the corpus step needs to cluster entities across sources.
    public func contribution(of document: Document) throws -> EntityContribution {
        EntityContribution(document[StandardLayers.Entities.self] ?? [])
    }

    /// Clusters the entity mentions of every document into one entry per real-world entity, in
    /// `corpus.results[StandardCorpusKeys.Entities.self]`; a document that copies an earlier one
    /// (the `duplicates` result of `dedup`) is counted once, through its original.
    /// - Throws: when the stored contributions cannot be read.
    public func finish(_ corpus: inout Corpus, contributions: ContributionStream<EntityContribution>) throws {
        var clusterer = EntityClusterer()
        let duplicates = DuplicateIndex(corpus.results)
        try contributions.forEach { id, contribution in
            guard !duplicates.isDuplicate(id) else { return }
            clusterer.add(document: id, names: contribution.names)
        }
        corpus.results[StandardCorpusKeys.Entities.self] = clusterer.clusters()
    }

    /// The day relative dates resolve against: the document's own date (its metadata date in any
    /// common form, else a dateline at the top of its text), else the pipeline's reference date —
    /// unless the document's own dates tell another time (``tellsAnotherTime(_:reference:)``) and
    /// no weekday it writes with its day falls on it near the reference
    /// (``DateExtractor/pinsAnchorYear(in:)``), then the latest of them (inferred), so a corpus
    /// about another time never gets the reference date's year silently.
    /// - Returns: the day and whether its year was inferred from the document's dates.
    static func anchorDate(metadata: String?, reference: String?, text: AnalyzedText) -> (day: String, inferred: Bool)? {
        if let metadata, let day = WrittenDate.day(metadata) { return (day, false) }
        if let dateline = DateExtractor(anchor: reference).datelineDay(in: text) { return dateline }
        guard let reference, let referenceDay = CalendarDay(iso: reference) else { return nil }
        let written = DateExtractor(anchor: nil).writtenDays(in: text)
        if let latest = written.max(), tellsAnotherTime(written, reference: referenceDay),
           !DateExtractor(anchor: reference).pinsAnchorYear(in: text) {
            return (latest.iso, true)
        }
        return (reference, false)
    }

    /// How many different days (or months) a document must write with their year, all far from
    /// the reference date, before they outweigh it. News names one old event with its date
    /// ("the last time was Oct. 18, 2007", "Hurricane Maria in September 2017") far more often
    /// than a corpus is run with a reference date from another year.
    static let anotherTimeMinimumDates = 2

    /// Whether the dates a document writes with their year and at least a month place it at
    /// another time than the reference date: at least ``anotherTimeMinimumDates`` different ones,
    /// none within a year of the reference, and all within a year of the latest of them — dates
    /// scattered over the years are the background of a news story, not the time it was written.
    static func tellsAnotherTime(_ written: [CalendarDay], reference: CalendarDay) -> Bool {
        guard let latest = written.max(), Set(written.map(\.ordinal)).count >= anotherTimeMinimumDates else { return false }
        return written.allSatisfy { abs($0.ordinal - reference.ordinal) > 366 && latest.ordinal - $0.ordinal <= 366 }
    }
}
