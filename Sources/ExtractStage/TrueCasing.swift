/// Gives title case to words written in capitals where capitals say nothing about the word: lines
/// written wholly in capitals (headlines, section heads, datelines such as "LONDON 1996-08-30") and
/// capitalised place names at the head of a line ("NEW YORK (Reuters) -"). The rules then read
/// "SOCCER" as the ordinary word "Soccer" (no organisation) and "NEW YORK" as the place "New York".
/// Only a token's `text` changes; offsets (and so every mention's surface) stay as written.
enum TrueCasing {
    /// Title-cases the shouted words of a token list.
    /// - Parameter tokens: the document's tokens, changed in place.
    /// - Returns: the indices of the tokens of the lines written wholly in capitals.
    static func apply(to tokens: inout [Token]) -> [Int] {
        var shouted: [Int] = []
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart + 1
            while lineEnd < tokens.count && !tokens[lineEnd].lineBreakBefore { lineEnd += 1 }
            if isShoutedLine(tokens, lineStart..<lineEnd) {
                for index in lineStart..<lineEnd where tokens[index].isAcronym && !keepsCapitals(tokens[index].text) {
                    retitle(&tokens, index)
                }
                shouted += lineStart..<lineEnd
            } else {
                titleCasePlacesAtLineHead(&tokens, lineStart..<lineEnd)
            }
            lineStart = lineEnd
        }
        return shouted
    }

    /// Whether every word of a line is written in capitals (single letters aside) and at least one
    /// has two letters or more.
    static func isShoutedLine(_ tokens: [Token], _ line: Range<Int>) -> Bool {
        var shouting = false
        for index in line where tokens[index].kind == .word {
            let token = tokens[index]
            if token.isAcronym {
                shouting = true
            } else if token.text.unicodeScalars.contains(where: { Scalars.isLetter($0) && !Scalars.isUppercase($0) }) {
                return false
            }
        }
        return shouting
    }

    /// Words kept in capitals in a shouted line: known acronyms and institutions written so
    /// ("NATO", "UEFA", "BBC"), words of two letters and words without a vowel ("NBC", "PSV").
    static func keepsCapitals(_ word: String) -> Bool {
        if CommonAcronyms.all.contains(word) || OrganizationWords.known.contains(word) || Gazetteer.label(of: word) != nil { return true }
        let title = titleCase(word)
        if Gazetteer.label(of: title) != nil || FirstNames.all.contains(title) { return false }
        let letters = word.unicodeScalars.filter(Scalars.isLetter)
        return letters.count <= 2 || !letters.contains { "AEIOUY".unicodeScalars.contains($0) }
    }

    /// Up to three capitalised words at the head of a line that, in title case, are a curated
    /// country, city or region ("LONDON (Reuters)", "NEW YORK -"), when the line goes on in mixed case.
    private static func titleCasePlacesAtLineHead(_ tokens: inout [Token], _ line: Range<Int>) {
        var end = line.lowerBound
        while end < line.upperBound, end - line.lowerBound < 3, tokens[end].isAcronym { end += 1 }
        guard end > line.lowerBound else { return }
        for stop in stride(from: end, to: line.lowerBound, by: -1) {
            let words = (line.lowerBound..<stop).map { titleCase(tokens[$0].text) }.joined(separator: " ")
            let caps = (line.lowerBound..<stop).map { tokens[$0].text }.joined(separator: " ")
            guard Gazetteer.label(of: caps) == nil else { return }
            if Places.countries.contains(words) || Places.cities.contains(words) || Places.regions.contains(words) {
                for index in line.lowerBound..<stop { retitle(&tokens, index) }
                return
            }
        }
    }

    private static func retitle(_ tokens: inout [Token], _ index: Int) {
        let old = tokens[index]
        var token = Token(
            start: old.start, end: old.end, text: titleCase(old.text), lower: old.lower, kind: old.kind,
            spaceBefore: old.spaceBefore, lineBreakBefore: old.lineBreakBefore)
        token.sentence = old.sentence
        token.startsSentence = old.startsSentence
        tokens[index] = token
    }

    /// A capitalised word in title case: "LONDON" → "London", "UNDER-21" → "Under-21",
    /// "O'BRIEN" → "O'Brien", "MCDONALD" → "McDonald".
    static func titleCase(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        let scalars = Array(word.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let startsPart = previous == nil || previous == "-"
                || ((previous == "'" || previous == "\u{2019}") && index == 2 && scalars.count > 4)
                || (index == 2 && scalars.count > 4 && scalars[0] == "M" && scalars[1] == "C")
            out.append(contentsOf: (startsPart ? String(scalar).uppercased() : String(scalar).lowercased()).unicodeScalars)
            previous = scalar
        }
        return String(out)
    }
}
