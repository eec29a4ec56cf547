/// Datelines at the head of a line: a place in capitals, a comma, then the region or country it
/// lies in and a date or nothing more ("LITTLE ROCK, Ark. 1996-08-22", "COMMACK, New York",
/// "KIMBERLEY, South Africa 1996-08-27", "LATTAKIA, Aug 10"), or a line of a place in capitals
/// and a date alone ("DES MOINES 1996-08-29"). The places are GPE, whatever a sport or a
/// capitalised word elsewhere would make of them; a known organisation ("UNITED NATIONS") stays one.
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
    static func places(_ text: AnalyzedText) -> [EntityRecognizer.Candidate] {
        var result: [EntityRecognizer.Candidate] = []
        for index in text.tokens.indices where index == 0 || text.tokens[index].lineBreakBefore {
            result += places(at: index, text)
        }
        return result
    }

    /// Whether a word is written in capitals in the text (a line in capitals is read in title
    /// case, so the token's own text may not show it).
    private static func isInCapitals(_ token: Token, _ text: AnalyzedText) -> Bool {
        guard token.kind == .word else { return false }
        let written = text.text(token.start, token.end)
        return written.unicodeScalars.contains { $0.properties.isUppercase } && !written.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// Whether the rest of a line from this token is a date alone ("1996-08-29", "1996").
    private static func isDateToLineEnd(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index < tokens.count, !tokens[index].lineBreakBefore, EntityResolver.isDatelineDate(tokens[index]) else { return false }
        var next = index + 1
        while next < tokens.count, !tokens[next].lineBreakBefore {
            guard tokens[next].kind == .number || tokens[next].text == "-" || tokens[next].text == "/" else { return false }
            next += 1
        }
        return true
    }

    private static func places(at start: Int, _ text: AnalyzedText) -> [EntityRecognizer.Candidate] {
        let tokens = text.tokens
        var comma = start
        while comma < tokens.count, comma - start < 4, isInCapitals(tokens[comma], text), comma == start || !tokens[comma].lineBreakBefore,
              !CalendarWords.isCalendarWord(tokens[comma].lower, abbreviated: false)
        {
            comma += 1
        }
        if comma > start, isDateToLineEnd(comma, tokens) {
            let name = (start..<comma).map { EntityRecognizer.titleCased(text.text(tokens[$0].start, tokens[$0].end)) }.joined(separator: " ")
            guard !CommonAcronyms.all.contains(text.text(tokens[start].start, tokens[start].end)), Gazetteer.label(of: name).map({ $0 == .gpe || $0 == .loc }) ?? true,
                  !OrganizationWords.known.contains(tokens[start].text) else { return [] }
            return [EntityRecognizer.Candidate(first: start, end: comma, label: .gpe, fixed: true)]
        }
        guard comma > start, comma + 1 < tokens.count, tokens[comma].text == ",", !tokens[comma + 1].lineBreakBefore,
              !CommonAcronyms.all.contains(text.text(tokens[start].start, tokens[start].end)), !OrganizationWords.known.contains(tokens[start].text)
        else { return [] }
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
