/// Month, weekday, season and ordinal words with their numbers.
enum CalendarWords {
    /// Month names and abbreviations, lower-cased, to month numbers.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Weekday names, lower-cased, to ISO weekday numbers (Monday = 1).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Short weekday names, lower-cased, to ISO weekday numbers ("Tue", "thurs", "sat"). Most are
    /// words or names of their own ("sun", "wed", "sat"), so they count as weekdays only after a word
    /// that leads a day ("this sat", "next fri", "on Mon"; ``isWeekdayLeader(_:)``).
    static let weekdayAbbreviations: [String: Int] = [
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "weds": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    /// Whether a lower-cased word before a short weekday name makes it a day ("on sat", "till Fri").
    static func isWeekdayLeader(_ lower: String) -> Bool {
        ["on", "until", "till", "by", "this", "next", "last", "coming"].contains(lower)
    }

    /// The days named relative to the time of writing, lower-cased, to their offset in days: the
    /// words and the short forms and spellings of chat and social media ("tdy", "tmr", "tmrw",
    /// "yday"; "2day" and "2moro" are a number and a word to the tokenizer, so not here).
    static let relativeDays: [String: Int] = [
        "today": 0, "tdy": 0, "tday": 0,
        "tomorrow": 1, "tmr": 1, "tmrw": 1, "tmw": 1, "tmro": 1, "tmrow": 1, "trmw": 1,
        "tomoro": 1, "tomorow": 1, "tommorow": 1, "tommorrow": 1,
        "yesterday": -1, "yday": -1, "ytday": -1, "ystd": -1, "yest": -1,
    ]

    /// Seasons (northern hemisphere, meteorological) to the number of their first month.
    static let seasons: [String: Int] = ["spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12]

    /// Ordinals of quarters and halves ("third quarter", "3rd quarter", "second half", "the final
    /// quarter").
    static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4,
    ]

    /// Words after a year that put it before the common era ("480 BC", "490 B.C.", "44 BCE").
    static let beforeCommonEra: Set<String> = ["bc", "bce", "b.c.", "b.c.e."]

    /// Parts of a period that "the … of" names with the period's value ("the end of the year",
    /// "the beginning of 2008", "the start of this month").
    static let periodParts: Set<String> = ["beginning", "start", "end", "middle", "close"]

    /// Leaders of a weekday that put it on or after the anchor ("closed until Friday").
    static let comingLeaders: Set<String> = ["until", "till"]

    /// Decades written as words ("the nineties") to their tens digit.
    static let decades: [String: Int] = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]

    /// Ordinal centuries written as words to their number ("nineteenth" → 19).
    static let centuries: [String: Int] = [
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "twenty-first": 21, "twenty-second": 22,
    ]

    /// Words that narrow a period without changing its value ("early 2020", "late last year",
    /// "earlier this month", "mid-1990s").
    static let modifiers: Set<String> = ["early", "late", "mid", "earlier", "later", "middle"]

    /// Words that make a following weekday a day to come ("will meet Tuesday", "is due Friday").
    static let futureCues: Set<String> = [
        "will", "'ll", "’ll", "shall", "wo", "would", "scheduled", "expect", "expects", "expected", "due",
        "upcoming", "tomorrow", "payable", "effective", "starting", "beginning", "plans", "planning", "soon",
        "going", "ending", "postponed", "delayed", "adjourned", "deferred",
    ]

    /// Whether a lower-cased word makes a following date one to come: a ``futureCues`` word or a
    /// pronoun joined to "will" ("I'll", "we’ll", "they'll").
    static func isFutureCue(_ lower: String) -> Bool {
        futureCues.contains(lower) || lower.count > 3 && (lower.hasSuffix("'ll") || lower.hasSuffix("\u{2019}ll"))
    }

    /// Words that end the look back for a future cue before a date: past tenses of saying and
    /// being ("said", "was"), whose clause tells of the past.
    static let pastCues: Set<String> = ["said", "says", "was", "were", "had", "did", "told", "ago"]

    /// Words and marks that end a clause, beyond which a future cue does not reach a date.
    static let clauseBoundaries: Set<String> = [",", ";", ":", "(", "\u{2014}", "where", "which", "when", "that", "but", "because"]

    /// Parts of a day that stay in a weekday's span ("Tuesday night", "Friday morning").
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

    /// Verbs that close or open a trading day, before "the day" naming it ("ended the day up 2%",
    /// "opened the day lower").
    static let dayBoundingVerbs: Set<String> = [
        "end", "ends", "ended", "ending", "finish", "finishes", "finished", "finishing", "close", "closes", "closed", "closing",
        "open", "opens", "opened", "opening", "start", "starts", "started", "starting", "began", "begin", "begins", "beginning",
    ]

    /// Words that put the date after them in a plan rather than in what happened ("planned for
    /// 1976", "would be completed by 2030", "is expected in 2031"): such a date does not become the
    /// time a narrative has reached.
    static let planCues: Set<String> = [
        "will", "'ll", "\u{2019}ll", "shall", "would", "plan", "plans", "planned", "planning", "scheduled", "expected", "expects",
        "proposed", "proposes", "intended", "intends", "target", "targets", "targeted", "envisaged", "envisioned", "hoped", "hopes",
    ]

    /// Words that close a span at the date after them ("lasted until the fall of the city in
    /// February 1945"): the end a narrative looks ahead to, not the time it has reached.
    static let spanEndCues: Set<String> = ["until", "till", "til", "untill"]

    /// Words that mean the time of writing ("now", "currently").
    static let present: Set<String> = ["now", "currently", "nowadays"]

    /// Whether a capitalised word is a calendar word rather than a name.
    /// - Parameters:
    ///   - lower: the word, lower-cased.
    ///   - abbreviated: whether a period follows it, so a short form ("Jan.") counts as a month.
    static func isCalendarWord(_ lower: String, abbreviated: Bool = false) -> Bool {
        if weekdays[lower] != nil { return true }
        guard months[lower] != nil, lower != "may" else { return false }
        return lower.unicodeScalars.count > 4 || lower == "june" || lower == "july" || abbreviated
    }
}
