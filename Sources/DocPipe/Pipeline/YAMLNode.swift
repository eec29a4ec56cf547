/// A node of a parsed YAML document, with the position it starts at.
struct YAMLNode: Sendable {
    /// A key and its value in a mapping.
    struct Pair: Sendable {
        var key: YAMLNode
        var value: YAMLNode
    }

    enum Kind: Sendable {
        /// A scalar; `plain` is false for quoted and block scalars, which are always strings.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    var kind: Kind
    var location: SourceLocation

    var scalar: String? {
        if case .scalar(let value, _) = kind { return value }
        return nil
    }

    var kindName: String {
        switch kind {
        case .scalar: return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// The value as JSON: plain scalars become null, booleans and numbers where they read as such
    /// (YAML 1.2 core schema); everything else a string.
    var json: JSONValue {
        switch kind {
        case .scalar(let value, let plain):
            guard plain else { return .string(value) }
            switch value {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default:
                if let integer = Int(value) { return .integer(integer) }
                if value.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true,
                    let number = Double(value), number.isFinite
                {
                    return .number(number)
                }
                return .string(value)
            }
        case .sequence(let items):
            return .array(items.map(\.json))
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs { object[pair.key.scalar ?? ""] = pair.value.json }
            return .object(object)
        }
    }

    /// The node reached by following a coding path of keys and indices, or the deepest one that exists.
    func node(at path: [any CodingKey]) -> YAMLNode {
        guard let first = path.first else { return self }
        switch kind {
        case .mapping(let pairs):
            if let pair = pairs.first(where: { $0.key.scalar == first.stringValue }) {
                return pair.value.node(at: Array(path.dropFirst()))
            }
        case .sequence(let items):
            if let index = first.intValue, items.indices.contains(index) {
                return items[index].node(at: Array(path.dropFirst()))
            }
        case .scalar:
            break
        }
        return self
    }
}
