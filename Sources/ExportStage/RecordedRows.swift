/// The table rows one document gives, kept in the order they were added, to be sent to the CSV
/// files and the database later (and on another thread).
final class RecordedRows: TableSink {
    /// The rows, each with its table.
    private(set) var rows: [(table: TableSchema, cells: [TableCell])] = []

    /// Keeps one row.
    func add(_ row: [TableCell], to table: TableSchema) {
        rows.append((table, row))
    }
}
