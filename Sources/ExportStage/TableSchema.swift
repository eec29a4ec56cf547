/// An exported table: its name in each format, its columns and what SQLite indexes.
struct TableSchema: Sendable {
    /// The table name: the CSV file `NAME.csv`, and the SQLite table unless `sqlName` differs.
    var name: String
    /// The SQLite table name.
    var sqlName: String
    /// The columns in order.
    var columns: [TableColumn]
    /// Columns forming the primary key, when the table has one.
    var primaryKey: [String]
    /// Columns SQLite indexes, one index per entry.
    var indexes: [[String]]

    /// Creates a table description.
    init(name: String, sqlName: String? = nil, columns: [TableColumn], primaryKey: [String] = [], indexes: [[String]] = []) {
        self.name = name
        self.sqlName = sqlName ?? name
        self.columns = columns
        self.primaryKey = primaryKey
        self.indexes = indexes
    }

    /// The column names, the CSV header.
    var columnNames: [String] { columns.map(\.name) }
}
