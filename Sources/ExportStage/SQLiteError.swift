/// An SQLite failure, with SQLite's own message and what was being done.
struct SQLiteError: Error, Sendable, CustomStringConvertible {
    /// What failed, in words.
    var message: String

    /// A message naming the database file.
    var description: String { message }
}
