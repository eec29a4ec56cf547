/// Turns a plural unit noun into its singular, lower-case form ("troops" → "troop").
enum UnitNoun {
    private static let irregular: [String: String] = [
        "men": "man", "women": "woman", "children": "child", "people": "people", "feet": "foot", "teeth": "tooth",
        "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
        "police": "police", "personnel": "personnel", "news": "news", "series": "series", "species": "species",
        "data": "data", "media": "media", "criteria": "criterion", "crises": "crisis", "analyses": "analysis",
        "bases": "base", "cases": "case", "houses": "house", "buses": "bus", "gases": "gas", "aircraft": "aircraft",
        "staff": "staff", "troops": "troop", "tenge": "tenge", "yen": "yen", "sheep": "sheep", "fish": "fish",
    ]

    /// The singular, lower-case form of a noun.
    /// - Parameter word: the noun as written.
    /// - Returns: the singular.
    static func singular(_ word: String) -> String {
        let lower = word.lowercased()
        if let known = irregular[lower] { return known }
        let count = lower.unicodeScalars.count
        guard count > 3, lower.hasSuffix("s") else { return lower }
        if lower.hasSuffix("ss") || lower.hasSuffix("us") || lower.hasSuffix("is") { return lower }
        if lower.hasSuffix("ies") { return String(lower.dropLast(3)) + "y" }
        if lower.hasSuffix("sses") || lower.hasSuffix("shes") || lower.hasSuffix("ches") || lower.hasSuffix("xes") || lower.hasSuffix("zzes") {
            return String(lower.dropLast(2))
        }
        return String(lower.dropLast())
    }
}
