/// Datelines at the head of a line: a place in capitals, a comma, then the region or country it
/// lies in and a date or nothing more ("LITTLE ROCK, Ark. 1996-08-22", "COMMACK, New York",
/// "KIMBERLEY, South Africa 1996-08-27", "LATTAKIA, Aug 10"). Both places are GPE, whatever a
/// sport or a capitalised word elsewhere would make of them.
enum Datelines {
    /// The usual abbreviations of US states and Canadian provinces in datelines, without their
    /// final period ("Calif", "Pa", "N.J."); a period that ends the line is the sentence's, one
    /// that a date follows is the abbreviation's ("Calif. 1996-08-23").
    static let stateAbbreviations = WordList.set("""
    Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|\
    Nev|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla|Ore|Pa|Penn|R.I.|S.C.|S.D.|Tenn|Tex|Vt|Va|Wash|Wis|Wisc|W.Va|Wyo|D.C.|\
    Alta|B.C.|Man|Ont|Que|Sask|N.S.|Nfld
    """)

    /// The places of every dateline in the text, as fixed GPE candidates.
    static func places(_ tokens: [Token]) -> [EntityRecognizer.Candidate] {
        var result: [EntityRecognizer.Candidate] = []
        for index in tokens.indices where index == 0 || tokens[index].lineBreakBefore {
            result += places(at: index, tokens)
        }
        return result
    }

    private static func places(at start: Int, _ tokens: [Token]) -> [EntityRecognizer.Candidate] {
        var comma = start
        while comma < tokens.count, comma - start < 4, tokens[comma].kind == .word, tokens[comma].isAcronym,
              comma == start || !tokens[comma].lineBreakBefore
        {
            comma += 1
        }
        guard comma > start, comma + 1 < tokens.count, tokens[comma].text == ",", !tokens[comma + 1].lineBreakBefore,
              !CommonAcronyms.all.contains(tokens[start].text), !OrganizationWords.known.contains(tokens[start].text) else { return [] }
        let head = EntityRecognizer.Candidate(first: start, end: comma, label: .gpe, fixed: true)
        let regionStart = comma + 1
        if CalendarWords.isCalendarWord(tokens[regionStart].lower, abbreviated: true) {
            return [head]
        }
        guard let regionEnd = regionEnd(regionStart, tokens) else { return [] }
        var end = regionEnd
        if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore {
            end += 1
            let lineGoesOn = end < tokens.count && !tokens[end].lineBreakBefore
            guard endsDateline(end, tokens) else { return [] }
            if !lineGoesOn { end -= 1 }
        } else {
            guard endsDateline(end, tokens) else { return [] }
        }
        return [head, EntityRecognizer.Candidate(first: regionStart, end: end, label: .gpe, fixed: true)]
    }

    /// The end of the region after a dateline's comma: a state abbreviation or a place of one to
    /// three capitalised words.
    private static func regionEnd(_ start: Int, _ tokens: [Token]) -> Int? {
        let first = tokens[start]
        guard first.kind == .word, first.isCapitalized else { return nil }
        if stateAbbreviations.contains(first.text) { return start + 1 }
        var end = start
        var found: Int?
        var name = ""
        while end < tokens.count, end - start < 3, tokens[end].kind == .word, tokens[end].isCapitalized, end == start || !tokens[end].lineBreakBefore {
            name += (name.isEmpty ? "" : " ") + tokens[end].text
            end += 1
            if let label = Gazetteer.label(of: name), label == .gpe || label == .loc { found = end }
        }
        return found
    }

    /// Whether a dateline may end before this token: at the end of the line, or before a date, a
    /// bracket or a dash.
    private static func endsDateline(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index < tokens.count, !tokens[index].lineBreakBefore else { return true }
        let token = tokens[index]
        if token.kind == .number { return true }
        if ["(", "-", "\u{2013}", "\u{2014}"].contains(token.text) { return true }
        return CalendarWords.isCalendarWord(token.lower, abbreviated: true)
    }
}
