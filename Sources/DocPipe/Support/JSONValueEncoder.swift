import Foundation

/// Encodes an `Encodable` value straight into a ``JSONValue`` tree, without Foundation's
/// `JSONEncoder`: the tree `JSONCoding.decode(JSONValue.self, from: JSONCoding.data(value))`
/// gives, built in one step.
///
/// Numbers come out as that round trip reads them: a `Double` is written as `JSONEncoder` writes
/// it and read back as the one-pass reader reads it (so `3.0` becomes the integer 3). Values
/// `JSONEncoder` treats specially (`Date`, `Data`, `URL`, `Decimal`, `Float`, numbers that do not
/// fit `Int`) and non-finite numbers throw ``Unsupported``; the caller then takes the
/// `JSONEncoder` path, which gives its own answer.
public enum JSONValueEncoder {
    /// The value holds something only `JSONEncoder` encodes as it should.
    public struct Unsupported: Error, CustomStringConvertible {
        /// What was met, and where.
        public var description: String
    }

    /// The value as a JSON tree.
    /// - Throws: ``Unsupported``, or what the value's `encode(to:)` throws.
    public static func encode(_ value: some Encodable) throws -> JSONValue {
        let slot = Slot()
        try encode(value, into: slot, path: [])
        return slot.resolved
    }

    /// The value as compact JSON with sorted keys: the bytes `JSONEncoder` writes with
    /// `.sortedKeys` and `.withoutEscapingSlashes` (numbers kept as the `Double`s they are, so
    /// `-0.0` stays `-0`), without its generic containers.
    /// - Throws: ``Unsupported``, or what the value's `encode(to:)` throws.
    static func compactBytes(_ value: some Encodable) throws -> [UInt8] {
        let slot = Slot(exactNumbers: true)
        try encode(value, into: slot, path: [])
        guard slot.value != nil || slot.isObject || slot.array != nil else { throw Unsupported(description: "no value encoded") }
        var out: [UInt8] = []
        slot.appendCompact(to: &out)
        return out
    }

    /// The JSON value of a `Double` as `JSONEncoder` writes it and the one-pass reader reads it.
    /// - Throws: ``Unsupported`` for a non-finite number.
    static func number(_ value: Double) throws -> JSONValue {
        guard value.isFinite else { throw Unsupported(description: "non-finite number \(value)") }
        guard let read = JSONValue(onePass: JSONText.number(value)) else { throw Unsupported(description: "number \(value)") }
        return read
    }

    fileprivate static func encode(_ value: some Encodable, into slot: Slot, path: [any CodingKey]) throws {
        switch value {
        case let value as String: slot.value = .string(value)
        case let value as Int: slot.value = .integer(value)
        case let value as Bool: slot.value = .bool(value)
        case let value as Double: slot.value = try slot.number(value)
        case is Date, is Data, is URL, is Decimal, is Float:
            throw Unsupported(description: "\(type(of: value)) at \(path.map(\.stringValue).joined(separator: "."))")
        default: try value.encode(to: SlotEncoder(slot: slot, codingPath: path))
        }
    }

    /// A node of the tree being built: a value, or an object or array of further nodes.
    fileprivate final class Slot {
        var value: JSONValue?
        /// An object's members in the order first written (a key written again keeps its place
        /// and takes the new value, as a dictionary would); `nil` when the slot is not an object.
        var members: [(key: String, slot: Slot)]?
        /// Positions in ``members`` by key, built once an object has many members.
        private var positions: [String: Int]?
        var array: [Slot]?

        /// Whether the slot is an object.
        var isObject: Bool { members != nil }

        /// Makes the slot an empty object unless it is one.
        func makeObject() {
            if members == nil { members = [] }
        }

        /// Makes the slot an empty object, dropping any members.
        func resetObject() {
            members = []
            positions = nil
        }

        /// Members looked up one by one up to this many; beyond, through ``positions``.
        private static let linearMembers = 12
        /// Whether a `Double` is kept as it is (compact bytes) instead of as the one-pass reader
        /// reads it back (trees).
        let exactNumbers: Bool

        init(exactNumbers: Bool = false) {
            self.exactNumbers = exactNumbers
        }

        func number(_ number: Double) throws -> JSONValue {
            guard exactNumbers else { return try JSONValueEncoder.number(number) }
            guard number.isFinite else { throw Unsupported(description: "non-finite number \(number)") }
            return .number(number)
        }

        func appendCompact(to out: inout [UInt8]) {
            if let members {
                out.append(UInt8(ascii: "{"))
                for (position, member) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
                    if position > 0 { out.append(UInt8(ascii: ",")) }
                    JSONText.appendString(member.key, to: &out)
                    out.append(UInt8(ascii: ":"))
                    member.slot.appendCompact(to: &out)
                }
                out.append(UInt8(ascii: "}"))
            } else if let array {
                out.append(UInt8(ascii: "["))
                for (position, element) in array.enumerated() {
                    if position > 0 { out.append(UInt8(ascii: ",")) }
                    element.appendCompact(to: &out)
                }
                out.append(UInt8(ascii: "]"))
            } else if let value {
                JSONText.appendCompact(value, to: &out)
            } else {
                out += "{}".utf8
            }
        }

        var resolved: JSONValue {
            if let members {
                var object: [String: JSONValue] = [:]
                object.reserveCapacity(members.count)
                for member in members { object[member.key] = member.slot.resolved }
                return .object(object)
            }
            if let array { return .array(array.map(\.resolved)) }
            return value ?? .object([:])
        }

        func child(_ key: String) -> Slot {
            let slot = Slot(exactNumbers: exactNumbers)
            if members == nil { members = [] }
            if let existing = position(of: key) {
                members![existing].slot = slot
                return slot
            }
            members!.append((key, slot))
            if let count = members?.count, count > Self.linearMembers {
                if positions == nil {
                    var built: [String: Int] = [:]
                    for (index, member) in members!.enumerated() where built[member.key] == nil { built[member.key] = index }
                    positions = built
                } else {
                    positions![key] = count - 1
                }
            }
            return slot
        }

        /// The position of the member named `key` (compared as `String`s are, as a dictionary's keys).
        private func position(of key: String) -> Int? {
            if let positions { return positions[key] }
            return members?.firstIndex { $0.key == key }
        }

        func appended() -> Slot {
            let slot = Slot(exactNumbers: exactNumbers)
            if array == nil { array = [] }
            array?.append(slot)
            return slot
        }
    }

    private struct SlotEncoder: Encoder {
        let slot: Slot
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            slot.makeObject()
            return KeyedEncodingContainer(Keyed(slot: slot, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if slot.array == nil { slot.array = [] }
            return Unkeyed(slot: slot, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(slot: slot, codingPath: codingPath)
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { slot.child(key.stringValue).value = .null }
        mutating func encode(_ value: String, forKey key: Key) throws { slot.child(key.stringValue).value = .string(value) }
        mutating func encode(_ value: Int, forKey key: Key) throws { slot.child(key.stringValue).value = .integer(value) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { slot.child(key.stringValue).value = .bool(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            let child = slot.child(key.stringValue)
            child.value = try child.number(value)
        }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            try JSONValueEncoder.encode(value, into: slot.child(key.stringValue), path: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = slot.child(key.stringValue)
            child.resetObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(slot: child, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = slot.child(key.stringValue)
            child.array = []
            return Unkeyed(slot: child, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot.child("super"), codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { SlotEncoder(slot: slot.child(key.stringValue), codingPath: codingPath + [key]) }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        let codingPath: [any CodingKey]
        var count: Int { slot.array?.count ?? 0 }

        mutating func encodeNil() throws { slot.appended().value = .null }
        mutating func encode(_ value: String) throws { slot.appended().value = .string(value) }
        mutating func encode(_ value: Int) throws { slot.appended().value = .integer(value) }
        mutating func encode(_ value: Bool) throws { slot.appended().value = .bool(value) }
        mutating func encode(_ value: Double) throws {
            let child = slot.appended()
            child.value = try child.number(value)
        }
        mutating func encode(_ value: some Encodable) throws {
            try JSONValueEncoder.encode(value, into: slot.appended(), path: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = slot.appended()
            child.resetObject()
            return KeyedEncodingContainer(Keyed<NestedKey>(slot: child, codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = slot.appended()
            child.array = []
            return Unkeyed(slot: child, codingPath: codingPath)
        }
        mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot.appended(), codingPath: codingPath) }
    }

    private struct Single: SingleValueEncodingContainer {
        let slot: Slot
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { slot.value = .null }
        mutating func encode(_ value: Bool) throws { slot.value = .bool(value) }
        mutating func encode(_ value: String) throws { slot.value = .string(value) }
        mutating func encode(_ value: Double) throws { slot.value = try slot.number(value) }
        mutating func encode(_ value: Float) throws { throw Unsupported(description: "Float") }
        mutating func encode(_ value: Int) throws { slot.value = .integer(value) }
        mutating func encode(_ value: Int8) throws { slot.value = .integer(Int(value)) }
        mutating func encode(_ value: Int16) throws { slot.value = .integer(Int(value)) }
        mutating func encode(_ value: Int32) throws { slot.value = .integer(Int(value)) }
        mutating func encode(_ value: Int64) throws { slot.value = .integer(Int(value)) }
        mutating func encode(_ value: UInt) throws { slot.value = try Self.integer(value) }
        mutating func encode(_ value: UInt8) throws { slot.value = .integer(Int(value)) }
        mutating func encode(_ value: UInt16) throws { slot.value = .integer(Int(value)) }
        mutating func encode(_ value: UInt32) throws { slot.value = .integer(Int(value)) }
        mutating func encode(_ value: UInt64) throws { slot.value = try Self.integer(value) }
        mutating func encode(_ value: some Encodable) throws {
            try JSONValueEncoder.encode(value, into: slot, path: codingPath)
        }

        private static func integer(_ value: some BinaryInteger) throws -> JSONValue {
            guard let fitting = Int(exactly: value) else { throw Unsupported(description: "integer \(value) beyond Int") }
            return .integer(fitting)
        }
    }
}
