import Foundation

/// Reads an ``InputItem`` into a ``Document``.
enum DocumentReader {
    /// The raw bytes of an item, whose hash keys the cache.
    static func bytes(of item: InputItem) throws -> Data {
        switch item.origin {
        case .file(let url):
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw FileError.cannotRead(url.path)
            }
            return data
        case .jsonLine(let data, _):
            return data
        }
    }

    static func read(_ item: InputItem, bytes data: Data) throws -> (Document, [String]) {
        switch item.origin {
        case .file:
            let (text, warnings) = TextDecoding.decode(data)
            return (Document(id: item.id, source: item.source, text: text), warnings)
        case .jsonLine(_, let line):
            return try readJSON(data, line: line, fallbackID: item.id)
        }
    }

    static func readJSON(_ data: Data, line: Int, fallbackID: String) throws -> (Document, [String]) {
        let value: JSONValue
        do {
            value = try JSONCoding.decode(JSONValue.self, from: data)
        } catch {
            throw StageError("stdin line \(line): not valid JSON")
        }
        guard case .object(var object) = value else {
            throw StageError("stdin line \(line): expected a JSON object {\"id\", \"text\", \"metadata\"}")
        }
        guard case .string(let text)? = object.removeValue(forKey: "text") else {
            throw StageError("stdin line \(line): missing string field \"text\"")
        }
        var id = fallbackID
        switch object.removeValue(forKey: "id") {
        case .string(let value)?: id = value
        case .integer(let value)?: id = String(value)
        default: break
        }
        var metadata = Metadata()
        if let raw = object.removeValue(forKey: "metadata") {
            guard let decoded = try? JSONCoding.decode(Metadata.self, from: raw) else {
                throw StageError("stdin line \(line): \"metadata\" must be an object")
            }
            metadata = decoded
        }
        let source = object.removeValue(forKey: "source")?.stringValue ?? "stdin:\(line)"
        var document = Document(id: id, source: source, text: text, metadata: metadata)
        for (name, layer) in object { document.layers[raw: name] = layer }
        return (document, [])
    }
}
