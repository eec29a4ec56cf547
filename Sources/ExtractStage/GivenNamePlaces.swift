import DocPipe

/// Places that are also given names ("Charlotte", "Florence", "Austin") standing for a person in
/// the speaker rules: the entity layer may read "Charlotte Roach" as the place "Charlotte" and the
/// person "Roach", and every later "Charlotte" as the place, so the speaker would be "Roach", or the
/// place, or someone else named nearby.
enum GivenNamePlaces {
    /// The mentions with such a place joined to the one-word person right after it, when the entity
    /// layer knows no fuller name for that person ("Charlotte" + "Roach" → "Charlotte Roach"); the same place written alone elsewhere, and the
    /// surname's other mentions, become that person when the given name goes with one surname only.
    /// - Parameters:
    ///   - entities: the text's mentions, in order.
    ///   - tokens: the text's tokens (a space, no line break, between the two mentions).
    static func merged(_ entities: [EntityMention], tokens: [Token]) -> [EntityMention] {
        var result: [EntityMention] = []
        var fullNames: [String: Set<String>] = [:]
        var surnames: [String: String] = [:]
        var index = 0
        while index < entities.count {
            let place = entities[index]
            if index + 1 < entities.count, place.label != .person, isGivenName(place.text) {
                let person = entities[index + 1]
                let words = person.text.split(separator: " ")
                if person.label == .person, person.start == place.end + 1, words.count == 1, !isGivenName(String(words[0])), !person.canonical.contains(" "),
                    let first = lastToken(startingAt: person.start, tokens), tokens[first].spaceBefore, !tokens[first].lineBreakBefore
                {
                    let full = place.text + " " + person.text
                    result.append(EntityMention(start: place.start, end: person.end, text: full, label: .person, canonical: full))
                    fullNames[place.text, default: []].insert(full)
                    surnames[person.canonical] = full
                    index += 2
                    continue
                }
            }
            result.append(place)
            index += 1
        }
        guard !fullNames.isEmpty else { return entities }
        return result.map { mention in
            var mention = mention
            if mention.label == .person, let full = surnames[mention.canonical] {
                mention.canonical = full
            } else if mention.label != .person, let names = fullNames[mention.text], names.count == 1, let full = names.first {
                mention.label = .person
                mention.canonical = full
            }
            return mention
        }
    }

    /// The last token that starts at a code point, by binary search over the tokens (in order).
    private static func lastToken(startingAt start: Int, _ tokens: [Token]) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start <= start { low = middle + 1 } else { high = middle }
        }
        return low > 0 && tokens[low - 1].start == start ? low - 1 : nil
    }

    /// Whether a word is a given name by any of the name lists, places included.
    static func isGivenName(_ word: String) -> Bool {
        FirstNames.all.contains(word) || CensusNames.givenNames.contains(word) || GivenNameGenders.male.contains(word) || GivenNameGenders.female.contains(word)
    }
}
