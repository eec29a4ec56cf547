import Foundation

/// The database of the `sqlite` format written on a thread of its own: the export's pass over the
/// templates hands it each document's rows (and the corpus tables' rows) in order and goes on
/// filling and writing the other formats while SQLite inserts, indexes and commits.
///
/// Work runs in the order it was handed over, on one thread, through the one ``SQLiteExport``
/// (its prepared statements and its one transaction). At most ``pendingLimit`` pieces of work wait
/// at once, so memory stays bounded when SQLite is the slower side. The first error stops the
/// work; it is thrown by the next ``addDocument(id:rows:)`` or ``add(_:to:)`` and by
/// ``finish()``.
final class SQLiteWriter: TableSink, @unchecked Sendable {
    /// Work waiting at most, before a caller waits for the thread.
    static let pendingLimit = 64
    /// Rows of the corpus tables handed over at once.
    static let rowBatch = 512

    private let database: SQLiteExport
    private let condition = NSCondition()
    private var queue: [() throws -> Void] = []
    private var running = true
    private var failure: (any Error)?
    private var done = false
    private var busy = false
    private var rows: [([TableCell], TableSchema)] = []
    /// Documents whose rows could not go in, and why, in document order.
    private(set) var leftOut: [(id: String, reason: String)] = []

    /// Starts the thread that writes into `database`.
    init(_ database: SQLiteExport) {
        self.database = database
        let thread = Thread { [self] in work() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Hands over one document's rows, inserted all or none (``SQLiteExport/addDocument(_:)``).
    /// - Throws: the error that stopped the writer, if any.
    func addDocument(id: String, rows: [(table: TableSchema, cells: [TableCell])]) throws {
        try submit { [database] in
            if let reason = try database.addDocument({ for row in rows { try database.add(row.cells, to: row.table) } }) {
                self.leftOut.append((id, reason))
            }
        }
    }

    /// Hands over one document's rows packed on the thread that filled them (``PackedRows``),
    /// inserted all or none.
    /// - Throws: the error that stopped the writer, if any.
    func addDocument(id: String, packed rows: PackedRows) throws {
        try submit { [database] in
            if let reason = try database.addDocument({ try database.add(rows) }) {
                self.leftOut.append((id, reason))
            }
        }
    }

    /// Hands over one row of a table (in batches).
    /// - Throws: the error that stopped the writer, if any.
    func add(_ row: [TableCell], to table: TableSchema) throws {
        rows.append((row, table))
        if rows.count >= Self.rowBatch { try flushRows() }
    }

    /// Hands over a table of its own (a custom layer's) to create.
    /// - Throws: the error that stopped the writer, if any.
    func addTable(_ table: TableSchema) throws {
        try flushRows()
        try submit { [database] in try database.addTable(table) }
    }

    /// Waits for every piece of work handed over, then indexes and commits the database
    /// (``SQLiteExport/commit()``) on its thread and stops it.
    /// - Throws: the first error of any piece of work or of the commit.
    func commit() throws {
        try startCommit()
        try finish()
    }

    /// Hands over the index building and the commit (``SQLiteExport/commit()``) behind every
    /// piece of work handed over, and returns at once: the caller goes on (writing `corpus.json`,
    /// hashing the other outputs) while SQLite indexes; ``finish()`` waits for it.
    /// - Throws: the error that stopped the writer, if any.
    func startCommit() throws {
        try flushRows()
        try submit { [database] in try database.commit() }
    }

    /// Waits until every piece of work handed over so far is done.
    /// - Returns: the documents whose rows could not go in so far, and why, in document order.
    /// - Throws: the first error of any piece of work.
    func waitUntilIdle() throws -> [(id: String, reason: String)] {
        try flushRows()
        condition.lock()
        defer { condition.unlock() }
        while !queue.isEmpty || busy, failure == nil { condition.wait() }
        if let failure { throw failure }
        return leftOut
    }

    /// Waits until every piece of work handed over is done and stops the thread.
    /// - Throws: the first error of any piece of work.
    func finish() throws {
        condition.lock()
        running = false
        condition.broadcast()
        while !done { condition.wait() }
        let failure = self.failure
        condition.unlock()
        if let failure { throw failure }
    }

    /// Stops the thread (waiting for what it is doing) and removes the temporary database.
    func discard() {
        condition.lock()
        queue.removeAll()
        running = false
        condition.broadcast()
        while !done { condition.wait() }
        condition.unlock()
        database.discard()
    }

    private func flushRows() throws {
        guard !rows.isEmpty else { return }
        let batch = rows
        rows.removeAll(keepingCapacity: true)
        try submit { [database] in
            for (row, table) in batch { try database.add(row, to: table) }
        }
    }

    private func submit(_ work: @escaping () throws -> Void) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= Self.pendingLimit, failure == nil, !done { condition.wait() }
        if let failure { throw failure }
        queue.append(work)
        condition.broadcast()
    }

    private func work() {
        var batch: [() throws -> Void] = []
        while true {
            condition.lock()
            while queue.isEmpty, running { condition.wait() }
            if queue.isEmpty {
                done = true
                condition.broadcast()
                condition.unlock()
                return
            }
            swap(&batch, &queue)
            busy = true
            condition.broadcast()
            let stopped = failure != nil
            condition.unlock()
            var error: (any Error)?
            if !stopped {
                do {
                    for piece in batch { try piece() }
                } catch let thrown {
                    error = thrown
                }
            }
            batch.removeAll(keepingCapacity: true)
            condition.lock()
            if let error, failure == nil { failure = error }
            busy = false
            condition.broadcast()
            condition.unlock()
        }
    }
}
