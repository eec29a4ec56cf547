import Foundation

/// Recognises a dateline ("January 10, 2022", "Published Jan. 10, 2022 at 5:31 p.m. EST",
/// "10 January 2022", "2022-01-10") and gives its ISO 8601 date.
enum DateLine {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Words a dateline may carry besides the date itself.
    static let companions: Set<String> = [
        "published", "updated", "posted", "last", "modified", "on", "at", "date", "am", "pm", "a.m", "p.m", "est", "edt",
        "utc", "gmt", "cet", "cest", "msk", "pst", "pdt", "cst", "cdt", "bst", "ist", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "first", "and", "time", "et", "pt", "ct", "mt", "eet", "jst", "kst", "aest", "hkt", "sgt", "wib", "ast",
    ]

    /// The ISO date of a line that is a dateline and nothing more.
    /// - Parameter unit: the unit.
    /// - Returns: `YYYY-MM-DD`, or `nil` when the line is not a dateline.
    static func isoDate(_ unit: AnalyzedUnit) -> String? {
        guard unit.features.words <= 14, unit.features.words >= 1 else { return nil }
        return isoDate(unit.lowercasedText())
    }

    /// The ISO date of a case-folded text that is a dateline and nothing more.
    static func isoDate(_ folded: String) -> String? {
        let tokens = folded.split { $0 == " " || $0 == "," || $0 == "|" }.map { token in
            String(token.trimmingCharacters(in: [".", ",", ":", "(", ")", "\u{2022}", "-", "\u{2014}", "\u{2013}"]))
        }.filter { !$0.isEmpty }
        var year: Int?
        var month: Int?
        var day: Int?
        guard tokens.count <= 16 else { return nil }
        var dateTokens = 0
        for token in tokens {
            if let iso = isoToken(token) {
                (year, month, day) = (iso.0, iso.1, iso.2)
                dateTokens += 3
                continue
            }
            if let value = months[token] {
                month = value
                dateTokens += 1
                continue
            }
            if let number = Int(token.filter(\.isNumber)), token.first?.isNumber == true {
                let suffix = token.drop { $0.isNumber }
                if number >= 1900 && number <= 2100 && suffix.isEmpty {
                    year = number
                } else if number >= 1 && number <= 31 && ["", "st", "nd", "rd", "th"].contains(String(suffix)) && day == nil {
                    day = number
                } else if !token.contains(":") && !token.contains(".") {
                    return nil
                }
                dateTokens += 1
                continue
            }
            if companions.contains(token) { continue }
            return nil
        }
        guard let year, let month, let day, dateTokens >= 3 else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    private static func isoToken(_ token: String) -> (Int, Int, Int)? {
        let parts = token.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              let day = Int(parts[2].prefix(2)), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }
}
