/// Sends every row to two sinks (the CSV files and the database), so rows read from a stream
/// are read once for both.
final class PairedTableSink<First: TableSink, Second: TableSink>: TableSink {
    private let first: First
    private let second: Second

    /// Creates a sink that forwards to `first`, then `second`.
    init(_ first: First, _ second: Second) {
        self.first = first
        self.second = second
    }

    /// Sends the row to both sinks.
    /// - Throws: what either sink throws.
    func add(_ row: [TableCell], to table: TableSchema) throws {
        try first.add(row, to: table)
        try second.add(row, to: table)
    }
}
