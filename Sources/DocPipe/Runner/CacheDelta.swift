import Foundation

/// What one stage changed in a document, as the cache stores it after that stage: the layers it
/// set or replaced (their JSON bytes, span lists in the compact `deltas` layout), the layers it
/// removed, the metadata, and the text only when the stage changed it.
///
/// A stage's cache entry is this delta over the previous stage's entry, so the cache holds each
/// layer and the cleaned text once per document instead of once per stage.
///
/// Bytes: `{"id":…,"layers":{NAME:JSON,…},"metadata":{…},"removed":[…]}` with `"text":…` added
/// after `removed` when the text changed.
struct CacheDelta {
    /// The delta that turns `before` into `after`; every typed layer of `after` must already
    /// hold its bytes (``Layers/keepEncodings(layout:)``).
    static func encode(from before: Document, to after: Document) throws -> Data {
        var out: [UInt8] = Array(#"{"id":"#.utf8)
        out += JSONText.string(after.id)
        out += #","layers":{"#.utf8
        var first = true
        for name in after.layers.names where !Document.reservedKeys.contains(name) {
            guard let bytes = try after.layers.encodedBytes(name, layout: .deltas) else { continue }
            if let old = try before.layers.encodedBytes(name, layout: .deltas), old == bytes { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out += JSONText.string(name)
            out.append(UInt8(ascii: ":"))
            out += bytes
        }
        out += #"},"metadata":"#.utf8
        out += try JSONCoding.data(after.metadata)
        out += #","removed":["#.utf8
        let removed = before.layers.names.filter { !after.layers.contains($0) }
        out += removed.map(JSONText.string).joined(separator: [UInt8(ascii: ",")])
        out.append(UInt8(ascii: "]"))
        if after.text != before.text {
            out += #","text":"#.utf8
            out += JSONText.string(after.text)
        }
        out.append(UInt8(ascii: "}"))
        return Data(out)
    }

    /// Applies a delta written by ``encode(from:to:)`` to the document it was taken from;
    /// `false`, with the document unchanged, when the bytes are not a delta.
    static func apply(_ data: Data, to document: inout Document) -> Bool {
        let bytes = [UInt8](data)
        var scanner = JSONText.Scanner(bytes)
        var result = document
        var sawLayers = false
        guard scanner.consume(UInt8(ascii: "{")) else { return false }
        repeat {
            guard let key = scanner.string(), scanner.consume(UInt8(ascii: ":")) else { return false }
            switch key {
            case "id":
                guard let id = scanner.string() else { return false }
                result.id = id
            case "text":
                guard let text = scanner.string() else { return false }
                result.text = text
            case "metadata":
                guard let range = scanner.skipValue(), let metadata = try? JSONCoding.decode(Metadata.self, from: Data(bytes[range])) else { return false }
                result.metadata = metadata
            case "removed":
                guard scanner.consume(UInt8(ascii: "[")) else { return false }
                if !scanner.consume(UInt8(ascii: "]")) {
                    repeat {
                        guard let name = scanner.string() else { return false }
                        result.layers.remove(name)
                    } while scanner.consume(UInt8(ascii: ","))
                    guard scanner.consume(UInt8(ascii: "]")) else { return false }
                }
            case "layers":
                sawLayers = true
                guard scanner.consume(UInt8(ascii: "{")) else { return false }
                if !scanner.consume(UInt8(ascii: "}")) {
                    repeat {
                        guard let name = scanner.string(), scanner.consume(UInt8(ascii: ":")), let range = scanner.skipValue() else { return false }
                        result.layers.setEncoded(Array(bytes[range]), for: name)
                    } while scanner.consume(UInt8(ascii: ","))
                    guard scanner.consume(UInt8(ascii: "}")) else { return false }
                }
            default:
                guard scanner.skipValue() != nil else { return false }
            }
        } while scanner.consume(UInt8(ascii: ","))
        guard scanner.consume(UInt8(ascii: "}")), scanner.atEnd, sawLayers else { return false }
        document = result
        return true
    }
}
