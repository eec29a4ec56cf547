import DocPipe

/// Splits text into ``Token``s in one pass over its code points.
///
/// Words keep inner hyphens and apostrophes ("Jean-Paul", "don't") and dotted abbreviations
/// ("U.S."); a possessive `'s` or `’s` becomes its own token; numbers keep thousands separators
/// and decimals ("2,500", "3.5").
enum Tokenizer {
    /// Abbreviations of titles and place words that keep their period ("Dr.", "St.", "Gen.").
    static let titleAbbreviations = WordList.set("Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Rev|Prof|Jr|Sr|Mt|Ft|Cpl|Pvt|Brig|Insp|Supt|Cmdr|Inc|Corp|Co|Ltd|Bros|Cos")

    private static let particles: Set<String> = ["al", "el", "ad", "as", "bin", "ibn", "abu", "ben", "ul", "ud"]

    /// Whether a hyphen between two word parts separates a name from a common word ("Russia-led",
    /// "post-Soviet"): the parts start with letters of different case, and the first part is not a
    /// name particle ("al-Assad").
    static func splitsAtHyphen(_ scalars: [Unicode.Scalar], _ start: Int, _ hyphen: Int) -> Bool {
        var partStart = hyphen - 1
        while partStart > start && scalars[partStart - 1] != "-" && scalars[partStart - 1] != "\u{2011}" { partStart -= 1 }
        let before = Scalars.isUppercase(scalars[partStart])
        let after = Scalars.isUppercase(scalars[hyphen + 1])
        guard before != after else { return false }
        if !before {
            if particles.contains(ScalarString.make(scalars[partStart..<hyphen])) { return false }
        }
        return true
    }

    /// Tokenizes code points.
    /// - Parameter scalars: the text's code points.
    /// - Returns: the tokens, in order.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let count = scalars.count
        var index = 0
        var space = true
        var lineBreak = true
        func isLetter(_ i: Int) -> Bool { i < count && Scalars.isLetter(scalars[i]) }
        func isDigit(_ i: Int) -> Bool { i < count && ("0"..."9").contains(scalars[i]) }
        func isApostrophe(_ i: Int) -> Bool { i < count && (scalars[i] == "'" || scalars[i] == "\u{2019}") }
        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            let string = ScalarString.make(scalars[start..<end])
            tokens.append(Token(start: start, end: end, text: string, lower: string.lowercased(), kind: kind, spaceBefore: space, lineBreakBefore: lineBreak))
            space = false
            lineBreak = false
        }
        while index < count {
            let scalar = scalars[index]
            if Scalars.isWhitespace(scalar) {
                space = true
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" { lineBreak = true }
                index += 1
                continue
            }
            let start = index
            if isApostrophe(index), index + 1 < count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                !isLetter(index + 2), index > 0, Scalars.isLetter(scalars[index - 1])
            {
                index += 2
                emit(start, index, .possessive)
                continue
            }
            if Scalars.isLetter(scalar) {
                if index + 1 < count, scalars[index + 1] == ".", isLetter(index + 2), index + 3 < count, scalars[index + 3] == "." ,
                    Scalars.isUppercase(scalar)
                {
                    index += 2
                    while isLetter(index), index + 1 < count, scalars[index + 1] == "." { index += 2 }
                    emit(start, index, .word)
                    continue
                }
                if Scalars.isUppercase(scalar), index + 2 < count, scalars[index + 1] == ".", scalars[index + 2] == " ",
                    index + 3 < count, Scalars.isUppercase(scalars[index + 3]), index == 0 || !Scalars.isLetter(scalars[index - 1])
                {
                    index += 2
                    emit(start, index, .word)
                    continue
                }
                index += 1
                while index < count {
                    if isLetter(index) || isDigit(index) {
                        index += 1
                    } else if (scalars[index] == "-" || scalars[index] == "\u{2011}") && isLetter(index + 1) {
                        if splitsAtHyphen(scalars, start, index) { break }
                        index += 2
                    } else if isApostrophe(index) && isLetter(index + 1)
                        && !((scalars[index + 1] == "s" || scalars[index + 1] == "S") && !isLetter(index + 2))
                    {
                        index += 2
                    } else {
                        break
                    }
                }
                if index < count, scalars[index] == ".", index - start <= 4 {
                    if titleAbbreviations.contains(ScalarString.make(scalars[start..<index])) { index += 1 }
                }
                emit(start, index, .word)
                continue
            }
            if isDigit(index) {
                index += 1
                while index < count {
                    if isDigit(index) {
                        index += 1
                    } else if scalars[index] == ",", isDigit(index + 1), isDigit(index + 2), isDigit(index + 3), !isDigit(index + 4) {
                        index += 4
                    } else if scalars[index] == ".", isDigit(index + 1) {
                        index += 2
                    } else {
                        break
                    }
                }
                emit(start, index, .number)
                continue
            }
            index += 1
            emit(start, index, .punctuation)
        }
        return tokens
    }
}
