/// One value in an exported table: what a CSV field and an SQLite column hold.
enum TableCell: Sendable, Hashable {
    /// No value: an empty CSV field, SQL `NULL`.
    case null
    /// A whole number.
    case integer(Int)
    /// A real number.
    case real(Double)
    /// Text.
    case text(String)

    /// Text, or `null` when the string is absent.
    static func optional(_ value: String?) -> TableCell {
        value.map(TableCell.text) ?? .null
    }

    /// A real number, or `null` when absent.
    static func optional(_ value: Double?) -> TableCell {
        value.map(TableCell.real) ?? .null
    }

    /// The value as CSV writes it: integers in decimal, reals in their shortest round-tripping
    /// form without a trailing `.0` for whole numbers, `null` as nothing.
    var csvText: String {
        switch self {
        case .null: return ""
        case .integer(let value): return String(value)
        case .real(let value):
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        case .text(let value): return value
        }
    }
}
