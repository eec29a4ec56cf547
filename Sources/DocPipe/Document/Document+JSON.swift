import Foundation

extension Document {
    /// Writes the document as ``JSONCoding/data(_:)`` would (compact, keys sorted), piece by piece:
    /// a layer read back from a file is copied as the bytes it was read as, a typed array layer is
    /// encoded a chunk of elements at a time. Memory stays proportional to the document, not to
    /// the encoder's tree of it, and the bytes are the same.
    /// - Parameter write: receives consecutive pieces of the JSON text.
    /// - Throws: an encoding error, or what `write` throws.
    public func writeJSON(_ write: (UnsafeRawBufferPointer) throws -> Void) throws {
        let layerNames = layers.names.filter { !Document.reservedKeys.contains($0) }
        let keys = try JSONKeyOrder.sorted(Array(Document.reservedKeys) + layerNames)
        for (position, key) in keys.enumerated() {
            var head = position == 0 ? "{" : ","
            head += try JSONCoding.string(key)
            head += ":"
            try head.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
            switch key {
            case "id": try JSONCoding.data(id).withUnsafeBytes(write)
            case "source": try JSONCoding.data(source).withUnsafeBytes(write)
            case "metadata": try JSONCoding.data(metadata).withUnsafeBytes(write)
            case "text": try JSONCoding.data(text).withUnsafeBytes(write)
            default: try writeLayer(key, write)
            }
        }
        try write(.constant("}"))
    }

    /// The document's compact JSON, as ``writeJSON(_:)`` writes it.
    /// - Throws: an encoding error.
    public func jsonData() throws -> Data {
        var data = Data()
        try writeJSON { data.append(contentsOf: $0) }
        return data
    }

    /// Reads a document from the JSON of one processed document (a line of `documents.jsonl`, a
    /// cache entry), keeping every layer as its JSON bytes until a stage reads it.
    /// - Parameter bytes: the document's JSON object.
    /// - Throws: an error when `bytes` is not a JSON object with a string `id` and `text`.
    public init(jsonBytes bytes: [UInt8]) throws {
        let members = try bytes.withUnsafeBufferPointer { try JSONObjectScanner.members(of: $0) }
        var id: String?, text: String?
        var source = "", metadata = Metadata(), layers = Layers()
        for (key, range) in members {
            let value = bytes[range]
            switch key {
            case "id": id = try JSONCoding.decode(String.self, from: Data(value))
            case "source": source = try JSONCoding.decode(String?.self, from: Data(value)) ?? ""
            case "metadata": metadata = try JSONCoding.decode(Metadata?.self, from: Data(value)) ?? Metadata()
            case "text": text = try JSONCoding.decode(String.self, from: Data(value))
            default: layers.entries[key] = .bytes(value)
            }
        }
        guard let id else { throw JSONShapeError("a document has no \"id\"") }
        guard let text else { throw JSONShapeError("a document has no \"text\"") }
        self.init(id: id, source: source, text: text, metadata: metadata)
        self.layers = layers
    }

    private func writeLayer(_ name: String, _ write: (UnsafeRawBufferPointer) throws -> Void) throws {
        switch layers.entries[name] {
        case .bytes(let bytes)?: try bytes.withUnsafeBytes(write)
        case .typed(let value as any JSONArrayChunks)?: try value.writeJSONChunks(write)
        case .typed(let value)?: try JSONCoding.data(value).withUnsafeBytes(write)
        case .raw(let json)?: try JSONCoding.data(json).withUnsafeBytes(write)
        case nil: try write(.constant("null"))
        }
    }
}
