import DocPipe

/// A token pattern of an `entities` patterns file, in the spirit of spaCy's EntityRuler: a list
/// of token descriptions, each matching one token (or, with `op`, an optional or repeated one).
///
/// A token description is a JSON object with any of these keys (spaCy's upper-case spellings are
/// accepted too): `text` (or `orth`) and `lower` — a string, or `{"in": [strings]}`;
/// `is_capitalized` (or `is_title`), `is_upper`, `is_number` (or `is_digit`, `like_num`),
/// `is_punct` — booleans; `op` — `?` (optional), `+` (one or more), `*` (any number).
struct TokenPattern: Sendable {
    /// Why a pattern is refused.
    struct Invalid: Error {
        /// What is wrong, for the `file:line` message.
        var message: String
    }

    /// One token description.
    struct Step: Sendable {
        var texts: Set<String>?
        var lowers: Set<String>?
        var capitalized: Bool?
        var upper: Bool?
        var number: Bool?
        var punctuation: Bool?
        var minimum = 1
        var repeats = false

        func accepts(_ token: Token) -> Bool {
            if let texts, !texts.contains(token.text) { return false }
            if let lowers, !lowers.contains(token.lower) { return false }
            if let capitalized, token.isCapitalized != capitalized { return false }
            if let upper, token.isAcronym != upper { return false }
            if let number, (token.kind == .number) != number { return false }
            if let punctuation, (token.kind == .punctuation) != punctuation { return false }
            return true
        }
    }

    /// The token descriptions, in order.
    let steps: [Step]
    /// The label of what the pattern matches.
    let label: EntityLabel
    /// The canonical name of what it matches, if the file gives one.
    let canonical: String?

    private static let aliases: [String: String] = [
        "text": "text", "orth": "text", "lower": "lower", "is_capitalized": "is_capitalized", "is_title": "is_capitalized",
        "is_upper": "is_upper", "is_number": "is_number", "is_digit": "is_number", "like_num": "is_number",
        "is_punct": "is_punct", "op": "op",
    ]

    /// Builds a pattern from its JSON token list.
    /// - Throws: ``Invalid`` naming the token and key that are wrong.
    init(_ json: [Any], label: EntityLabel, canonical: String?) throws {
        guard !json.isEmpty else { throw Invalid(message: "the pattern has no token") }
        var steps: [Step] = []
        for (position, item) in json.enumerated() {
            let place = "token \(position + 1)"
            guard let object = item as? [String: Any] else { throw Invalid(message: "\(place) is not a JSON object") }
            var step = Step()
            for (rawKey, value) in object {
                guard let key = Self.aliases[rawKey.lowercased()] else {
                    throw Invalid(message: "\(place): unknown key '\(rawKey)' (keys: text, lower, is_capitalized, is_upper, is_number, is_punct, op)")
                }
                switch key {
                case "text": step.texts = try Self.strings(value, place, rawKey, lower: false)
                case "lower": step.lowers = try Self.strings(value, place, rawKey, lower: true)
                case "op":
                    switch value as? String {
                    case "?": step.minimum = 0
                    case "+": step.repeats = true
                    case "*":
                        step.minimum = 0
                        step.repeats = true
                    case "1": break
                    default: throw Invalid(message: "\(place): 'op' must be one of ?, +, *, 1")
                    }
                default:
                    guard let flag = value as? Bool else { throw Invalid(message: "\(place): '\(rawKey)' must be true or false") }
                    switch key {
                    case "is_capitalized": step.capitalized = flag
                    case "is_upper": step.upper = flag
                    case "is_number": step.number = flag
                    default: step.punctuation = flag
                    }
                }
            }
            steps.append(step)
        }
        guard steps.contains(where: { $0.minimum > 0 }) else { throw Invalid(message: "every token is optional, so the pattern could match nothing") }
        self.steps = steps
        self.label = label
        self.canonical = canonical
    }

    private static func strings(_ value: Any, _ place: String, _ key: String, lower: Bool) throws -> Set<String> {
        if let one = value as? String { return [lower ? one.lowercased() : one] }
        if let object = value as? [String: Any], object.count == 1, let list = object.first(where: { $0.key.lowercased() == "in" })?.value as? [String],
            !list.isEmpty
        {
            return Set(list.map { lower ? $0.lowercased() : $0 })
        }
        throw Invalid(message: "\(place): '\(key)' must be a string or {\"in\": [strings]}")
    }

    /// One past the last token of the longest match starting at `start`, or `nil`; a match never
    /// crosses a sentence or a line break and never ends inside a word.
    func longestMatch(_ tokens: [Token], at start: Int) -> Int? {
        var best: Int?
        func walk(_ step: Int, _ index: Int) {
            if step == steps.count {
                if index > start, index == tokens.count || tokens[index].kind != .word || tokens[index].spaceBefore {
                    best = max(best ?? index, index)
                }
                return
            }
            let description = steps[step]
            var cursor = index
            var taken = 0
            if description.minimum == 0 { walk(step + 1, cursor) }
            while cursor < tokens.count, description.accepts(tokens[cursor]),
                  cursor == start || (tokens[cursor].sentence == tokens[start].sentence && !tokens[cursor].lineBreakBefore)
            {
                cursor += 1
                taken += 1
                walk(step + 1, cursor)
                if !description.repeats { break }
            }
        }
        walk(0, start)
        return best
    }
}
