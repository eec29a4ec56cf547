/// Writes the compact binary form of stored contributions (``ByteCodedContribution``):
/// unsigned LEB128 integers, length-prefixed UTF-8 strings, doubles as their 8 bit-pattern bytes
/// (little-endian). ``CompactReader`` reads it back.
public struct CompactWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Starts with no bytes, room reserved for `capacity`.
    public init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends one byte.
    public mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    /// Appends a non-negative integer (LEB128; a negative one is written as its bit pattern).
    public mutating func integer(_ value: Int) {
        var rest = UInt(bitPattern: value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends a double, exactly (its bit pattern).
    public mutating func double(_ value: Double) {
        var pattern = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: pattern))
            pattern >>= 8
        }
    }

    /// Appends a string as its UTF-8 length and bytes.
    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            integer(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends a list of strings: the count, then each string.
    public mutating func strings(_ values: [String]) {
        integer(values.count)
        for value in values { string(value) }
    }
}
