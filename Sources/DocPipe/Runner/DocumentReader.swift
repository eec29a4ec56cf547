import Foundation

/// Reads an ``InputItem`` into a ``Document``.
enum DocumentReader {
    /// The raw bytes of an item, whose hash keys the cache. A file one of `converters` recognises
    /// may be binary; any other must look like text.
    static func bytes(of item: InputItem, limit: Int, converters: [any DocumentConverter] = []) throws -> Data {
        switch item.origin {
        case .file(let url):
            let data = try readAtMost(limit + 1, from: url)
            guard data.count <= limit else {
                var target = stat()
                let size = stat(url.path, &target) == 0 ? "\(target.st_size) bytes" : "more than \(limit) bytes"
                throw StageError("the document is \(size), over limits.max_document_bytes (\(limit)); raise the limit to process it")
            }
            if looksBinary(data), converter(for: data, among: converters) == nil {
                throw StageError("the file looks binary (control bytes in its first 8 KB), not text")
            }
            return data
        case .attachment(let data, _):
            guard data.count <= limit else {
                throw StageError("the attachment is \(data.count) bytes, over limits.max_document_bytes (\(limit)); raise the limit to process it")
            }
            return data
        case .jsonLine(let data, _):
            guard data.count <= limit else {
                throw StageError("the document is \(data.count) bytes, over limits.max_document_bytes (\(limit)); raise the limit to process it")
            }
            return data
        }
    }

    /// Reads at most `count` bytes of what `url` points to (through symbolic links), so a file
    /// over the limit, or one that grows while it is read, never costs more than the limit.
    static func readAtMost(_ count: Int, from url: URL) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw FileError.cannotRead(url.path) }
        defer { try? handle.close() }
        var data = Data()
        do {
            while data.count < count, let chunk = try handle.read(upToCount: min(count - data.count, 1 << 20)), !chunk.isEmpty {
                data.append(chunk)
            }
        } catch {
            throw FileError.cannotRead(url.path)
        }
        return data
    }

    /// Whether bytes look like a binary file: at least 32 bytes, more than 10% of them control
    /// bytes (other than tab, line breaks and form feed) in the first 8 KB; UTF-16 with a
    /// byte-order mark is text.
    static func looksBinary(_ data: Data) -> Bool {
        let head = data.prefix(8192)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) || head.count < 32 { return false }
        let control = head.withUnsafeBytes { raw in
            raw.reduce(0) { count, byte in
                count + ((byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) || byte == 0x7F ? 1 : 0)
            }
        }
        return control * 10 > head.count
    }

    /// The first of `converters` that recognises the bytes.
    static func converter(for data: Data, among converters: [any DocumentConverter]) -> (any DocumentConverter)? {
        converters.first { $0.recognizes(data) }
    }

    static func read(_ item: InputItem, bytes data: Data, converter: (any DocumentConverter)? = nil) throws -> (Document, [String]) {
        var parts = ConvertedParts()
        return try read(item, bytes: data, converter: converter, parts: &parts)
    }

    /// Reads an item; a converted document's attachments go to `parts`, and an attachment gets
    /// its `parent` in its metadata.
    static func read(_ item: InputItem, bytes data: Data, converter: (any DocumentConverter)?, parts: inout ConvertedParts) throws -> (Document, [String]) {
        switch item.origin {
        case .attachment(_, let parent):
            var (document, warnings): (Document, [String])
            if let converter {
                (document, warnings) = try convert(item, bytes: data, with: converter, parts: &parts)
            } else {
                let (text, decodingWarnings) = TextDecoding.decode(data)
                (document, warnings) = (Document(id: item.id, source: item.source, text: text), decodingWarnings)
            }
            document.metadata.extra["parent"] = .string(parent)
            return (document, warnings)
        case .file:
            if let converter { return try convert(item, bytes: data, with: converter, parts: &parts) }
            let (text, warnings) = TextDecoding.decode(data)
            return (Document(id: item.id, source: item.source, text: text), warnings)
        case .jsonLine(_, let line):
            return try readJSON(data, line: line, fallbackID: item.id)
        }
    }

    /// A document converted from a binary format: its text, its metadata with `format` set, and
    /// its blocks as the `source_blocks` layer.
    static func convert(
        _ item: InputItem, bytes data: Data, with converter: any DocumentConverter, parts: inout ConvertedParts
    ) throws -> (Document, [String]) {
        let converted = try converter.convert(data, source: item.source)
        parts = ConvertedParts(attachments: converted.attachments, isContainer: converted.isContainer)
        var metadata = converted.metadata
        metadata.extra["format"] = .string(converter.format)
        var document = Document(id: item.id, source: item.source, text: converted.text, metadata: metadata)
        if !converted.blocks.isEmpty {
            document.layers[raw: convertedBlocksLayer] = try JSONCoding.decode(JSONValue.self, from: JSONCoding.data(converted.blocks))
        }
        return (document, converted.warnings)
    }

    /// The layer a converted document's blocks are written to.
    static let convertedBlocksLayer = "source_blocks"

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
        var warnings: [String] = []
        let length = text.unicodeScalars.count
        for (name, layer) in object.sorted(by: { $0.key < $1.key }) {
            let (kept, dropped) = validSpans(of: layer, textLength: length)
            if dropped > 0 {
                warnings.append("layer '\(name)': \(dropped) record(s) with impossible spans (negative, reversed or past the end of the \(length)-character text) dropped")
            }
            document.layers[raw: name] = kept
        }
        return (document, warnings)
    }

    /// A layer given on standard input without its records whose `start`/`end` cannot point
    /// into a text of `textLength` code points; records without both fields are kept as they are.
    static func validSpans(of layer: JSONValue, textLength: Int) -> (JSONValue, dropped: Int) {
        guard case .array(let records) = layer else { return (layer, 0) }
        let kept = records.filter { record in
            guard case .object(let fields) = record, case .integer(let start)? = fields["start"], case .integer(let end)? = fields["end"] else {
                return true
            }
            return 0 <= start && start <= end && end <= textLength
        }
        return (.array(kept), records.count - kept.count)
    }
}
