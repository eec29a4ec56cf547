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

    /// Whether tokens read as a sports report: at least eight cue words, or four with three
    /// results written as scores ("2-1", "4-38").
    static func isSports(_ tokens: [Token]) -> Bool {
        var cueCount = 0
        var scoreCount = 0
        var distinct: Set<String> = []
        for (index, token) in tokens.enumerated() {
            if token.kind == .word, cues.contains(token.lower) {
                cueCount += 1
                distinct.insert(token.lower)
            } else if isScore(tokens, index) {
                scoreCount += 1
            }
        }
        return distinct.count >= 3 && (cueCount >= 8 || (cueCount >= 4 && scoreCount >= 3))
    }

    /// Whether a token is a result written as a score: two small numbers joined by a hyphen.
    static func isScore(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .number, token.text.contains("-") { return true }
        guard token.kind == .number, index + 2 < tokens.count, tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore,
              tokens[index + 2].kind == .number, !tokens[index + 2].spaceBefore else { return false }
        return token.text.count <= 3 && tokens[index + 2].text.count <= 3
    }
}
