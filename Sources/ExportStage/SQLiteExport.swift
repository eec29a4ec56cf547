import DocPipe
import Foundation

/// The `sqlite` format: `docpipe.sqlite` with the export tables, foreign keys to `documents`,
/// indexes on the join columns and the FTS5 table `sentences`.
///
/// The database is built inside one transaction in a temporary file in the output folder; ``commit()``
/// indexes, checks, syncs and renames it into place, ``discard()`` removes it. Foreign keys are
/// declared but not enforced while rows go in — enforced and deferred, every parent row inserted
/// while a child row waited for one made SQLite scan the unindexed child table, which grew
/// quadratically with the corpus — and `PRAGMA foreign_key_check` checks every reference once,
/// with the indexes built, before the commit.
final class SQLiteExport: TableSink {
    /// The file name in the output folder.
    static let fileName = "docpipe.sqlite"

    private let url: URL
    private let temporary: URL
    private let database: SQLiteDatabase
    private var inserts: [String: SQLiteStatement] = [:]
    private var savepoints: Savepoints?
    private var tables = ExportTables.all

    /// Creates the temporary database with its tables and opens the transaction.
    /// - Throws: ``SQLiteError`` or a file error naming the path.
    init(url: URL) throws {
        self.url = url
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        temporary = folder.appendingPathComponent(LeftoverFiles.temporaryName(for: url.lastPathComponent))
        Self.removeFileAndJournal(temporary)
        database = try SQLiteDatabase(path: temporary.path)
        do {
            try database.execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;")
            try database.execute("BEGIN")
            for table in ExportTables.all {
                try database.execute(SQLiteSchema.createTable(table))
            }
            for table in ExportTables.all {
                inserts[table.name] = try database.prepare(SQLiteSchema.insert(table))
            }
            savepoints = try Savepoints(database)
        } catch {
            discard()
            throw error
        }
    }

    /// Adds a table besides the built-in ones (a layer's table), indexed at ``commit()``.
    /// - Throws: ``SQLiteError``.
    func addTable(_ table: TableSchema) throws {
        try database.execute(SQLiteSchema.createTable(table))
        inserts[table.name] = try database.prepare(SQLiteSchema.insert(table))
        tables.append(table)
    }

    /// Inserts one row through the table's prepared statement.
    /// - Throws: ``SQLiteError`` when a constraint fails.
    func add(_ row: [TableCell], to table: TableSchema) throws {
        try inserts[table.name]?.run(row)
    }

    /// Inserts one document's packed rows (``PackedRows``) through the tables' prepared statements.
    /// - Throws: ``SQLiteError`` when a constraint fails.
    func add(_ rows: PackedRows) throws {
        try rows.forEachRow { buffer, table, cells, offset in
            guard table < ExportTables.documentTables.count, let insert = inserts[ExportTables.documentTables[table].name] else {
                throw SQLiteError(message: "\(url.path): a packed row names no table")
            }
            return try insert.run(packed: buffer, cells: cells, at: offset)
        }
    }

    /// Runs `body` (the inserts of one document) so that it adds all of its rows or none: a
    /// failing row rolls the document's rows back and is returned as the reason, and the export
    /// goes on with the next document.
    /// - Returns: `nil` when every row went in, else why the document's rows were left out.
    func addDocument(_ body: () throws -> Void) throws -> String? {
        guard let savepoints else { throw SQLiteError(message: "\(url.path): the database is closed") }
        try savepoints.begin.run()
        do {
            try body()
            try savepoints.release.run()
            return nil
        } catch let error as SQLiteError {
            if database.lastFailureWasStorage { throw FileError.writeFailed(url.path, reason: database.lastError) }
            try savepoints.rollback.run()
            try savepoints.release.run()
            return error.message
        }
    }

    /// The per-document savepoint's statements, prepared once.
    private struct Savepoints {
        let begin: SQLiteStatement
        let release: SQLiteStatement
        let rollback: SQLiteStatement

        init(_ database: SQLiteDatabase) throws {
            begin = try database.prepare("SAVEPOINT document")
            release = try database.prepare("RELEASE document")
            rollback = try database.prepare("ROLLBACK TO document")
        }
    }

    /// Creates the indexes and the full-text index, checks every document reference, commits,
    /// syncs the file and renames it into place.
    /// - Throws: ``SQLiteError`` (the database is then discarded) or a file error.
    func commit() throws {
        do {
            inserts = [:]
            savepoints = nil
            for table in tables {
                for statement in SQLiteSchema.createIndexes(table) {
                    try database.execute(statement)
                }
            }
            try database.execute(SQLiteSchema.createFullTextIndex)
            try database.execute(SQLiteSchema.raiseFullTextHashSize)
            try database.execute(SQLiteSchema.fillFullTextIndex)
            try database.execute(SQLiteSchema.forgetFullTextHashSize)
            if let violation = try database.prepare("PRAGMA foreign_key_check").rows().first {
                let parent = violation[2] ?? "?"
                let what = parent == "documents" ? "a document" : "a row of '\(parent)'"
                throw SQLiteError(message: "\(url.path): a row of table '\(violation[0] ?? "?")' names \(what) that is not in the corpus (foreign key to '\(parent)')")
            }
            try database.execute("COMMIT")
            database.close()
            let handle = try FileHandle(forUpdating: temporary)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else { throw FileError.cannotWrite(url.path) }
        } catch let error as SQLiteError {
            let storage = database.lastFailureWasStorage
            let reason = database.lastError
            discard()
            throw storage ? FileError.writeFailed(url.path, reason: reason) : error
        } catch {
            discard()
            throw error
        }
    }

    /// Closes and removes the temporary database.
    func discard() {
        inserts = [:]
        savepoints = nil
        database.close()
        Self.removeFileAndJournal(temporary)
    }

    private static func removeFileAndJournal(_ file: URL) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: file.path + suffix)
        }
    }
}
