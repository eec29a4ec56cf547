import DocPipe

/// Finds date expressions and resolves them to ISO 8601 at the precision the text gives:
/// "January 5" / "Jan. 10" / "5 January 2022" (day), "January 2022" / "in March" (month), "1999"
/// (year), "from 1994 to 1997" and "2013-2014" (ranges), and relative expressions ("yesterday",
/// "last week", "on Thursday", "three days ago"), which resolve only against an anchor day.
struct DateExtractor: Sendable {
    /// The day relative expressions and year-less dates resolve against, `YYYY-MM-DD`, if any.
    let anchor: CalendarDay?

    /// Creates an extractor.
    /// - Parameter anchor: the document's or the pipeline's reference day, `YYYY-MM-DD`.
    init(anchor: String?) {
        self.anchor = anchor.flatMap(CalendarDay.init(iso:))
    }

    private static let monthLeaders: Set<String> = ["in", "since", "by", "until", "till", "early", "late", "mid", "last", "next", "this", "of", "during", "from", "before", "after", "through", "throughout"]
    private static let rangeLeaders: Set<String> = ["from", "between"]
    private static let units: [String: Int] = ["day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365]

    /// The date mentions of a text, in order.
    /// - Parameter text: the analysed text.
    /// - Returns: mentions; `value` is `nil` where a relative expression has no anchor.
    func dates(in text: AnalyzedText) -> [DateMention] {
        let tokens = text.tokens
        var result: [DateMention] = []
        var index = 0
        while index < tokens.count {
            if let (mention, next) = match(tokens, index, text) {
                result.append(mention)
                index = next
            } else {
                index += 1
            }
        }
        return result
    }

    private func match(_ tokens: [Token], _ index: Int, _ text: AnalyzedText) -> (DateMention, Int)? {
        let token = tokens[index]
        func mention(_ first: Int, _ end: Int, _ value: String?, _ endValue: String? = nil) -> (DateMention, Int) {
            (DateMention(start: tokens[first].start, end: tokens[end - 1].end, text: text.text(tokens[first].start, tokens[end - 1].end), value: value, endValue: endValue), end)
        }
        if token.kind == .word, Self.rangeLeaders.contains(token.lower), let (first, afterFirst) = year(tokens, index + 1),
            afterFirst + 1 < tokens.count, tokens[afterFirst].lower == (token.lower == "from" ? "to" : "and"),
            let (second, afterSecond) = year(tokens, afterFirst + 1)
        {
            return mention(index, afterSecond, String(first), String(second))
        }
        if token.kind == .number, let (first, after) = year(tokens, index) {
            if after + 1 < tokens.count, tokens[after].text == "-" || tokens[after].text == "\u{2013}", !tokens[after].spaceBefore,
                let (second, afterSecond) = year(tokens, after + 1), second > first
            {
                return mention(index, afterSecond, String(first), String(second))
            }
            if after + 3 < tokens.count, tokens[after].text == "-", tokens[after + 1].kind == .number, tokens[after + 1].text.count == 2,
                tokens[after + 2].text == "-", tokens[after + 3].kind == .number, tokens[after + 3].text.count == 2,
                !tokens[after].spaceBefore, !tokens[after + 1].spaceBefore
            {
                let iso = "\(first)-\(tokens[after + 1].text)-\(tokens[after + 3].text)"
                if ISODate.isValidDay(iso) { return mention(index, after + 4, iso) }
            }
            if isPlainYear(tokens, index) { return mention(index, after, String(first)) }
            if let day = dayNumber(tokens[index]), index + 1 < tokens.count, let month = monthNumber(tokens, index + 1) {
                var end = index + 2
                if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore { end += 1 }
                if let (year, after) = year(tokens, end) { return mention(index, after, validDay(year, month, day)) }
                return mention(index, end, resolve(month: month, day: day))
            }
        }
        if token.kind == .number, let day = dayNumber(token), index + 1 < tokens.count, let month = monthNumber(tokens, index + 1) {
            var end = index + 2
            if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore { end += 1 }
            if let (year, after) = year(tokens, end) { return mention(index, after, validDay(year, month, day)) }
            return mention(index, end, resolve(month: month, day: day))
        }
        if let month = monthNumber(tokens, index) {
            var end = index + 1
            if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore { end += 1 }
            if end < tokens.count, tokens[end].kind == .number, let day = dayNumber(tokens[end]) {
                var afterDay = end + 1
                if afterDay < tokens.count, ["st", "nd", "rd", "th"].contains(tokens[afterDay].lower), !tokens[afterDay].spaceBefore { afterDay += 1 }
                var yearStart = afterDay
                if yearStart < tokens.count, tokens[yearStart].text == "," { yearStart += 1 }
                if let (year, after) = year(tokens, yearStart) { return mention(index, after, validDay(year, month, day)) }
                return mention(index, afterDay, resolve(month: month, day: day))
            }
            if let (year, after) = year(tokens, end) {
                return mention(index, after, "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))")
            }
            let ambiguous = token.lower == "may" || token.lower == "march" || token.lower == "mar"
            if index > 0, Self.monthLeaders.contains(tokens[index - 1].lower), !ambiguous || token.isCapitalized {
                return mention(index, end, resolve(month: month))
            }
            return nil
        }
        guard token.kind == .word else { return nil }
        switch token.lower {
        case "yesterday": return mention(index, index + 1, anchor?.adding(days: -1).iso)
        case "today": return mention(index, index + 1, anchor?.iso)
        case "tomorrow": return mention(index, index + 1, anchor?.adding(days: 1).iso)
        case "last", "next", "this", "past":
            guard index + 1 < tokens.count else { return nil }
            let unit = tokens[index + 1].lower
            let step = token.lower == "next" ? 1 : (token.lower == "this" ? 0 : -1)
            if token.lower == "past" { return nil }
            if let weekday = CalendarWords.weekdays[unit] {
                return mention(index, index + 2, weekdayDate(weekday, step: step)?.iso)
            }
            return relative(unit: unit, step: step).map { mention(index, index + 2, $0.0, $0.1) }
        default:
            break
        }
        if let weekday = CalendarWords.weekdays[token.lower], token.isCapitalized {
            let first = index > 0 && tokens[index - 1].lower == "on" ? index - 1 : index
            return mention(first, index + 1, weekdayDate(weekday, step: 0)?.iso)
        }
        if let amount = NumberWords.value(of: token.lower), index + 2 < tokens.count, let days = Self.units[tokens[index + 1].lower], tokens[index + 2].lower == "ago" {
            return mention(index, index + 3, ago(Int(amount), unitDays: days))
        }
        return nil
    }

    private func ago(_ amount: Int, unitDays: Int) -> String? {
        guard let anchor else { return nil }
        switch unitDays {
        case 365: return CalendarDay.pad(anchor.year - amount, 4)
        case 30:
            let months = anchor.year * 12 + anchor.month - 1 - amount
            return "\(CalendarDay.pad(months / 12, 4))-\(CalendarDay.pad(months % 12 + 1, 2))"
        default: return anchor.adding(days: -amount * unitDays).iso
        }
    }

    private func relative(unit: String, step: Int) -> (String?, String?)? {
        switch unit {
        case "week":
            guard let anchor else { return (nil, nil) }
            let monday = anchor.adding(days: 1 - anchor.weekday + 7 * step)
            return (monday.iso, monday.adding(days: 6).iso)
        case "month":
            guard let anchor else { return (nil, nil) }
            let months = anchor.year * 12 + anchor.month - 1 + step
            return ("\(CalendarDay.pad(months / 12, 4))-\(CalendarDay.pad(months % 12 + 1, 2))", nil)
        case "year":
            guard let anchor else { return (nil, nil) }
            return (CalendarDay.pad(anchor.year + step, 4), nil)
        case "weekend":
            guard let anchor else { return (nil, nil) }
            let saturday = anchor.adding(days: 6 - anchor.weekday + 7 * step)
            return (saturday.iso, saturday.adding(days: 1).iso)
        default:
            return nil
        }
    }

    /// A weekday: `step` 0 is the most recent on or before the anchor, -1 the one before that
    /// ("last Thursday" when it is not this week), +1 the next after the anchor.
    private func weekdayDate(_ weekday: Int, step: Int) -> CalendarDay? {
        guard let anchor else { return nil }
        let back = (anchor.weekday - weekday + 7) % 7
        switch step {
        case 1: return anchor.adding(days: (weekday - anchor.weekday + 7) % 7 == 0 ? 7 : (weekday - anchor.weekday + 7) % 7)
        case -1: return anchor.adding(days: back == 0 ? -7 : -back)
        default: return anchor.adding(days: -back)
        }
    }

    private func resolve(month: Int, day: Int? = nil) -> String? {
        guard let anchor else { return nil }
        var best: (distance: Int, year: Int)?
        for year in [anchor.year - 1, anchor.year, anchor.year + 1] {
            let date = CalendarDay(year: year, month: month, day: min(day ?? 15, ISODate.daysIn(month: month, year: year)))
            let distance = abs(date.ordinal - anchor.ordinal)
            if best == nil || distance < best!.distance { best = (distance, year) }
        }
        guard let year = best?.year else { return nil }
        if let day { return validDay(year, month, day) }
        return "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))"
    }

    private func validDay(_ year: Int, _ month: Int, _ day: Int) -> String? {
        let iso = CalendarDay(year: year, month: month, day: day).iso
        return ISODate.isValidDay(iso) ? iso : nil
    }

    private func monthNumber(_ tokens: [Token], _ index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, let month = CalendarWords.months[token.lower] else { return nil }
        let abbreviated = token.lower.count <= 4 && token.lower != "june" && token.lower != "july" && token.lower != "may"
        if abbreviated && !(index + 1 < tokens.count && tokens[index + 1].text == "." && !tokens[index + 1].spaceBefore) && token.lower != "sept" {
            return nil
        }
        return month
    }

    private func dayNumber(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count <= 2, let value = Int(token.text), (1...31).contains(value) else { return nil }
        return value
    }

    private func year(_ tokens: [Token], _ index: Int) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 4,
            let value = Int(tokens[index].text), (1000...2199).contains(value)
        else { return nil }
        return (value, index + 1)
    }

    private func isPlainYear(_ tokens: [Token], _ index: Int) -> Bool {
        guard let (value, after) = year(tokens, index), (1800...2100).contains(value) else { return false }
        if index > 0, ["$", "€", "£", "#", "No", "no"].contains(tokens[index - 1].text) { return false }
        if after < tokens.count {
            let next = tokens[after]
            if !next.spaceBefore && next.kind == .word { return false }
            if next.text == "%" || next.lower == "percent" { return false }
        }
        return true
    }
}
