import DocPipe

/// Named holidays and their day in a given year: fixed days ("Christmas", "New Year's Day"),
/// days counted from a weekday of a month ("Thanksgiving", "Labor Day") and days counted from
/// Easter ("Good Friday"). General calendar knowledge; the US forms where countries differ.
enum Holidays {
    /// How a holiday's day is found in a year.
    enum Rule: Sendable {
        /// The same month and day every year.
        case fixed(month: Int, day: Int)
        /// The nth weekday (Monday = 1) of a month; a negative n counts from the month's end.
        case weekday(month: Int, weekday: Int, nth: Int)
        /// A number of days from Western Easter Sunday.
        case easter(offset: Int)
    }

    /// Holiday names as lower-cased word sequences (a possessive "'s" is its own word), longest
    /// first where one name begins another.
    static let names: [(words: [String], rule: Rule)] = [
        (["new", "year", "'s", "day"], .fixed(month: 1, day: 1)),
        (["new", "year", "'s", "eve"], .fixed(month: 12, day: 31)),
        (["christmas", "eve"], .fixed(month: 12, day: 24)),
        (["christmas", "day"], .fixed(month: 12, day: 25)),
        (["christmas"], .fixed(month: 12, day: 25)),
        (["xmas", "day"], .fixed(month: 12, day: 25)),
        (["xmas"], .fixed(month: 12, day: 25)),
        (["x'mas"], .fixed(month: 12, day: 25)),
        (["boxing", "day"], .fixed(month: 12, day: 26)),
        (["valentine", "'s", "day"], .fixed(month: 2, day: 14)),
        (["st", ".", "patrick", "'s", "day"], .fixed(month: 3, day: 17)),
        (["saint", "patrick", "'s", "day"], .fixed(month: 3, day: 17)),
        (["independence", "day"], .fixed(month: 7, day: 4)),
        (["bastille", "day"], .fixed(month: 7, day: 14)),
        (["halloween"], .fixed(month: 10, day: 31)),
        (["veterans", "day"], .fixed(month: 11, day: 11)),
        (["armistice", "day"], .fixed(month: 11, day: 11)),
        (["thanksgiving", "day"], .weekday(month: 11, weekday: 4, nth: 4)),
        (["thanksgiving"], .weekday(month: 11, weekday: 4, nth: 4)),
        (["labor", "day"], .weekday(month: 9, weekday: 1, nth: 1)),
        (["memorial", "day"], .weekday(month: 5, weekday: 1, nth: -1)),
        (["mother", "'s", "day"], .weekday(month: 5, weekday: 7, nth: 2)),
        (["father", "'s", "day"], .weekday(month: 6, weekday: 7, nth: 3)),
        (["good", "friday"], .easter(offset: -2)),
        (["easter", "sunday"], .easter(offset: 0)),
        (["easter", "monday"], .easter(offset: 1)),
        (["easter"], .easter(offset: 0)),
    ]

    /// Holiday words that name the holiday in any case, being no other word ("xmas", "x'mas"); every
    /// other name counts only capitalised.
    static let informalNames: Set<String> = ["xmas", "x'mas"]

    /// The day a holiday falls on in a year.
    static func day(_ rule: Rule, year: Int) -> CalendarDay {
        switch rule {
        case let .fixed(month, day):
            return CalendarDay(year: year, month: month, day: day)
        case let .weekday(month, weekday, nth):
            if nth > 0 {
                let first = CalendarDay(year: year, month: month, day: 1)
                return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
            }
            let last = CalendarDay(year: year, month: month, day: ISODate.daysIn(month: month, year: year))
            let back: Int = (last.weekday - weekday + 7) % 7
            return last.adding(days: 7 * (nth + 1) - back)
        case let .easter(offset):
            return easterSunday(year).adding(days: offset)
        }
    }

    /// Western Easter Sunday (the anonymous Gregorian computus).
    static func easterSunday(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }
}
