/// One document flowing through a pipeline: its identity, metadata, text and annotation layers.
///
/// Spans in every layer are Unicode code-point offsets into `text` as it stands after the stage
/// that wrote them (stages that rewrite `text`, like `clean`, run first and clear stale layers).
public struct Document: Sendable {
    /// A stable identifier, unique within a run.
    public var id: String
    /// Where the document came from: a file path, or `stdin:LINE`.
    public var source: String
    /// Title, author, publisher, date and free keys.
    public var metadata: Metadata
    /// The text; after `clean`, the cleaned text that every span points into.
    public var text: String { didSet { textSHA256 = nil } }
    /// Annotation layers.
    public var layers: Layers
    /// The digest of the file the document was read from, when the runner read one; not encoded.
    public var inputDigest: InputDigest?
    /// The SHA-256 of `text`'s UTF-8 bytes when it is already known (the text is the input's
    /// bytes unchanged); cleared whenever `text` is set; not encoded.
    public private(set) var textSHA256: String?

    /// Creates a document.
    /// - Parameters:
    ///   - id: a stable identifier.
    ///   - source: where the document came from.
    ///   - text: the text.
    ///   - metadata: known metadata.
    public init(id: String, source: String = "", text: String, metadata: Metadata = Metadata()) {
        self.id = id
        self.source = source
        self.text = text
        self.metadata = metadata
        self.layers = Layers()
    }

    /// Records that `text` is, byte for byte, the input whose SHA-256 is `sha256`.
    public mutating func noteTextSHA256(_ sha256: String) {
        textSHA256 = sha256
    }

    /// Reads or writes a typed layer.
    public subscript<Key: LayerKey>(key: Key.Type) -> Key.Value? {
        get { layers[key] }
        set { layers[key] = newValue }
    }

    /// The text covered by a span of code-point offsets; clamped to the text.
    public func text(of span: Span) -> String {
        let scalars = text.unicodeScalars
        let count = scalars.count
        let start = max(0, min(span.start, count))
        let end = max(start, min(span.end, count))
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        return String(scalars[lower..<upper])
    }

    /// Field names a layer may not use, because the document itself uses them.
    public static let reservedKeys: Set<String> = ["id", "source", "metadata", "text"]
}

extension Document: Codable {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes a document from one line of `documents.jsonl`; every key besides `id`, `source`,
    /// `metadata` and `text` is a layer, kept as raw JSON until read through its key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        id = try container.decode(String.self, forKey: Key("id"))
        source = try container.decodeIfPresent(String.self, forKey: Key("source")) ?? ""
        text = try container.decode(String.self, forKey: Key("text"))
        metadata = try container.decodeIfPresent(Metadata.self, forKey: Key("metadata")) ?? Metadata()
        layers = Layers()
        for key in container.allKeys where !Document.reservedKeys.contains(key.stringValue) {
            layers[raw: key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
    }

    /// Encodes the document as one flat JSON object: `id`, `source`, `metadata`, `text`, then each layer by name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: Key("id"))
        try container.encode(source, forKey: Key("source"))
        try container.encode(metadata, forKey: Key("metadata"))
        try container.encode(text, forKey: Key("text"))
        for name in layers.names where !Document.reservedKeys.contains(name) {
            if let value = layers.encodable(name) {
                try container.encode(value, forKey: Key(name))
            }
        }
    }
}
