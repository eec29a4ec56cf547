/// JSON literals written exactly as ``JSONCoding/data(_:)`` writes them, for code that splices
/// JSON bytes (export's rendered documents).
extension JSONCoding {
    /// A JSON string literal, quotes included, escaped as `JSONEncoder` with `.withoutEscapingSlashes` does.
    public static func stringLiteral(_ value: String) -> [UInt8] {
        JSONText.string(value)
    }
}
