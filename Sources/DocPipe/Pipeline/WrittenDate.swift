/// Reads the calendar day of a date as metadata commonly writes it: ISO 8601 with or without a time
/// ("2024-03-03", "2024-03-03T10:00:00Z"), compact ("20240303"), RFC 2822 ("Sun, 03 Mar 2024
/// 10:00:00 +0000"), prose ("March 3, 2024", "Mar. 3rd 2024", "3 March 2024", "Sunday, March 3,
/// 2024 at 10:00") and numeric ("03/03/2024", month first unless the first number exceeds 12;
/// "3.3.2024", day first).
public enum WrittenDate {
    /// The day a written date names.
    /// - Parameter written: the date as written.
    /// - Returns: `YYYY-MM-DD`, or `nil` when the text names no single calendar day.
    public static func day(_ written: String) -> String? {
        let pieces = split(written)
        guard !pieces.isEmpty, pieces.count <= 24 else { return nil }
        if let first = pieces.first, first.isNumber {
            if first.text.count == 8, let iso = compact(first.text) { return iso }
            if first.text.count == 4, pieces.count >= 3, pieces[1].isNumber, pieces[2].isNumber {
                return make(Int(first.text), Int(pieces[1].text), Int(pieces[2].text))
            }
        }
        if let monthIndex = pieces.firstIndex(where: { !$0.isNumber && monthNumbers[$0.text] != nil }) {
            return prose(pieces, monthIndex)
        }
        return numeric(pieces)
    }

    /// Month names and their usual abbreviations, lower-cased.
    public static let monthNumbers: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    private struct Piece {
        var text: String
        var isNumber: Bool
        var separator: Character?
    }

    private static func split(_ written: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        var currentIsNumber = false
        var separator: Character?
        func flush() {
            if !current.isEmpty { pieces.append(Piece(text: current, isNumber: currentIsNumber, separator: separator)) }
            current = ""
            separator = nil
        }
        for character in written.lowercased() {
            let isDigit = character.isASCII && character.isNumber
            let isLetter = character.isLetter
            if isDigit || isLetter {
                if !current.isEmpty && currentIsNumber != isDigit { flush() }
                currentIsNumber = isDigit
                current.append(character)
            } else {
                flush()
                if separator == nil, character != " " { separator = character }
            }
        }
        flush()
        return pieces
    }

    private static func compact(_ digits: String) -> String? {
        let chars = Array(digits)
        return make(Int(String(chars[0..<4])), Int(String(chars[4..<6])), Int(String(chars[6..<8])))
    }

    private static func prose(_ pieces: [Piece], _ monthIndex: Int) -> String? {
        let month = monthNumbers[pieces[monthIndex].text]
        func dayNumber(_ index: Int) -> Int? {
            guard pieces.indices.contains(index), pieces[index].isNumber, pieces[index].text.count <= 2,
                  let value = Int(pieces[index].text), (1...31).contains(value) else { return nil }
            return value
        }
        var day = dayNumber(monthIndex + 1) ?? dayNumber(monthIndex - 1)
        if day == nil, monthIndex >= 2, ["st", "nd", "rd", "th"].contains(pieces[monthIndex - 1].text) { day = dayNumber(monthIndex - 2) }
        let year = pieces.first { $0.isNumber && $0.text.count == 4 }.flatMap { Int($0.text) }
        return make(year, month, day)
    }

    private static func numeric(_ pieces: [Piece]) -> String? {
        guard pieces.count >= 3, pieces[0].isNumber, pieces[1].isNumber, pieces[2].isNumber, pieces[2].text.count == 4,
              let first = Int(pieces[0].text), let second = Int(pieces[1].text) else { return nil }
        let dayFirst = pieces[1].separator == "." || first > 12
        return make(Int(pieces[2].text), dayFirst ? second : first, dayFirst ? first : second)
    }

    private static func make(_ year: Int?, _ month: Int?, _ day: Int?) -> String? {
        guard let year, let month, let day, (1000...2999).contains(year) else { return nil }
        let iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        return ISODate.isValidDay(iso) ? iso : nil
    }
}
