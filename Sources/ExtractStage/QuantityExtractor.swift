import DocPipe

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
    private static let verbs = WordList.set("are|were|was|is|be|been|have|has|had|will|would|could|should|may|might|can|did|do|does|remain|remained|left|died|arrived|came|went|reached|got|took|said|say|says|held|made|began|stayed|took")

    private struct Figure {
        var first: Int
        var end: Int
        var value: Double
        var currency: String?
    }

    /// The quantities of a text, in order.
    /// - Parameters:
    ///   - text: the analysed text.
    ///   - dates: date mentions, whose numbers are not quantities.
    /// - Returns: the quantities.
    func quantities(in text: AnalyzedText, excluding dates: [DateMention]) -> [Quantity] {
        let tokens = text.tokens
        var dated = Set<Int>()
        var cursor = 0
        for date in dates {
            while cursor < tokens.count && tokens[cursor].end <= date.start { cursor += 1 }
            var index = cursor
            while index < tokens.count && tokens[index].start < date.end {
                dated.insert(index)
                index += 1
            }
        }
        var result: [Quantity] = []
        var index = 0
        while index < tokens.count {
            guard !dated.contains(index), let figure = figure(tokens, index), !dated.contains(figure.end - 1) else {
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

    private func figure(_ tokens: [Token], _ index: Int) -> Figure? {
        var first = index
        var currency: String?
        var cursor = index
        if let code = Self.currencySymbols[tokens[index].text], index + 1 < tokens.count, tokens[index + 1].kind == .number, !tokens[index + 1].spaceBefore {
            currency = code
            cursor += 1
            if index > 0, tokens[index - 1].text == "US" || tokens[index - 1].text == "U.S.", !tokens[index].spaceBefore { first = index - 1 }
        }
        var value: Double
        let token = tokens[cursor]
        if token.kind == .number {
            guard let digits = NumberWords.value(ofDigits: token.text) else { return nil }
            if cursor + 1 < tokens.count, tokens[cursor + 1].text == ":" , !tokens[cursor + 1].spaceBefore { return nil }
            if cursor + 1 < tokens.count, ["st", "nd", "rd", "th"].contains(tokens[cursor + 1].lower), !tokens[cursor + 1].spaceBefore { return nil }
            value = digits
            cursor += 1
            if cursor < tokens.count, tokens[cursor].kind == .word, !tokens[cursor].spaceBefore, let scale = NumberWords.suffixes[tokens[cursor].lower] {
                value *= scale
                cursor += 1
            }
        } else if token.kind == .word, let word = NumberWords.value(of: token.lower) {
            if token.lower == "one" && !(cursor + 1 < tokens.count && NumberWords.scales[tokens[cursor + 1].lower] != nil) { return nil }
            value = word
            cursor += 1
        } else {
            return nil
        }
        while cursor < tokens.count, tokens[cursor].kind == .word, let scale = NumberWords.scales[tokens[cursor].lower] {
            value *= scale
            cursor += 1
            if cursor < tokens.count, tokens[cursor].kind == .word, let more = NumberWords.value(of: tokens[cursor].lower), more < scale {
                value += more
                cursor += 1
            }
        }
        guard value.isFinite else { return nil }
        return Figure(first: first, end: cursor, value: value, currency: currency)
    }

    private func quantity(from start: Figure, _ tokens: [Token], _ text: AnalyzedText) -> (Quantity, Int)? {
        var first = start.first
        var end = start.end
        var maxValue: Double?
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
        if unit == nil, let (head, headEnd) = headNoun(tokens, end) {
            unit = UnitNoun.singular(tokens[head].text)
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
        let value = start.value
        let startOffset = tokens[first].start
        let endOffset = tokens[end - 1].end
        let quantity = Quantity(start: startOffset, end: endOffset, text: text.text(startOffset, endOffset), value: value, maxValue: maxValue, unit: unit, qualifier: qualifier)
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
            if Self.trailing.contains(token.lower) { break }
            guard token.kind == .word, !token.isCapitalized, !CommonWords.stopwords.contains(token.lower), !Self.verbs.contains(token.lower),
                NumberWords.value(of: token.lower) == nil, !token.lower.hasSuffix("ly")
            else { break }
            if head != nil, token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing") { break }
            if index > start && tokens[index].lineBreakBefore { break }
            head = index
            taken += 1
            index += 1
        }
        guard let head else { return nil }
        return (head, head + 1)
    }
}
