/// General knowledge about English abbreviations that end in a period, used to decide whether
/// a period ends a sentence. Every entry is lower case and written without its final period.
enum Abbreviations {
    /// Abbreviations that come before a name or a word and never end a sentence:
    /// personal and military titles, "Mt." and "e.g."-style Latin connectives.
    static let prepositive: Set<String> = [
        "mr", "mrs", "ms", "mssrs", "messrs", "mmes", "mme", "mlle", "dr", "prof", "gen", "sen", "rep", "reps",
        "gov", "lt", "col", "capt", "cpt", "cmdr", "comdr", "sgt", "cpl", "pvt", "maj", "adm", "brig", "rev",
        "hon", "pres", "supt", "insp", "det", "atty", "amb", "secy", "treas", "rt", "mt",
        "e.g", "i.e", "a.k.a", "vs", "cf", "viz", "ca", "approx", "fr", "sra", "srta", "lieut",
    ]

    /// Abbreviations of other languages that stand before a name or a capitalised noun and never
    /// end a sentence: German `vgl.`, `bzw.`, `sog.`; Spanish `Avda.`, `Dña.`; Russian and Kazakh
    /// news `г.` (city), `гг.`, `ул.`, `им.`, `просп.`, `обл.`, `пер.`, `акад.`, `проф.`, `св.`.
    static let prepositiveOtherLanguages: Set<String> = [
        "vgl", "bzw", "sog", "avda", "dña",
        "г", "гг", "ул", "им", "просп", "обл", "пер", "акад", "проф", "св",
    ]

    /// Abbreviations that come before a number ("No. 5", "p. 55", "Fig. 3") and do not end a
    /// sentence when a number follows.
    static let beforeNumber: Set<String> = [
        "no", "nos", "nr", "n°", "nº", "p", "pp", "vol", "vols", "ch", "chap", "fig", "figs", "art", "arts",
        "para", "paras", "sect", "eq", "eqs", "ref", "refs", "op", "ed", "edn", "tab", "ex", "pl", "ps",
    ]

    /// Short forms that are also ordinary words ("no", "art"): away from a number they are
    /// treated as words, so "He said no. Then …" splits.
    static let ordinaryUnlessBeforeNumber: Set<String> = ["no", "nos", "nr", "n°", "nº", "art", "arts", "ex", "ed", "op", "tab"]

    /// Month and weekday abbreviations ("Jan. 10", "Sept. 3", "Tues."), which end a sentence
    /// only before a typical sentence opener.
    static let calendar: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri",     ]

    /// Abbreviations that may end a sentence ("Pitt & Co. It closed.") and may also sit in the
    /// middle of one ("Apple Inc. Chief Executive …"); they end one only before a typical opener.
    static let ambiguous: Set<String> = [
        "inc", "corp", "ltd", "co", "llc", "plc", "bros", "jr", "sr", "sec", "esq", "phd", "al", "st", "ave", "blvd",
        "rd", "hwy", "dept", "div", "est", "govt", "assn", "assoc", "intl", "natl", "univ", "inst", "mfg",
        "misc", "hr", "hrs", "yr", "yrs", "mo", "mos", "wk", "wks", "sq", "mi", "oz", "lb", "lbs",
        "tel", "ext", "gds", "mtg", "ord", "pct", "pt", "qtr", "sch", "abbr",         "jour", "mgr", "mgmt", "repr", "ft",
    ]

    /// Abbreviations that nearly always end the sentence they stand at the end of ("etc."): they
    /// split before any capitalised word, like ordinary words, but stay one token with their period.
    static let usuallyFinal: Set<String> = ["etc", "ibid"]

    /// Words that typically open an English sentence. After an abbreviation that may or may not
    /// end a sentence ("the U.S.", "Co.", "Jan.", an initial), a following capitalised word from
    /// this list marks a boundary; any other capitalised word ("the U.S. Government") does not.
    static let sentenceOpeners: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "it's", "he", "she", "we", "they", "i",
        "you", "his", "her", "our", "their", "my", "your", "there", "here", "but", "and", "or", "so", "yet",
        "however", "besides", "meanwhile", "still", "also", "then", "now", "in", "on", "at", "as", "after", "before",
        "when", "while", "if", "although", "though", "because", "since", "what", "who", "whom", "whose", "why",
        "how", "where", "which", "is", "are", "was", "were", "do", "does", "did", "can", "could",         "would", "should", "shall", "might", "must", "has", "have", "had", "not", "some", "many",
        "most", "all", "each", "every", "both", "such", "even", "yes", "instead", "indeed", "thus",
        "therefore", "moreover", "furthermore", "nevertheless", "nonetheless", "today", "yesterday",
        "tomorrow", "for", "by", "with", "without", "from", "to", "until", "unlike", "like", "despite",
        "one", "another", "other", "others", "no", "none", "nothing", "nobody", "everyone", "everything",
        "someone", "something", "only", "just", "let", "please", "mr", "mrs", "ms", "dr",         "finally", "later", "earlier", "soon", "once", "perhaps", "maybe",         "whether", "whatever", "whoever", "during", "among", "over", "about", "again", "already",
        "yet", "more", "less", "few", "several", "much", "well", "oh", "sure", "why", "let's", "that's",
        "there's", "he's", "she's", "we're", "they're", "i'm", "you're", "don't", "didn't", "isn't",
    ]

    /// Sentence openers that are also surnames ("Kim J. So", "Tran T. An", "Mary A. More"): after an
    /// initial that follows a capitalised word, one of them continues the name when a possessive,
    /// `and`, `&`, an opening bracket or a verb of saying comes next ("Kim J. So and Ana Ruiz wrote").
    static let surnameOpeners: Set<String> = ["so", "an", "do", "oh", "more", "well", "still", "soon"]

    /// Verbs of saying that follow a quotation and its speaker ("Why now?" Ana Ruiz asked): after a
    /// quoted question or exclamation, a capitalised name followed by one of them continues the sentence.
    static let speechVerbs: Set<String> = [
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "recalled", "recalls", "wrote",
        "writes", "explained", "explains", "replied", "replies", "shouted", "shouts", "cried", "cries",
        "continued", "continues", "insisted", "insists", "noted", "notes", "argued", "argues", "warned",
        "warns", "declared", "declares", "exclaimed", "wondered", "wonders", "answered", "answers",
        "suggested", "suggests", "remarked", "whispered", "yelled", "screamed", "joked", "jokes",
        "laughed", "tweeted", "posted", "admitted", "admits", "demanded", "demands", "snapped", "sighed",
    ]

    /// Capitalised words that often follow a clock time ("5 p.m. Tuesday", "9 a.m. GMT"): after a
    /// lower-case multi-period abbreviation any other capitalised word starts a new sentence.
    static let timeFollowers: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "eastern",
        "pacific", "central", "mountain", "local", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt",
        "pt", "pst", "pdt", "gmt", "bst", "cet", "cest", "utc", "z",
    ]

    /// Prepositions that open a time or place phrase ("At 5 a.m."): a candidate sentence of a
    /// few words that starts with one of them is a fragment, not a sentence.
    static let fragmentPrepositions: Set<String> = [
        "at", "by", "on", "in", "from", "until", "till", "before", "after", "since", "around", "about", "near",
    ]
}
