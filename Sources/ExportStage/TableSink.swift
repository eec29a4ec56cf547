/// Something that receives the rows of the exported tables: the CSV and SQLite writers.
protocol TableSink {
    /// Receives one row of `table`, its cells in column order.
    /// - Throws: a write error.
    mutating func add(_ row: [TableCell], to table: TableSchema) throws
}
