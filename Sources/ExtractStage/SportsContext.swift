/// Decides whether a text reports sport, where a town or region named alone is usually its club
/// or team ("Leicestershire beat Somerset", "Atlanta 4 Chicago 2") rather than the place.
enum SportsContext {
    /// Words of sports reporting, lower-cased.
    static let cues = WordList.set("""
    soccer|football|cricket|rugby|tennis|golf|baseball|basketball|hockey|cycling|athletics|boxing|squash|\
    match|matches|innings|wicket|wickets|batsman|bowler|goal|goals|goalkeeper|striker|midfielder|defender|\
    halftime|half-time|league|championship|tournament|fixture|fixtures|semifinal|semi-final|quarter-final|\
    quarterfinal|standings|scorers|scored|scoring|homer|homers|inning|pitcher|touchdown|quarterback|\
    playoff|playoffs|seeded|seed|round|beat|beats|defeated|drew|draw|season|coach|captain|test|one-day|\
    overs|runs|points|race|stage|lap|laps|club|clubs|team|teams|champions|title|cup|division|win|won|\
    victory|defeat|lost|score|scores|game|games|player|players|squad|match-winning|rbi|era
    """)

    /// Sports named in a wire slug at the head of a text ("SOCCER - ...", "RUGBY UNION - ..."),
    /// lower-cased, the first word of a two-word sport standing for it.
    static let sports = WordList.set("""
    soccer|football|cricket|rugby|tennis|golf|baseball|basketball|hockey|cycling|athletics|boxing|squash|\
    badminton|rallying|motor|motorcycling|motocross|swimming|rowing|horse|skiing|sailing|volleyball|handball|\
    snooker|darts|gymnastics|judo|wrestling|equestrianism|triathlon|nfl|nba|nhl|formula|sumo|polo|netball|ice
    """)

    /// Words that label a row or cell of a results table, never a team ("Attendance 27,600",
    /// "Halftime 1-0", "Total 312").
    static let tableWords = WordList.set("""
    Attendance|Halftime|Half-time|Total|Totals|Aggregate|Extras|Result|Results|Score|Scores|Points|Referee|\
    Crowd|Penalties|Standings|Fixtures|Round|Overs|Innings|Wickets|Leaders|Pct|Att|Played|Won|Lost|Drawn
    """)

    /// Whether tokens read as a sports report: a wire slug naming a sport at the head of the text,
    /// at least eight cue words, or four with three results written as scores ("2-1", "4-38")
    /// or as table rows ("Lucchese 1 Vicenza 2", "Santos 3 3 0 0 4 1 9").
    static func isSports(_ tokens: [Token]) -> Bool {
        if hasSportSlug(tokens) || hasScoredResult(tokens) { return true }
        var cueCount = 0
        var scoreCount = 0
        var distinct: Set<String> = []
        for (index, token) in tokens.enumerated() {
            if token.kind == .word, cues.contains(token.lower) {
                cueCount += 1
                distinct.insert(token.lower)
            } else if isScore(tokens, index) {
                scoreCount += isResult(tokens, scoreAt: index) ? 2 : 1
            }
        }
        scoreCount += tableRows(tokens)
        return distinct.count >= 3 && (cueCount >= 8 || (cueCount >= 4 && scoreCount >= 3))
    }

    /// Verbs that report a result between two sides ("Leicester defeated Bath 24-17").
    static let resultVerbs = WordList.set("beat|beats|defeated|defeats|edged|thrashed|trounced|routed|downed|overcame|outclassed|hammered|thumped|crushed")

    /// Whether a score is written as a result: a side of one to three capitalised words right
    /// before it, and a result verb right before that ("Leicester defeated Bath 24-17"). Such a
    /// result counts as two scores.
    static func isResult(_ tokens: [Token], scoreAt index: Int) -> Bool {
        var side = index - 1
        while side >= 0, index - side <= 3, tokens[side].kind == .word, tokens[side].isCapitalized, !tokens[side].lineBreakBefore {
            side -= 1
        }
        guard side >= 0, side < index - 1, tokens[side].sentence == tokens[index].sentence else { return false }
        return tokens[side].kind == .word && resultVerbs.contains(tokens[side].lower)
    }

    /// Words that, in the sentence of a small score, make it a game's result ("drew 1-1 with",
    /// "a 4-0 defeat by", "won 3-2 at").
    static let resultWords = WordList.set("beat|beats|defeated|defeats|drew|draw|lost|won|win|victory|defeat|thrashed|edged|trounced|routed|hammered|thumped|crushed|equaliser|equalizer")

    /// Whether a short item reports a game's result: a score of two numbers up to 20 ("3-2", not a
    /// vote's "52-48") in a sentence with a result word before it (or within four words after it)
    /// and a capitalised word other than the sentence's first.
    static func hasScoredResult(_ tokens: [Token]) -> Bool {
        for index in tokens.indices where isScore(tokens, index) {
            let sides = tokens[index].text.split(separator: "-").compactMap { Int($0) }
            let small = sides.count == 2 ? sides.allSatisfy { $0 <= 20 }
                : (Int(tokens[index].text) ?? 99) <= 20 && index + 2 < tokens.count && (Int(tokens[index + 2].text) ?? 99) <= 20
            guard small else { continue }
            let sentence = tokens[index].sentence
            var cursor = index - 1
            var result = false
            var side = false
            while cursor >= 0, tokens[cursor].sentence == sentence {
                if tokens[cursor].kind == .word, resultWords.contains(tokens[cursor].lower) { result = true }
                if tokens[cursor].kind == .word, tokens[cursor].isCapitalized, !tokens[cursor].startsSentence { side = true }
                cursor -= 1
            }
            cursor = index + 1
            while cursor < tokens.count, tokens[cursor].sentence == sentence {
                if cursor - index <= 4, tokens[cursor].kind == .word, resultWords.contains(tokens[cursor].lower) { result = true }
                if tokens[cursor].kind == .word, tokens[cursor].isCapitalized { side = true }
                cursor += 1
            }
            if result && side { return true }
        }
        return false
    }

    /// Whether the text opens with a wire slug naming a sport: one or two words from ``sports``
    /// and a dash, at the start of the first line ("SOCCER - ...", "Motor racing - ..."), or a
    /// sport's name alone on the first line ("CRICKET", true-cased "Cricket").
    static func hasSportSlug(_ tokens: [Token]) -> Bool {
        guard tokens.count > 2, tokens[0].kind == .word, sports.contains(tokens[0].lower) else { return false }
        if tokens[0].isCapitalized, tokens[1].lineBreakBefore { return true }
        if slugLineEnd(tokens) != nil { return true }
        let dash = tokens[1].kind == .word && !tokens[1].lineBreakBefore ? 2 : 1
        return dash < tokens.count && !tokens[dash].lineBreakBefore && ["-", "\u{2013}", "\u{2014}"].contains(tokens[dash].text)
    }

    /// Where a first line that is only a sport's name ends ("CRICKET", "RUGBY UNION", "MOTOR
    /// RACING", true-cased or not): the index of the next line's first token, or `nil`. Such a
    /// line is a wire slug, never a name.
    static func slugLineEnd(_ tokens: [Token]) -> Int? {
        guard let first = tokens.first, first.kind == .word, sports.contains(first.lower) else { return nil }
        var end = 1
        while end < tokens.count, !tokens[end].lineBreakBefore {
            guard end < 3 else { return nil }
            end += 1
        }
        guard end < tokens.count else { return nil }
        let sport = (0..<end).allSatisfy { index in
            tokens[index].kind == .word && tokens[index].isCapitalized && (index == 0 || slugWords.contains(tokens[index].lower))
        }
        return sport ? end : nil
    }

    /// Second and third words of a sport's name in a slug ("Rugby Union", "Motor Racing",
    /// "Ice Hockey", "Formula One"), lower-cased.
    static let slugWords = WordList.set("union|league|racing|hockey|skating|skiing|tennis|football|one|jumping|riding|sailing|boarding")

    /// The number of lines that read as rows of a results table: capitalised words followed by a
    /// whole number, then either more capitalised words and a number ("Lucchese 1 Vicenza 2") or
    /// at least three more numbers ("Santos 3 3 0 0 4 1 9").
    static func tableRows(_ tokens: [Token]) -> Int {
        var rows = 0
        var index = 0
        while index < tokens.count {
            var end = index + 1
            while end < tokens.count && !tokens[end].lineBreakBefore { end += 1 }
            if isTableRow(tokens, index..<end) { rows += 1 }
            index = end
        }
        return rows
    }

    /// Whether a line is a results or standings row (see ``tableRows(_:)``).
    static func isTableRow(_ tokens: [Token], _ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        var names = 0
        var numbers = 0
        var sides = 0
        while index < line.upperBound {
            let token = tokens[index]
            if token.kind == .word, token.isCapitalized {
                names += 1
            } else if token.kind == .number, Int(token.text) != nil {
                guard names > 0 || numbers > 0 else { return false }
                if names > 0 { sides += 1 }
                names = 0
                numbers += 1
            } else if token.text == "(" || token.text == ")" || token.text == "," || token.text == "." {
                names = 0
            } else if token.kind == .word {
                return false
            }
            index += 1
        }
        return sides >= 2 || (sides == 1 && numbers >= 4)
    }

    /// Whether a token is a result written as a score: two small numbers joined by a hyphen.
    static func isScore(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .number, token.text.contains("-") {
            let sides = token.text.split(separator: "-", omittingEmptySubsequences: false)
            return sides.count == 2 && sides.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
        }
        guard token.kind == .number, index + 2 < tokens.count, tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore,
              tokens[index + 2].kind == .number, !tokens[index + 2].spaceBefore else { return false }
        return token.text.count <= 3 && tokens[index + 2].text.count <= 3
    }
}
