import DocPipe

/// Reads the words around a date mention in its sentence: whether the date only tells when
/// something was said or written ("John Roe wrote Thursday"), and which word names the event it
/// dates ("the January 6 appeal", "On January 5, he appealed", "sending troops on January 6").
struct DateContext {
    /// The document's code points.
    let scalars: [Unicode.Scalar]
    /// The sentence's start and end.
    let sentence: Range<Int>
    /// The mention's start and end.
    let mention: Range<Int>

    /// Verbs of commenting, saying and writing: a date right beside one dates the comment, not an
    /// event. Verbs of formal statements ("stated", "announced", "reported") are left out: a
    /// government's statement is itself news.
    static let attributionVerbs: Set<String> = [
        "said", "says", "say", "wrote", "writes", "write", "told", "tells", "added", "adds", "noted", "notes", "commented",
        "comments", "argued", "argues", "explained", "explains", "tweeted", "tweets", "posted", "opined",
    ]

    /// Nouns of commentary: "in an interview Thursday", "in a column on Monday".
    static let statementNouns: Set<String> = ["interview", "column", "op-ed", "post", "tweet", "blog", "podcast"]

    /// Whether the date is attached to a verb of saying or writing (or a statement noun) right
    /// before it (through "on") or a verb right after it.
    var datesAStatement: Bool {
        var before = words(before: mention.lowerBound, limit: 2)
        if before.first == "on" { before.removeFirst() }
        if let word = before.first, Self.attributionVerbs.contains(word) || Self.statementNouns.contains(word) { return true }
        if let after = words(after: mention.upperBound, limit: 1, stopAtPunctuation: true).first, Self.attributionVerbs.contains(after) { return true }
        return false
    }

    /// The lower-cased word that names the dated event, if one can be found: the word right after
    /// the date ("January 6 appeal"); for a date opening the sentence ("On January 5, he
    /// appealed"), the first past tense in -ed after it, else its first lower-case content word;
    /// else the nearest verb in -ed or -ing before it ("sending troops to the capital on January 6").
    var eventWord: String? {
        if let next = nextWord(after: mention.upperBound), isContent(next) { return next }
        let opening = words(before: mention.lowerBound, limit: 3)
        if opening.isEmpty || opening == ["on"] {
            let following = words(after: mention.upperBound, limit: 8, stopAtPunctuation: false, keepCase: true).filter(isContent)
            if let verb = following.first(where: { $0.hasSuffix("ed") }) ?? following.first { return verb }
        }
        for word in words(before: mention.lowerBound, limit: 8, keepCase: true) where isContent(word) && (word.hasSuffix("ed") || word.hasSuffix("ing")) {
            return word
        }
        return nil
    }

    /// A word written in lower case (so no name) that is no stop word.
    private func isContent(_ word: String) -> Bool {
        word.count >= 3 && !StopWords.english.contains(word) && word.unicodeScalars.allSatisfy { $0.properties.isLowercase || $0 == "-" }
    }

    /// The word right after the date, separated only by spaces, if it is written in lower case.
    private func nextWord(after offset: Int) -> String? {
        var index = offset
        while index < sentence.upperBound, scalars[index] == " " { index += 1 }
        guard index > offset, index < sentence.upperBound, scalars[index].properties.isLowercase else { return nil }
        return word(at: index).map { $0.text }
    }

    /// Words before an offset in the sentence, nearest first, lower-cased unless `keepCase`.
    private func words(before offset: Int, limit: Int, keepCase: Bool = false) -> [String] {
        var found: [String] = []
        var index = offset - 1
        while index >= sentence.lowerBound, found.count < limit {
            if isWordScalar(scalars[index]) {
                var start = index
                while start > sentence.lowerBound, isWordScalar(scalars[start - 1]) { start -= 1 }
                let text = ScalarString.make(scalars[start...index])
                found.append(keepCase ? text : text.lowercased())
                index = start - 1
            } else {
                index -= 1
            }
        }
        return found
    }

    /// Words after an offset in the sentence, in order, lower-cased unless `keepCase`; optionally
    /// stopping at the first punctuation mark.
    private func words(after offset: Int, limit: Int, stopAtPunctuation: Bool, keepCase: Bool = false) -> [String] {
        var found: [String] = []
        var index = offset
        var seen = 0
        while index < sentence.upperBound, seen < limit {
            if let (text, end) = word(at: index, keepCase: keepCase) {
                seen += 1
                found.append(text)
                index = end
            } else {
                if stopAtPunctuation, scalars[index] != " " { break }
                index += 1
            }
        }
        return found
    }

    private func word(at index: Int, keepCase: Bool = false) -> (text: String, end: Int)? {
        guard isWordScalar(scalars[index]) else { return nil }
        var end = index
        while end < sentence.upperBound, isWordScalar(scalars[end]) { end += 1 }
        let text = ScalarString.make(scalars[index..<end])
        return (keepCase ? text : text.lowercased(), end)
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || scalar == "-" }
}
