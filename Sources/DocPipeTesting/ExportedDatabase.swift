internal import CSQLite

/// A read-only SQLite connection for checking an exported `docpipe.sqlite` in tests,
/// independent of the exporter's own wrapper.
public final class ExportedDatabase {
    /// A query that could not run, with SQLite's message.
    public struct Failure: Error, CustomStringConvertible {
        /// SQLite's message.
        public var description: String
    }

    private var handle: OpaquePointer?

    /// Opens a database file read-only.
    /// - Throws: ``Failure`` when it cannot be opened.
    public init(path: String) throws {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
            throw Failure(description: "cannot open \(path)")
        }
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Every row of a query, columns as text (`nil` for NULL).
    /// - Throws: ``Failure`` with SQLite's message.
    public func query(_ sql: String) throws -> [[String?]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw Failure(description: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[String?]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return rows }
            guard status == SQLITE_ROW else { throw Failure(description: String(cString: sqlite3_errmsg(handle))) }
            rows.append((0..<sqlite3_column_count(statement)).map { column in
                sqlite3_column_text(statement, column).map { String(cString: $0) }
            })
        }
    }
}
