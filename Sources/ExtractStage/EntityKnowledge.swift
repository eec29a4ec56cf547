import DocPipe
import Foundation

/// Names and token patterns a pipeline adds to the built-in knowledge (the `entities` option),
/// loaded and checked once when the stage is created and matched over each document's tokens
/// before the rules; a match wins over every rule-found name it overlaps.
struct EntityKnowledge: Sendable {
    /// One name or pattern found in a document.
    struct Match: Sendable, Equatable {
        /// First token.
        var first: Int
        /// One past the last token.
        var end: Int
        /// The label the file gives.
        var label: EntityLabel
        /// The canonical name the file gives, if any.
        var canonical: String?
    }

    /// A gazetteer entry or phrase pattern as the words the tokenizer makes of it.
    struct Phrase: Sendable {
        var words: [String]
        var label: EntityLabel
        var canonical: String?
    }

    /// Phrases by their first word.
    private(set) var phrases: [String: [Phrase]] = [:]
    /// Token patterns, in file order.
    private(set) var patterns: [TokenPattern] = []
    /// SHA-256 of the files' names and contents, for the cache key; `nil` without files.
    private(set) var fingerprint: String?

    /// No added knowledge.
    static let empty = EntityKnowledge()

    /// Whether nothing was added.
    var isEmpty: Bool { phrases.isEmpty && patterns.isEmpty }

    private init() {}

    /// Loads and checks the files of the `entities` option.
    /// - Parameters:
    ///   - options: the option's file lists.
    ///   - directory: the folder relative paths resolve against (the pipeline file's).
    /// - Throws: ``StageError`` naming `file:line` and what is wrong, or a file that cannot be read.
    init(options: EntityKnowledgeOptions, directory: URL) throws {
        var digest = SHA256()
        for (kind, paths) in [("gazetteer", options.gazetteers), ("patterns", options.patterns)] {
            for path in paths {
                let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw StageError("extract: entities: cannot read \(kind) file '\(path)' (looked at \(url.path))")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw StageError("extract: entities: \(path) is not UTF-8 text")
                }
                digest.update(Array("\(kind)\u{0}\(path)\u{0}".utf8))
                digest.update(Array(SHA256.hex(data).utf8))
                if kind == "gazetteer" { try loadGazetteer(text, file: path) } else { try loadPatterns(text, file: path) }
            }
        }
        if !options.gazetteers.isEmpty || !options.patterns.isEmpty { fingerprint = digest.hexDigest() }
    }

    /// The label a file names: `PERSON`, `ORG`, `GPE`, `LOC`, `NORP`, `FAC` (and `PER` for `PERSON`).
    static func label(_ name: String) -> EntityLabel? {
        let upper = name.uppercased()
        if upper == "PER" { return .person }
        guard let label = EntityLabel(rawValue: upper), label != .misc else { return nil }
        return label
    }

    static let labelNames = "PERSON, ORG, GPE, LOC, NORP, FAC"

    /// The words of a name as the tokenizer splits a document ("St. Mary's" → St., Mary, 's).
    static func words(_ name: String) -> [String] {
        Tokenizer.tokens(Array(name.unicodeScalars)).map(\.text)
    }

    private mutating func add(_ name: String, _ label: EntityLabel, _ canonical: String?) {
        let words = Self.words(name)
        guard let first = words.first else { return }
        phrases[first, default: []].append(Phrase(words: words, label: label, canonical: canonical))
    }

    private mutating func loadGazetteer(_ text: String, file: String) throws {
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let at = "\(file):\(offset + 1)"
            guard fields.count >= 2, fields.count <= 3 else {
                throw StageError("extract: entities: \(at): expected NAME<TAB>LABEL[<TAB>CANONICAL], found \(fields.count) tab-separated field(s)")
            }
            guard !fields[0].isEmpty else { throw StageError("extract: entities: \(at): the name is empty") }
            guard let label = Self.label(fields[1]) else {
                throw StageError("extract: entities: \(at): unknown label '\(fields[1])' (labels: \(Self.labelNames))")
            }
            add(fields[0], label, fields.count == 3 && !fields[2].isEmpty ? fields[2] : nil)
        }
    }

    private mutating func loadPatterns(_ text: String, file: String) throws {
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("//") { continue }
            let at = "\(file):\(offset + 1)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                throw StageError("extract: entities: \(at): not a JSON object")
            }
            for key in object.keys where !["label", "pattern", "canonical", "id"].contains(key.lowercased()) {
                throw StageError("extract: entities: \(at): unknown key '\(key)' (keys: label, pattern, canonical, id)")
            }
            let value = { (name: String) in object.first { $0.key.lowercased() == name }?.value }
            guard let labelName = value("label") as? String else { throw StageError("extract: entities: \(at): 'label' (a string) is missing") }
            guard let label = Self.label(labelName) else {
                throw StageError("extract: entities: \(at): unknown label '\(labelName)' (labels: \(Self.labelNames))")
            }
            let canonical = value("canonical") as? String ?? value("id") as? String
            switch value("pattern") {
            case let phrase as String:
                guard !Self.words(phrase).isEmpty else { throw StageError("extract: entities: \(at): the pattern is empty") }
                add(phrase, label, canonical)
            case let steps as [Any]:
                do {
                    patterns.append(try TokenPattern(steps, label: label, canonical: canonical))
                } catch let error as TokenPattern.Invalid {
                    throw StageError("extract: entities: \(at): \(error.message)")
                }
            default:
                throw StageError("extract: entities: \(at): 'pattern' must be a string (a phrase) or a list of token objects")
            }
        }
    }

    /// The names and patterns found in a document, leftmost-longest, none overlapping, none
    /// crossing a sentence or line.
    /// - Parameter tokens: the document's tokens.
    /// - Returns: matches in text order.
    func matches(_ tokens: [Token]) -> [Match] {
        guard !isEmpty else { return [] }
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            var best: Match?
            for phrase in phrases[tokens[index].text] ?? [] {
                if let end = phraseEnd(phrase, tokens, index), end - index > (best.map { $0.end - $0.first } ?? 0) {
                    best = Match(first: index, end: end, label: phrase.label, canonical: phrase.canonical)
                }
            }
            for pattern in patterns {
                if let end = pattern.longestMatch(tokens, at: index), end - index > (best.map { $0.end - $0.first } ?? 0) {
                    best = Match(first: index, end: end, label: pattern.label, canonical: pattern.canonical)
                }
            }
            if let best {
                found.append(best)
                index = best.end
            } else {
                index += 1
            }
        }
        return found
    }

    private func phraseEnd(_ phrase: Phrase, _ tokens: [Token], _ start: Int) -> Int? {
        guard start + phrase.words.count <= tokens.count else { return nil }
        for (offset, word) in phrase.words.enumerated() {
            let token = tokens[start + offset]
            if token.text != word { return nil }
            if offset > 0, token.sentence != tokens[start].sentence || token.lineBreakBefore { return nil }
        }
        let end = start + phrase.words.count
        if end < tokens.count, tokens[end].kind == .word, !tokens[end].spaceBefore { return nil }
        return end
    }
}
