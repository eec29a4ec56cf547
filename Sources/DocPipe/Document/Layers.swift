import Foundation

/// The annotation layers of a document, keyed by name.
///
/// A layer is held as a typed value set by a stage, as a `JSONValue`, or as the JSON bytes it was
/// read back from a file as (a processed document's line); typed access decodes on demand, so a
/// document that made a round trip through disk reads the same as one that never left memory.
public struct Layers: Sendable {
    enum Entry: Sendable {
        case typed(any Codable & Sendable)
        case raw(JSONValue)
        case bytes(ArraySlice<UInt8>)
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
            case .typed(let value)?: return value as? Key.Value
            case .raw(let json)?: return try? JSONCoding.decode(Key.Value.self, from: json)
            case .bytes(let bytes)?: return try? JSONCoding.decode(Key.Value.self, from: Data(bytes))
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
            case .raw(let json)?: return json
            case .bytes(let bytes)?: return try? JSONCoding.decode(JSONValue.self, from: Data(bytes))
            case nil: return nil
            }
        }
        set {
            entries[name] = newValue.map { .raw($0) }
        }
    }

    /// Removes a layer.
    public mutating func remove(_ name: String) {
        entries[name] = nil
    }

    func encodable(_ name: String) -> (any Encodable)? {
        switch entries[name] {
        case .typed(let value)?: return value
        case .raw(let json)?: return json
        case .bytes(let bytes)?: return try? JSONCoding.decode(JSONValue.self, from: Data(bytes))
        case nil: return nil
        }
    }
}
