import DocPipe

/// The token patterns of ``DateExtractor``: one scan over a text's tokens, resolving each
/// expression against the anchor day (if any).
struct DateScan {
    let tokens: [Token]
    let anchor: CalendarDay?
    /// The last quarter the text named (first and last month), for "the quarter" after it.
    var lastQuarter: (String, String)?
    /// The time the text's narrative has reached, for year-less dates far from the anchor.
    var narrative: DateNarrative?
    /// The token after the date that set ``narrative``, so a year-less date in the same or the
    /// next sentence can continue it (``continuesNarrative(at:)``); `Int.max` once an expression
    /// counted from the anchor ("on Tuesday") has brought the text back to its own time.
    var narrativeEnd = 0
    /// Whether the text is a narrative of another time (``DateNarrative/tellsAnotherTime(_:anchor:)``),
    /// so that ``narrative`` may resolve year-less dates.
    var isNarrative = false
    /// The last date the text named or resolved, whatever its anchor: what "the next day", "that
    /// year" and "two days later" count from.
    var lastMentioned: DateNarrative?

    /// Creates a scan.
    init(tokens: [Token], anchor: CalendarDay?) {
        self.tokens = tokens
        self.anchor = anchor
    }

    /// The expression starting at a token, if any.
    func match(_ index: Int) -> DateMatch? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        switch token.kind {
        case .number: return numberMatch(index)
        case .word: return wordMatch(index)
        case .punctuation: return apostropheDecade(index)
        case .possessive: return nil
        }
    }

    // MARK: - Expressions opened by a word

    private func wordMatch(_ index: Int) -> DateMatch? {
        let token = tokens[index]
        let lower = token.lower
        guard Self.mayOpenExpression(lower) || index + 2 < tokens.count && ["ago", "later"].contains(tokens[index + 2].lower) else { return nil }
        if lower == "the", let inner = theMatch(index) { return inner }
        if CalendarWords.modifiers.contains(lower), let inner = modified(index) { return inner }
        if DateExtractor.leadsRange(lower), let range = yearRange(index) { return range }
        if let month = monthNumber(index) { return monthMatch(index, month) }
        if let quarter = quarterMatch(index) { return quarter }
        if let fiscal = fiscalMatch(index) { return fiscal }
        if let holiday = holidayMatch(index, first: index, step: nil) { return holiday }
        if CalendarWords.centuries[lower] != nil, let century = centuryMatch(index) { return century }
        if let season = CalendarWords.seasons[lower], let (year, after) = seasonYear(index + 1) {
            return seasonOf(index, after, season, year: year)
        }
        if let season = CalendarWords.seasons[lower], index > 0, DateExtractor.leadsSeason(tokens[index - 1].lower) || tokens[index - 1].text == "-",
           !(lower == "fall" && ["for", "of"].contains(tokens[index - 1].lower)) {
            return unyearedSeason(index, index + 1, season, step: 0)
        }
        if let season = CalendarWords.seasons[lower], lower != "fall", isNarrative, let narrative, narrative.governs(anchor: anchor),
           !(index > 0 && tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized && !token.startsSentence),
           !startsName(at: index + 1) {
            return unyearedSeason(index, index + 1, season, step: 0)
        }
        if let offset = CalendarWords.relativeDays[lower] {
            return DateMatch(index, index + 1, anchor?.adding(days: offset).iso, kind: .relativeDay, usesAnchor: true)
        }
        switch lower {
        case "last", "next", "this", "past", "current", "coming": return leaderMatch(index)
        case "that": return anaphoric(index)
        case "nineteen", "eighteen", "two": if let spoken = spokenYear(index) { return spoken }
        case "year":
            if index + 2 < tokens.count, tokens[index + 1].kind == .possessive, tokens[index + 2].lower == "end" {
                return DateMatch(index, index + 3, anchor.map { CalendarDay.pad($0.year, 4) }, kind: .year, usesAnchor: true)
            }
        default: break
        }
        if let weekday = CalendarWords.weekdays[lower] ?? shortWeekday(index) {
            var next = index + 1
            if next < tokens.count, tokens[next].text == "," { next += 1 }
            if let date = writtenDay(at: next) { return extended(date, to: index) }
            if let paired = bracketedDay(after: index, weekday: weekday) { return paired }
            let possessive = next < tokens.count && tokens[next].kind == .possessive
            let end = index + 1 < tokens.count && CalendarWords.partsOfDay.contains(tokens[index + 1].lower) ? index + 2 : index + 1
            let coming = index > 0 && CalendarWords.comingLeaders.contains(tokens[index - 1].lower) && !tokens[index - 1].startsSentence
                && !hasPastCue(before: index - 1)
            return DateMatch(index, end, weekdayDate(weekday, step: !possessive && (coming || isFuture(before: index)) ? 2 : 0)?.iso, kind: .weekday, usesAnchor: true)
        }
        if let decade = CalendarWords.decades[lower], index > 0, tokens[index - 1].lower == "the" || CalendarWords.modifiers.contains(tokens[index - 1].lower) {
            let start = 1900 + decade * 10
            return DateMatch(index, index + 1, String(start), String(start + 9), kind: .period)
        }
        if let yearAgo = yearAgoQuarter(index) { return yearAgo }
        if let ago = agoMatch(index) { return ago }
        if let later = laterMatch(index) { return later }
        if let reference = referenceMatch(index) { return reference }
        if CalendarWords.present.contains(lower) || lower == "present" && index > 0 && tokens[index - 1].lower == "at" {
            let first = lower == "present" ? index - 1 : index
            return DateMatch(first, index + 1, anchor?.iso, kind: .relativeDay, usesAnchor: true)
        }
        return nil
    }

    /// The weekday a short name stands for after a word that leads a day ("on Sat", "this sun"),
    /// unless a capitalised word goes on from it as a name ("on Sun Microsystems").
    private func shortWeekday(_ index: Int) -> Int? {
        guard let weekday = CalendarWords.weekdayAbbreviations[tokens[index].lower], index > 0,
              CalendarWords.isWeekdayLeader(tokens[index - 1].lower), !startsName(at: index + 1) else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].text == ".", !tokens[index + 1].spaceBefore,
           index + 2 < tokens.count, tokens[index + 2].kind == .word, !tokens[index + 2].isCapitalized {
            return nil
        }
        return weekday
    }

    /// Every word that can open an expression in ``wordMatch(_:)`` other than "N units ago":
    /// the one look-up most words of a text need.
    private static let openingWords: Set<String> = {
        var words: Set<String> = [
            "the", "a", "an", "from", "between", "last", "next", "this", "past", "current", "coming", "present", "that",
            "yesterday", "today", "tomorrow", "nineteen", "eighteen", "two", "fiscal", "fy", "year-earlier", "year-ago", "year",
            "recently", "lately", "recent",
        ]
        words.formUnion(CalendarWords.modifiers)
        words.formUnion(CalendarWords.present)
        words.formUnion(CalendarWords.relativeDays.keys)
        for table in [CalendarWords.months, CalendarWords.weekdays, CalendarWords.weekdayAbbreviations, CalendarWords.seasons, CalendarWords.ordinals, CalendarWords.decades, CalendarWords.centuries] {
            words.formUnion(table.keys)
        }
        words.formUnion(Holidays.names.map { $0.words[0] })
        return words
    }()

    /// Whether a lower-cased word can open an expression in ``wordMatch(_:)`` (hyphenated words
    /// such as "third-quarter" and "fiscal-year", and "FY2022", included).
    private static func mayOpenExpression(_ lower: String) -> Bool {
        if openingWords.contains(lower) { return true }
        let bytes = lower.utf8
        return bytes.contains(UInt8(ascii: "-")) || bytes.starts(with: "fy".utf8)
    }

    /// In a text that has named a quarter, the comparisons of results reports make with the same
    /// quarter a year before: "a year ago", "a year earlier", "the year-earlier quarter", "the
    /// year-ago period" (an adjective alone, "year-ago results", takes no article: kind `.year`).
    private func yearAgoQuarter(_ index: Int) -> DateMatch? {
        guard let (first, last) = lastQuarter, let start = CalendarDay(iso: first + "-01"), let end = CalendarDay(iso: last + "-01") else { return nil }
        let lower = tokens[index].lower
        var after: Int
        var kind = DateMatch.Kind.period
        if lower == "year-earlier" || lower == "year-ago" {
            after = index + 1
            if after < tokens.count, CalendarWords.ordinals[tokens[after].lower] != nil, after + 1 < tokens.count, tokens[after + 1].lower == "quarter" { after += 1 }
            if after < tokens.count, tokens[after].lower == "quarter" || tokens[after].lower == "period" {
                after += 1
            } else {
                kind = .year
            }
        } else if lower == "a" || lower == "an", index + 2 < tokens.count, tokens[index + 1].lower == "year", ["ago", "earlier"].contains(tokens[index + 2].lower) {
            after = index + 3
        } else {
            return nil
        }
        var found = DateMatch(index, after, CalendarDay.isoMonth(index: start.monthIndex - 12), CalendarDay.isoMonth(index: end.monthIndex - 12), kind: kind, usesAnchor: true)
        found.isComparison = true
        return found
    }

    /// A year said in words, as broadcast transcripts write it: "nineteen ninety-six".
    private func spokenYear(_ index: Int) -> DateMatch? {
        if index > 0, tokens[index - 1].lower == "year", index + 1 < tokens.count, tokens[index].lower == "two", tokens[index + 1].lower == "thousand" {
            return DateMatch(index - 1, index + 2, "2000", kind: .year)
        }
        guard index + 1 < tokens.count, tokens[index].lower == "nineteen" || tokens[index].lower == "eighteen", let rest = NumberWords.value(of: tokens[index + 1].lower), rest >= 10, rest < 100 else { return nil }
        let century = tokens[index].lower == "nineteen" ? 1900 : 1800
        return DateMatch(index, index + 2, String(century + Int(rest)), kind: .year)
    }

    /// "the third quarter", "the 1990s", "the summer of 1998", "the 20th century", "the current
    /// quarter", "the quarter" (the one last named), "the latest quarter" (the last one ended),
    /// "the past year" (the year before the anchor's), "the full year" (the anchor's).
    private func theMatch(_ index: Int) -> DateMatch? {
        guard index + 1 < tokens.count else { return nil }
        let next = tokens[index + 1].lower
        if let reference = theReference(index) { return reference }
        if let anaphor = anaphoric(index) { return anaphor }
        if let earlier = beforeLast(index) { return earlier }
        if next == "day", let day = theDay(index) { return day }
        if next == "current" || next == "present", let inner = leaderMatch(index + 1), inner.kind != .weekday {
            return extended(inner, to: index)
        }
        if next == "latest" || next == "most-recent", index + 2 < tokens.count, tokens[index + 2].lower == "quarter", let anchor {
            let quarter = anchor.monthIndex / 3 - 1
            return DateMatch(index, index + 3, CalendarDay.isoMonth(index: quarter * 3), CalendarDay.isoMonth(index: quarter * 3 + 2), kind: .period, usesAnchor: true)
        }
        if next == "fiscal", index + 2 < tokens.count, tokens[index + 2].lower == "year", year(index + 3) == nil {
            return DateMatch(index, index + 3, anchor.map { CalendarDay.pad($0.year, 4) }, kind: .period, usesAnchor: true)
        }
        if next == "weekend", let anchor {
            let step = anchor.weekday >= 5 || isFuture(before: index) ? 0 : -1
            let saturday = anchor.adding(days: 6 - anchor.weekday + 7 * step)
            return DateMatch(index, index + 2, saturday.iso, saturday.adding(days: 1).iso, kind: .period, usesAnchor: true)
        }
        if next == "past" || next == "full", index + 2 < tokens.count, tokens[index + 2].lower == "year",
           !(index + 3 < tokens.count && (tokens[index + 3].kind == .possessive || tokens[index + 3].lower == "of")) {
            return DateMatch(index, index + 3, anchor.map { CalendarDay.pad($0.year - (next == "past" ? 1 : 0), 4) }, kind: .year, usesAnchor: true)
        }
        if next == "quarter", lastQuarter == nil, let ended = quarterEnded(index) { return ended }
        if CalendarWords.periodParts.contains(next), let part = periodPart(index) { return part }
        if next == "quarter", let (first, last) = lastQuarter {
            return DateMatch(index, index + 2, first, last, kind: .period, usesAnchor: true)
        }
        if let season = CalendarWords.seasons[next], let (year, after) = seasonYear(index + 2) {
            return seasonOf(index, after, season, year: year)
        }
        if let season = CalendarWords.seasons[next], index > 0, DateExtractor.leadsSeason(tokens[index - 1].lower),
           !(index + 2 < tokens.count && tokens[index + 2].lower == "of") {
            return unyearedSeason(index, index + 2, season, step: isFuture(before: index) ? 1 : 0)
        }
        guard let inner = match(index + 1), inner.first == index + 1, inner.kind == .period else { return nil }
        return extended(inner, to: index)
    }

    /// "the end of the year", "the beginning of 2008", "the start of this month", "the end of the
    /// decade", "the close of the century", "the middle of summer": the period's value with the part
    /// in the span. "the year", "the decade" and "the century" are the anchor's, or in a narrative
    /// of another time the date last named's; "the month" only the latter (news tags the day
    /// "the end of the month" falls on, which the text does not give).
    private func periodPart(_ index: Int) -> DateMatch? {
        let of = index + 2, inner = index + 3
        guard inner < tokens.count, tokens[of].lower == "of" else { return nil }
        if let found = match(inner), found.first == inner, found.kind != .weekday, found.reference == nil {
            return extended(found, to: index)
        }
        guard inner + 1 < tokens.count, ["the", "this"].contains(tokens[inner].lower) else { return nil }
        let unit = tokens[inner + 1].lower
        if inner + 2 < tokens.count, tokens[inner + 2].kind == .possessive || tokens[inner + 2].lower == "of" { return nil }
        let told = isNarrative && lastMentioned.map { $0.governs(anchor: anchor) } == true ? lastMentioned : nil
        guard let year = told?.year ?? anchor?.year else { return nil }
        var found: DateMatch
        switch unit {
        case "year": found = DateMatch(index, inner + 2, CalendarDay.pad(year, 4), kind: .year)
        case "month":
            guard let month = told?.month else { return nil }
            found = DateMatch(index, inner + 2, CalendarDay.isoMonth(index: year * 12 + month - 1), kind: .month)
        case "decade":
            let start = year - ((year % 10) + 10) % 10
            found = DateMatch(index, inner + 2, CalendarDay.pad(start, 4), CalendarDay.pad(start + 9, 4), kind: .period)
        case "century":
            let start = year - ((year % 100) + 100) % 100
            found = DateMatch(index, inner + 2, CalendarDay.pad(start, 4), CalendarDay.pad(start + 99, 4), kind: .period)
        default: return nil
        }
        found.usesAnchor = true
        found.followsNarrative = told != nil
        return found
    }

    /// "on the day", "for the day", "later in the day", and the trading day a market report closes
    /// or opens ("ended the day at 8,017", "finishing the day down"): the day the text last named
    /// (the anchor when it named none); not when more words say which day ("the day he died", "the
    /// day of the vote", "the day before"), nor "in the day" without "later"/"earlier" ("late in
    /// the day").
    private func theDay(_ index: Int) -> DateMatch? {
        let after = index + 2
        guard index > 0, after <= tokens.count, tokens[index + 1].lower == "day" else { return nil }
        let leader = tokens[index - 1].lower
        let bounding = CalendarWords.dayBoundingVerbs.contains(leader)
        guard bounding || ["on", "for"].contains(leader) || leader == "in" && index > 1 && ["later", "earlier"].contains(tokens[index - 2].lower) else { return nil }
        if after < tokens.count {
            let next = tokens[after]
            if bounding {
                guard next.kind != .possessive, !["of", "before", "after", "when", "that", "-"].contains(next.lower) else { return nil }
            } else {
                guard next.kind == .punctuation && next.text != "-" || ["and", "but", "as", "while"].contains(next.lower) else { return nil }
            }
        }
        var value = anchor?.iso
        if let last = lastMentioned, let month = last.month, let day = last.day { value = CalendarDay(year: last.year, month: month, day: day).iso }
        guard let value else { return nil }
        return DateMatch(index, after, value, kind: .relativeDay, usesAnchor: true)
    }

    /// "the quarter ended Sept. 30", "the quarter ending June 30, 2021" in a text that has named no
    /// quarter yet: the three calendar months that end with that month (March, June, September or
    /// December), in the year the date gives or the latest one up to the anchor. After a named
    /// quarter ("its fiscal first quarter") "the quarter" stays that one, whatever month ends it.
    private func quarterEnded(_ index: Int) -> DateMatch? {
        let verb = index + 3
        guard verb < tokens.count, ["ended", "ending"].contains(tokens[index + 2].lower), let month = monthNumber(verb),
              let date = monthMatch(verb, month), date.first == verb else { return nil }
        let value = date.value ?? anchor.flatMap { DateExtractor.recent(month: month, day: date.yearless?.day, to: $0, future: false) }
        guard let value, let end = CalendarDay(iso: String(value.prefix(7)) + "-01"), end.month % 3 == 0 else { return nil }
        return DateMatch(index, index + 2, CalendarDay.isoMonth(index: end.monthIndex - 2), end.isoMonth, kind: .period, usesAnchor: date.value == nil || date.usesAnchor)
    }

    /// "early 2020", "late last year", "earlier this month", "mid-1990s": the period's value,
    /// the modifier in the span.
    private func modified(_ index: Int) -> DateMatch? {
        var next = index + 1
        if next < tokens.count, tokens[next].text == "-", !tokens[next].spaceBefore { next += 1 }
        guard next < tokens.count, !CalendarWords.modifiers.contains(tokens[next].lower), let inner = match(next), inner.first == next else { return nil }
        switch inner.kind {
        case .month, .year, .period, .day, .relativeDay: return extended(inner, to: index)
        case .range where tokens[next].kind == .number: return extended(inner, to: index)
        default: return nil
        }
    }

    /// Units that "recent" turns into a reference to the past ("in recent years", "recent weeks").
    private static let recentUnits: Set<String> = ["years", "months", "weeks", "days", "decades"]

    /// An expression that names a side of the time of writing, with no calendar value: "recently",
    /// "lately", "recent years" (`PAST_REF`).
    private func referenceMatch(_ index: Int) -> DateMatch? {
        let lower = tokens[index].lower
        var found: DateMatch
        if lower == "recently" || lower == "lately" {
            found = DateMatch(index, index + 1, nil, kind: .relativeDay)
        } else if lower == "recent", index + 1 < tokens.count, Self.recentUnits.contains(tokens[index + 1].lower) {
            found = DateMatch(index, index + 2, nil, kind: .period)
        } else {
            return nil
        }
        found.reference = "PAST_REF"
        return found
    }

    /// "the past" and "the (near|distant) future" as a time of their own ("in the past", "in the
    /// near future"), not before a number or unit ("the past two years", "the future of").
    private func theReference(_ index: Int) -> DateMatch? {
        var cursor = index + 1
        guard cursor < tokens.count, index > 0, ["in", "into", "for", "of"].contains(tokens[index - 1].lower) else { return nil }
        if ["near", "distant", "foreseeable", "immediate"].contains(tokens[cursor].lower) { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].lower == "past" || tokens[cursor].lower == "future" else { return nil }
        if tokens[cursor].lower == "past", cursor > index + 1 { return nil }
        let next = cursor + 1
        if next < tokens.count, tokens[next].kind == .word || tokens[next].kind == .number, !tokens[next].lineBreakBefore,
           tokens[next].sentence == tokens[cursor].sentence, !["and", "or", "but", "as", "when", "than", "is", "was"].contains(tokens[next].lower)
        {
            return nil
        }
        var found = DateMatch(index, next, nil, kind: .period)
        found.reference = tokens[cursor].lower == "past" ? "PAST_REF" : "FUTURE_REF"
        return found
    }

    /// "the week before last", "the month before last", "the day before yesterday".
    private func beforeLast(_ index: Int) -> DateMatch? {
        guard index + 3 < tokens.count, tokens[index + 2].lower == "before" else { return nil }
        let unit = tokens[index + 1].lower
        if unit == "day", tokens[index + 3].lower == "yesterday" {
            return DateMatch(index, index + 4, anchor?.adding(days: -2).iso, kind: .relativeDay, usesAnchor: true)
        }
        guard tokens[index + 3].lower == "last", ["week", "month", "year", "weekend"].contains(unit),
              let (value, endValue, kind) = relative(unit: unit, step: -2) else { return nil }
        return DateMatch(index, index + 4, value, endValue, kind: kind, usesAnchor: true)
    }

    /// "Tuesday (Sept 20)", "on Monday (14 Nov)": a weekday with its day in brackets, as Asian
    /// and wire news date events. One day from the weekday through the closing bracket; without a
    /// written year, the year near the anchor in which that day falls on that weekday, so the pair
    /// resolves right even when the anchor is weeks away.
    private func bracketedDay(after index: Int, weekday: Int) -> DateMatch? {
        let open = index + 1
        guard open + 1 < tokens.count, tokens[open].text == "(" else { return nil }
        guard var found = writtenDay(at: open + 1), found.end < tokens.count, tokens[found.end].text == ")" else { return nil }
        found.first = index
        found.end += 1
        guard let (month, day) = found.yearless, let day, let value = found.value, let base = CalendarDay(iso: value) else { return found }
        let around = found.followsNarrative ? base : (anchor ?? base)
        let agreeing = (-Self.weekdayYears...Self.weekdayYears)
            .map { CalendarDay(year: around.year + $0, month: month, day: day) }
            .filter { ISODate.isValidDay($0.iso) && $0.weekday == weekday }
            .min { a, b in
                let (da, db) = (abs(a.ordinal - around.ordinal), abs(b.ordinal - around.ordinal))
                return da != db ? da < db : a.ordinal > b.ordinal
            }
        if let agreeing {
            found.value = agreeing.iso
            found.isPinnedByWeekday = true
        }
        return found
    }

    /// A day written at a token, month first ("Sept 20", "March 3, 2021") or day first ("20
    /// September"), after a weekday or inside its brackets.
    private func writtenDay(at index: Int) -> DateMatch? {
        guard index < tokens.count else { return nil }
        if let month = monthNumber(index), let found = monthMatch(index, month), found.kind == .day, found.first == index { return found }
        if tokens[index].kind == .number, let found = numberMatch(index), found.kind == .day { return found }
        return nil
    }

    /// How many years either side of the anchor a bracketed day may move to fall on its weekday
    /// (a day and month fall on the same weekday again after at most eleven years, mostly six).
    static let weekdayYears = 6

    private func extended(_ inner: DateMatch, to first: Int) -> DateMatch {
        var outer = inner
        outer.first = first
        return outer
    }

    /// "last June", "next week", "this summer", "this past spring", "last quarter", "this
    /// century", "last fiscal year", "last Thursday", "next fri". "This" and a weekday ("this
    /// Saturday", "this Tue") is that day of the anchor's week (Monday to Sunday), before or after it.
    private func leaderMatch(_ index: Int) -> DateMatch? {
        var step: Int
        switch tokens[index].lower {
        case "last", "past": step = -1
        case "next", "coming": step = 1
        default: step = 0
        }
        var unitIndex = index + 1
        if tokens[index].lower == "this", unitIndex < tokens.count, tokens[unitIndex].lower == "past" {
            step = -1
            unitIndex += 1
        }
        guard unitIndex < tokens.count else { return nil }
        let unit = tokens[unitIndex].lower
        if tokens[index].lower == "past", !(index > 0 && tokens[index - 1].lower == "this") { return nil }
        if let weekday = CalendarWords.weekdays[unit] ?? (startsName(at: unitIndex + 1) ? nil : CalendarWords.weekdayAbbreviations[unit]) {
            let day = unitIndex == index + 1 && tokens[index].lower == "this" ? anchor.map { $0.adding(days: weekday - $0.weekday) } : weekdayDate(weekday, step: step)
            return DateMatch(index, unitIndex + 1, day?.iso, kind: .weekday, usesAnchor: true)
        }
        if let holiday = holidayMatch(unitIndex, first: index, step: step) { return holiday }
        if let month = monthNumber(unitIndex), let date = monthMatch(unitIndex, month), date.kind == .day, date.first == unitIndex {
            guard date.yearless != nil else { return date }
            return leadingDay(date, from: index, step: step)
        }
        if let month = monthNumber(unitIndex) {
            guard let anchor else { return DateMatch(index, unitIndex + 1, nil, kind: .month, usesAnchor: true) }
            var year = anchor.year
            if step < 0, month >= anchor.month { year -= 1 }
            if step > 0, month <= anchor.month { year += 1 }
            return DateMatch(index, unitIndex + 1, CalendarDay.isoMonth(index: year * 12 + month - 1), kind: .month, usesAnchor: true)
        }
        if let season = CalendarWords.seasons[unit] {
            return seasonMatch(index, unitIndex + 1, season, step: step)
        }
        if unit == "quarter" {
            guard let anchor else { return DateMatch(index, unitIndex + 1, nil, kind: .period, usesAnchor: true) }
            let quarter = anchor.monthIndex / 3 + step
            return DateMatch(index, unitIndex + 1, CalendarDay.isoMonth(index: quarter * 3), CalendarDay.isoMonth(index: quarter * 3 + 2), kind: .period, usesAnchor: true)
        }
        if unit == "century" {
            guard let anchor else { return DateMatch(index, unitIndex + 1, nil, kind: .period, usesAnchor: true) }
            let start = (anchor.year / 100 + step) * 100
            return DateMatch(index, unitIndex + 1, CalendarDay.pad(start, 4), CalendarDay.pad(start + 99, 4), kind: .period, usesAnchor: true)
        }
        if unit == "fiscal", unitIndex + 1 < tokens.count, tokens[unitIndex + 1].lower == "year" {
            return DateMatch(index, unitIndex + 2, anchor.map { CalendarDay.pad($0.year + step, 4) }, kind: .period, usesAnchor: true)
        }
        if tokens[index].lower == "current", unit != "year" { return nil }
        if unit == "year", let anchor, let period = possessivePeriod(after: unitIndex + 1, year: anchor.year + step) {
            var found = DateMatch(index, period.end, period.value, period.endValue, kind: .period, usesAnchor: true)
            found.isComparison = period.isComparison
            return found
        }
        guard let (value, endValue, kind) = relative(unit: unit, step: step) else { return nil }
        return DateMatch(index, unitIndex + 1, value, endValue, kind: kind, usesAnchor: true)
    }

    private func relative(unit: String, step: Int) -> (String?, String?, DateMatch.Kind)? {
        switch unit {
        case "week":
            guard let anchor else { return (nil, nil, .period) }
            let monday = anchor.adding(days: 1 - anchor.weekday + 7 * step)
            return (monday.iso, monday.adding(days: 6).iso, .period)
        case "month":
            guard let anchor else { return (nil, nil, .month) }
            return (CalendarDay.isoMonth(index: anchor.monthIndex + step), nil, .month)
        case "year":
            guard let anchor else { return (nil, nil, .year) }
            return (CalendarDay.pad(anchor.year + step, 4), nil, .year)
        case "weekend":
            guard let anchor else { return (nil, nil, .period) }
            let saturday = anchor.adding(days: 6 - anchor.weekday + 7 * step)
            return (saturday.iso, saturday.adding(days: 1).iso, .period)
        default:
            return nil
        }
    }

    // MARK: - Months and days

    private func monthMatch(_ index: Int, _ month: Int) -> DateMatch? {
        let token = tokens[index]
        var end = index + 1
        if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore { end += 1 }
        if end < tokens.count, tokens[end].kind == .number, let day = dayNumber(tokens[end]) {
            var afterDay = end + 1
            if afterDay < tokens.count, Self.ordinalSuffixes.contains(tokens[afterDay].lower), !tokens[afterDay].spaceBefore { afterDay += 1 }
            let lastDay = secondDay(afterDay, after: day)
            if lastDay != nil { afterDay += 2 }
            var yearStart = afterDay
            if yearStart < tokens.count, tokens[yearStart].text == "," { yearStart += 1 }
            if let (year, after) = year(yearStart) {
                return DateMatch(index, after, validDay(year, month, day), lastDay.flatMap { validDay(year, month, $0) }, kind: .day)
            }
            let stepAt = afterDay < tokens.count && tokens[afterDay].lower == "of" ? afterDay + 1 : afterDay
            if stepAt + 1 < tokens.count, tokens[stepAt + 1].lower == "year", let anchor, let step = ["last": -1, "this": 0, "next": 1][tokens[stepAt].lower] {
                let year = anchor.year + step
                return DateMatch(index, stepAt + 2, validDay(year, month, day), lastDay.flatMap { validDay(year, month, $0) }, kind: .day, usesAnchor: true)
            }
            if let (year, after) = yearNamedBefore(afterDay) {
                var found = DateMatch(index, after, validDay(year, month, day), lastDay.flatMap { validDay(year, month, $0) }, kind: .day, usesAnchor: true)
                found.followsNarrative = true
                return found
            }
            return withLastDay(yearless(index, afterDay, month: month, day: day), lastDay)
        }
        if let (year, after) = yearNamedBefore(end) {
            var found = DateMatch(index, after, CalendarDay.isoMonth(index: year * 12 + month - 1), kind: .month, usesAnchor: true)
            found.followsNarrative = true
            return found
        }
        var yearStart = end
        if yearStart < tokens.count, tokens[yearStart].lower == "of" { yearStart += 1 }
        if let (year, after) = year(yearStart) ?? spokenYear(yearStart).flatMap({ found in found.value.flatMap(Int.init).map { ($0, found.end) } }) {
            return DateMatch(index, after, CalendarDay.isoMonth(index: year * 12 + month - 1), kind: .month)
        }
        if let (year, after) = bcYear(end) {
            return DateMatch(index, after, CalendarDay.isoMonth(index: year * 12 + month - 1), kind: .month)
        }
        if end + 1 < tokens.count, tokens[end].text == ",", let (year, after) = year(end + 1),
           after == tokens.count || tokens[after].kind == .punctuation || tokens[after].lineBreakBefore {
            return DateMatch(index, after, CalendarDay.isoMonth(index: year * 12 + month - 1), kind: .month)
        }
        if end + 1 < tokens.count, Self.monthConnectors.contains(tokens[end].lower), let second = monthNumber(end + 1),
           let later = monthMatch(end + 1, second), later.first == end + 1 {
            if !later.usesAnchor, let value = later.value, let written = DateNarrative(value: value) {
                let year = written.year - (month > second ? 1 : 0)
                return DateMatch(index, end, CalendarDay.isoMonth(index: year * 12 + month - 1), kind: .month)
            }
            return yearless(index, end, month: month, day: nil)
        }
        let stepAt = end < tokens.count && tokens[end].lower == "of" ? end + 1 : end
        if stepAt + 1 < tokens.count, tokens[stepAt + 1].lower == "year", let anchor, let step = ["last": -1, "this": 0, "next": 1][tokens[stepAt].lower] {
            return DateMatch(index, stepAt + 2, CalendarDay.isoMonth(index: (anchor.year + step) * 12 + month - 1), kind: .month, usesAnchor: true)
        }
        let ambiguous = token.lower == "may" || token.lower == "march" || token.lower == "mar"
        if index > 0, DateExtractor.leadsMonth(tokens[index - 1].lower) || tokens[index - 1].text == "-" || followsMonth(index), !ambiguous || token.isCapitalized,
           !(["the", "a", "an"].contains(tokens[index - 1].lower) && startsName(at: end)) {
            return yearless(index, end, month: month, day: nil)
        }
        return nil
    }

    /// Words that join two months or days of one range ("from October to March", "May and June",
    /// "April 6-7", "August/September 1956").
    private static let monthConnectors: Set<String> = ["to", "until", "till", "through", "and", "or", "-", "\u{2013}", "/"]

    /// Suffixes of ordinal day numbers ("3rd March", "June 1st").
    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Whether the month at a token closes a range whose first month (or day) comes just before it
    /// ("from October to March", "March 19-April 30"): outside a narrative of another time it
    /// counts on from that month (into the next year when it comes earlier); inside one it keeps
    /// the narrative's year, as every year-less month there does (counting on was measured: one
    /// drifted first month then carries the rest of the story a year ahead).
    private func followsMonth(_ index: Int) -> Bool {
        guard index >= 2, Self.monthConnectors.contains(tokens[index - 1].lower) else { return false }
        if tokens[index - 2].kind == .number { return index >= 3 && monthNumber(index - 3) != nil }
        return monthNumber(index - 2) != nil
    }

    /// The last day of a range of days written after its first ("April 6-7", "25-29 January"): the
    /// number after a dash at `index`, written without spaces and later than `day`.
    private func secondDay(_ index: Int, after day: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index].text == "-" || tokens[index].text == "\u{2013}", !tokens[index].spaceBefore,
              !tokens[index + 1].spaceBefore, let last = dayNumber(tokens[index + 1]), last > day else { return nil }
        return last
    }

    /// A day match that ends a range on `lastDay` of its month, when there is one.
    private func withLastDay(_ found: DateMatch, _ lastDay: Int?) -> DateMatch {
        guard let lastDay, let value = found.value, value.count == 10, let day = CalendarDay(iso: value) else { return found }
        var ranged = found
        ranged.endValue = validDay(day.year, day.month, lastDay)
        return ranged
    }

    /// The second year of a range written with its last two digits ("1995-96", "2007-08"): later
    /// than `first`, no date part after it. Returns the full year and the index after it.
    private func shortYear(_ index: Int, following first: Int) -> (Int, Int)? {
        guard index + 1 < tokens.count, tokens[index].text == "-" || tokens[index].text == "\u{2013}", !tokens[index].spaceBefore,
              tokens[index + 1].kind == .number, tokens[index + 1].text.count == 2, !tokens[index + 1].spaceBefore,
              let short = Int(tokens[index + 1].text), short > first % 100 else { return nil }
        let after = index + 2
        if after < tokens.count, !tokens[after].spaceBefore, ["-", ":", "/", "t"].contains(tokens[after].lower) { return nil }
        return (first - first % 100 + short, after)
    }

    /// Whether a capitalised word inside the sentence follows, so that the month before it is the
    /// first name of a name ("the August Wilson Theatre").
    private func startsName(at index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .word && tokens[index].isCapitalized && !tokens[index].startsSentence
    }

    /// How many sentence starts may lie between a date written with its year and a year-less
    /// date that continues it outside a narrative: "The dam burst on March 14, 1997. Rescuers
    /// came on March 16." is 1997's March 16 whatever the document's date.
    static let continuationSentences = 1

    /// How many days a year-less day may lie from the day it continues: a day of the same
    /// episode, not "the Dec. 21, 1988, bombing … agreed in April".
    static let continuationDays = 31

    /// Whether a year-less day at `first` continues the day written with its year just before
    /// it (within ``continuationSentences`` sentence starts and ``continuationDays`` days in that
    /// year), of a year far from the anchor, with nothing counted from the anchor between them.
    private func continuesNarrative(at first: Int, month: Int, day: Int?) -> Bool {
        guard let narrative, let day, let namedMonth = narrative.month, let namedDay = narrative.day, let anchor,
              abs(anchor.year - narrative.year) >= DateNarrative.minimumYearsFromAnchor, narrativeEnd <= first else { return false }
        let named = CalendarDay(year: narrative.year, month: namedMonth, day: namedDay)
        let continued = CalendarDay(year: narrative.year, month: month, day: day)
        guard abs(continued.ordinal - named.ordinal) <= Self.continuationDays else { return false }
        var starts = 0
        for index in narrativeEnd..<first where tokens[index].startsSentence {
            starts += 1
            if starts > Self.continuationSentences { return false }
        }
        return true
    }

    private func yearless(_ first: Int, _ end: Int, month: Int, day: Int?) -> DateMatch {
        let narrativeGoverns = narrative?.governs(anchor: anchor) == true && (isNarrative || continuesNarrative(at: first, month: month, day: day))
        if !narrativeGoverns, followsMonth(first), let last = lastMentioned, let lastMonth = last.month {
            let year = last.year + (month < lastMonth ? 1 : 0)
            let value = day.map { validDay(year, month, $0) } ?? CalendarDay.isoMonth(index: year * 12 + month - 1)
            var found = DateMatch(first, end, value, kind: day == nil ? .month : .day, usesAnchor: true)
            found.yearless = (month, day)
            found.followsNarrative = true
            return found
        }
        if narrativeGoverns, let narrative {
            var found = DateMatch(first, end, narrative.resolve(month: month, day: day), kind: day == nil ? .month : .day, usesAnchor: true)
            found.yearless = (month, day)
            found.followsNarrative = true
            return found
        }
        guard let anchor else {
            var found = DateMatch(first, end, nil, kind: day == nil ? .month : .day, usesAnchor: true)
            found.yearless = (month, day)
            return found
        }
        let value = DateExtractor.recent(month: month, day: day, to: anchor, future: isFuture(before: first))
        var found = DateMatch(first, end, value, kind: day == nil ? .month : .day, usesAnchor: true)
        found.yearless = (month, day)
        return found
    }

    // MARK: - Expressions opened by a number

    private func numberMatch(_ index: Int) -> DateMatch? {
        if let range = bcRange(index) { return range }
        if let (year, after) = bcYear(index) { return DateMatch(index, after, CalendarDay.pad(year, 4), kind: .year) }
        if let decade = decadeMatch(index) ?? shortDecade(index) { return decade }
        if let century = centuryMatch(index) { return century }
        if let ago = agoMatch(index) { return ago }
        if let later = laterMatch(index) { return later }
        if let (first, after) = year(index) {
            if after < tokens.count, var quarter = quarterMatch(after, year: first), quarter.first == after {
                quarter.first = index
                return quarter
            }
            if let period = possessivePeriod(after: after, year: first) {
                var found = DateMatch(index, period.end, period.value, period.endValue, kind: .period)
                found.isComparison = period.isComparison
                return found
            }
            if after + 1 < tokens.count, tokens[after].text == "-" || tokens[after].text == "\u{2013}", !tokens[after].spaceBefore,
                let (second, afterSecond) = year(after + 1), second > first
            {
                return DateMatch(index, afterSecond, String(first), String(second), kind: .range)
            }
            if after + 3 < tokens.count, tokens[after].text == "-", tokens[after + 1].kind == .number, tokens[after + 1].text.count == 2,
                tokens[after + 2].text == "-", tokens[after + 3].kind == .number, tokens[after + 3].text.count == 2,
                !tokens[after].spaceBefore, !tokens[after + 1].spaceBefore
            {
                let iso = "\(first)-\(tokens[after + 1].text)-\(tokens[after + 3].text)"
                if ISODate.isValidDay(iso) { return DateMatch(index, after + 4, iso, kind: .day) }
            }
            if let (second, afterSecond) = shortYear(after, following: first), isPlainYear(index) {
                return DateMatch(index, afterSecond, String(first), String(second), kind: .range)
            }
            if isPlainYear(index) { return DateMatch(index, after, String(first), kind: .year) }
        }
        if let numeric = numericDay(index) { return numeric }
        if let listed = leadingListedDay(index) { return listed }
        if let day = dayNumber(tokens[index]) {
            var monthAt = index + 1
            let lastDay = secondDay(monthAt, after: day)
            if lastDay != nil { monthAt += 2 }
            if monthAt < tokens.count, Self.ordinalSuffixes.contains(tokens[monthAt].lower), !tokens[monthAt].spaceBefore { monthAt += 1 }
            guard monthAt < tokens.count, let month = monthNumber(monthAt) else { return nil }
            var end = monthAt + 1
            if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore { end += 1 }
            var yearStart = end
            if yearStart < tokens.count, tokens[yearStart].text == "," { yearStart += 1 }
            if let (year, after) = year(yearStart) {
                return DateMatch(index, after, validDay(year, month, day), lastDay.flatMap { validDay(year, month, $0) }, kind: .day)
            }
            return withLastDay(yearless(index, end, month: month, day: day), lastDay)
        }
        return nil
    }

    // MARK: - Lists of days

    /// Words that join the days of a list ("3, 4 and 5 May", "May 2 - 3, 9 - 10").
    private static let listSeparators: Set<String> = [",", "and", "&", "-", "\u{2013}"]

    /// Words that may follow the last day of a list written after its month ("Surrendering on May
    /// 4 and 5 were …"), where a noun would make the number a count ("May 4 and 5 soldiers").
    private static let listClosers: Set<String> = ["were", "was", "in", "at", "of", "when", "before", "after", "to", "respectively", "from", "until", "for", "the", "but", "while", "as"]

    /// Punctuation that may follow the last day of a list.
    private static let listEnds: Set<String> = [",", ";", ")", "(", "!", "?", "\"", "\u{201D}", "'"]

    /// Whether the day number at `index` may close a list: the text or the line ends, a sentence
    /// ends, ``listEnds`` punctuation or a ``listClosers`` word follows (not a noun it counts, a
    /// unit or a time).
    private func closesList(after index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count, !tokens[next].lineBreakBefore else { return true }
        let token = tokens[next]
        if token.text == "." { return next + 1 == tokens.count || tokens[next + 1].startsSentence || tokens[next + 1].lineBreakBefore }
        if token.kind == .punctuation { return Self.listEnds.contains(token.text) }
        return token.kind == .word && Self.listClosers.contains(token.lower)
    }

    /// Whether a dash joins two day numbers written without spaces ("25-29"), a range the
    /// day patterns read themselves.
    private func isGluedDash(_ index: Int) -> Bool {
        (tokens[index].text == "-" || tokens[index].text == "\u{2013}") && index + 1 < tokens.count && (!tokens[index].spaceBefore || !tokens[index + 1].spaceBefore)
    }

    /// A day of a list written before its month ("3, 4 and 5 May", "3 - 5 October"): the number
    /// at `index` when increasing day numbers joined by ``listSeparators`` lead from it to a day
    /// with its month, whose month and year it takes. The last day is matched on its own.
    private func leadingListedDay(_ index: Int) -> DateMatch? {
        guard let day = dayNumber(tokens[index]), index + 2 < tokens.count, Self.listSeparators.contains(tokens[index + 1].lower) else { return nil }
        if index > 0, tokens[index - 1].kind == .number || ["-", "\u{2013}", "/", ":", ".", "$", "#"].contains(tokens[index - 1].text) { return nil }
        var cursor = index + 1, previous = day
        while cursor + 1 < tokens.count, Self.listSeparators.contains(tokens[cursor].lower), !isGluedDash(cursor) {
            var next = cursor + 1
            if tokens[cursor].text == ",", tokens[next].lower == "and" { next += 1 }
            guard next < tokens.count, let following = dayNumber(tokens[next]), following > previous else { return nil }
            if next + 1 < tokens.count, monthNumber(next + 1) != nil {
                guard let last = numberMatch(next), last.first == next, last.endValue == nil, let value = last.value, value.count == 10,
                      let closing = CalendarDay(iso: value), let iso = validDay(closing.year, closing.month, day) else { return nil }
                var found = DateMatch(index, index + 1, iso, kind: .day, usesAnchor: last.usesAnchor)
                found.followsNarrative = last.followsNarrative
                if last.yearless != nil { found.yearless = (closing.month, day) }
                return found
            }
            previous = following
            cursor = next + 1
        }
        return nil
    }

    /// The days of a list written after a day with its month ("May 4 and 5", "May 2 - 3, 9 - 10",
    /// "June 3, 10 and 17"): each later day number joined by ``listSeparators``, in the month and
    /// year of the day that opens the list, or of the year written after the last day ("May 4
    /// and 5, 2019", which the opening day then takes too), up to a number that
    /// ``closesList(after:)`` does not allow to end one (then none of them: "On May 4, 5 people
    /// died" is no list).
    /// - Parameter opening: a match of a day (or of days of one month) with its value.
    /// - Returns: the listed days (empty when there is no list) and the opening day, with the year
    ///   written after the list when there is one.
    func listedDays(after opening: DateMatch) -> (days: [DateMatch], opening: DateMatch) {
        guard opening.kind == .day, let value = opening.value, value.count == 10, let day = CalendarDay(iso: value) else { return ([], opening) }
        let closing = opening.endValue.flatMap(CalendarDay.init(iso:))
        guard closing.map({ $0.year == day.year && $0.month == day.month }) ?? true else { return ([], opening) }
        var found: [DateMatch] = []
        var cursor = opening.end, previous = closing?.day ?? day.day
        while cursor + 1 < tokens.count, Self.listSeparators.contains(tokens[cursor].lower), !tokens[cursor + 1].lineBreakBefore {
            var next = cursor + 1
            if tokens[cursor].text == ",", tokens[next].lower == "and" { next += 1 }
            guard next < tokens.count, let following = dayNumber(tokens[next]), following > previous,
                  let iso = validDay(day.year, day.month, following) else { break }
            if next + 1 < tokens.count, monthNumber(next + 1) != nil || Self.ordinalSuffixes.contains(tokens[next + 1].lower) { break }
            var item = DateMatch(next, next + 1, iso, kind: .day, usesAnchor: opening.usesAnchor)
            item.followsNarrative = opening.followsNarrative
            found.append(item)
            previous = following
            cursor = next + 1
        }
        guard let last = found.last else { return ([], opening) }
        let yearAt = last.end < tokens.count && tokens[last.end].text == "," ? last.end + 1 : last.end
        if opening.usesAnchor, let (year, after) = year(yearAt) {
            let dated = DateMatch(opening.first, opening.end, validDay(year, day.month, day.day), closing.flatMap { validDay(year, day.month, $0.day) }, kind: .day)
            let days = found.enumerated().map { position, item in
                DateMatch(item.first, position == found.count - 1 ? after : item.end, item.value.flatMap(CalendarDay.init(iso:)).flatMap { validDay(year, day.month, $0.day) }, kind: .day)
            }
            return (days, dated)
        }
        guard closesList(after: last.first) else { return ([], opening) }
        return (found, opening)
    }

    /// A day written in numbers with a four-digit year, "14/03/2015", "3/14/2015", "14.03.2015":
    /// day and month are told apart only when one of them is above 12 or both are the same
    /// ("04/04/2014"); otherwise the order (day first in most of the world, month first in the
    /// United States) is unknown and nothing is matched.
    private func numericDay(_ index: Int) -> DateMatch? {
        guard index + 4 < tokens.count, let first = dayNumber(tokens[index]), let second = dayNumber(tokens[index + 2]),
              let (year, after) = year(index + 4) else { return nil }
        let separator = tokens[index + 1].text
        guard ["/", ".", "-"].contains(separator), tokens[index + 3].text == separator,
              (1...4).allSatisfy({ !tokens[index + $0].spaceBefore }) else { return nil }
        if after < tokens.count, !tokens[after].spaceBefore, tokens[after].kind != .punctuation || [separator, "/", "-"].contains(tokens[after].text) {
            return nil
        }
        let day: Int, month: Int
        if first == second || first > 12 {
            (day, month) = (first, second)
        } else if second > 12 {
            (day, month) = (second, first)
        } else {
            return nil
        }
        guard month <= 12, let iso = validDay(year, month, day) else { return nil }
        return DateMatch(index, after, iso, kind: .day)
    }

    /// "1990s", "1990's" and, from `decadeMatch`'s caller for punctuation, "'90s".
    private func decadeMatch(_ index: Int) -> DateMatch? {
        let token = tokens[index]
        guard token.text.count == 4, let start = Int(token.text), start % 10 == 0, (1000...2190).contains(start) else { return nil }
        guard let after = pluralS(index + 1) else { return nil }
        return DateMatch(index, after, String(start), String(start + 9), kind: .period)
    }

    /// "the 70s", "the early 80s", "the 70s and 80s": a decade written with its tens alone, after
    /// "the" (or a modifier after it) or joined to such a decade; in the century of
    /// ``apostropheDecade(_:)``. Not after other words ("in their 70s" is an age).
    private func shortDecade(_ index: Int) -> DateMatch? {
        let token = tokens[index]
        guard index > 1, token.text.count == 2, let tens = Int(token.text), tens % 10 == 0, let after = pluralS(index + 1) else { return nil }
        let before = tokens[index - 1].lower
        let led = before == "the" || CalendarWords.modifiers.contains(before) && tokens[index - 2].lower == "the"
            || ["and", "or", "to"].contains(before) && tokens[index - 2].lower == "s" && !tokens[index - 2].spaceBefore
        guard led else { return nil }
        var century = 1900
        if let anchor, century + tens + 100 <= anchor.year { century += 100 }
        return DateMatch(index, after, String(century + tens), String(century + tens + 9), kind: .period)
    }

    private func apostropheDecade(_ index: Int) -> DateMatch? {
        let token = tokens[index]
        guard token.text == "'" || token.text == "\u{2019}", index + 1 < tokens.count, tokens[index + 1].kind == .number,
              !tokens[index + 1].spaceBefore, tokens[index + 1].text.count == 2, let tens = Int(tokens[index + 1].text), tens % 10 == 0,
              let after = pluralS(index + 2)
        else { return nil }
        var century = 1900
        if let anchor, century + tens + 100 <= anchor.year { century += 100 }
        return DateMatch(index, after, String(century + tens), String(century + tens + 9), kind: .period)
    }

    private func pluralS(_ index: Int) -> Int? {
        guard index < tokens.count, !tokens[index].spaceBefore else { return nil }
        if tokens[index].lower == "s" { return index + 1 }
        if tokens[index].text == "'" || tokens[index].text == "\u{2019}" || tokens[index].kind == .possessive {
            if tokens[index].kind == .possessive { return index + 1 }
            if index + 1 < tokens.count, tokens[index + 1].lower == "s", !tokens[index + 1].spaceBefore { return index + 2 }
        }
        return nil
    }

    /// "20th century", "the nineteenth century".
    private func centuryMatch(_ index: Int) -> DateMatch? {
        var number: Int?
        var next = index + 1
        if tokens[index].kind == .number, let value = Int(tokens[index].text), (1...30).contains(value),
           next < tokens.count, ["st", "nd", "rd", "th"].contains(tokens[next].lower), !tokens[next].spaceBefore {
            number = value
            next += 1
        } else if let value = CalendarWords.centuries[tokens[index].lower] {
            number = value
        }
        guard let number, next < tokens.count, tokens[next].lower == "century" else { return nil }
        let start = (number - 1) * 100
        return DateMatch(index, next + 1, CalendarDay.pad(start, 4), CalendarDay.pad(start + 99, 4), kind: .period)
    }

    // MARK: - Periods

    /// "third quarter", "third-quarter", "the fourth quarter of 1998", "first half of 2020"; `year`
    /// is a year written before it ("the 1998 third quarter").
    private func quarterMatch(_ index: Int, year writtenYear: Int? = nil) -> DateMatch? {
        let lower = tokens[index].lower
        var ordinal: Int?
        var next = index + 1
        var isHalf = false
        if let parts = Optional(lower.split(separator: "-")), parts.count == 2, let value = CalendarWords.ordinals[String(parts[0])], parts[1] == "quarter" {
            ordinal = value
        } else if let value = CalendarWords.ordinals[lower], next + 1 < tokens.count, tokens[next].text == "-", !tokens[next].spaceBefore,
                  tokens[next + 1].lower == "quarter", !tokens[next + 1].spaceBefore {
            ordinal = value
            next += 2
        } else if let value = CalendarWords.ordinals[lower], next < tokens.count, tokens[next].lower == "quarter" || tokens[next].lower == "half" {
            ordinal = value
            isHalf = tokens[next].lower == "half"
            next += 1
        } else if lower == "last", next < tokens.count, tokens[next].lower == "half", index > 0, tokens[index - 1].lower == "the" {
            ordinal = 2
            isHalf = true
            next += 1
        }
        guard let ordinal, !isHalf || ordinal <= 2 else { return nil }
        var first = index
        if index > 0, tokens[index - 1].lower == "fiscal" { first = index - 1 }
        let explicitYear = writtenYear.map { ($0, next) } ?? yearOf(next)
        if isHalf && explicitYear == nil { return nil }
        let months = isHalf ? 6 : 3
        let year: Int?
        var usesAnchor = false
        if let (value, _) = explicitYear {
            year = value
        } else if let anchor {
            let anchorQuarter = anchor.monthIndex / 3
            year = [anchor.year - 1, anchor.year, anchor.year + 1].min { a, b in
                Self.quarterCost(a * 4 + ordinal - 1 - anchorQuarter) < Self.quarterCost(b * 4 + ordinal - 1 - anchorQuarter)
            }
            usesAnchor = true
        } else {
            year = nil
        }
        let end = explicitYear?.1 ?? next
        guard let year else { return DateMatch(first, end, nil, kind: .period, usesAnchor: true) }
        let startMonth = year * 12 + (ordinal - 1) * months
        return DateMatch(first, end, CalendarDay.isoMonth(index: startMonth), CalendarDay.isoMonth(index: startMonth + months - 1), kind: .period, usesAnchor: usesAnchor)
    }

    /// How unlikely a quarter this many quarters from the anchor's is: past quarters are told
    /// more often than coming ones.
    private static func quarterCost(_ offset: Int) -> Int { offset <= 0 ? -offset : offset * 4 }

    /// "of 1998", "of this year", "of last year", "of the year" after a period word.
    private func yearOf(_ index: Int) -> (Int, Int)? {
        guard index + 1 < tokens.count, tokens[index].lower == "of" else { return nil }
        if let (year, after) = year(index + 1) { return (year, after) }
        if index + 2 < tokens.count, tokens[index + 2].lower == "year", let anchor {
            switch tokens[index + 1].lower {
            case "this", "the": return (anchor.year, index + 3)
            case "last": return (anchor.year - 1, index + 3)
            case "next": return (anchor.year + 1, index + 3)
            default: return nil
            }
        }
        return nil
    }

    /// "fiscal 1989", "fiscal year 1998", "FY 2022", "FY2022".
    private func fiscalMatch(_ index: Int) -> DateMatch? {
        let lower = tokens[index].lower
        var next = index + 1
        if lower == "fy" || lower == "fiscal-year" {
            // the year follows directly
        } else if lower == "fiscal" {
            if next < tokens.count, tokens[next].lower == "year" { next += 1 }
        } else if lower.hasPrefix("fy"), lower.count == 6, let year = Int(lower.dropFirst(2)), (1800...2199).contains(year) {
            return DateMatch(index, index + 1, String(year), kind: .period)
        } else {
            return nil
        }
        guard let (year, after) = year(next) else {
            if lower == "fiscal", next < tokens.count, let quarter = quarterMatch(next), quarter.first == next { return extended(quarter, to: index) }
            return nil
        }
        return DateMatch(index, after, String(year), kind: .period)
    }

    /// A season in a year: "summer 1998", "the summer of 1998", "the spring of 480 BC".
    private func seasonYear(_ index: Int) -> (Int, Int)? {
        if index + 1 < tokens.count, tokens[index].lower == "of", let found = bcYear(index + 1) { return found }
        if let found = yearOf(index) { return found }
        return bcYear(index) ?? year(index)
    }

    /// A year before the common era, "480 BC", "490 B.C.", "44 BCE": its astronomical number (1 BC
    /// is 0, 480 BC is -479, as ISO 8601 counts) and the index after the era.
    /// Two years before the common era with the era written once, after the second: "492-490 BC",
    /// "from 499 to 493 BC", "in 396 and 395 BC". The first year is the larger, as years before
    /// the era count down.
    private func bcRange(_ index: Int) -> DateMatch? {
        guard index + 3 < tokens.count, tokens[index].kind == .number, tokens[index].text.count <= 4,
              let first = Int(tokens[index].text), tokens[index + 2].kind == .number else { return nil }
        let link = tokens[index + 1]
        guard ["-", "\u{2013}"].contains(link.text) && !link.spaceBefore && !tokens[index + 2].spaceBefore || ["to", "and"].contains(link.lower),
              let (second, after) = bcYear(index + 2), first > 1 - second else { return nil }
        return DateMatch(index, after, CalendarDay.pad(1 - first, 4), CalendarDay.pad(second, 4), kind: .range)
    }

    private func bcYear(_ index: Int) -> (Int, Int)? {
        guard index + 1 < tokens.count, tokens[index].kind == .number, tokens[index].text.count <= 4,
              let value = Int(tokens[index].text), value >= 1 else { return nil }
        var era = ""
        var cursor = index + 1
        while cursor < tokens.count, era.count < 6, cursor == index + 1 || !tokens[cursor].spaceBefore,
              tokens[cursor].text.allSatisfy({ $0.isLetter || $0 == "." }) {
            era += tokens[cursor].text.lowercased()
            cursor += 1
            if CalendarWords.beforeCommonEra.contains(era) {
                return (1 - value, cursor)
            }
        }
        return nil
    }

    private func seasonOf(_ first: Int, _ end: Int, _ startMonth: Int, year: Int) -> DateMatch {
        let start = year * 12 + startMonth - 1
        return DateMatch(first, end, CalendarDay.isoMonth(index: start), CalendarDay.isoMonth(index: start + 2), kind: .period)
    }

    /// A season relative to the anchor: `step` 0 the one of the anchor's year (the winter that
    /// holds the anchor in January and February), -1 the last one ended, +1 the next one to begin.
    private func seasonMatch(_ first: Int, _ end: Int, _ startMonth: Int, step: Int) -> DateMatch {
        guard let anchor else { return DateMatch(first, end, nil, kind: .period, usesAnchor: true) }
        let now = anchor.monthIndex
        var start = anchor.year * 12 + startMonth - 1
        if startMonth == 12 && anchor.month <= 2 { start -= 12 }
        switch step {
        case -1: while start + 2 >= now { start -= 12 }
        case 1: while start <= now { start += 12 }
        default: break
        }
        return DateMatch(first, end, CalendarDay.isoMonth(index: start), CalendarDay.isoMonth(index: start + 2), kind: .period, usesAnchor: true)
    }

    /// A season with no year and no "last"/"next" ("during the summer", "in spring"): the
    /// narrative's year when the narrative governs, else the anchor's (``seasonMatch``).
    private func unyearedSeason(_ first: Int, _ end: Int, _ startMonth: Int, step: Int) -> DateMatch {
        guard isNarrative, let narrative, narrative.governs(anchor: anchor) else { return seasonMatch(first, end, startMonth, step: step) }
        var found = seasonOf(first, end, startMonth, year: narrative.year)
        found.usesAnchor = true
        found.followsNarrative = true
        return found
    }

    /// Words that step from the date last named: "the next day", "the previous year".
    private static let anaphoricSteps: [String: Int] = ["next": 1, "following": 1, "same": 0, "previous": -1, "preceding": -1]

    /// "the next day", "the following year", "the same month", "that day", "that same year": a
    /// day, month or year counted from the date the text last named (``lastMentioned``); no
    /// match when that date is not precise enough ("the next day" after "in 1998").
    private func anaphoric(_ index: Int) -> DateMatch? {
        var cursor = index + 1
        var step = 0
        if tokens[index].lower == "that" {
            if cursor < tokens.count, tokens[cursor].lower == "same" { cursor += 1 }
        } else {
            guard cursor < tokens.count, let found = Self.anaphoricSteps[tokens[cursor].lower] else { return nil }
            step = found
            cursor += 1
        }
        if cursor < tokens.count, let season = CalendarWords.seasons[tokens[cursor].lower], let last = lastMentioned {
            let month = last.month ?? (step > 0 ? 12 : 1)
            var year = last.year
            if step > 0, season <= month { year += 1 }
            if step < 0, season >= month { year -= 1 }
            var found = seasonOf(index, cursor + 1, season, year: year)
            found.usesAnchor = true
            found.followsNarrative = true
            return found
        }
        guard cursor < tokens.count, ["day", "month", "year"].contains(tokens[cursor].lower) else { return nil }
        if step == 0, tokens[cursor].lower != "year", let back = yearBack(cursor + 1), var found = counted(index, back, unit: tokens[cursor].lower, amount: 0),
           let value = found.value, let date = DateNarrative(value: value), let month = date.month {
            found.value = date.day.map { validDay(date.year - 1, month, $0) } ?? CalendarDay.isoMonth(index: (date.year - 1) * 12 + month - 1)
            found.isComparison = true
            return found
        }
        if cursor + 1 < tokens.count, tokens[cursor + 1].kind == .possessive || ["of", "old", "-"].contains(tokens[cursor + 1].lower) { return nil }
        return counted(index, cursor + 1, unit: tokens[cursor].lower, amount: step)
    }

    /// "a year ago", "a year earlier", "last year", "the previous year" after "the same month" or
    /// "the same day": the comparison a year back. Returns the index after the phrase.
    private func yearBack(_ index: Int) -> Int? {
        var cursor = index
        if cursor < tokens.count, tokens[cursor].lower == "of" { cursor += 1 }
        guard cursor + 1 < tokens.count else { return nil }
        let first = tokens[cursor].lower, second = tokens[cursor + 1].lower
        if (first == "a" || first == "one") && second == "year", cursor + 2 < tokens.count, ["ago", "earlier", "before"].contains(tokens[cursor + 2].lower) { return cursor + 3 }
        if first == "last", second == "year" { return cursor + 2 }
        if first == "the", cursor + 2 < tokens.count, ["previous", "preceding"].contains(second), tokens[cursor + 2].lower == "year" { return cursor + 3 }
        return nil
    }

    /// "of that year", "of the same year", "of the following year" after a month or a day ("in
    /// August of that year", "on January 24 of the same year"): the year counted from the date the
    /// text last named (``lastMentioned``). Returns the year and the index after the phrase.
    private func yearNamedBefore(_ index: Int) -> (Int, Int)? {
        guard let last = lastMentioned, index + 2 < tokens.count, tokens[index].lower == "of" else { return nil }
        var cursor = index + 1
        var step = 0
        if tokens[cursor].lower == "that" {
            cursor += 1
            if tokens[cursor].lower == "same" { cursor += 1 }
        } else if tokens[cursor].lower == "the", cursor + 1 < tokens.count, let found = Self.anaphoricSteps[tokens[cursor + 1].lower] {
            step = found
            cursor += 2
        } else {
            return nil
        }
        guard cursor < tokens.count, tokens[cursor].lower == "year" else { return nil }
        if cursor + 1 < tokens.count, tokens[cursor + 1].kind == .possessive { return nil }
        return (last.year + step, cursor + 1)
    }

    /// "two days later", "a year later", "14 years later": counted from the date the text last named.
    private func laterMatch(_ index: Int) -> DateMatch? {
        guard index + 2 < tokens.count, tokens[index + 2].lower == "later" else { return nil }
        let token = tokens[index]
        let amount: Int
        if token.lower == "a" || token.lower == "an" {
            amount = 1
        } else if token.kind == .number, token.text.count <= 3, let value = Int(token.text) {
            amount = value
        } else if let value = NumberWords.value(of: token.lower), value == value.rounded() {
            amount = Int(value)
        } else {
            return nil
        }
        var unit = tokens[index + 1].lower
        if unit.hasSuffix("s") { unit.removeLast() }
        guard ["day", "month", "year"].contains(unit) else { return nil }
        return counted(index, index + 3, unit: unit, amount: amount)
    }

    /// A day, month or year `amount` units from ``lastMentioned``, or `nil` when it lacks the unit.
    private func counted(_ first: Int, _ end: Int, unit: String, amount: Int) -> DateMatch? {
        guard let last = lastMentioned else { return nil }
        var found: DateMatch
        switch unit {
        case "day":
            guard let month = last.month, let day = last.day else { return nil }
            found = DateMatch(first, end, CalendarDay(year: last.year, month: month, day: day).adding(days: amount).iso, kind: .relativeDay)
        case "month":
            guard let month = last.month else { return nil }
            found = DateMatch(first, end, CalendarDay.isoMonth(index: last.year * 12 + month - 1 + amount), kind: .month)
        default:
            found = DateMatch(first, end, CalendarDay.pad(last.year + amount, 4), kind: .year)
        }
        found.usesAnchor = true
        found.followsNarrative = true
        return found
    }

    // MARK: - Ranges and "ago"

    private func yearRange(_ index: Int) -> DateMatch? {
        guard let (first, afterFirst) = year(index + 1), afterFirst + 1 < tokens.count,
              tokens[afterFirst].lower == (tokens[index].lower == "from" ? "to" : "and"),
              let (second, afterSecond) = year(afterFirst + 1)
        else { return nil }
        return DateMatch(index, afterSecond, String(first), String(second), kind: .range)
    }

    /// "three days ago", "a year ago", "2 weeks ago".
    private func agoMatch(_ index: Int) -> DateMatch? {
        let token = tokens[index]
        guard index + 2 < tokens.count, let days = DateExtractor.unitDays(tokens[index + 1].lower), tokens[index + 2].lower == "ago" else { return nil }
        let amount: Int
        if token.lower == "a" || token.lower == "an" {
            amount = 1
        } else if token.kind == .number, token.text.count <= 3, let value = Int(token.text) {
            amount = value
        } else if let value = NumberWords.value(of: token.lower) {
            amount = Int(value)
        } else {
            return nil
        }
        guard let anchor else { return DateMatch(index, index + 3, nil, kind: .relativeDay, usesAnchor: true) }
        switch days {
        case 365: return DateMatch(index, index + 3, CalendarDay.pad(anchor.year - amount, 4), kind: .year, usesAnchor: true)
        case 30: return DateMatch(index, index + 3, CalendarDay.isoMonth(index: anchor.monthIndex - amount), kind: .month, usesAnchor: true)
        case 7:
            let monday = anchor.adding(days: 1 - anchor.weekday - 7 * amount)
            return DateMatch(index, index + 3, monday.iso, monday.adding(days: 6).iso, kind: .period, usesAnchor: true)
        default: return DateMatch(index, index + 3, anchor.adding(days: -amount).iso, kind: .relativeDay, usesAnchor: true)
        }
    }

    // MARK: - Weekdays

    /// A weekday: `step` 0 is the most recent on or before the anchor, -1 the most recent before
    /// it ("last Thursday"), +1 the next after it ("next Thursday"), 2 the first on or after it
    /// ("will meet Thursday", written on a Thursday, is that day).
    private func weekdayDate(_ weekday: Int, step: Int) -> CalendarDay? {
        guard let anchor else { return nil }
        let back = (anchor.weekday - weekday + 7) % 7
        switch step {
        case 2: return anchor.adding(days: (weekday - anchor.weekday + 7) % 7)
        case 1: return anchor.adding(days: (weekday - anchor.weekday + 7) % 7 == 0 ? 7 : (weekday - anchor.weekday + 7) % 7)
        case -1: return anchor.adding(days: back == 0 ? -7 : -back)
        default: return anchor.adding(days: -back)
        }
    }

    /// Whether a past tense of saying or being ("said", "was", "had") comes before a token in its
    /// sentence.
    private func hasPastCue(before index: Int) -> Bool {
        var back = index - 1
        while back >= 0, tokens[back].sentence == tokens[index].sentence {
            if CalendarWords.pastCues.contains(tokens[back].lower) { return true }
            back -= 1
        }
        return false
    }

    /// Whether the words before a date in its clause speak of the future ("will", "is
    /// scheduled", "set to", "plan to", "postponed", "as early as"). The look back stops at a past tense of saying or
    /// being ("said", "was") and at a clause boundary (a comma, "where", "that"), so a "would" in
    /// another clause does not move "the Aug. 7 blasts" a year ahead.
    private func isFuture(before index: Int) -> Bool {
        if index >= 3, tokens[index - 1].lower == "as", ["early", "soon"].contains(tokens[index - 2].lower), tokens[index - 3].lower == "as" {
            return true
        }
        return clauseHasCue(before: index, reach: 14) { back in
            let lower = tokens[back].lower
            return CalendarWords.isFutureCue(lower)
                || lower == "to" && back > 0 && ["set", "due", "is", "are", "plan", "plans"].contains(tokens[back - 1].lower)
        }
    }

    /// Whether a cue comes before a token in its clause: the look back takes at most `reach` words
    /// of the sentence and stops at a past tense of saying or being ("said", "was") and at a clause
    /// boundary (a comma, "where", "that"); an earlier weekday or month of the clause counts the
    /// words again from itself, so a date shares the cue of the date before it ("will fly on
    /// Thursday for the last leg of his trip before returning home on Saturday"). Shared by
    /// ``isFuture(before:)``, ``isPlanned(_:)`` and ``looksAhead(_:to:)``.
    private func clauseHasCue(before index: Int, reach: Int, isCue: (Int) -> Bool) -> Bool {
        var back = index - 1
        var seen = 0
        while back >= 0, seen < reach, tokens[back].sentence == tokens[index].sentence {
            if isCue(back) { return true }
            let lower = tokens[back].lower
            if CalendarWords.pastCues.contains(lower) || CalendarWords.clauseBoundaries.contains(lower) { return false }
            let isCalendarName = tokens[back].isCapitalized && (CalendarWords.weekdays[lower] != nil || CalendarWords.months[lower] != nil)
            back -= 1
            seen = isCalendarName ? 0 : seen + 1
        }
        return false
    }

    /// How many words before a date ``isPlanned(_:)`` looks for a plan: a "will" further back
    /// mostly governs another verb ("that will be eligible … totaled $37 million in 1988").
    static let planReach = 8

    /// Whether a date stands in a plan rather than in what happened: a
    /// ``CalendarWords/planCues`` word ("planned", "will", "expected") comes before it in its
    /// clause, at most ``planReach`` words back, the look back stopping as ``isFuture(before:)``'s
    /// does. Such a date ("a campaign planned for 1976") moves neither ``narrative`` nor
    /// ``lastMentioned``.
    func isPlanned(_ found: DateMatch) -> Bool {
        clauseHasCue(before: found.first, reach: Self.planReach) { CalendarWords.planCues.contains(tokens[$0].lower) }
    }

    /// Whether a date closes a span the narrative only looks ahead to: a
    /// ``CalendarWords/spanEndCues`` word ("until") comes before it in its clause, at most
    /// ``planReach`` words back, and it lies in a later year than ``narrative`` ("a siege of
    /// 1944 that lasted until February 1945. In mid-June …" is still 1944). Such a date does not
    /// move ``narrative``.
    func looksAhead(_ found: DateMatch, to reached: DateNarrative) -> Bool {
        guard let narrative, reached.year > narrative.year else { return false }
        return clauseHasCue(before: found.first, reach: Self.planReach) { CalendarWords.spanEndCues.contains(tokens[$0].lower) }
    }

    /// A holiday ("Christmas", "Thanksgiving Day", "New Year's Eve"), with a year after it
    /// ("Christmas 1998", "Easter of 2001") or resolved against the anchor: `step` -1 the last
    /// one before it, +1 the next after it, 0 the one of its year, `nil` the latest on or before
    /// it unless the clause speaks of the future or the next one is only days ahead.
    private func holidayMatch(_ index: Int, first: Int, step: Int?) -> DateMatch? {
        guard let (rule, after) = holiday(index) else { return nil }
        var yearStart = after
        if yearStart < tokens.count, tokens[yearStart].text == "," { yearStart += 1 }
        if let (year, end) = year(yearStart) ?? yearOf(after) {
            return DateMatch(first, end, Holidays.day(rule, year: year).iso, kind: .day)
        }
        var fixed: (month: Int, day: Int)?
        if case let .fixed(month, day) = rule { fixed = (month, day) }
        guard let anchor else {
            var found = DateMatch(first, after, nil, kind: .day, usesAnchor: true)
            if let fixed { found.yearless = (fixed.month, fixed.day) }
            return found
        }
        let this = Holidays.day(rule, year: anchor.year)
        let past = this <= anchor ? this : Holidays.day(rule, year: anchor.year - 1)
        let next = this >= anchor ? this : Holidays.day(rule, year: anchor.year + 1)
        let chosen: CalendarDay
        switch step {
        case -1: chosen = this < anchor ? this : Holidays.day(rule, year: anchor.year - 1)
        case 1: chosen = this > anchor ? this : Holidays.day(rule, year: anchor.year + 1)
        case 0: chosen = this
        default: chosen = isFuture(before: first) || next.ordinal - anchor.ordinal <= DateExtractor.comingWindowDays ? next : past
        }
        var found = DateMatch(first, after, chosen.iso, kind: .day, usesAnchor: true)
        if let fixed { found.yearless = (fixed.month, fixed.day) }
        return found
    }

    /// The holiday named at a token (capitalised words) and the index after its name; not when a
    /// capitalised word goes on the name ("Easter Island", "Good Friday Agreement").
    private func holiday(_ index: Int) -> (Holidays.Rule, Int)? {
        guard index < tokens.count, tokens[index].isCapitalized || Holidays.informalNames.contains(tokens[index].lower) else { return nil }
        for (words, rule) in Holidays.names where index + words.count <= tokens.count {
            let matches = words.indices.allSatisfy { k in
                let token = tokens[index + k]
                let lower = token.kind == .possessive ? "'s" : token.lower
                return lower == words[k] && (token.kind != .word || token.isCapitalized || Holidays.informalNames.contains(lower))
            }
            guard matches else { continue }
            let after = index + words.count
            if after < tokens.count, tokens[after].kind == .word, tokens[after].isCapitalized, !tokens[after].startsSentence,
               CalendarWords.months[tokens[after].lower] == nil, CalendarWords.weekdays[tokens[after].lower] == nil {
                return nil
            }
            return (rule, after)
        }
        return nil
    }

    /// "last Oct. 23", "next March 5": the latest such day before the anchor, or the next after it.
    private func leadingDay(_ date: DateMatch, from first: Int, step: Int) -> DateMatch {
        guard let anchor, let (month, day) = date.yearless, let day else { return extended(date, to: first) }
        var year = anchor.year
        let sameYear = CalendarDay(year: year, month: month, day: min(day, ISODate.daysIn(month: month, year: year)))
        if step < 0, sameYear >= anchor { year -= 1 }
        if step > 0, sameYear <= anchor { year += 1 }
        var found = date
        found.first = first
        found.value = validDay(year, month, day)
        return found
    }

    /// After a year ("this year", "1998"), a possessive and a quarter or half ("this year's third
    /// quarter", "1998's first half"), or — in a text that has named a quarter — "quarter" or
    /// "period" ("last year's quarter", "the 1988 period"): that period in the year.
    /// `isComparison` marks the second kind: it never becomes the quarter "the quarter" means.
    private func possessivePeriod(after index: Int, year: Int) -> (end: Int, value: String, endValue: String, isComparison: Bool)? {
        var next = index
        let possessive = next < tokens.count && tokens[next].kind == .possessive
        if possessive { next += 1 }
        guard next < tokens.count else { return nil }
        if possessive, let quarter = quarterMatch(next, year: year), quarter.first == next, let value = quarter.value, let last = quarter.endValue {
            return (quarter.end, value, last, false)
        }
        guard ["quarter", "period"].contains(tokens[next].lower), let (first, last) = lastQuarter,
              let start = CalendarDay(iso: first + "-01"), let end = CalendarDay(iso: last + "-01") else { return nil }
        let shift = (year - start.year) * 12
        return (next + 1, CalendarDay.isoMonth(index: start.monthIndex + shift), CalendarDay.isoMonth(index: end.monthIndex + shift), shift != 0)
    }

    // MARK: - Token tests

    private func validDay(_ year: Int, _ month: Int, _ day: Int) -> String? {
        let iso = CalendarDay(year: year, month: month, day: day).iso
        return ISODate.isValidDay(iso) ? iso : nil
    }

    private func monthNumber(_ index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, let month = CalendarWords.months[token.lower] else { return nil }
        let abbreviated = token.lower.count <= 4 && token.lower != "june" && token.lower != "july" && token.lower != "may"
        if abbreviated && !(index + 1 < tokens.count && tokens[index + 1].text == "." && !tokens[index + 1].spaceBefore) && token.lower != "sept"
            && !(index + 1 < tokens.count && dayNumber(tokens[index + 1]) != nil && tokens[index + 1].spaceBefore)
            && !(index > 0 && dayNumber(tokens[index - 1]) != nil && token.spaceBefore)
            && !(index + 1 < tokens.count && tokens[index + 1].spaceBefore && isPlainYear(index + 1))
        {
            return nil
        }
        return month
    }

    private func dayNumber(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count <= 2, let value = Int(token.text), (1...31).contains(value) else { return nil }
        return value
    }

    private func year(_ index: Int) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 4,
            let value = Int(tokens[index].text), (1000...2199).contains(value)
        else { return nil }
        return (value, index + 1)
    }

    private func isPlainYear(_ index: Int) -> Bool {
        guard let (value, after) = year(index), (1800...2100).contains(value) else { return false }
        if index > 0, ["$", "€", "£", "#", "No", "no"].contains(tokens[index - 1].text) { return false }
        if after < tokens.count {
            let next = tokens[after]
            if !next.spaceBefore && next.kind == .word { return false }
            if next.text == "%" || next.lower == "percent" { return false }
        }
        return true
    }
}
