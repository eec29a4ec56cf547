import DocPipe

/// Day numbers of ISO dates, to measure gaps in days.
enum CalendarOrdinal {
    /// Days since 1970-01-01 of a `YYYY-MM-DD` date (the first ten characters of `iso`), or `nil`.
    static func day(_ iso: String) -> Int? {
        let parts = iso.prefix(10).split(separator: "-")
        guard iso.count >= 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return ISODate.dayNumber(year: y, month: m, day: d)
    }
}

extension CalendarOrdinal {
    /// The `YYYY-MM-DD` date of a day number.
    static func iso(_ day: Int) -> String {
        let (y, m, d) = ISODate.date(ofDayNumber: day)
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
