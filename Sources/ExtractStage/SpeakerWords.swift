/// Words around a speaker: verbs' helpers, pronouns, and the nouns that describe an organisation
/// speaking ("the agency", "a ministry spokesman", "the report").
enum SpeakerWords {
    /// Auxiliaries, negations and adverbs that may stand between a speaker and the speech verb.
    static let betweenSubjectAndVerb = WordList.set("""
    has|have|had|was|were|is|are|be|been|will|would|could|should|might|may|must|can|did|does|do|also|later|\
    then|previously|once|earlier|again|simply|just|not|n't|never|only|still|even|yesterday|today|tonight|\
    recently|subsequently|further|first|himself|herself|itself|themselves|now|already|publicly|repeatedly|had
    """)

    /// Words that end a noun phrase naming a speaker ("a spokesman *for* …", "the mayor *of* …").
    static let phraseStops = WordList.set("""
    for|of|in|at|on|to|with|who|which|that|after|before|when|as|and|but|or|from|about|during|while|if|because|\
    since|until|by|into|than|told|said|says|added|insisted
    """)

    /// Nouns that, as a speaker, stand for an organisation.
    static let organisationNouns = WordList.set("""
    agency|ministry|department|administration|government|company|firm|group|organisation|organization|report|\
    statement|study|survey|committee|council|commission|club|union|party|police|court|board|bank|magazine|\
    newspaper|paper|service|office|charity|campaign|institute|university|authority|regulator|watchdog|network|\
    broadcaster|website|site|force|army|military|navy|embassy|league|federation|association|foundation|\
    corporation|airline|carrier|manufacturer|retailer|brand|label|studio|team|panel|inquiry|review|document|\
    letter|announcement|release|guidance|update|ruling|judgment|verdict|spokesman|spokeswoman|spokesperson|\
    spokespeople|spokesmen|source|sources|official|officials|executives|leadership|secretariat|summit|body|\
    carmaker|automaker|insurer|lender|supermarket|giant|chain|grocer|outlet|memo|memorandum|briefing|dossier|\
    fund|encyclopedia|encyclopaedia
    """)

    /// Organisation nouns that are documents or voices: they speak for an organisation named with
    /// them ("the World Bank report", "a spokesman for the summit", "the agency's statement").
    static let voices = WordList.set("""
    report|statement|study|survey|document|letter|announcement|release|guidance|update|ruling|judgment|\
    verdict|spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|source|sources|official|officials|\
    website|site|account|memo|memorandum|briefing|dossier
    """)

    /// Legal and court papers that speak for no named body ("the lawsuit said", "court documents
    /// state"): their words have no speaker.
    static let anonymousDocuments = WordList.set("lawsuit|suit|indictment|complaint|affidavit|filing|filings|papers|documents|warrant|petition|writ|summons")

    /// Last words of club names after a place ("Northgate United", "Hull City").
    static let clubSuffixes = WordList.set("United|City|Town|Rovers|Athletic|Wanderers|Albion|Rangers|FC|AFC|Hotspur|Orient|Argyle|Thistle|County")

    /// Words that may open a sentence before its subject ("But X knows this").
    static let sentenceConnectives = WordList.set("but|and|so|yet|still|now|then|meanwhile|however|instead|indeed")

    /// Titles that tell a man.
    static let maleTitles = WordList.set("Mr|Mr.|Sir|Lord|King|Prince|Duke|Earl|Baron|Father|Brother|Monsieur|Herr|Señor|Don")
    /// Titles that tell a woman.
    static let femaleTitles = WordList.set("Mrs|Mrs.|Ms|Ms.|Miss|Mdm|Mdm.|Madam|Dame|Lady|Queen|Princess|Duchess|Countess|Baroness|Sister|Madame|Frau|Señora")
    /// Role nouns that tell a man or a woman.
    static let maleRoles = WordList.set("father|husband|son|brother|boyfriend|grandfather|uncle|nephew|widower|dad|businessman|spokesman|chairman|congressman|councilman|actor|king|prince|schoolboy|stepfather|fiancé|fiance|sportsman")
    /// Role nouns that tell a woman.
    static let femaleRoles = WordList.set("mother|wife|daughter|sister|girlfriend|grandmother|aunt|niece|widow|mum|mom|businesswoman|spokeswoman|chairwoman|congresswoman|councilwoman|actress|queen|princess|schoolgirl|stepmother|fiancée|fiancee|sportswoman|midwife")
    /// Honorific abbreviations written before a title and a name ("the Rt Rev Dr X", "the Hon X"):
    /// a mention made only of these and titles is no person.
    static let honorifics = WordList.set("Rt|Rt.|Rev|Revd|Hon|Hon.|Right|Very|Most|Venerable|Ven.")
    /// Participles that name who wrote a document, before "by" ("a report prepared by X", "the
    /// memo, drawn up by X,").
    static let authoring = WordList.set("prepared|compiled|produced|written|drawn|up|commissioned|authored|released|issued|published|sent|signed|drafted|presented")
    /// Roles of someone who speaks for a body named right before them with no name of their own
    /// ("a Harbour Rowing Club team director told the paper").
    static let officials = WordList.set("official|officials|director|executive|executives|representative|insider|insiders")
    /// Roles written as capitals ("the PM added", "the MP said"): a person, never an organisation's acronym.
    static let roleAcronyms = WordList.set("PM|MP|MEP|MSP|CEO|CFO|COO|CTO|DJ|GP|QC|KC|VP|DA|AG")
}
