import DocPipe
import Foundation

/// One answer line of a program, checked and merged into the document it answers.
///
/// The line must be one JSON object: its keys are layers to add, except `metadata` (an object
/// of keys merged over the document's metadata) and `text` (a new text, which drops the
/// document's earlier layers, since their spans would be stale); `null` for either means no change,
/// and `id` and `source` are ignored.
package enum ProgramAnswer {
    /// Merges an answer line into a document; the document is unchanged when it throws.
    /// - Throws: ``StageError`` when the line is not a JSON object or a reserved key has the wrong type.
    package static func merge(_ line: [UInt8], into document: inout Document) throws(StageError) {
        let value: JSONValue
        do {
            value = try JSONCoding.decode(JSONValue.self, from: Data(line))
        } catch {
            throw StageError("the program answered a line that is not JSON: \(String(decoding: line.prefix(200), as: UTF8.self))")
        }
        guard case .object(var object) = value else {
            throw StageError("the program answered JSON that is not an object")
        }
        object["id"] = nil
        object["source"] = nil
        var merged = document
        switch object.removeValue(forKey: "text") {
        case .string(let text)?:
            if text != merged.text {
                merged.text = text
                for name in merged.layers.names { merged.layers.remove(name) }
            }
        case nil, .null?:
            break
        case .some:
            throw StageError("the program answered a 'text' that is not a string")
        }
        switch object.removeValue(forKey: "metadata") {
        case .object(let metadata)?:
            do {
                merged.metadata = try JSONCoding.decode(Metadata.self, from: .object(merged.metadata.asDictionary.merging(metadata) { $1 }))
            } catch {
                throw StageError("the program answered 'metadata' that cannot be read: \(error)")
            }
        case nil, .null?:
            break
        case .some:
            throw StageError("the program answered a 'metadata' that is not an object")
        }
        for (name, layer) in object { merged.layers[raw: name] = layer }
        document = merged
    }
}
