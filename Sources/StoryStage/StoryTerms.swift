/// The content words of a text for comparing stories: letters only, lowercased, three letters or
/// more, without common function words; plurals folded to their singular ("troops" → "troop").
enum StoryTerms {
    /// Counts of the text's content words, the `limit` most frequent (ties: alphabetical).
    static func counts(in text: String, limit: Int) -> [String: Int] {
        var counts: [String: Int] = [:]
        var word = ""
        func close() {
            defer { word = "" }
            guard word.unicodeScalars.count >= 3, !stopWords.contains(word) else { return }
            counts[folded(word), default: 0] += 1
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar == "'" || scalar == "\u{2019}" {
                close()
            } else if !word.isEmpty {
                close()
            }
        }
        if !word.isEmpty { close() }
        guard counts.count > limit else { return counts }
        let kept = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit)
        return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }

    /// A plural folded to its singular by its spelling alone.
    static func folded(_ word: String) -> String {
        guard word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        return String(word.dropLast())
    }

    /// Function words and words every news story uses.
    static let stopWords: Set<String> = Set("""
        the and for that with this from have has had was were are been being will would could should \
        can may might must shall not but its his her their them they you your our ours she him who whom \
        whose which what when where why how all any both each few more most other some such only own \
        same than too very just also into over under again further then once here there about above \
        after before below between during against through out off down upon while because until these \
        those one two three four five six seven eight nine ten first second last new said says say told \
        according year years month months week weeks day days today yesterday tomorrow time times \
        monday tuesday wednesday thursday friday saturday sunday january february march april june july \
        august september october november december per cent percent mr mrs ms dr did does doing done \
        like many much even still now well back get got make made people way since another around \
        among across however although though whether either neither nor yet within without toward \
        towards onto ago lot lots being been let lets think thought going goes went come came take took \
        including include includes included included also based part use used using
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
