import DocPipe
/// Day numbers of ISO dates, to measure distances between dates without Foundation calendars.
enum CalendarDays {
    /// The first and last day numbers an ISO value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) covers.
    /// - Parameter value: the ISO value.
    /// - Returns: the closed range of day numbers, or `nil` when the value is not a date.
    static func range(of value: String) -> ClosedRange<Int>? {
        let parts = value.split(separator: "-").compactMap { Int($0) }
        guard parts.count == value.split(separator: "-").count, let year = parts.first else { return nil }
        switch parts.count {
        case 1: return dayNumber(year, 1, 1)...dayNumber(year, 12, 31)
        case 2:
            guard (1...12).contains(parts[1]) else { return nil }
            let next = parts[1] == 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, parts[1] + 1, 1)
            return dayNumber(year, parts[1], 1)...(next - 1)
        case 3:
            guard (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
            let day = dayNumber(year, parts[1], parts[2])
            return day...day
        default: return nil
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        ISODate.dayNumber(year: year, month: month, day: day)
    }
}
