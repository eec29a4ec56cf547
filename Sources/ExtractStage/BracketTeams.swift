/// Teams named beside a competitor in sports copy: the team after a rider's or driver's country in
/// a results row ("2. Dale Orme (Canada) Velocity 1:54.342", "7. Ana Ruiz (Spain) Castellar") and,
/// in a sports report, a club in brackets right after a player's name in a squad list ("Tom Vell
/// (Grasshoppers), Ian Roe (Lens)"), unless another bracket of its line holds a country or such
/// brackets in the document mostly do (lists of nationalities: "(Bermuda)", "(Jamaica)"). A country in brackets stays a place; a town after a
/// country (an athletics venue: "(Kenya) Zurich 14.8.96") and a maker's model ("(Finland)
/// Mitsubishi Lancer") are left to the other rules.
enum BracketTeams {
    /// Relabels the candidates that name such teams as fixed ORG.
    static func relabel(_ candidates: inout [EntityRecognizer.Candidate], _ text: AnalyzedText) {
        let tokens = text.tokens
        let clubLists = text.isSports && listsClubs(candidates, tokens)
        for index in candidates.indices where candidates[index].label != .misc && !candidates[index].fixed {
            let candidate = candidates[index]
            let surface = (candidate.first..<candidate.end).map { tokens[$0].text }.joined(separator: " ")
            if isTeamAfterCountry(candidate, surface, tokens) || clubLists && isClubAfterPlayer(index, candidates, surface, tokens) {
                candidates[index].label = .org
                candidates[index].fixed = true
            }
        }
    }

    /// Whether a candidate follows "NAME (COUNTRY)" on its line and only numbers, punctuation and
    /// lower-case words follow it to the line's end.
    private static func isTeamAfterCountry(_ candidate: EntityRecognizer.Candidate, _ surface: String, _ tokens: [Token]) -> Bool {
        let close = candidate.first - 1
        guard close >= 3, tokens[close].text == ")", !tokens[candidate.first].lineBreakBefore, candidate.end - candidate.first <= 3,
              let open = (max(0, close - 4)..<close).last(where: { tokens[$0].text == "(" }), open >= 1, open + 1 < close,
              tokens[open].lineBreakBefore == false, tokens[open - 1].kind == .word, tokens[open - 1].isCapitalized else { return false }
        guard (open + 1...close).allSatisfy({ !tokens[$0].lineBreakBefore }) else { return false }
        let country = (open + 1..<close).map { tokens[$0].text }.joined(separator: " ")
        guard Places.countries.contains(country) else { return false }
        if Gazetteer.label(of: surface) == .gpe, !Places.countries.contains(surface) { return false }
        let words = candidate.first..<candidate.end
        if words.contains(where: { tokens[$0].text.unicodeScalars.count == 1 || tokens[$0].text.contains(where: \.isNumber) }) { return false }
        if words.count >= 2, Gazetteer.label(of: tokens[candidate.first].text) == .org { return false }
        var next = candidate.end
        while next < tokens.count, !tokens[next].lineBreakBefore {
            if tokens[next].kind == .word, tokens[next].isCapitalized { return false }
            next += 1
        }
        return true
    }

    /// Whether a candidate stands alone in brackets right after a person's name and is no country,
    /// nationality or people.
    private static func isClubAfterPlayer(_ index: Int, _ candidates: [EntityRecognizer.Candidate], _ surface: String, _ tokens: [Token]) -> Bool {
        let candidate = candidates[index]
        guard index > 0, candidate.first >= 2, candidate.end < tokens.count, tokens[candidate.first - 1].text == "(", tokens[candidate.end].text == ")",
              candidate.end - candidate.first <= 3 else { return false }
        let player = candidates[index - 1]
        guard player.end == candidate.first - 1, player.label == .person, player.end - player.first >= 2, candidate.label != .loc,
              candidate.end + 1 >= tokens.count || tokens[candidate.end + 1].kind != .number else { return false }
        if isCountry(surface) { return false }
        var line = candidate.first
        while line > 0, !tokens[line].lineBreakBefore { line -= 1 }
        var end = candidate.end
        while end < tokens.count, end == candidate.end || !tokens[end].lineBreakBefore { end += 1 }
        return !candidates.contains { other in
            other.first > line && other.end < end && tokens[other.first - 1].text == "(" && tokens[other.end].text == ")"
                && isCountry((other.first..<other.end).map { tokens[$0].text }.joined(separator: " "))
        }
    }

    /// Whether the names in brackets after people's names are mostly not countries: then they are
    /// clubs; in a document that gives countries there, an unknown one ("(Neths)") is a country too.
    private static func listsClubs(_ candidates: [EntityRecognizer.Candidate], _ tokens: [Token]) -> Bool {
        var countries = 0
        var others = 0
        for (index, candidate) in candidates.enumerated() where index > 0 && candidate.first >= 1 && candidate.end < tokens.count {
            guard tokens[candidate.first - 1].text == "(", tokens[candidate.end].text == ")", candidates[index - 1].end == candidate.first - 1,
                  candidates[index - 1].label == .person else { continue }
            if isCountry((candidate.first..<candidate.end).map { tokens[$0].text }.joined(separator: " ")) { countries += 1 } else { others += 1 }
        }
        return others > 2 * countries
    }

    /// Whether a name is a country, region, nationality or people: a list of players with such
    /// names in brackets gives their countries, not their clubs.
    private static func isCountry(_ name: String) -> Bool {
        if Places.countries.contains(name) || Places.regions.contains(name) { return true }
        guard let label = Gazetteer.label(of: name) else { return false }
        return label == .norp || label == .loc
    }
}
