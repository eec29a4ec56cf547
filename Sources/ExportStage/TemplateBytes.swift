import DocPipe

/// The compact binary form of a ``DocumentTemplate``: unsigned LEB128 integers, length-prefixed
/// byte strings, tagged table cells. Written and read only by this version of export (its cache
/// keys carry the stage version).
struct TemplateWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends a non-negative integer.
    mutating func integer(_ value: Int) {
        var rest = UInt(bitPattern: value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends a byte string with its length.
    mutating func data(_ value: [UInt8]) {
        integer(value.count)
        bytes += value
    }

    /// Appends a string as UTF-8 with its length.
    mutating func string(_ value: String) {
        integer(value.utf8.count)
        bytes += value.utf8
    }

    /// Appends an optional string (a flag, then the string).
    mutating func optional(_ value: String?) {
        integer(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    /// Appends one table cell.
    mutating func cell(_ cell: TableCell) {
        switch cell {
        case .null: bytes.append(0)
        case .integer(let value):
            bytes.append(1)
            integer(Int(bitPattern: UInt(bitPattern: value << 1) ^ UInt(bitPattern: value >> (Int.bitWidth - 1))))
        case .real(let value):
            bytes.append(2)
            integer(Int(bitPattern: UInt(value.bitPattern)))
        case .text(let value):
            bytes.append(3)
            string(value)
        }
    }
}

/// Reads what ``TemplateWriter`` wrote.
struct TemplateReader {
    private let bytes: [UInt8]
    private var position = 0

    /// Starts at the first byte.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte was read.
    var atEnd: Bool { position == bytes.count }

    private static let truncated = StageError("a stored export template is truncated")

    /// Reads a non-negative integer.
    /// - Throws: ``StageError`` when the bytes end first.
    mutating func integer() throws -> Int {
        var value: UInt = 0
        var shift: UInt = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Self.truncated }
            let byte = bytes[position]
            position += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return Int(bitPattern: value) }
            shift += 7
        }
    }

    /// Reads a byte string.
    /// - Throws: ``StageError`` when the bytes end first.
    mutating func data() throws -> [UInt8] {
        let count = try integer()
        guard count >= 0, count <= bytes.count - position else { throw Self.truncated }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    /// Reads a string.
    /// - Throws: ``StageError`` when the bytes end first.
    mutating func string() throws -> String {
        let count = try integer()
        guard count >= 0, count <= bytes.count - position else { throw Self.truncated }
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }

    /// Reads an optional string.
    /// - Throws: ``StageError`` when the bytes end first.
    mutating func optional() throws -> String? {
        try integer() == 0 ? nil : try string()
    }

    /// Reads one table cell.
    /// - Throws: ``StageError`` when the bytes end first or the tag is unknown.
    mutating func cell() throws -> TableCell {
        guard position < bytes.count else { throw Self.truncated }
        let tag = bytes[position]
        position += 1
        switch tag {
        case 0: return .null
        case 1:
            let zigzag = UInt(bitPattern: try integer())
            return .integer(Int(bitPattern: zigzag >> 1) ^ -Int(bitPattern: zigzag & 1))
        case 2: return .real(Double(bitPattern: UInt64(UInt(bitPattern: try integer()))))
        case 3: return .text(try string())
        default: throw StageError("a stored export template has an unknown cell tag \(tag)")
        }
    }
}
