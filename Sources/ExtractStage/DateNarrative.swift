import DocPipe

/// The time a narrative has reached: the last date a text wrote with its year (or resolved from
/// such a date). In history and biography, whose events lie decades before the document's own
/// date, a month or day written without a year ("in April", "on June 10"), a season ("that
/// summer") and "that year" follow this time instead of the document's date.
///
/// Contract: ``governs(anchor:)`` is true only when the narrative's year lies at least
/// ``governingYearsFromAnchor`` years from the anchor's, and a scan asks it only in a text that
/// ``tellsAnotherTime(_:anchor:)`` (dates ``minimumYearsFromAnchor`` years away), so news that
/// mentions last year's events keeps resolving against its own date; ``resolve(month:day:)`` keeps the narrative's year.
struct DateNarrative: Sendable, Equatable {
    /// The year reached.
    var year: Int
    /// The month reached, when the text gave one.
    var month: Int?
    /// The day reached, when the text gave one.
    var day: Int?

    /// How many years the narrative must lie from the anchor before it, not the anchor, resolves
    /// year-less dates.
    static let minimumYearsFromAnchor = 2

    /// Reads an ISO value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the year astronomical when a minus
    /// sign leads it (`-0479` is 480 BC); `nil` for anything else.
    init?(value: String) {
        let negative = value.hasPrefix("-")
        let parts = value.dropFirst(negative ? 1 : 0).split(separator: "-")
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        self.year = negative ? -year : year
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]) else { return nil }
            self.day = day
        }
    }

    /// How many dates of another time a text must write before it counts as a narrative of it:
    /// a news report that recalls one old event with its year is not one.
    static let minimumFarDates = 5

    /// How many times more of a text's written dates must lie far from the anchor than near it
    /// for the text to be told as a narrative of another time (1 measured better than 2 and 3).
    static let farToNearRatio = 1

    /// Whether a text is a narrative of another time: its dates written with a year (days, months
    /// and single years) lie at least ``minimumYearsFromAnchor`` years from the anchor
    /// ``farToNearRatio`` times as often as near it, expressions that count from the anchor
    /// ("yesterday", "on Tuesday", "last week", "this year") counting as near. News that recalls
    /// an old event among this week's is not.
    static func tellsAnotherTime(_ matches: [DateMatch], anchor: CalendarDay?) -> Bool {
        guard let anchor else { return false }
        var far = 0, near = 0
        for found in matches {
            if found.usesAnchor {
                if found.yearless == nil, found.value != nil, !found.followsNarrative { near += 1 }
                continue
            }
            guard [.day, .month, .year].contains(found.kind), let value = found.value, let written = DateNarrative(value: value) else { continue }
            if abs(written.year - anchor.year) >= minimumYearsFromAnchor { far += 1 } else { near += 1 }
        }
        return far >= minimumFarDates && far >= farToNearRatio * near
    }

    /// How many years a narrative's time must lie from the anchor's before it, not the anchor,
    /// resolves year-less dates, once the text is known to tell of another time: a history that has
    /// come to the year before its document's date still tells that year's months (1 measured
    /// better than 2 on WikiWars' dev half, TempEval-3 unchanged).
    static let governingYearsFromAnchor = 1

    /// Whether this time, rather than the anchor, resolves year-less dates.
    func governs(anchor: CalendarDay?) -> Bool {
        guard let anchor else { return false }
        return abs(anchor.year - year) >= Self.governingYearsFromAnchor
    }

    /// A month (and day) without a year in the narrative's year ("in June 1940 … on July 14" is
    /// 1940-07-14). Moving on to the next year when the month comes earlier than the narrative's
    /// was measured and rejected: narratives look back as often as they move on.
    func resolve(month: Int, day: Int?) -> String? {
        let target = year
        if let day {
            let iso = CalendarDay(year: target, month: month, day: day).iso
            if target < 1 { return day <= ISODate.daysIn(month: month, year: target) ? iso : nil }
            return ISODate.isValidDay(iso) ? iso : nil
        }
        return CalendarDay.isoMonth(index: target * 12 + month - 1)
    }

    /// How many years a written date must lie from the years written on both sides of it to be an
    /// aside (``asides(_:)``).
    static let asideYears = 3

    /// The first tokens of the dates a narrative names only in passing: a date written with its
    /// year at least ``asideYears`` years from both the date written with a year before it and the
    /// one after it, while those two lie within a year of each other ("the canal opened in 1825 …
    /// letters published in 1902 show that the engineers quarrelled in April … in 1826"). Such a
    /// date does not move the narrative, so the year-less dates after it keep the story's year.
    /// - Parameter matches: the text's matches in order, from a scan that did not follow a narrative.
    static func asides(_ matches: [DateMatch]) -> Set<Int> {
        let written = matches.compactMap { found -> (first: Int, year: Int)? in
            guard !found.usesAnchor, [.day, .month, .year].contains(found.kind), let value = found.value,
                  found.endValue.map({ $0.prefix(4) == value.prefix(4) }) ?? true, let date = DateNarrative(value: value) else { return nil }
            return (found.first, date.year)
        }
        var asides: Set<Int> = []
        for position in written.indices.dropFirst().dropLast() {
            let before = written[position - 1].year, year = written[position].year, after = written[position + 1].year
            if abs(before - after) <= 1, abs(year - before) >= asideYears, abs(year - after) >= asideYears {
                asides.insert(written[position].first)
            }
        }
        return asides
    }

    /// Whether a date counted back from the last one named ("the previous year", "two years
    /// earlier") only looks back from the narrative's time rather than moving it: counted from
    /// another date and earlier than the time reached. A story that recalls last year's battle
    /// is still in this year.
    static func looksBack(_ found: DateMatch, to reached: DateNarrative, from current: DateNarrative?) -> Bool {
        guard found.followsNarrative, found.yearless == nil, let current else { return false }
        return reached.year < current.year
    }

    /// The narrative time a match moves to: its value when it names a day, a month or a single
    /// year written in the text or resolved from the narrative; `nil` for relative expressions
    /// resolved against the anchor and for spans of several years ("the 1930s", "1939-1945").
    static func reached(by found: DateMatch) -> DateNarrative? {
        guard !found.usesAnchor || found.followsNarrative, let value = found.value else { return nil }
        if let end = found.endValue, end.prefix(4) != value.prefix(4) { return nil }
        return DateNarrative(value: value)
    }
}
