import DocPipe

/// Finds date expressions and resolves them to ISO 8601 at the precision the text gives:
/// "January 5" / "Jan. 10" / "5 January 2022" (day), "January 2022" / "in March" (month), "1999"
/// (year), ranges ("from 1994 to 1997", "2013-2014"), periods written as ranges of months or
/// years (quarters, halves, seasons, fiscal years, decades, centuries) and relative expressions
/// ("yesterday", "last week", "last June", "earlier this month", "on Thursday", "three days ago"),
/// which resolve only against an anchor day.
///
/// Without an anchor, a month and day written without a year take the year the document's own
/// absolute dates imply (the latest of them with a month), and are marked inferred.
struct DateExtractor: Sendable {
    /// The day relative expressions and year-less dates resolve against, if any.
    let anchor: CalendarDay?
    /// Whether the anchor itself was inferred (its year taken from the document's dates), so
    /// that everything resolved against it is marked inferred.
    let anchorIsInferred: Bool

    /// Creates an extractor.
    /// - Parameters:
    ///   - anchor: the document's or the pipeline's reference day, `YYYY-MM-DD`.
    ///   - inferred: whether that day's year was inferred rather than given.
    init(anchor: String?, inferred: Bool = false) {
        self.anchor = anchor.flatMap(CalendarDay.init(iso:))
        self.anchorIsInferred = inferred
    }

    private static let monthLeaders: Set<String> = ["in", "since", "by", "until", "till", "early", "late", "mid", "middle", "of", "during", "from", "before", "after", "through", "throughout", "earlier", "later", "into", "for", "the", "a", "an"]
    private static let seasonLeaders: Set<String> = ["in", "since", "by", "until", "till", "early", "late", "mid", "middle", "during", "before", "after", "through", "throughout", "into", "over", "for", "of"]
    private static let rangeLeaders: Set<String> = ["from", "between"]
    private static let units: [String: Int] = ["day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365]

    /// The date mentions of a text, in order.
    /// - Parameter text: the analysed text.
    /// - Returns: mentions; `value` is `nil` where an expression has no anchor to resolve against.
    func dates(in text: AnalyzedText) -> [DateMention] {
        let tokens = text.tokens
        let matches = self.matches(tokens)
        let implied = anchor == nil ? Self.impliedDay(matches) : nil
        return matches.map { found in
            var value = found.value
            var inferred = found.usesAnchor && anchorIsInferred && value != nil
            if value == nil, let (month, day) = found.yearless, let implied {
                value = Self.nearest(month: month, day: day, to: implied)
                inferred = value != nil
            }
            var last = found.end - 1
            if last > found.first, tokens[last].text == "." { last -= 1 }
            let start = tokens[found.first].start, end = tokens[last].end
            return DateMention(start: start, end: end, text: text.text(start, end), value: value, endValue: found.endValue, inferred: inferred ? true : nil,
                reference: found.reference)
        }
    }

    /// The day a dateline at the top of the text gives ("WASHINGTON, Jan. 5 (Reuters) -",
    /// "MOSCOW, March 3, 2024 —", "2024-03-03:"): a day-precision date among the first words of
    /// the first line, after nothing but a capitalised place and commas, before a bracket, a dash,
    /// a colon or the end of the line. A dateline without a year takes it from this extractor's
    /// anchor, else from the document's own dates (then the day is inferred).
    /// - Parameter text: the analysed text.
    /// - Returns: the day and whether its year was inferred, or `nil` when there is no dateline.
    func datelineDay(in text: AnalyzedText) -> (day: String, inferred: Bool)? {
        let tokens = text.tokens
        guard let first = firstMatch(tokens, startingBefore: 12), first.kind == .day,
              !tokens[1..<max(1, first.end)].contains(where: { $0.lineBreakBefore }) else { return nil }
        for token in tokens[0..<first.first] {
            let allowed = token.kind == .word && (token.isCapitalized || token.lower == "of") || [",", "(", ")", "/"].contains(token.text)
            if !allowed { return nil }
        }
        if first.end < tokens.count {
            let next = tokens[first.end]
            guard next.lineBreakBefore || ["(", "-", "\u{2014}", "\u{2013}", "_", ":", "/", "|"].contains(next.text) else { return nil }
        }
        guard let (month, day) = first.yearless, let day else { return first.value.map { ($0, false) } }
        if let anchor { return Self.nearest(month: month, day: day, to: anchor).map { ($0, anchorIsInferred) } }
        guard let implied = Self.impliedDay(matches(tokens)), let value = Self.nearest(month: month, day: day, to: implied) else { return nil }
        return (value, true)
    }

    /// The first match of ``matches(_:)`` when it starts before token `limit`, found without
    /// scanning the rest of the text.
    private func firstMatch(_ tokens: [Token], startingBefore limit: Int) -> DateMatch? {
        let scan = DateScan(tokens: tokens, anchor: anchor)
        for index in 0..<min(limit, tokens.count) {
            if let found = scan.match(index) { return found }
        }
        return nil
    }

    private func matches(_ tokens: [Token]) -> [DateMatch] {
        let plain = matches(tokens, narrative: false)
        guard DateNarrative.tellsAnotherTime(plain, anchor: anchor) else { return plain }
        return matches(tokens, narrative: true, asides: DateNarrative.asides(plain))
    }

    private func matches(_ tokens: [Token], narrative: Bool, asides: Set<Int> = []) -> [DateMatch] {
        var matches: [DateMatch] = []
        var index = 0
        var scan = DateScan(tokens: tokens, anchor: anchor)
        scan.isNarrative = narrative
        while index < tokens.count {
            if let found = scan.match(index) {
                matches.append(found)
                if found.kind == .period, !found.isComparison, let value = found.value, let last = found.endValue, Self.isQuarter(value, last) {
                    scan.lastQuarter = (value, last)
                }
                let planned = scan.isPlanned(found)
                if !planned, let reached = DateNarrative.reached(by: found), !scan.looksAhead(found, to: reached),
                   !asides.contains(found.first), !DateNarrative.looksBack(found, to: reached, from: scan.narrative) {
                    scan.narrative = reached
                    scan.narrativeEnd = found.end
                } else if found.usesAnchor, found.value != nil {
                    scan.narrativeEnd = .max
                }
                let isNow = narrative && found.kind == .relativeDay && !found.followsNarrative && found.value != nil && found.value == anchor?.iso
                if !planned, !isNow, let value = found.value, found.endValue.map({ $0.prefix(4) == value.prefix(4) }) ?? true,
                   let named = DateNarrative(value: value) {
                    scan.lastMentioned = named
                }
                index = found.end
                let listed = scan.listedDays(after: found)
                if let last = listed.days.last {
                    matches[matches.count - 1] = listed.opening
                    matches += listed.days
                    index = last.end
                }
            } else {
                index += 1
            }
        }
        return matches
    }

    /// Whether the text writes a weekday with its day ("Tuesday (Sept 20)") that falls on that
    /// weekday within a year of the anchor: the text was written then, whatever other years it names.
    func pinsAnchorYear(in text: AnalyzedText) -> Bool {
        guard let anchor else { return false }
        return matches(text.tokens).contains { found in
            found.isPinnedByWeekday && found.value.flatMap(CalendarDay.init(iso:)).map { abs($0.ordinal - anchor.ordinal) <= 366 } == true
        }
    }

    /// The days (the 15th for a month) of the dates the text writes with a year and at least a month.
    func writtenDays(in text: AnalyzedText) -> [CalendarDay] {
        matches(text.tokens).compactMap { found in
            guard !found.usesAnchor, found.kind == .day || found.kind == .month, let value = found.value else { return nil }
            return CalendarDay(iso: value.count == 7 ? value + "-15" : value)
        }
    }

    /// The latest date with a written year and at least a month that the matches name, to take
    /// year-less dates' years from when there is no anchor.
    static func impliedDay(_ matches: [DateMatch]) -> CalendarDay? {
        matches.compactMap { found -> CalendarDay? in
            guard !found.usesAnchor, found.kind == .day || found.kind == .month, let value = found.value else { return nil }
            return CalendarDay(iso: value.count == 7 ? value + "-15" : value)
        }.max()
    }

    /// The month (and day) in the year that puts it nearest a day.
    static func nearest(month: Int, day: Int?, to anchor: CalendarDay) -> String? {
        var best: (distance: Int, year: Int)?
        for year in [anchor.year - 1, anchor.year, anchor.year + 1] {
            let date = CalendarDay(year: year, month: month, day: min(day ?? 15, ISODate.daysIn(month: month, year: year)))
            let distance = abs(date.ordinal - anchor.ordinal)
            if best == nil || distance < best!.distance { best = (distance, year) }
        }
        guard let year = best?.year else { return nil }
        if let day {
            let iso = CalendarDay(year: year, month: month, day: day).iso
            return ISODate.isValidDay(iso) ? iso : nil
        }
        return CalendarDay.isoMonth(index: year * 12 + month - 1)
    }

    /// How many days ahead of the anchor a year-less date may lie and still be read as coming
    /// rather than past when nothing in its sentence speaks of the future.
    static let comingWindowDays = 60

    /// The month (and day) written without a year, resolved the way news reads it: the latest
    /// occurrence on or before the anchor, or the next one when the sentence speaks of the future
    /// or that one is only days ahead ("December 28" read on 2022-01-11 is 2021-12-28).
    static func recent(month: Int, day: Int?, to anchor: CalendarDay, future: Bool) -> String? {
        func occurrence(_ year: Int) -> CalendarDay {
            CalendarDay(year: year, month: month, day: min(day ?? 1, ISODate.daysIn(month: month, year: year)))
        }
        var past = occurrence(anchor.year)
        if day == nil ? past.monthIndex > anchor.monthIndex : past > anchor { past = occurrence(anchor.year - 1) }
        var next = occurrence(past.year + 1)
        if day == nil, past.monthIndex == anchor.monthIndex { next = past }
        let chosen = future || next.ordinal - anchor.ordinal <= comingWindowDays ? next : past
        if let day {
            let iso = CalendarDay(year: chosen.year, month: month, day: day).iso
            return ISODate.isValidDay(iso) ? iso : nil
        }
        return chosen.isoMonth
    }

    private static func isQuarter(_ first: String, _ last: String) -> Bool {
        guard first.count == 7, last.count == 7, let a = CalendarDay(iso: first + "-01"), let b = CalendarDay(iso: last + "-01") else { return false }
        return b.monthIndex - a.monthIndex == 2 && a.monthIndex % 3 == 0
    }

    /// Whether a month or season word is preceded by a word that makes it a date on its own
    /// ("in March", "since June", "during summer").
    static func leadsMonth(_ lower: String) -> Bool { monthLeaders.contains(lower) }

    /// Whether a season word is preceded by a word that makes it a date on its own.
    static func leadsSeason(_ lower: String) -> Bool { seasonLeaders.contains(lower) }

    /// Whether a word opens a range of years ("from", "between").
    static func leadsRange(_ lower: String) -> Bool { rangeLeaders.contains(lower) }

    /// Days in a unit of "three days ago".
    static func unitDays(_ lower: String) -> Int? { units[lower] }
}
