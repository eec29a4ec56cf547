import DocPipe
import Foundation

/// Finds figures with their units: digits with separators and decimals, number words, scale words
/// ("3.5 million", "€5m"), ranges ("between seventy and 500 troops", "10-15 days"), qualifiers
/// ("some", "about", "less than", "up to"), "-strong" figures, rates ("424 officers per 100,000
/// population"), percentages and money. The unit is the head noun after the figure, singular and
/// lower-case, `%`, or a currency code.
struct QuantityExtractor: Sendable {
    private static let singleQualifiers: Set<String> = ["some", "about", "around", "roughly", "approximately", "nearly", "almost", "over", "under", "estimated", "approx", "only", "just", "exactly", "below", "above"]
    private static let pairQualifiers: Set<String> = ["more than", "less than", "fewer than", "at least", "up to", "at most", "as many as", "upwards of", "in excess of", "no more than", "not more than", "no fewer than", "close to", "as few as", "an estimated"]
    private static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₸": "KZT", "₴": "UAH", "₹": "INR"]
    private static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "ruble": "RUB",
        "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "tenge": "KZT", "yuan": "CNY", "yen": "JPY", "hryvnia": "UAH",
        "hryvnias": "UAH", "rupees": "INR", "francs": "CHF", "usd": "USD", "eur": "EUR",
    ]
    private static let trailing = WordList.set("overnight|today|yesterday|tomorrow|now|then|there|here|abroad|home|inside|outside|annually|daily|weekly|monthly|yearly|instead|dead|killed|wounded|injured|missing|arrested|detained|later|earlier|ago|old|long|high|wide|tall|deep|strong|apiece|each|more|less|alone|total|overall|altogether|away|before|after|since|back")
    /// Adverbs and prepositions that follow a counted noun ("two points ahead", "three lengths clear"):
    /// never a unit. Words in -ward(s) and -wise are treated the same way.
    private static let notNouns = WordList.set("ahead|behind|apart|aside|down|up|off|out|clear|short|adrift|away|forward|backward|upward|downward|round|around|across|along|within|beyond|below|above|against|together|underway|nationwide|worldwide|respectively|apiece|straight|running|overall|ago|late|early|less|more|fewer|higher|lower")
    /// Nouns naming the result of a match or a vote: a figure pair before them ("a 3-2 defeat", "a
    /// 6-3 ruling") is a score, not a range.
    private static let resultNouns = WordList.set("win|wins|victory|victories|defeat|defeats|loss|losses|draw|draws|tie|ties|lead|leads|scoreline|score|triumph|thrashing|drubbing|rout|reverse|success|aggregate|ruling|decision|vote|votes|verdict|majority|margin|result")
    /// Abbreviated units of measure ("90 mph", "12 kg"): the head noun alone, whatever follows it
    /// ("gusts of 90 mph hit the coast").
    private static let measureAbbreviations = WordList.set("mph|kph|kmh|km|kg|mg|cm|mm|ft|lb|lbs|oz|mi|kw|kwh|mwh|gwh|ha|bpm|rpm|hz|khz|mhz|ghz|gb|mb|tb|kb|ml|cc|knots|mps")
    private static let verbs = WordList.set("are|were|was|is|be|been|have|has|had|will|would|could|should|may|might|can|did|do|does|remain|remained|left|died|arrived|came|went|reached|got|took|said|say|says|held|made|began|stayed|took")

    private struct Figure {
        var first: Int
        var end: Int
        var value: Decimal
        var currency: String?
    }

    /// The quantities of a text, in order.
    /// - Parameters:
    ///   - text: the analysed text.
    ///   - dates: date mentions, whose numbers are not quantities.
    /// - Returns: the quantities.
    func quantities(in text: AnalyzedText, excluding dates: [DateMention]) -> [Quantity] {
        let tokens = text.tokens
        var dated = [Bool](repeating: false, count: tokens.count)
        var cursor = 0
        for date in dates {
            while cursor < tokens.count && tokens[cursor].end <= date.start { cursor += 1 }
            var index = cursor
            while index < tokens.count && tokens[index].start < date.end {
                dated[index] = true
                index += 1
            }
        }
        var result: [Quantity] = []
        var index = 0
        while index < tokens.count {
            if let scoreEnd = scoreEnd(tokens, index) {
                index = scoreEnd
                continue
            }
            guard !dated[index], let figure = figure(tokens, index), !dated[figure.end - 1] else {
                index += 1
                continue
            }
            if let (quantity, next) = quantity(from: figure, tokens, text) {
                result.append(quantity)
                index = max(next, index + 1)
            } else {
                index = figure.end
            }
        }
        return result
    }

    /// The end of a score or tally written as whole numbers joined by hyphens or dashes without
    /// spaces ("3-1", "2–2", "4-4-2"): the second number is not above the first, or a result noun
    /// follows ("a 2-3 defeat"). A score is not a quantity and neither of its numbers is one.
    private func scoreEnd(_ tokens: [Token], _ index: Int) -> Int? {
        func isWhole(_ token: Token) -> Bool {
            token.kind == .number && token.text.utf8.count <= 3 && token.text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        func isDash(_ token: Token) -> Bool { (token.text == "-" || token.text == "\u{2013}") && !token.spaceBefore }
        guard isWhole(tokens[index]), index + 2 < tokens.count, isDash(tokens[index + 1]), isWhole(tokens[index + 2]), !tokens[index + 2].spaceBefore else {
            return nil
        }
        if index > 0, !tokens[index].spaceBefore, isDash(tokens[index - 1]) || tokens[index - 1].kind == .number { return nil }
        var end = index + 3
        var numbers = [Int(tokens[index].text) ?? 0, Int(tokens[index + 2].text) ?? 0]
        while end + 1 < tokens.count, isDash(tokens[end]), isWhole(tokens[end + 1]), !tokens[end + 1].spaceBefore {
            numbers.append(Int(tokens[end + 1].text) ?? 0)
            end += 2
        }
        if end < tokens.count, !tokens[end].spaceBefore, tokens[end].kind != .punctuation || tokens[end].text == "%" { return nil }
        let followedByResult = end < tokens.count && Self.resultNouns.contains(tokens[end].lower)
        guard numbers.count > 2 || numbers[1] <= numbers[0] || followedByResult else { return nil }
        return end
    }

    private func figure(_ tokens: [Token], _ index: Int) -> Figure? {
        var first = index
        var currency: String?
        var cursor = index
        if !Self.startsAlphanumeric(tokens[index].text), let code = Self.currencySymbols[tokens[index].text], index + 1 < tokens.count, tokens[index + 1].kind == .number, !tokens[index + 1].spaceBefore {
            currency = code
            cursor += 1
            if index > 0, tokens[index - 1].text == "US" || tokens[index - 1].text == "U.S.", !tokens[index].spaceBefore { first = index - 1 }
        }
        var value: Decimal
        let token = tokens[cursor]
        if token.kind == .number {
            guard let digits = NumberWords.value(ofDigits: token.text) else { return nil }
            if cursor + 1 < tokens.count, tokens[cursor + 1].text == ":" , !tokens[cursor + 1].spaceBefore { return nil }
            if cursor + 1 < tokens.count, ["st", "nd", "rd", "th"].contains(tokens[cursor + 1].lower), !tokens[cursor + 1].spaceBefore { return nil }
            value = digits
            cursor += 1
            if cursor < tokens.count, tokens[cursor].kind == .word, !tokens[cursor].spaceBefore, let scale = NumberWords.suffixes[tokens[cursor].lower] {
                value *= Decimal(scale)
                cursor += 1
            }
        } else if token.kind == .word, let word = NumberWords.value(of: token.lower) {
            if token.lower == "one" && !(cursor + 1 < tokens.count && NumberWords.scales[tokens[cursor + 1].lower] != nil) { return nil }
            value = Decimal(word)
            cursor += 1
        } else {
            return nil
        }
        while cursor < tokens.count, tokens[cursor].kind == .word, let scale = NumberWords.scales[tokens[cursor].lower] {
            value *= Decimal(scale)
            cursor += 1
            if cursor < tokens.count, tokens[cursor].kind == .word, let more = NumberWords.value(of: tokens[cursor].lower), more < scale {
                value += Decimal(more)
                cursor += 1
            }
        }
        guard NumberWords.double(value) != nil else { return nil }
        return Figure(first: first, end: cursor, value: value, currency: currency)
    }

    /// Whether a token's first byte is an ASCII letter or digit: no currency symbol starts so.
    private static func startsAlphanumeric(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return (first >= 0x30 && first <= 0x39) || (first | 0x20 >= 0x61 && first | 0x20 <= 0x7A)
    }

    private func quantity(from start: Figure, _ tokens: [Token], _ text: AnalyzedText) -> (Quantity, Int)? {
        var first = start.first
        var end = start.end
        var maxValue: Decimal?
        var qualifier: String?
        var currency = start.currency
        if first >= 2 {
            let pair = tokens[first - 2].lower + " " + tokens[first - 1].lower
            if Self.pairQualifiers.contains(pair) {
                qualifier = pair
                first -= 2
                if first >= 1, (tokens[first - 1].lower == "not" || tokens[first - 1].lower == "no"), pair != "no more than" {
                    qualifier = tokens[first - 1].lower + " " + pair
                    first -= 1
                }
            }
        }
        if qualifier == nil, first >= 1, Self.singleQualifiers.contains(tokens[first - 1].lower) {
            qualifier = tokens[first - 1].lower
            first -= 1
        }
        let leader = start.first >= 1 ? tokens[start.first - 1].lower : ""
        if end + 1 < tokens.count {
            let link = tokens[end].lower
            let fits = (leader == "between" && link == "and") || link == "to" || (leader != "between" && (link == "-" || link == "\u{2013}") && !tokens[end].spaceBefore)
            if fits, let second = figure(tokens, end + 1), second.value > start.value {
                maxValue = second.value
                currency = currency ?? second.currency
                end = second.end
                if leader == "between" || leader == "from" {
                    if qualifier == nil { first = start.first - 1 }
                }
            }
        }
        var unit: String?
        var strong = false
        if end < tokens.count {
            let next = tokens[end]
            if next.text == "%" || next.lower == "percent" {
                unit = "%"
                end += 1
            } else if next.lower == "per", end + 1 < tokens.count, tokens[end + 1].lower == "cent" {
                unit = "%"
                end += 2
            } else if let code = Self.currencyWords[next.lower] {
                unit = code
                end += 1
            } else if next.text == "-", !next.spaceBefore, end + 1 < tokens.count, tokens[end + 1].lower == "strong" {
                strong = true
                end += 2
            }
        }
        if unit == nil, let code = currency { unit = code }
        var next = end
        if unit == nil, let (head, nounEnd) = headNoun(tokens, end) {
            var headEnd = nounEnd
            unit = UnitNoun.singular(tokens[head].text)
            while headEnd + 1 < tokens.count, tokens[headEnd].text == "/", !tokens[headEnd].spaceBefore, tokens[headEnd + 1].kind == .word,
                !tokens[headEnd + 1].spaceBefore, !tokens[headEnd + 1].isCapitalized || tokens[headEnd + 1].text.unicodeScalars.count <= 2
            {
                unit! += "/" + tokens[headEnd + 1].lower
                headEnd += 2
            }
            next = headEnd
            if !strong { end = headEnd }
            if headEnd + 1 < tokens.count, tokens[headEnd].lower == "per", let rate = figure(tokens, headEnd + 1),
                let (rateHead, rateEnd) = headNoun(tokens, rate.end)
            {
                unit! += " per " + text.text(tokens[rate.first].start, tokens[rate.end - 1].end) + " " + UnitNoun.singular(tokens[rateHead].text)
                end = rateEnd
                next = rateEnd
            }
        }
        guard let unit else { return nil }
        guard let value = NumberWords.double(start.value) else { return nil }
        let startOffset = tokens[first].start
        let endOffset = tokens[end - 1].end
        let quantity = Quantity(start: startOffset, end: endOffset, text: text.text(startOffset, endOffset), value: value, maxValue: maxValue.flatMap(NumberWords.double), unit: unit, qualifier: qualifier)
        return (quantity, max(end, next))
    }

    /// The head noun after a figure: capitalised modifiers and a bracketed abbreviation are
    /// skipped ("2,300 Collective Security Treaty Organization (CSTO) troops"), then the last word of
    /// a run of up to three lower-case content words is the head.
    private func headNoun(_ tokens: [Token], _ start: Int) -> (Int, Int)? {
        var index = start
        var skipped = 0
        while index < tokens.count, skipped < 8, tokens[index].isCapitalized || tokens[index].kind == .possessive {
            index += 1
            skipped += 1
            if index + 2 < tokens.count, tokens[index].text == "(", tokens[index + 1].isAcronym, tokens[index + 2].text == ")" { index += 3 }
        }
        var head: Int?
        var taken = 0
        while index < tokens.count, taken < 3 {
            let token = tokens[index]
            if token.kind == .word, index + 2 < tokens.count, tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore {
                if head != nil { break }
                index += 3
                continue
            }
            if Self.trailing.contains(token.lower) || Self.notNouns.contains(token.lower) || token.lower.hasSuffix("ward")
                || token.lower.hasSuffix("wards") || token.lower.hasSuffix("wise")
            {
                break
            }
            guard token.kind == .word, !token.isCapitalized, !CommonWords.stopwords.contains(token.lower), !Self.verbs.contains(token.lower),
                NumberWords.value(of: token.lower) == nil, !token.lower.hasSuffix("ly")
            else { break }
            if head != nil, token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing") { break }
            if index > start && tokens[index].lineBreakBefore { break }
            head = index
            taken += 1
            index += 1
            if taken == 1, Self.measureAbbreviations.contains(token.lower) { break }
        }
        guard let head else { return nil }
        return (head, head + 1)
    }
}
