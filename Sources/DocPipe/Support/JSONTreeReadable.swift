/// A type that reads itself from a one-pass JSON tree by hand, without the generic `Decoder`
/// machinery of ``JSONValueDecoder``: for values read in bulk, such as the stored contributions
/// of a corpus step (``ContributionStream``).
///
/// Contract: `init?(jsonTree:)` gives the value `JSONValueDecoder` would decode from the same
/// tree, or `nil` for any tree it does not read exactly so (a missing field, another type);
/// the caller then decodes through `Decodable`, which gives the answer or the error.
public protocol JSONTreeReadable {
    /// Reads the value from a JSON tree; `nil` when the tree is not in the expected shape.
    init?(jsonTree: JSONValue)
}

extension Array: JSONTreeReadable where Element: JSONTreeReadable {
    /// Reads every element; `nil` when the tree is not an array or one element does not read.
    public init?(jsonTree: JSONValue) {
        guard case .array(let elements) = jsonTree else { return nil }
        var values: [Element] = []
        values.reserveCapacity(elements.count)
        for element in elements {
            guard let value = Element(jsonTree: element) else { return nil }
            values.append(value)
        }
        self = values
    }
}

extension JSONValue {
    /// The members of an object, when this value is one.
    public var objectMembers: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements of an array, when this value is one.
    public var arrayElements: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The integer, when this value is one (as `Decodable` reads an `Int`).
    public var integerValue: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// The number, when this value is one (as `Decodable` reads a `Double`: integers too).
    public var doubleValue: Double? {
        switch self {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: return nil
        }
    }

    /// The flag, when this value is one.
    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// The strings of an array of strings, when this value is one.
    public var stringElements: [String]? {
        guard case .array(let elements) = self else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for case .string(let string) in elements { strings.append(string) }
        return strings.count == elements.count ? strings : nil
    }

    /// An optional string as `decodeIfPresent` reads it: `.some(nil)` when it is absent or
    /// `null`, `nil` when it is present but not a string.
    public static func optionalString(_ value: JSONValue?) -> String?? {
        switch value {
        case nil, .null?: return .some(nil)
        case .string(let string)?: return .some(string)
        default: return nil
        }
    }
}
