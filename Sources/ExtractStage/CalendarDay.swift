import DocPipe
/// A day of the proleptic Gregorian calendar, with the arithmetic relative dates need.
struct CalendarDay: Sendable, Hashable, Comparable {
    /// The year.
    var year: Int
    /// The month, 1–12.
    var month: Int
    /// The day of the month.
    var day: Int

    /// Creates a day from its parts (not validated).
    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads a `YYYY-MM-DD` string.
    init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    var ordinal: Int { ISODate.dayNumber(year: year, month: month, day: day) }

    /// The day a number of days since 1970-01-01 falls on.
    init(ordinal: Int) {
        let date = ISODate.date(ofDayNumber: ordinal)
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// The ISO weekday, Monday = 1 … Sunday = 7.
    var weekday: Int { ((ordinal % 7 + 7 + 3) % 7) + 1 }

    /// The day `count` days later (earlier when negative).
    func adding(days count: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + count) }

    /// `YYYY-MM-DD`.
    var iso: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

    /// `YYYY-MM`.
    var isoMonth: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))" }

    /// `YYYY-MM` of a month counted from year 0 (`year * 12 + month - 1`); years before 1 are
    /// astronomical (`0000` is 1 BC, `-0479` is 480 BC).
    static func isoMonth(index: Int) -> String {
        let year = index >= 0 ? index / 12 : -((-index + 11) / 12)
        return "\(pad(year, 4))-\(pad(index - year * 12 + 1, 2))"
    }

    /// The month count from year 0 of this day's month (`year * 12 + month - 1`).
    var monthIndex: Int { year * 12 + month - 1 }

    /// Zero-pads a number; a negative one keeps its sign before the zeros (`-0479`).
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Orders days chronologically.
    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.ordinal < rhs.ordinal }
}
