import DocPipe

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

    /// No rows.
    init() {}

    /// Packs the rows of the per-document tables, in order.
    /// - Returns: `nil` when a row belongs to a table outside ``ExportTables/documentTables``.
    init?(_ rows: [(table: TableSchema, cells: [TableCell])]) {
        var size = 0
        for row in rows { size += Self.size(of: row.cells) }
        bytes.reserveCapacity(size)
        for row in rows {
            guard let position = Self.positions[row.table.name], row.cells.count <= Int(UInt16.max) else { return nil }
            append(table: position, cells: row.cells)
        }
    }

    /// Takes packed rows as stored (a template's, ``DocumentTemplate``), checking that every row
    /// names a per-document table and that every cell lies inside the bytes.
    /// - Throws: ``StageError`` when the bytes are not `count` packed rows.
    init(validating bytes: [UInt8], count: Int) throws {
        let malformed = StageError("a stored export template has malformed database rows")
        var rows = 0
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard offset + 3 <= buffer.count, Int(buffer[offset]) < ExportTables.documentTables.count else { throw malformed }
                let cells = Int(buffer[offset + 1]) | Int(buffer[offset + 2]) << 8
                offset += 3
                for _ in 0..<cells {
                    guard offset < buffer.count, let kind = Kind(rawValue: buffer[offset]) else { throw malformed }
                    switch kind {
                    case .null: offset += 1
                    case .integer, .real: offset += 9
                    case .text:
                        guard offset + 5 <= buffer.count else { throw malformed }
                        offset += 5 + Int(Self.integer(in: buffer, at: offset + 1, width: 4))
                    }
                    guard offset <= buffer.count else { throw malformed }
                }
                rows += 1
            }
        }
        guard rows == count else { throw malformed }
        self.bytes = bytes
        self.count = count
    }

    /// Reserves room for `size` more bytes.
    mutating func reserve(_ size: Int) {
        bytes.reserveCapacity(bytes.count + size)
    }

    /// Appends one row of the per-document table at `position` (at most 65,535 cells).
    mutating func append(table position: Int, cells: [TableCell]) {
        appendHeader(table: position, cells: cells.count)
        for cell in cells { append(cell) }
    }

    /// Starts a row: its table's position and cell count; ``append(_:)`` or
    /// ``append(packed:from:to:)`` add its cells.
    mutating func appendHeader(table position: Int, cells: Int) {
        bytes.append(UInt8(position))
        Self.append(UInt64(cells), width: 2, to: &bytes)
        count += 1
    }

    /// Appends one cell of the current row.
    mutating func append(_ cell: TableCell) {
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

    /// Appends packed cells as they are: the bytes `start..<end` of another ``PackedRows``' buffer.
    mutating func append(packed buffer: UnsafeRawBufferPointer, from start: Int, to end: Int) {
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start..<end]))
    }

    /// The offset just past the cell at `offset` of packed bytes (checked when they were taken).
    static func cellEnd(in buffer: UnsafeRawBufferPointer, at offset: Int) -> Int {
        switch Kind(rawValue: buffer[offset]) {
        case .integer, .real: return offset + 9
        case .text: return offset + 5 + Int(integer(in: buffer, at: offset + 1, width: 4))
        default: return offset + 1
        }
    }

    /// The packed bytes' size of a row of `cells`.
    static func size(of cells: [TableCell]) -> Int {
        var size = 3
        for cell in cells {
            if case .text(let text) = cell { size += 5 + text.utf8.count } else { size += 9 }
        }
        return size
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
