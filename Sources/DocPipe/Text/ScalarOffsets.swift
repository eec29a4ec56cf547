/// Converts UTF-8 byte offsets of a text into Unicode code-point offsets, for stages that scan
/// bytes in their hot loops but must report code-point spans.
///
/// Conversions are cheapest when offsets are asked for in increasing order, as a scan produces them.
public struct ScalarOffsets {
    private let bytes: [UInt8]
    private let ascii: Bool
    private var byteCursor = 0
    private var scalarCursor = 0

    /// Creates a converter for `bytes`, the UTF-8 form of a text.
    public init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
        ascii = Self.isASCII(bytes)
    }

    /// The code-point offset of a UTF-8 byte offset (which must be at a code-point boundary).
    public mutating func scalarOffset(ofByte offset: Int) -> Int {
        if ascii { return min(max(offset, 0), bytes.count) }
        if offset < byteCursor {
            byteCursor = 0
            scalarCursor = 0
        }
        let start = byteCursor
        let limit = max(start, min(offset, bytes.count))
        let continuations = bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in start..<limit where buffer[index] & 0xC0 == 0x80 { count += 1 }
            return count
        }
        byteCursor = limit
        scalarCursor += limit - start - continuations
        return scalarCursor
    }

    /// Whether every byte is ASCII (every offset is then its own code-point offset), read eight bytes at a time.
    private static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var index = 0
            while index + 8 <= raw.count {
                if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                index += 8
            }
            while index < raw.count {
                if raw[index] >= 0x80 { return false }
                index += 1
            }
            return true
        }
    }
}

extension String {
    /// The number of Unicode code points, the unit every span counts in.
    public var scalarCount: Int { unicodeScalars.count }

    /// The string without leading and trailing white space (Unicode's definition).
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The substring between two code-point offsets, clamped to the text.
    public func slice(scalars start: Int, _ end: Int) -> String {
        let view = unicodeScalars
        let total = view.count
        let lower = view.index(view.startIndex, offsetBy: max(0, min(start, total)))
        let upper = view.index(lower, offsetBy: max(0, min(end, total) - max(0, min(start, total))))
        return String(view[lower..<upper])
    }
}
