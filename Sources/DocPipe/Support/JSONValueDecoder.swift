/// A `Decoder` over a ``JSONValue`` tree: typed values read from the one-pass parse of
/// ``JSONText`` without Foundation's `JSONDecoder`, which builds its own tree and a dictionary for
/// every keyed container it opens.
///
/// It reads what `JSONDecoder` reads for the JSON DocPipe writes (integers for `Int`, any number
/// for `Double`, the first of a repeated key); on anything it does not read, it throws and
/// ``JSONCoding`` asks `JSONDecoder`, whose answer (or error) counts.
struct JSONValueDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: JSONValue, codingPath: [any CodingKey] = []) {
        self.value = value
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw Self.mismatch([String: JSONValue].self, codingPath) }
        return KeyedDecodingContainer(Keyed(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw Self.mismatch([JSONValue].self, codingPath) }
        return Unkeyed(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        Single(value: value, codingPath: codingPath)
    }

    static func mismatch(_ type: Any.Type, _ path: [any CodingKey]) -> DecodingError {
        .typeMismatch(type, .init(codingPath: path, debugDescription: "not a \(type)"))
    }

    /// Reads a typed value from a JSON value: the scalar types directly, others through their
    /// `init(from:)`.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, path: [any CodingKey]) throws -> T {
        switch value {
        case .string(let text) where type == String.self: return text as! T
        case .integer(let number) where type == Int.self: return number as! T
        case .integer(let number) where type == Double.self: return Double(number) as! T
        case .number(let number) where type == Double.self: return number as! T
        case .bool(let flag) where type == Bool.self: return flag as! T
        default: break
        }
        if type == JSONValue.self { return value as! T }
        return try T(from: JSONValueDecoder(value, codingPath: path))
    }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [String: JSONValue]
        let codingPath: [any CodingKey]

        var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

        private func member(_ key: Key) throws -> JSONValue {
            guard let value = members[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
            }
            return value
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            if case .null = try member(key) { return true }
            return false
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(type, key) }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(Bool.self, key) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(String.self, key) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(Double.self, key) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try value(Double.self, key)) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(Int.self, key) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try narrow(key) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try narrow(key) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try narrow(key) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try narrow(key) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try narrow(key) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try narrow(key) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try narrow(key) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try narrow(key) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try narrow(key) }

        private func value<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
            try JSONValueDecoder.decode(type, from: member(key), path: codingPath + [key])
        }

        private func narrow<T: FixedWidthInteger>(_ key: Key) throws -> T {
            guard let value = T(exactly: try value(Int.self, key)) else { throw JSONValueDecoder.mismatch(T.self, codingPath + [key]) }
            return value
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try JSONValueDecoder(member(key), codingPath: codingPath + [key]).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try JSONValueDecoder(member(key), codingPath: codingPath + [key]).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            JSONValueDecoder(members["super"] ?? .null, codingPath: codingPath)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            JSONValueDecoder(members[key.stringValue] ?? .null, codingPath: codingPath + [key])
        }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        let elements: [JSONValue]
        let codingPath: [any CodingKey]
        var currentIndex = 0

        init(elements: [JSONValue], codingPath: [any CodingKey]) {
            self.elements = elements
            self.codingPath = codingPath
        }

        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        private struct Index: CodingKey {
            let intValue: Int?
            var stringValue: String { "Index \(intValue ?? 0)" }
            init(_ index: Int) { intValue = index }
            init?(stringValue: String) { nil }
            init?(intValue: Int) { self.intValue = intValue }
        }

        private mutating func next() throws -> (JSONValue, [any CodingKey]) {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(JSONValue.self, .init(codingPath: codingPath, debugDescription: "unkeyed container is at its end"))
            }
            defer { currentIndex += 1 }
            return (elements[currentIndex], codingPath + [Index(currentIndex)])
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { return false }
            if case .null = elements[currentIndex] {
                currentIndex += 1
                return true
            }
            return false
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try nextValue(type) }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try nextValue(Bool.self) }
        mutating func decode(_ type: String.Type) throws -> String { try nextValue(String.self) }
        mutating func decode(_ type: Double.Type) throws -> Double { try nextValue(Double.self) }
        mutating func decode(_ type: Float.Type) throws -> Float { Float(try nextValue(Double.self)) }
        mutating func decode(_ type: Int.Type) throws -> Int { try nextValue(Int.self) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try narrow() }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try narrow() }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try narrow() }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try narrow() }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try narrow() }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow() }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow() }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow() }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow() }

        private mutating func nextValue<T: Decodable>(_ type: T.Type) throws -> T {
            let (value, path) = try next()
            return try JSONValueDecoder.decode(type, from: value, path: path)
        }

        private mutating func narrow<T: FixedWidthInteger>() throws -> T {
            guard let value = T(exactly: try nextValue(Int.self)) else { throw JSONValueDecoder.mismatch(T.self, codingPath) }
            return value
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            let (value, path) = try next()
            return try JSONValueDecoder(value, codingPath: path).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let (value, path) = try next()
            return try JSONValueDecoder(value, codingPath: path).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let (value, path) = try next()
            return JSONValueDecoder(value, codingPath: path)
        }
    }

    private struct Single: SingleValueDecodingContainer {
        let value: JSONValue
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool {
            if case .null = value { return true }
            return false
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try JSONValueDecoder.decode(type, from: value, path: codingPath)
        }

        func decode(_ type: Bool.Type) throws -> Bool { try scalar(Bool.self) }
        func decode(_ type: String.Type) throws -> String { try scalar(String.self) }
        func decode(_ type: Double.Type) throws -> Double { try scalar(Double.self) }
        func decode(_ type: Float.Type) throws -> Float { Float(try scalar(Double.self)) }
        func decode(_ type: Int.Type) throws -> Int { try scalar(Int.self) }
        func decode(_ type: Int8.Type) throws -> Int8 { try narrow() }
        func decode(_ type: Int16.Type) throws -> Int16 { try narrow() }
        func decode(_ type: Int32.Type) throws -> Int32 { try narrow() }
        func decode(_ type: Int64.Type) throws -> Int64 { try narrow() }
        func decode(_ type: UInt.Type) throws -> UInt { try narrow() }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow() }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow() }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow() }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow() }

        private func scalar<T>(_ type: T.Type) throws -> T {
            switch value {
            case .string(let text) where type == String.self: return text as! T
            case .integer(let number) where type == Int.self: return number as! T
            case .integer(let number) where type == Double.self: return Double(number) as! T
            case .number(let number) where type == Double.self: return number as! T
            case .bool(let flag) where type == Bool.self: return flag as! T
            default: throw JSONValueDecoder.mismatch(type, codingPath)
            }
        }

        private func narrow<T: FixedWidthInteger>() throws -> T {
            guard let value = T(exactly: try scalar(Int.self)) else { throw JSONValueDecoder.mismatch(T.self, codingPath) }
            return value
        }
    }
}
