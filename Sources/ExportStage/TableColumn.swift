/// A column of an exported table.
struct TableColumn: Sendable {
    /// The SQLite storage class of a column.
    enum Kind: String, Sendable {
        /// `INTEGER`.
        case integer = "INTEGER"
        /// `REAL`.
        case real = "REAL"
        /// `TEXT`.
        case text = "TEXT"
    }

    /// The column name, the CSV header and the SQL column.
    var name: String
    /// The SQL type.
    var kind: Kind
    /// Whether the column always has a value.
    var required: Bool
    /// The table this column refers to, for a foreign key.
    var references: String?
    /// The column of ``references`` this column refers to: `id` unless told.
    var referencedColumn: String

    /// Creates a column.
    init(_ name: String, _ kind: Kind, required: Bool = true, references: String? = nil, referencedColumn: String = "id") {
        self.name = name
        self.kind = kind
        self.required = required
        self.references = references
        self.referencedColumn = referencedColumn
    }
}
