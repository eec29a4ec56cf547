/// Reads what ``CompactWriter`` wrote; every read checks the bounds, so truncated or foreign
/// bytes give an error, never a crash.
public struct CompactReader {
    private let bytes: [UInt8]
    private var position: Int
    private let what: String

    /// Starts at byte `offset` of `bytes`; `what` names the contents in errors.
    public init(_ bytes: [UInt8], offset: Int = 0, what: String) {
        self.bytes = bytes
        self.position = offset
        self.what = what
    }

    /// Whether every byte was read.
    public var atEnd: Bool { position == bytes.count }

    private var truncated: FileError { FileError.cannotRead("\(what): the stored bytes end too early") }

    /// Reads one byte.
    /// - Throws: ``FileError`` when the bytes end first.
    public mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw truncated }
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads an integer.
    /// - Throws: ``FileError`` when the bytes end first or the integer is too long.
    public mutating func integer() throws -> Int {
        var value: UInt = 0
        var shift: UInt = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw truncated }
            let byte = bytes[position]
            position += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return Int(bitPattern: value) }
            shift += 7
        }
    }

    /// Reads a count of items that follow, each at least one byte.
    /// - Throws: ``FileError`` when the count is negative or larger than the bytes left.
    public mutating func count() throws -> Int {
        let count = try integer()
        guard count >= 0, count <= bytes.count - position else { throw truncated }
        return count
    }

    /// Reads a double.
    /// - Throws: ``FileError`` when the bytes end first.
    public mutating func double() throws -> Double {
        guard bytes.count - position >= 8 else { throw truncated }
        var pattern: UInt64 = 0
        for offset in (0..<8).reversed() { pattern = pattern << 8 | UInt64(bytes[position + offset]) }
        position += 8
        return Double(bitPattern: pattern)
    }

    /// Reads a string.
    /// - Throws: ``FileError`` when the bytes end first.
    public mutating func string() throws -> String {
        let count = try integer()
        guard count >= 0, count <= bytes.count - position else { throw truncated }
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }

    /// Reads a list of strings.
    /// - Throws: ``FileError`` when the bytes end first.
    public mutating func strings() throws -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    /// Reads the version byte a stored form starts with.
    /// - Throws: ``FileError`` when it is not `expected` (another version of DocPipe wrote it).
    public mutating func version(_ expected: UInt8) throws {
        let found = try byte()
        guard found == expected else { throw FileError.cannotRead("\(what): stored in form \(found), this DocPipe reads form \(expected)") }
    }
}
