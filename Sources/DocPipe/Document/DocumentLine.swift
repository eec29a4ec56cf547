/// A document's line of `documents.jsonl` written once into one buffer reserved at its size: the
/// bytes of ``Document/jsonData(spanLayout:)`` and a newline, with typed span lists (tokens,
/// sentences) written in place instead of through lists of their own, and the place of the id,
/// so a writer can put another id there without rendering the document again.
public struct DocumentLine: Sendable {
    /// The line, newline included.
    public private(set) var bytes: [UInt8]
    /// Where the id's JSON string lies in ``bytes``.
    public private(set) var idRange: Range<Int>

    private enum Value {
        case id, metadata([UInt8]), source, text, bytes([UInt8]), spans([Span], size: Int)
    }

    /// Renders the document.
    /// - Parameters:
    ///   - document: the document, under the id the line carries.
    ///   - spanLayout: how span lists are written.
    /// - Throws: an encoding error from a layer that is not a span list.
    public init(_ document: Document, spanLayout: SpanLayout = .objects) throws {
        var members: [(key: String, value: Value)] = [
            ("id", .id), ("metadata", .metadata([UInt8](try JSONCoding.data(document.metadata)))), ("source", .source), ("text", .text),
        ]
        for name in document.layers.names where !Document.reservedKeys.contains(name) {
            if spanLayout == .objects, let spans = document.layers.typedSpans(name) {
                members.append((name, .spans(spans, size: SpanBytes.objectsSize(spans))))
            } else if let bytes = try document.layers.encodedBytes(name, layout: spanLayout) {
                members.append((name, .bytes(bytes)))
            }
        }
        members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var size = 2 + members.count
        for member in members {
            size += member.key.utf8.count + 3
            switch member.value {
            case .id: size += document.id.utf8.count + 2
            case .metadata(let bytes), .bytes(let bytes): size += bytes.count
            case .source: size += document.source.utf8.count + 2
            case .text: size += document.text.utf8.count + 2
            case .spans(_, let length): size += length
            }
        }
        var line: [UInt8] = []
        line.reserveCapacity(size)
        var idRange = 0..<0
        line.append(UInt8(ascii: "{"))
        for (index, member) in members.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            JSONText.appendString(member.key, to: &line)
            line.append(UInt8(ascii: ":"))
            switch member.value {
            case .id:
                let start = line.count
                JSONText.appendString(document.id, to: &line)
                idRange = start..<line.count
            case .metadata(let bytes), .bytes(let bytes): line.append(contentsOf: bytes)
            case .source: JSONText.appendString(document.source, to: &line)
            case .text: JSONText.appendString(document.text, to: &line)
            case .spans(let spans, _): SpanBytes.appendObjects(spans, to: &line)
            }
        }
        line.append(UInt8(ascii: "}"))
        line.append(0x0A)
        bytes = line
        self.idRange = idRange
    }

    /// Puts `id` in place of the line's id.
    public mutating func replaceID(with id: String) {
        var literal: [UInt8] = []
        JSONText.appendString(id, to: &literal)
        bytes.replaceSubrange(idRange, with: literal)
        idRange = idRange.lowerBound..<(idRange.lowerBound + literal.count)
    }
}
