import Foundation

/// The fast path between a ``Document`` and its JSON line (`documents.jsonl`, the spool, the
/// cache): the same bytes `JSONCoding.data(document)` gives, without Foundation's coders for the
/// text and for layers that were read from JSON and never changed.
///
/// Reading keeps each layer's JSON bytes as they are (``Layers`` decodes them on first typed
/// access), so a document that passes through the corpus phase or the cache untouched is copied,
/// not parsed into values and printed again. The reader accepts what ``write(_:)`` (or
/// `JSONCoding`) produces; anything else falls back to `JSONDecoder`.
enum DocumentJSON {
    /// The document as one compact JSON object with sorted keys, span lists in `layout`;
    /// byte-identical to `JSONCoding.data(document)` with `.objects`.
    static func write(_ document: Document, layout: SpanLayout = .objects) throws -> Data {
        let metadata = [UInt8](try JSONCoding.data(document.metadata))
        var layers: [(key: String, value: [UInt8])] = []
        for name in document.layers.names where !Document.reservedKeys.contains(name) {
            if let bytes = try document.layers.encodedBytes(name, layout: layout) { layers.append((name, bytes)) }
        }
        var members: [(key: String, layer: Int)] = [("id", -1), ("metadata", -2), ("source", -3), ("text", -4)]
        members += layers.indices.map { (layers[$0].key, $0) }
        members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var size = 2 + metadata.count + document.id.utf8.count + document.source.utf8.count + document.text.utf8.count
        for member in members { size += member.key.utf8.count + 6 }
        for layer in layers { size += layer.value.count }
        var out: [UInt8] = []
        out.reserveCapacity(size)
        out.append(UInt8(ascii: "{"))
        for (position, member) in members.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.appendString(member.key, to: &out)
            out.append(UInt8(ascii: ":"))
            switch member.layer {
            case -1: JSONText.appendString(document.id, to: &out)
            case -2: out += metadata
            case -3: JSONText.appendString(document.source, to: &out)
            case -4: JSONText.appendString(document.text, to: &out)
            default: out += layers[member.layer].value
            }
        }
        out.append(UInt8(ascii: "}"))
        return Data(out)
    }

    /// Reads a document line, keeping layers as their JSON bytes.
    /// - Throws: `DecodingError` when the bytes are not a document.
    static func read(_ data: Data) throws -> Document {
        if let document = data.withUnsafeBytes({ fastRead(Array($0.bindMemory(to: UInt8.self))) }) {
            return document
        }
        return try JSONCoding.decode(Document.self, from: data)
    }

    private static func fastRead(_ bytes: [UInt8]) -> Document? {
        var scanner = JSONText.Scanner(bytes)
        guard scanner.consume(UInt8(ascii: "{")) else { return nil }
        var id: String?
        var source = ""
        var text: String?
        var metadata = Metadata()
        var layers = Layers()
        var seen: Set<String> = []
        if !scanner.consume(UInt8(ascii: "}")) {
            repeat {
                guard let key = scanner.string(), scanner.consume(UInt8(ascii: ":")), let range = scanner.skipValue() else { return nil }
                guard seen.insert(key).inserted else { continue }
                var value = JSONText.Scanner(bytes, range: range)
                switch key {
                case "id": id = value.string()
                case "source": source = value.string() ?? ""
                case "text": text = value.string()
                case "metadata":
                    guard let decoded = try? JSONCoding.decode(Metadata.self, from: Data(bytes[range])) else { return nil }
                    metadata = decoded
                default: layers.setEncoded(Array(bytes[range]), for: key)
                }
            } while scanner.consume(UInt8(ascii: ","))
            guard scanner.consume(UInt8(ascii: "}")) else { return nil }
        }
        guard scanner.atEnd, let id, let text else { return nil }
        var document = Document(id: id, source: source, text: text, metadata: metadata)
        document.layers = layers
        return document
    }
}

extension Document {
    /// The document as its JSON line (without the newline): with `.objects` (the default) the
    /// bytes `JSONCoding.data(self)` gives, faster; span lists in `spanLayout` otherwise.
    public func jsonData(spanLayout: SpanLayout = .objects) throws -> Data {
        try DocumentJSON.write(self, layout: spanLayout)
    }

    /// Reads a document from its JSON line; layers stay JSON bytes until read.
    /// - Throws: `DecodingError` when the bytes are not a document.
    public init(jsonData data: Data) throws {
        self = try DocumentJSON.read(data)
    }
}
