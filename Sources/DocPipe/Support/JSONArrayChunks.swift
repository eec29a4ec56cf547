import Foundation

/// An array that writes its JSON in chunks of elements, so encoding a layer of millions of
/// elements (tokens) never builds the encoder's tree for all of them at once.
///
/// The bytes are those of ``JSONCoding/data(_:)`` for the whole array: compact JSON has nothing
/// between elements but a comma.
protocol JSONArrayChunks {
    /// Writes the array's compact JSON, piece by piece.
    /// - Parameter write: receives consecutive pieces of the JSON text.
    /// - Throws: an encoding error, or what `write` throws.
    func writeJSONChunks(_ write: (UnsafeRawBufferPointer) throws -> Void) throws
}

extension Array: JSONArrayChunks where Element: Encodable {
    /// Elements encoded together.
    private static var chunkSize: Int { 4096 }

    func writeJSONChunks(_ write: (UnsafeRawBufferPointer) throws -> Void) throws {
        if let spans = self as? [Span] {
            try Span.writeJSON(spans, write)
            return
        }
        guard count > Self.chunkSize else {
            try JSONCoding.data(self).withUnsafeBytes(write)
            return
        }
        try write(.constant("["))
        var start = 0
        while start < count {
            let end = Swift.min(start + Self.chunkSize, count)
            let data = try JSONCoding.data(Array(self[start..<end]))
            if start > 0 { try write(.constant(",")) }
            try data.withUnsafeBytes { try write(UnsafeRawBufferPointer(rebasing: $0.dropFirst().dropLast())) }
            start = end
        }
        try write(.constant("]"))
    }
}

extension Span {
    /// Writes spans as `JSONCoding` does (`{"end":E,"start":S}`, keys sorted), without the encoder.
    fileprivate static func writeJSON(_ spans: [Span], _ write: (UnsafeRawBufferPointer) throws -> Void) throws {
        var buffer: [UInt8] = [UInt8(ascii: "[")]
        buffer.reserveCapacity(1 << 16)
        for (index, span) in spans.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer.append(contentsOf: #"{"end":"#.utf8)
            buffer.append(contentsOf: String(span.end).utf8)
            buffer.append(contentsOf: #","start":"#.utf8)
            buffer.append(contentsOf: String(span.start).utf8)
            buffer.append(UInt8(ascii: "}"))
            if buffer.count >= 1 << 16 {
                try buffer.withUnsafeBytes(write)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer.append(UInt8(ascii: "]"))
        try buffer.withUnsafeBytes(write)
    }
}

extension UnsafeRawBufferPointer {
    /// A buffer over a string constant's bytes, which live as long as the process.
    static func constant(_ text: StaticString) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }
}
