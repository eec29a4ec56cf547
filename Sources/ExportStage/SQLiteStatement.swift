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
            case .text(let value): status = sqlite3_bind_text(statement, position, value, -1, Self.transient)
            }
            guard status == SQLITE_OK else { throw SQLiteError(message: "\(database.path): \(database.lastError)") }
        }
        let status = sqlite3_step(statement)
        guard status == SQLITE_DONE || status == SQLITE_ROW else {
            throw SQLiteError(message: "\(database.path): \(database.lastError)")
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
