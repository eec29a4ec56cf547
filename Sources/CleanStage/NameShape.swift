import DocPipe

/// Recognises lines shaped like a person's name ("Jane Q. Doe", "Ana de la Cruz"): the byline test.
enum NameShape {
    /// Lowercase particles allowed inside names.
    static let particles: Set<String> = ["de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "du", "di", "bin", "ibn", "al", "el", "y", "st."]

    /// Capitalised words that are not names: months, weekdays, and the words of mastheads and sections.
    static let notNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "news", "opinion",
        "opinions", "analysis", "world", "politics", "business", "home", "menu", "search", "share", "follow",
        "subscribe", "advertisement", "editorial", "commentary", "breaking", "live", "updated", "published", "photo",
        "image", "video", "sign", "login", "contact", "about", "privacy", "terms", "newsletter", "staff", "team",
        "desk", "press", "media", "group", "center", "centre", "university", "institute", "council", "committee",
        "ministry", "government", "department", "agency", "international", "national", "global", "russia", "china",
        "europe", "america", "united", "states", "kingdom", "union", "reuters", "bloomberg", "associated",
    ]

    /// The token without surrounding punctuation (commas, quotes, brackets, possessive `'s`).
    static func bare<S: StringProtocol>(_ token: S) -> String {
        var text = String(token)
        for suffix in ["'s", "\u{2019}s"] where text.hasSuffix(suffix) { text.removeLast(2) }
        let trimmed = text.unicodeScalars.drop { !ScalarClass.isLetter($0) }
        var scalars = Array(trimmed)
        while let last = scalars.last, !ScalarClass.isLetter(last), last != "." { scalars.removeLast() }
        if scalars.count > 2, scalars.last == "." { scalars.removeLast() }
        return ScalarString.make(scalars)
    }

    /// Whether a token can be part of a name: a capitalised word or an initial, or a particle;
    /// with `capitals`, also a word in capitals ("JANE DOE" after "By").
    static func isNameToken<S: StringProtocol>(_ token: S, capitals: Bool = false) -> Bool {
        let word = bare(token)
        guard let first = word.unicodeScalars.first, word.unicodeScalars.count <= 24 else { return false }
        let lower = word.lowercased()
        if particles.contains(lower) { return true }
        guard ScalarClass.isUppercase(first), !notNames.contains(lower) else { return false }
        if StopWords.contains(ArraySlice(Array(word.unicodeScalars))) { return false }
        let scalars = Array(word.unicodeScalars)
        if scalars.count >= 2, scalars.allSatisfy({ ScalarClass.isUppercase($0) || $0 == "." }) {
            return (scalars.count <= 3 && scalars.last == ".") || (capitals && scalars.allSatisfy { ScalarClass.isLetter($0) })
        }
        return scalars.allSatisfy { ScalarClass.isLetter($0) || $0 == "." || $0 == "-" || ScalarClass.isApostrophe($0) }
    }

    /// The name when the tokens are a name of two to five tokens, or several joined by "and" or commas.
    /// With `capitals`, words in capitals count as name words.
    static func name<S: StringProtocol>(_ tokens: [S], capitals: Bool = false) -> String? {
        guard tokens.count >= 2, tokens.count <= 12 else { return nil }
        var names: [[String]] = [[]]
        for token in tokens {
            let lower = token.lowercased()
            if lower == "and" || lower == "&" {
                names.append([])
                continue
            }
            guard isNameToken(token, capitals: capitals) else { return nil }
            names[names.count - 1].append(bare(token))
            if token.hasSuffix(",") { names.append([]) }
        }
        names.removeAll { $0.isEmpty }
        guard !names.isEmpty, names.allSatisfy({ $0.count >= 2 && $0.count <= 5 }) else { return nil }
        guard names.allSatisfy({ !particles.contains($0[0].lowercased()) }) else { return nil }
        let joined = names.map { $0.joined(separator: " ") }
        if joined.count == 1 { return joined[0] }
        return joined.dropLast().joined(separator: ", ") + " and " + joined[joined.count - 1]
    }
}
