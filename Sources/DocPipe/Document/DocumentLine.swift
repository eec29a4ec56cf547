/// A document's line of `documents.jsonl` written once into one buffer of its exact size: the
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
            size += Self.quotedLength(member.key) + 1
            switch member.value {
            case .id: size += Self.quotedLength(document.id)
            case .metadata(let bytes), .bytes(let bytes): size += bytes.count
            case .source: size += Self.quotedLength(document.source)
            case .text: size += Self.quotedLength(document.text)
            case .spans(_, let length): size += length
            }
        }
        var idRange = 0..<0
        bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var position = 0
            func put(_ byte: UInt8) {
                buffer[position] = byte
                position += 1
            }
            func put(_ bytes: [UInt8]) {
                bytes.withUnsafeBufferPointer { source in
                    UnsafeMutableBufferPointer(rebasing: buffer[position..<(position + source.count)]).initialize(fromContentsOf: source)
                }
                position += bytes.count
            }
            put(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { put(UInt8(ascii: ",")) }
                Self.writeQuoted(member.key, into: buffer, at: &position)
                put(UInt8(ascii: ":"))
                switch member.value {
                case .id:
                    let start = position
                    Self.writeQuoted(document.id, into: buffer, at: &position)
                    idRange = start..<position
                case .metadata(let bytes), .bytes(let bytes): put(bytes)
                case .source: Self.writeQuoted(document.source, into: buffer, at: &position)
                case .text: Self.writeQuoted(document.text, into: buffer, at: &position)
                case .spans(let spans, _): SpanBytes.writeObjects(spans, into: buffer, at: &position)
                }
            }
            put(UInt8(ascii: "}"))
            put(0x0A)
            precondition(position == size, "a document line's size was misjudged")
            count = position
        }
        self.idRange = idRange
    }

    /// Puts `id` in place of the line's id.
    public mutating func replaceID(with id: String) {
        var literal: [UInt8] = []
        JSONText.appendString(id, to: &literal)
        bytes.replaceSubrange(idRange, with: literal)
        idRange = idRange.lowerBound..<(idRange.lowerBound + literal.count)
    }

    /// The length of `value` as a JSON string, quotes included, escaped as ``JSONText`` escapes it.
    private static func quotedLength(_ value: String) -> Int {
        var value = value
        return value.withUTF8 { bytes in
            var length = bytes.count + 2
            for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                switch byte {
                case 0x22, 0x5C, 0x08, 0x09, 0x0A, 0x0C, 0x0D: length += 1
                default: length += 5
                }
            }
            return length
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes one byte that JSON escapes, as ``JSONText`` escapes it.
    private static func writeEscaped(_ byte: UInt8, into buffer: UnsafeMutableBufferPointer<UInt8>, at position: inout Int) {
        let escaped: [UInt8]
        switch byte {
        case 0x22: escaped = [0x5C, 0x22]
        case 0x5C: escaped = [0x5C, 0x5C]
        case 0x08: escaped = [0x5C, UInt8(ascii: "b")]
        case 0x09: escaped = [0x5C, UInt8(ascii: "t")]
        case 0x0A: escaped = [0x5C, UInt8(ascii: "n")]
        case 0x0C: escaped = [0x5C, UInt8(ascii: "f")]
        case 0x0D: escaped = [0x5C, UInt8(ascii: "r")]
        default: escaped = [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
        }
        for value in escaped {
            buffer[position] = value
            position += 1
        }
    }

    /// Writes `value` as a JSON string, as ``JSONText/appendString(_:to:)`` writes it.
    private static func writeQuoted(_ value: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at position: inout Int) {
        var value = value
        value.withUTF8 { bytes in
            func copy(_ range: Range<Int>) {
                guard !range.isEmpty else { return }
                UnsafeMutableBufferPointer(rebasing: buffer[position..<(position + range.count)]).initialize(fromContentsOf: bytes[range])
                position += range.count
            }
            buffer[position] = 0x22
            position += 1
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                copy(runStart..<index)
                writeEscaped(byte, into: buffer, at: &position)
                runStart = index + 1
            }
            copy(runStart..<bytes.count)
            buffer[position] = 0x22
            position += 1
        }
    }
}
