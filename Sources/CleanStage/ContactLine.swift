import Foundation

/// Lines that tell the reader how to reach the author ("Reach her at jane.roe@example.com",
/// "Jane Roe can be reached at …", "Email: …") and contact-form labels ("Email address"): web
/// furniture, removed with reason `contact`. Such a line often names the author, in front of the
/// contact phrase or in the mail address.
enum ContactLine {
    /// Pronouns and nouns a contact phrase addresses.
    private static let addressees: Set<String> = ["her", "him", "them", "me", "us", "the author", "the writer", "the reporter", "the columnist"]

    /// Verbs that open a contact phrase ("reach her at", "email him at", "write to them at").
    private static let contactVerbs: Set<String> = ["reach", "contact", "email", "e-mail", "write", "message", "follow", "tweet"]

    /// Passive contact phrases after a name ("Jane Roe can be reached at …").
    private static let passivePhrases: [[String]] = [
        ["can", "be", "reached"], ["may", "be", "reached"], ["can", "be", "contacted"], ["may", "be", "contacted"],
        ["is", "reachable"], ["can", "be", "emailed"],
    ]

    /// Labels of a line that is only a label and an address ("Email: jane@example.com").
    private static let labels: Set<String> = ["email", "e-mail", "mail", "contact", "phone", "tel", "twitter", "x"]

    /// Words of contact-form labels ("Email address", "Your email address", "Phone number").
    private static let formWords: Set<String> = ["email", "e-mail", "address", "your", "phone", "number", "required", "enter", "contact", "the", "author"]

    /// Whether the unit is a contact line or a contact-form label.
    static func matches(_ unit: AnalyzedUnit) -> Bool {
        guard unit.unit.kind != .code, unit.features.words <= 25 else { return false }
        let words = unit.lowercasedWords()
        guard !words.isEmpty else { return false }
        if words.count <= 4, !unit.features.endsSentence, words.allSatisfy({ formWords.contains($0) }),
           words.contains(where: { $0 == "email" || $0 == "e-mail" || $0 == "phone" }) {
            return true
        }
        guard let address = addressIndex(unit) else { return false }
        let tokens = unit.tokens()
        if address == 1, let label = tokens.first, label.hasSuffix(":"), labels.contains(NameShape.bare(label).lowercased()) { return true }
        return phraseStart(words) != nil
    }

    /// The author the contact line names: the name in front of the contact phrase ("Jane Roe can be
    /// reached at …", "Jane Roe. Reach her at …"), else the name the mail address spells, written as
    /// the document writes it when it does ("jroe@…" and "Jane Roe" in the text), or from an address
    /// of the form `first.last@…`.
    static func author(_ unit: AnalyzedUnit, in units: [AnalyzedUnit]) -> String? {
        let tokens = unit.tokens().map(String.init)
        if let end = tokens.firstIndex(where: { isPhraseOpening($0) }), end >= 2 {
            let nameTokens = Array(tokens[..<end]).map { NameShape.bare($0) }
            if let name = NameShape.name(nameTokens) { return name }
        }
        guard let address = addressIndex(unit) else { return nil }
        let local = tokens[address].split(separator: "@").first.map(String.init)?.lowercased() ?? ""
        let parts = local.split { $0 == "." || $0 == "_" || $0 == "-" }.map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ $0.unicodeScalars.allSatisfy(ScalarClass.isLetter) }) else { return nil }
        if let written = writtenName(spelling: parts, in: units) { return written }
        guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0.unicodeScalars.count >= 2 }) else { return nil }
        return parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// A name of two or three name tokens in the document whose letters the address spells: all
    /// parts in order ("jane.roe", "janeroe") or the initial and the surname ("jroe").
    private static func writtenName(spelling parts: [String], in units: [AnalyzedUnit]) -> String? {
        let joined = parts.joined()
        for unit in units where unit.features.words <= 200 {
            let tokens = unit.tokens()
            var start = 0
            while start + 1 < tokens.count {
                defer { start += 1 }
                guard NameShape.isNameToken(tokens[start]) else { continue }
                for length in 2...3 where start + length <= tokens.count {
                    let name = tokens[start..<(start + length)].map { NameShape.bare($0) }
                    guard tokens[start..<(start + length)].allSatisfy({ NameShape.isNameToken($0) }) else { break }
                    let lower = name.map { $0.lowercased().filter { $0.isLetter } }
                    let initialAndSurname = (lower.first?.prefix(1) ?? "") + (lower.last ?? "")
                    if lower.joined() == joined || (parts.count == 1 && initialAndSurname == joined) {
                        return name.joined(separator: " ")
                    }
                }
            }
        }
        return nil
    }

    /// The index of the token that is a mail address or a handle (`@name`).
    private static func addressIndex(_ unit: AnalyzedUnit) -> Int? {
        unit.tokens().firstIndex { token in
            let trimmed = token.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()<>[]\"'"))
            guard let at = trimmed.firstIndex(of: "@") else { return false }
            if at == trimmed.startIndex { return trimmed.count > 1 }
            return trimmed[trimmed.index(after: at)...].contains(".")
        }
    }

    /// Where a contact phrase starts in the words: a contact verb and an addressee ("reach her",
    /// "write to him", "contact the author"), or a passive phrase ("can be reached").
    private static func phraseStart(_ words: [String]) -> Int? {
        for index in words.indices {
            if contactVerbs.contains(words[index]) {
                var next = index + 1
                if next < words.count, words[next] == "to" { next += 1 }
                if next < words.count, addressees.contains(words[next]) { return index }
                if next + 1 < words.count, addressees.contains(words[next] + " " + words[next + 1]) { return index }
            }
            if passivePhrases.contains(where: { PhraseFamilies.startsWith(Array(words[index...]), $0) }) { return index }
        }
        return nil
    }

    /// Whether a token opens a contact phrase after a name ("Reach", "can", "may", "is").
    private static func isPhraseOpening(_ token: String) -> Bool {
        let word = NameShape.bare(token).lowercased()
        return contactVerbs.contains(word) || ["can", "may", "is"].contains(word)
    }
}
