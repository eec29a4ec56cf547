internal import CSQLite

/// A prepared SQLite statement with bound parameters.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// Binds `cells` to parameters 1…n, runs the statement to completion and resets it.
    /// - Throws: ``SQLiteError`` when a constraint or write fails.
    func run(_ cells: [TableCell]) throws {
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (offset, cell) in cells.enumerated() {
            let position = Int32(offset + 1)
            let status: Int32
            switch cell {
            case .null: status = sqlite3_bind_null(statement, position)
            case .integer(let value): status = sqlite3_bind_int64(statement, position, sqlite3_int64(value))
            case .real(let value): status = sqlite3_bind_double(statement, position, value)
            case .text(let value): status = Self.bind(value, to: statement, at: position)
            }
            guard status == SQLITE_OK else { throw SQLiteError(message: "\(database.path): \(database.lastError)") }
        }
        let status = sqlite3_step(statement)
        guard status == SQLITE_DONE || status == SQLITE_ROW else {
            throw SQLiteError(message: "\(database.path): \(database.lastError)")
        }
    }

    /// Binds the `cells` packed values at `offset` of `buffer` (``PackedRows``) to parameters
    /// 1…n, straight from the bytes (SQLite reads them before this returns), runs the statement
    /// to completion and resets it.
    /// - Returns: the offset after the row's last cell.
    /// - Throws: ``SQLiteError`` when a constraint or write fails, or the bytes are not packed rows.
    func run(packed buffer: UnsafeRawBufferPointer, cells: Int, at offset: Int) throws -> Int {
        defer { sqlite3_reset(statement) }
        if cells < Int(sqlite3_bind_parameter_count(statement)) { sqlite3_clear_bindings(statement) }
        var offset = offset
        for position in stride(from: 1, through: cells, by: 1) {
            guard offset < buffer.count, let kind = PackedRows.Kind(rawValue: buffer[offset]) else { throw SQLiteError(message: "\(database.path): malformed packed rows") }
            offset += 1
            let status: Int32
            switch kind {
            case .null: status = sqlite3_bind_null(statement, Int32(position))
            case .integer:
                status = sqlite3_bind_int64(statement, Int32(position), sqlite3_int64(Int64(bitPattern: PackedRows.integer(in: buffer, at: offset, width: 8))))
                offset += 8
            case .real:
                status = sqlite3_bind_double(statement, Int32(position), Double(bitPattern: PackedRows.integer(in: buffer, at: offset, width: 8)))
                offset += 8
            case .text:
                let length = Int(PackedRows.integer(in: buffer, at: offset, width: 4))
                offset += 4
                guard offset + length <= buffer.count, let base = buffer.baseAddress else { throw SQLiteError(message: "\(database.path): malformed packed rows") }
                status = sqlite3_bind_text(statement, Int32(position), (base + offset).assumingMemoryBound(to: CChar.self), Int32(length), nil)
                offset += length
            }
            guard status == SQLITE_OK else { throw SQLiteError(message: "\(database.path): \(database.lastError)") }
        }
        let status = sqlite3_step(statement)
        guard status == SQLITE_DONE || status == SQLITE_ROW else {
            throw SQLiteError(message: "\(database.path): \(database.lastError)")
        }
        return offset
    }

    /// Runs a statement without parameters (a savepoint, say) to completion and resets it.
    /// - Throws: ``SQLiteError`` when it fails.
    func run() throws {
        defer { sqlite3_reset(statement) }
        let status = sqlite3_step(statement)
        guard status == SQLITE_DONE || status == SQLITE_ROW else {
            throw SQLiteError(message: "\(database.path): \(database.lastError)")
        }
    }

    /// Binds text from the string's own UTF-8 bytes, with their length: no C string made, no
    /// terminator searched for (SQLite copies the bytes).
    private static func bind(_ value: String, to statement: OpaquePointer, at position: Int32) -> Int32 {
        var value = value
        return value.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(statement, position, "", 0, transient) }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { sqlite3_bind_text(statement, position, $0, Int32(bytes.count), transient) }
        }
    }

    /// Steps through every result row, giving each row's columns as text (`nil` for NULL).
    /// - Throws: ``SQLiteError`` on a failure.
    func rows() throws -> [[String?]] {
        defer { sqlite3_reset(statement) }
        var result: [[String?]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return result }
            guard status == SQLITE_ROW else { throw SQLiteError(message: "\(database.path): \(database.lastError)") }
            let count = sqlite3_column_count(statement)
            result.append((0..<count).map { column in
                sqlite3_column_text(statement, column).map { String(cString: $0) }
            })
        }
    }

    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }
}
