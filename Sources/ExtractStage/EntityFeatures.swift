import DocPipe

/// The features the entity typer (``EntityTyper``) reads of one mention: named strings ("w=bank",
/// "prev=in", "gaz=GPE", "rule=ORG"), each worth 1, computed from the mention's words, their
/// shapes and affixes, the words around it, the dictionaries of general knowledge
/// (``Gazetteer``, ``FirstNames``, ``OrganizationWords``, ``Places``, ``RoleWords``), the
/// document's sport context and the label the rules gave. The same strings are written for
/// training (``EntityFeatureExport``), so the trainer and the stage cannot drift apart.
enum EntityFeatures {
    /// The features of the mention over tokens `range`, labelled `rule` by the rules.
    /// - Parameters:
    ///   - range: the mention's token range (not empty).
    ///   - rule: the rules' label.
    ///   - text: the analysed document.
    /// - Returns: feature names, each present once at most.
    static func features(of range: Range<Int>, rule: EntityLabel, in text: AnalyzedText) -> [String] {
        let tokens = text.tokens
        let words = range.map { tokens[$0].text }
        let name = words.joined(separator: " ")
        let first = words[0]
        let last = words[words.count - 1]
        let lastLower = tokens[range.upperBound - 1].lower
        let gazetteer = Gazetteer.label(of: name)?.rawValue ?? "none"
        var result = ["bias", "rule=" + rule.rawValue, "gaz=" + gazetteer, "rule=\(rule.rawValue)|gaz=\(gazetteer)",
                      "len=\(min(words.count, 4))", "rule=\(rule.rawValue)|len=\(min(words.count, 4))"]
        var seen: Set<String> = []
        for index in range where tokens[index].kind == .word {
            let lower = tokens[index].lower
            if seen.insert(lower).inserted { result.append("w=" + lower) }
        }
        result.append("first=" + tokens[range.lowerBound].lower)
        result.append("last=" + lastLower)
        if words.count == 1 { result.append("only=" + lastLower) }
        result.append("shape=" + shape(of: words))
        result.append("suf3=" + String(lastLower.suffix(3)))
        result.append("suf4=" + String(lastLower.suffix(4)))
        result.append("pre3=" + String(tokens[range.lowerBound].lower.prefix(3)))
        result += context(of: range, tokens)
        result += dictionaryFeatures(words: words, first: first, last: last)
        if text.isSports { result += ["sports", "sports|rule=" + rule.rawValue] }
        if text.shoutedSentences.contains(tokens[range.lowerBound].sentence) { result.append("shouted") }
        if tokens[range.lowerBound].startsSentence { result.append("opens") }
        if tokens[range.lowerBound].lineBreakBefore || range.lowerBound == 0 { result.append("line-start") }
        return result
    }

    /// The words on either side of the mention, within its sentence.
    private static func context(of range: Range<Int>, _ tokens: [Token]) -> [String] {
        let sentence = tokens[range.lowerBound].sentence
        var result: [String] = []
        for (offset, key) in [(-1, "prev"), (-2, "prev2")] {
            let index = range.lowerBound + offset
            result.append(key + "=" + (index >= 0 && tokens[index].sentence == sentence ? word(tokens[index]) : "<s>"))
        }
        for (offset, key) in [(0, "next"), (1, "next2")] {
            let index = range.upperBound + offset
            result.append(key + "=" + (index < tokens.count && tokens[index].sentence == sentence ? word(tokens[index]) : "</s>"))
        }
        return result
    }

    /// A context word: lower-cased, numbers as "0", capitalised words marked.
    private static func word(_ token: Token) -> String {
        switch token.kind {
        case .number: return "0"
        case .possessive: return "'s"
        case .punctuation: return token.text
        case .word: return token.isCapitalized ? "Cap:" + token.lower : token.lower
        }
    }

    /// What the dictionaries of general knowledge say of the mention's words.
    private static func dictionaryFeatures(words: [String], first: String, last: String) -> [String] {
        var result: [String] = []
        if words.count > 1 {
            result.append("gaz-first=" + (Gazetteer.label(of: first)?.rawValue ?? "none"))
            result.append("gaz-last=" + (Gazetteer.label(of: last)?.rawValue ?? "none"))
        }
        if FirstNames.curated.contains(first) { result.append("given-curated") } else if FirstNames.all.contains(first) { result.append("given") }
        if words.count > 1, CensusNames.surnames.contains(EntityRecognizer.titleCased(last)) { result.append("surname") }
        if FamousPeople.names.contains(words.joined(separator: " ")) { result.append("famous") }
        let head = EntityRecognizer.singular(last)
        if OrganizationWords.heads.contains(head) { result.append(OrganizationWords.weakHeads.contains(head) ? "org-head-weak" : "org-head") }
        if OrganizationWords.legalSuffixes.contains(last) { result.append("legal") }
        if OrganizationWords.facilityHeads.contains(head) { result.append("facility-head") }
        if Places.areaHeads.contains(last) || Places.featureHeads.contains(last) { result.append("area-head") }
        if Places.leadingAreaHeads.contains(first) { result.append("area-lead") }
        if Places.regionHeads.contains(last) { result.append("region-head") }
        if EntityRecognizer.clubWords.contains(last) { result.append("club-word") }
        if EntityRecognizer.titles.contains(first) { result.append("title-first") }
        if words.contains(where: { CommonWords.isCommon($0.lowercased()) }) { result.append("common-word") }
        if words.contains(where: { Nationalities.all.contains($0) }) { result.append("nationality-word") }
        return result
    }

    /// The mention's shape: each word as `X` (capitals), `Xx` (title case), `x` (lower case) or
    /// `d` (digits), runs of the same collapsed ("Xx Xx" for two title-case words).
    static func shape(of words: [String]) -> String {
        words.map { word in
            let scalars = word.unicodeScalars
            if scalars.allSatisfy({ Scalars.isLetter($0) == false && $0.properties.numericType != nil }) { return "d" }
            guard let head = scalars.first else { return "" }
            if Scalars.isUppercase(head) {
                let letters = scalars.filter { Scalars.isLetter($0) }
                if letters.count >= 2, letters.allSatisfy(Scalars.isUppercase) { return "X" }
                return scalars.dropFirst().contains(where: Scalars.isUppercase) ? "XxX" : "Xx"
            }
            return Scalars.isLetter(head) ? "x" : "."
        }.joined(separator: " ")
    }
}
