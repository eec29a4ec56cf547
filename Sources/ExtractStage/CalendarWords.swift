/// Month and weekday names with their numbers.
enum CalendarWords {
    /// Month names and abbreviations, lower-cased, to month numbers.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Weekday names, lower-cased, to ISO weekday numbers (Monday = 1).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Whether a capitalised word is a calendar word rather than a name.
    /// - Parameters:
    ///   - lower: the word, lower-cased.
    ///   - abbreviated: whether a period follows it, so a short form ("Jan.") counts as a month.
    static func isCalendarWord(_ lower: String, abbreviated: Bool = false) -> Bool {
        if weekdays[lower] != nil { return true }
        guard months[lower] != nil, lower != "may" else { return false }
        return lower.unicodeScalars.count > 4 || lower == "june" || lower == "july" || abbreviated
    }
}
