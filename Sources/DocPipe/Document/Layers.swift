import Foundation

/// The annotation layers of a document, keyed by name.
///
/// A layer is held either as a typed value set by a stage, or as raw JSON read back from a file;
/// typed access decodes raw JSON on demand, so a document that made a round trip through disk
/// reads the same as one that never left memory.
public struct Layers: Sendable {
    enum Entry: Sendable {
        case typed(any Codable & Sendable)
        case raw(JSONValue)
        /// JSON bytes as `JSONCoding` wrote them, read back from a DocPipe file and not yet decoded.
        case encoded([UInt8])
        /// A typed value together with its JSON bytes, so writing it again (the cache after every
        /// stage, the spool) copies the bytes instead of encoding the value again.
        case typedEncoded(any Codable & Sendable, [UInt8])
    }

    var entries: [String: Entry] = [:]

    /// Creates an empty set of layers.
    public init() {}

    /// The names of the layers present, sorted.
    public var names: [String] { entries.keys.sorted() }

    /// Whether a layer with this name is present.
    public func contains(_ name: String) -> Bool { entries[name] != nil }

    /// Reads or writes a typed layer. Reading a layer stored as JSON of another shape gives `nil`.
    public subscript<Key: LayerKey>(key: Key.Type) -> Key.Value? {
        get {
            switch entries[Key.name] {
            case .typed(let value)?, .typedEncoded(let value, _)?: return value as? Key.Value
            case .raw(let json)?: return try? JSONCoding.decode(Key.Value.self, from: json)
            case .encoded(let bytes)?:
                if SpanLayout.compactLayout(of: bytes) != nil, let spans = SpanLayout.decodeCompact(bytes) {
                    return (spans as? Key.Value) ?? (try? JSONCoding.decode(Key.Value.self, from: Data(SpanLayout.objects.encode(spans))))
                }
                return try? JSONCoding.decode(Key.Value.self, from: Data(bytes))
            case nil: return nil
            }
        }
        set {
            entries[Key.name] = newValue.map { .typed($0) }
        }
    }

    /// Reads or writes a layer as raw JSON, whatever its type.
    public subscript(raw name: String) -> JSONValue? {
        get {
            switch entries[name] {
            case .typed(let value)?: return try? JSONCoding.decode(JSONValue.self, from: JSONCoding.data(value))
            case .typedEncoded(_, let bytes)?, .encoded(let bytes)?:
                return try? JSONCoding.decode(JSONValue.self, from: Data(Self.inLayout(.objects, bytes)))
            case .raw(let json)?: return json
            case nil: return nil
            }
        }
        set {
            entries[name] = newValue.map { .raw($0) }
        }
    }

    /// A layer as a JSON tree, the value ``subscript(raw:)`` reads, with a typed layer encoded
    /// by ``JSONValueEncoder`` instead of a round trip through `JSONEncoder` and back.
    /// The elements of a typed layer that is an array, to encode one at a time; `nil` for any other entry.
    func typedElements(_ name: String) -> [any Encodable]? {
        guard case .typed(let value)? = entries[name] else { return nil }
        return value as? [any Encodable]
    }

    /// A typed layer that is a span list, as its value; `nil` for any other entry.
    func typedSpans(_ name: String) -> [Span]? {
        switch entries[name] {
        case .typed(let value)?, .typedEncoded(let value, _)?: return value as? [Span]
        default: return nil
        }
    }

    func jsonTree(_ name: String) -> JSONValue? {
        if case .typed(let value)? = entries[name], let tree = try? JSONValueEncoder.encode(value) { return tree }
        return self[raw: name]
    }

    /// Removes a layer.
    public mutating func remove(_ name: String) {
        entries[name] = nil
    }

    func encodable(_ name: String) -> (any Encodable)? {
        switch entries[name] {
        case .typed(let value)?, .typedEncoded(let value, _)?: return value
        case .raw(let json)?: return json
        case .encoded:
            return self[raw: name]
        case nil: return nil
        }
    }

    /// A layer's JSON bytes as `JSONCoding` writes them, span lists in `layout`: copied when the
    /// layer was read from a DocPipe file (or encoded for the cache) and not changed since,
    /// encoded otherwise.
    func encodedBytes(_ name: String, layout: SpanLayout = .objects) throws -> [UInt8]? {
        switch entries[name] {
        case .typed(let value)?: return try Self.encode(value, layout: layout)
        case .raw(let json)?: return [UInt8](try JSONCoding.data(json))
        case .encoded(let bytes)?, .typedEncoded(_, let bytes)?: return Self.inLayout(layout, bytes)
        case nil: return nil
        }
    }

    /// Encodes every typed layer once (span lists in `layout`) and keeps its bytes beside the
    /// value, so the next writes of the document copy them; a stage that sets a layer replaces
    /// value and bytes.
    mutating func keepEncodings(layout: SpanLayout = .deltas) throws {
        for (name, entry) in entries {
            if case .typed(let value) = entry { entries[name] = .typedEncoded(value, try Self.encode(value, layout: layout)) }
        }
    }

    /// Encodes every typed layer that is not a span list once and keeps its bytes beside the value
    /// (their JSON is the same in every ``SpanLayout``), so the document's next writes — its spool
    /// line, export's rendering — copy them instead of encoding the records again. The runner
    /// calls it only for a document written more than once (spooled whole or cached): otherwise
    /// export's rendering, which replaces the entities and quotes with copies holding its holes,
    /// is the only write, and encodes each layer once itself.
    /// - Throws: what encoding a layer throws; the layers are then left as they were.
    mutating func keepRecordEncodings() throws {
        var encoded: [(String, any Codable & Sendable, [UInt8])] = []
        for (name, entry) in entries {
            if case .typed(let value) = entry, !(value is [Span]) { encoded.append((name, value, try Self.encode(value))) }
        }
        for (name, value, bytes) in encoded { entries[name] = .typedEncoded(value, bytes) }
    }

    /// A typed layer's JSON as `JSONCoding` writes it, except that span lists (tokens, sentences:
    /// millions of records in a long document) are written directly in `layout`.
    static func encode(_ value: any Codable & Sendable, layout: SpanLayout = .objects) throws -> [UInt8] {
        guard let spans = value as? [Span] else { return [UInt8](try JSONCoding.data(value)) }
        return layout.encode(spans)
    }

    /// A layer's bytes with its span list in `layout` when it is one in DocPipe's own `deltas`
    /// layout or exactly as `objects` writes it; other bytes unchanged (an object of `end` and
    /// `start` arrays may be a team's own layer, so it is only read as spans by typed access).
    static func inLayout(_ layout: SpanLayout, _ bytes: [UInt8]) -> [UInt8] {
        if let current = SpanLayout.compactLayout(of: bytes) {
            guard current == .deltas, layout != .deltas, let spans = SpanLayout.decodeCompact(bytes) else { return bytes }
            return layout.encode(spans)
        }
        guard layout != .objects, let spans = SpanLayout.decodeObjects(bytes) else { return bytes }
        return layout.encode(spans)
    }

    /// Decodes a layer kept as JSON bytes once and keeps the value beside its bytes, so later
    /// typed reads do not decode it again and writes still copy the bytes; a layer held
    /// otherwise is left as it is.
    /// - Returns: the typed value, as the subscript reads it.
    @discardableResult
    public mutating func keepDecoded<Key: LayerKey>(_ key: Key.Type) -> Key.Value? {
        guard case .encoded(let bytes)? = entries[Key.name] else { return self[key] }
        guard let value = self[key] else { return nil }
        entries[Key.name] = .typedEncoded(value, bytes)
        return value
    }

    /// Keeps a layer as JSON bytes written by `JSONCoding`, to be decoded on first access.
    mutating func setEncoded(_ bytes: [UInt8], for name: String) {
        entries[name] = .encoded(bytes)
    }
}
