import DocPipe

/// The `entities` option of `extract`: files of names and patterns a team adds to the built-in
/// knowledge without writing Swift (`entities: {gazetteers: [teams.tsv], patterns: rules.jsonl}`).
/// Paths are relative to the pipeline file's folder; `patterns` takes one file or a list.
public struct EntityKnowledgeOptions: Codable, Sendable, Hashable, DescribedOptionValue {
    /// Gazetteer files: one name a line, `NAME<TAB>LABEL[<TAB>CANONICAL]`.
    public var gazetteers: [String] = []
    /// Pattern files: one JSON object a line, `{"label": ..., "pattern": ...}`.
    public var patterns: [String] = []

    /// How `docpipe describe` names the type.
    public static let typeDescription = "mapping: gazetteers (list of file), patterns (file or list of file)"

    /// No files.
    public init() {}

    /// Creates the option with files.
    public init(gazetteers: [String], patterns: [String]) {
        self.gazetteers = gazetteers
        self.patterns = patterns
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes `{gazetteers: file | [file], patterns: file | [file]}`; any other key is an error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        for key in container.allKeys where key.stringValue != "gazetteers" && key.stringValue != "patterns" {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "extract: unknown key 'entities.\(key.stringValue)' (keys: gazetteers, patterns)")
        }
        gazetteers = try Self.files(container, "gazetteers")
        patterns = try Self.files(container, "patterns")
    }

    private static func files(_ container: KeyedDecodingContainer<Key>, _ name: String) throws -> [String] {
        let key = Key(stringValue: name)
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return [] }
        if let one = try? container.decode(String.self, forKey: key) { return [one] }
        return try container.decode([String].self, forKey: key)
    }

    /// Encodes both lists.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(gazetteers, forKey: Key(stringValue: "gazetteers"))
        try container.encode(patterns, forKey: Key(stringValue: "patterns"))
    }
}
