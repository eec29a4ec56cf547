import DocPipe
import Foundation

/// Writes the `sqlite` format: `docpipe.sqlite` with the export tables, foreign keys to
/// `documents`, indexes on the join columns and the FTS5 table `sentences`.
///
/// The database is built inside one transaction in a temporary file in the output folder, synced
/// and renamed into place.
struct SQLiteWriter {
    /// The database file to write.
    let url: URL

    /// The file name in the output folder.
    static let fileName = "docpipe.sqlite"

    /// Writes the database.
    /// - Throws: ``SQLiteError`` or a file error naming the path.
    func write(_ corpus: Corpus) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        removeFileAndJournal(temporary)
        do {
            let database = try SQLiteDatabase(path: temporary.path)
            try fill(database, from: corpus)
            database.close()
            let handle = try FileHandle(forUpdating: temporary)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else { throw FileError.cannotWrite(url.path) }
        } catch {
            removeFileAndJournal(temporary)
            throw error
        }
    }

    private func fill(_ database: SQLiteDatabase, from corpus: Corpus) throws {
        try database.execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;")
        try database.execute("BEGIN")
        for table in ExportTables.all {
            try database.execute(SQLiteSchema.createTable(table))
        }
        var sink = try Sink(database: database)
        try corpus.documents.forEach { document in
            try ExportTables.emit(document, into: &sink)
        }
        try ExportTables.emit(corpus.results, into: &sink)
        for table in ExportTables.all {
            for statement in SQLiteSchema.createIndexes(table) {
                try database.execute(statement)
            }
        }
        try database.execute(SQLiteSchema.createFullTextIndex)
        try database.execute(SQLiteSchema.fillFullTextIndex)
        if let violation = try database.prepare("PRAGMA foreign_key_check").rows().first {
            throw SQLiteError(message: "\(url.path): a row of table '\(violation[0] ?? "?")' names a document that is not in the corpus (foreign key to '\(violation[2] ?? "?")')")
        }
        try database.execute("COMMIT")
    }

    private func removeFileAndJournal(_ file: URL) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: file.path + suffix)
        }
    }

    /// Inserts rows through one prepared statement per table.
    private struct Sink: TableSink {
        let inserts: [String: SQLiteStatement]

        init(database: SQLiteDatabase) throws {
            var inserts: [String: SQLiteStatement] = [:]
            for table in ExportTables.all {
                inserts[table.name] = try database.prepare(SQLiteSchema.insert(table))
            }
            self.inserts = inserts
        }

        mutating func add(_ row: [TableCell], to table: TableSchema) throws {
            try inserts[table.name]?.run(row)
        }
    }
}
