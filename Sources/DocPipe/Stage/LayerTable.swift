/// How `export` lays out one layer of span records as a CSV file and an SQLite table, when the
/// stage that writes it says so instead of leaving the columns to be inferred.
///
/// Every table starts with `doc`, `start`, `end` and `text`; the declared columns follow in the
/// order given. A field of a record that is not declared is left out.
public struct LayerTable: Sendable, Hashable, Codable {
    /// The type of a column's values.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Whole numbers (JSON integers and booleans, as 0 or 1).
        case integer
        /// Numbers.
        case real
        /// Strings.
        case text
        /// Any JSON value, written as compact JSON text.
        case json
    }

    /// One column after `doc`, `start`, `end`, `text`.
    public struct Column: Sendable, Hashable, Codable {
        /// The record field and column name.
        public var name: String
        /// Its type.
        public var kind: Kind

        /// Creates a column.
        public init(_ name: String, _ kind: Kind) {
            self.name = name
            self.kind = kind
        }
    }

    /// The layer's name (its ``LayerKey/name``).
    public var layer: String
    /// The columns after `doc`, `start`, `end`, `text`.
    public var columns: [Column]

    /// Creates a layout.
    public init(layer: String, columns: [Column]) {
        self.layer = layer
        self.columns = columns
    }
}

/// A stage that declares the table layout of the layers it writes (see ``LayerTable``); a stage
/// that does not conform gets columns inferred from its records.
///
/// ```swift
/// extension MoneyStage: LayerTableProvider {
///     static let layerTables = [LayerTable(layer: "money", columns: [.init("amount", .real), .init("currency", .text)])]
/// }
/// ```
public protocol LayerTableProvider {
    /// The layouts of the layers the stage writes.
    static var layerTables: [LayerTable] { get }
}
