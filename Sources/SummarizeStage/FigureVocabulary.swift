/// General English knowledge for comparing figures: unit synonyms, units too vague to compare
/// without an event, duration units, and the words that name what a count of people is about.
enum FigureVocabulary {
    /// Unit nouns (singular, lower-case) that name the same kind of thing.
    static let unitSynonyms: [String: String] = [
        "troop": "troop", "soldier": "troop", "serviceman": "troop", "servicemen": "troop",
        "servicemember": "troop", "paratrooper": "troop", "peacekeeper": "troop", "personnel": "troop",
        "people": "person", "persons": "person", "person": "person", "individual": "person", "men": "person",
        "man": "person", "woman": "person", "women": "person", "resident": "person", "citizen": "person",
        "death": "death", "fatality": "death", "dead": "death",
        "percent": "%", "per cent": "%", "pct": "%",
    ]

    /// Units that say nothing about what is counted; such figures compare only when an event word is near.
    static let vagueUnits: Set<String> = ["person", "%", "", "number", "time", "case"]

    /// Duration and age units: figures in them are rarely the same fact, so they are never compared.
    static let durationUnits: Set<String> = [
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "age", "year-old",
    ]

    /// Stems of words that name an event a count of people is about, by event.
    static let eventStems: [String: String] = [
        "kill": "killed", "dead": "killed", "death": "killed", "die": "killed", "di": "killed", "fatal": "killed",
        "casualti": "killed", "bodi": "killed", "murder": "killed",
        "injur": "injured", "wound": "injured", "hurt": "injured", "hospit": "injured",
        "detain": "detained", "arrest": "detained", "detent": "detained", "detaine": "detained", "jail": "detained",
        "imprison": "detained", "custodi": "detained",
        "deploi": "deployed", "sent": "deployed", "send": "deployed", "dispatch": "deployed",
        "evacu": "evacuated", "displac": "displaced", "refuge": "displaced", "flee": "displaced", "fled": "displaced",
        "protest": "protesting", "demonstr": "protesting", "ralli": "protesting", "march": "protesting",
    ]

    /// The canonical form of a unit noun: lower-case, singular, synonyms merged.
    /// - Parameter unit: the unit as the quantity layer gives it.
    /// - Returns: the canonical unit.
    static func canonicalUnit(_ unit: String) -> String {
        let lower = unit.lowercased().trimmingSpaces
        if let synonym = unitSynonyms[lower] { return synonym }
        var singular = lower
        if singular.hasSuffix("ies") && singular.count > 4 {
            singular = String(singular.dropLast(3)) + "y"
        } else if singular.hasSuffix("s") && !singular.hasSuffix("ss") && singular.count > 3 {
            singular = String(singular.dropLast())
        }
        return unitSynonyms[singular] ?? singular
    }
}
