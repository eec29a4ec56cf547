/// One document's database rows packed into one byte buffer, built on the thread that filled the
/// document, so that the database's thread binds every value straight from the bytes: no string
/// or cell array is made, retained or freed on that thread (issue 17, tenth round).
///
/// Each row is its table's position in ``ExportTables/documentTables`` (one byte) and its cell
/// count (two bytes, little-endian), then each cell: a kind byte (0 null, 1 integer, 2 real,
/// 3 text), then 8 bytes little-endian for an integer or a real's bit pattern, or a 4-byte
/// little-endian length and the text's UTF-8 bytes.
struct PackedRows: Sendable, Equatable {
    /// The packed rows.
    private(set) var bytes: [UInt8] = []
    /// The number of rows.
    private(set) var count = 0

    private static let positions: [String: Int] = Dictionary(
        uniqueKeysWithValues: ExportTables.documentTables.enumerated().map { ($0.element.name, $0.offset) })

    /// A cell's kind byte.
    enum Kind: UInt8 {
        /// No value.
        case null = 0
        /// An integer, 8 bytes.
        case integer = 1
        /// A real's bit pattern, 8 bytes.
        case real = 2
        /// A 4-byte length, then UTF-8.
        case text = 3
    }

    /// Packs the rows of the per-document tables, in order.
    /// - Returns: `nil` when a row belongs to a table outside ``ExportTables/documentTables``.
    init?(_ rows: [(table: TableSchema, cells: [TableCell])]) {
        var size = 0
        for row in rows {
            size += 3
            for cell in row.cells {
                if case .text(let text) = cell { size += 5 + text.utf8.count } else { size += 9 }
            }
        }
        bytes.reserveCapacity(size)
        for row in rows {
            guard let position = Self.positions[row.table.name], row.cells.count <= Int(UInt16.max) else { return nil }
            bytes.append(UInt8(position))
            Self.append(UInt64(row.cells.count), width: 2, to: &bytes)
            for cell in row.cells {
                switch cell {
                case .null: bytes.append(Kind.null.rawValue)
                case .integer(let value):
                    bytes.append(Kind.integer.rawValue)
                    Self.append(UInt64(bitPattern: Int64(value)), width: 8, to: &bytes)
                case .real(let value):
                    bytes.append(Kind.real.rawValue)
                    Self.append(value.bitPattern, width: 8, to: &bytes)
                case .text(let text):
                    bytes.append(Kind.text.rawValue)
                    Self.append(UInt64(text.utf8.count), width: 4, to: &bytes)
                    bytes += text.utf8
                }
            }
            count += 1
        }
    }

    /// Calls `body` with each row's table position, cell count and the offset of its first cell
    /// in `buffer` (the packed bytes), in order.
    /// - Throws: what `body` throws.
    func forEachRow(_ body: (_ buffer: UnsafeRawBufferPointer, _ table: Int, _ cells: Int, _ offset: Int) throws -> Int) rethrows {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let table = Int(buffer[offset])
                let cells = Int(buffer[offset + 1]) | Int(buffer[offset + 2]) << 8
                offset = try body(buffer, table, cells, offset + 3)
            }
        }
    }

    /// The little-endian integer of `width` bytes at `offset`.
    static func integer(in buffer: UnsafeRawBufferPointer, at offset: Int, width: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<width { value |= UInt64(buffer[offset + index]) << (8 * index) }
        return value
    }

    private static func append(_ value: UInt64, width: Int, to bytes: inout [UInt8]) {
        for index in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
    }
}
