import Foundation

/// The one place that turns values into JSON bytes and back, with settings that make output deterministic.
public enum JSONCoding {
    /// Encodes a value as compact JSON with sorted keys and unescaped slashes.
    /// - Parameter value: the value to encode.
    /// - Returns: UTF-8 JSON bytes.
    /// - Throws: `EncodingError` when the value cannot be encoded (e.g. a non-finite number).
    ///
    /// Values made of strings, integers, finite doubles, booleans, arrays and objects are written
    /// by ``JSONValueEncoder`` without `JSONEncoder` (the same bytes); anything else (dates,
    /// data, URLs, floats, …) and every error go through `JSONEncoder`.
    public static func data(_ value: some Encodable) throws -> Data {
        if let bytes = try? JSONValueEncoder.compactBytes(value) { return Data(bytes) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Encodes a value as indented JSON with sorted keys, for files people read.
    /// - Parameter value: the value to encode.
    /// - Returns: UTF-8 JSON bytes ending in a newline.
    /// - Throws: `EncodingError` when the value cannot be encoded.
    public static func prettyData(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// Encodes a value as ``prettyData(_:)`` writes it where it sits `level` levels deep inside
    /// a larger document (its inner lines indented to match), without a final newline: for
    /// writing one element of a long pretty array at a time.
    /// - Throws: `EncodingError` when the value cannot be encoded.
    public static func prettyBytes(_ value: some Encodable, level: Int) throws -> [UInt8] {
        JSONText.pretty(try JSONValueEncoder.encode(value), level: level)
    }

    /// Encodes a value as a compact JSON string.
    /// - Parameter value: the value to encode.
    /// - Returns: the JSON text.
    /// - Throws: `EncodingError` when the value cannot be encoded.
    public static func string(_ value: some Encodable) throws -> String {
        String(decoding: try data(value), as: UTF8.self)
    }

    /// Decodes a value from JSON bytes: from the one-pass parse through ``JSONValueDecoder``,
    /// or by `JSONDecoder` when that does not read them (its error is the one thrown).
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - data: UTF-8 JSON bytes.
    /// - Returns: the decoded value.
    /// - Throws: `DecodingError` when the bytes do not describe a `type`.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        if let value = JSONText.value(from: [UInt8](data)) {
            if type == JSONValue.self { return value as! T }
            if let decoded = try? JSONValueDecoder.decode(type, from: value, path: []) { return decoded }
        }
        return try JSONDecoder().decode(type, from: data)
    }

    /// Re-reads a `JSONValue` as a typed value.
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - value: the JSON value.
    /// - Returns: the decoded value.
    /// - Throws: `DecodingError` when the value does not describe a `type`.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        if let decoded = try? JSONValueDecoder.decode(type, from: value, path: []) { return decoded }
        return try JSONDecoder().decode(type, from: try data(value))
    }
}
