internal import CSQLite

/// A connection to one SQLite database file, used by the `sqlite` format.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    /// The file path, for messages.
    let path: String

    /// Opens (creating when needed) the database at `path`, without SQLite's per-call mutex: one
    /// thread at a time uses a connection (``SQLiteWriter`` hands it over under a lock).
    /// - Throws: ``SQLiteError`` when the file cannot be opened.
    init(path: String) throws {
        self.path = path
        var connection: OpaquePointer?
        let status = sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        handle = connection
        guard status == SQLITE_OK, connection != nil else {
            let reason = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            close()
            throw SQLiteError(message: "\(path): cannot open database: \(reason)")
        }
    }

    deinit {
        close()
    }

    /// Closes the connection; later calls fail.
    func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// Runs one or more statements that return no rows.
    /// - Throws: ``SQLiteError`` with SQLite's message.
    func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let reason = errorMessage.map { String(cString: $0) } ?? lastError
            sqlite3_free(errorMessage)
            throw SQLiteError(message: "\(path): \(reason) (in: \(sql.prefix(120)))")
        }
    }

    /// Compiles a statement.
    /// - Throws: ``SQLiteError`` when the SQL is invalid.
    func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw SQLiteError(message: "\(path): \(lastError) (in: \(sql.prefix(120)))")
        }
        return SQLiteStatement(statement, database: self)
    }

    /// Whether the last failure was the disk's (full, file too large, I/O error), not the data's.
    var lastFailureWasStorage: Bool {
        guard let handle else { return false }
        let code = sqlite3_errcode(handle) & 0xFF
        return code == SQLITE_FULL || code == SQLITE_IOERR || code == SQLITE_CANTOPEN
    }

    /// SQLite's message for the last failure.
    var lastError: String {
        handle.map { String(cString: sqlite3_errmsg($0)) } ?? "database is closed"
    }
}
