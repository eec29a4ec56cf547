/// Something that receives the rows of the exported tables: the CSV files and the SQLite database.
protocol TableSink: AnyObject {
    /// Receives one row of `table`, its cells in column order.
    /// - Throws: a write error.
    func add(_ row: [TableCell], to table: TableSchema) throws
}
