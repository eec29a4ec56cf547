import DocPipe

/// ISO 8601 dates (`2022`, `2022-01`, `2022-01-05`) as day numbers for a time axis, and back.
enum CalendarDay {
    /// Days since 1970-01-01 of the first day the date covers; `nil` when it is not a date.
    static func number(_ iso: String) -> Int? {
        let parts = iso.prefix(10).split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard let first = parts.first, let year = first, parts.count <= 3, !parts.contains(where: { $0 == nil }) else { return nil }
        let month = parts.count > 1 ? parts[1]! : 1
        let day = parts.count > 2 ? parts[2]! : 1
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return ISODate.dayNumber(year: year, month: month, day: day)
    }

    /// The ISO date (`YYYY-MM-DD`) of a day number.
    static func iso(_ days: Int) -> String {
        let (year, month, day) = ISODate.date(ofDayNumber: days)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
