/// Turns the date strings pages carry into ISO 8601: a timestamp stays a timestamp
/// (`2022-01-05T10:00:00Z`), anything else becomes `YYYY-MM-DD` when it can be read.
enum DateNormalizer {
    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// Normalises a date.
    /// - Parameter value: a date as found in metadata or markup.
    /// - Returns: the ISO 8601 form, or nil when no date can be read.
    static func normalize(_ value: String) -> String? {
        let scalars = Array(value.trimmingSpaces.unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= scalars.count else { return nil }
            var number = 0
            for k in from..<(from + count) {
                guard let digit = scalars[k].properties.numericType != nil ? Int(String(scalars[k])) : nil else {
                    return nil
                }
                number = number * 10 + digit
            }
            return number
        }
        if let year = digits(0, 4), scalars.count >= 10, [45, 47, 46].contains(scalars[4].value),
           scalars[7] == scalars[4], let month = digits(5, 2), let day = digits(8, 2) {
            guard let date = format(year, month, day) else { return nil }
            if scalars[4] == "-", scalars.count >= 16, scalars[10] == "T" || scalars[10] == " ",
               digits(11, 2) != nil, scalars[13] == ":", digits(14, 2) != nil {
                var timestamp = String(String.UnicodeScalarView(scalars))
                if scalars[10] == " " {
                    timestamp = date + "T" + String(String.UnicodeScalarView(scalars[11...]))
                }
                return timestamp.split(separator: " ").first.map(String.init)
            }
            return date
        }
        if scalars.count == 8, let year = digits(0, 4), let month = digits(4, 2), let day = digits(6, 2) {
            return format(year, month, day)
        }
        var year: Int?
        var month: Int?
        var day: Int?
        var numbers: [Int] = []
        for word in value.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if let known = months[String(word)], month == nil {
                month = known
            } else if let number = Int(word) {
                if word.count == 4 && year == nil {
                    year = number
                } else if word.count <= 2 {
                    numbers.append(number)
                }
            } else if word.count > 3, let known = months[String(word.prefix(3))], month == nil,
                      word.hasPrefix("sept") || months[String(word)] != nil || word.count <= 4 {
                month = known
            }
        }
        if month != nil {
            day = numbers.first
        } else if numbers.count >= 2 {
            if numbers[0] > 12 {
                day = numbers[0]
                month = numbers[1]
            } else if numbers[1] > 12 {
                month = numbers[0]
                day = numbers[1]
            }
        }
        guard let year, let month, let day else { return nil }
        return format(year, month, day)
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1000...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        func pad(_ number: Int, _ width: Int) -> String {
            let text = String(number)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
