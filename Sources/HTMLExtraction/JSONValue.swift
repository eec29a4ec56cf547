/// A JSON value as read from a page's JSON-LD.
enum JSONValue: Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses JSON text (RFC 8259; nesting deeper than 100 levels is refused).
    /// - Parameter bytes: UTF-8 JSON.
    /// - Returns: the value, or nil when the text is not valid JSON.
    static func parse(_ bytes: [UInt8]) -> JSONValue? {
        var parser = JSONParser(bytes: bytes)
        guard let value = parser.value(depth: 0) else { return nil }
        parser.skipSpace()
        return parser.atEnd ? value : nil
    }

    /// The string, when this is a string.
    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The members, when this is an object.
    var object: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The elements, when this is an array.
    var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }
}
