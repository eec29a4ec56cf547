import Foundation

/// Splits one JSON object into its members without building a tree: each key with the byte range
/// of its value, found by skipping strings and nested brackets.
///
/// It is what lets a document line of hundreds of megabytes be read in one pass, keeping each
/// layer as the bytes it was written as until a stage asks for it. It checks the object's shape
/// (keys, colons, commas, balanced brackets, closed strings), not the values' grammar: a value is
/// checked when it is decoded.
enum JSONObjectScanner {
    /// The members of the object that makes up `bytes` (surrounding white space allowed).
    /// - Parameter bytes: UTF-8 JSON.
    /// - Returns: each key (unescaped) with the range of its value in `bytes`, in written order.
    /// - Throws: ``JSONShapeError`` when `bytes` is not one object.
    static func members(of bytes: UnsafeBufferPointer<UInt8>) throws -> [(key: String, value: Range<Int>)] {
        var members: [(key: String, value: Range<Int>)] = []
        var index = skipSpace(bytes, from: 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { throw JSONShapeError("expected an object") }
        index = skipSpace(bytes, from: index + 1)
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            guard skipSpace(bytes, from: index + 1) == bytes.count else { throw JSONShapeError("text after the object") }
            return members
        }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw JSONShapeError("expected a key") }
            let keyEnd = try endOfString(bytes, from: index)
            let key = try decodeKey(bytes, index..<keyEnd)
            index = skipSpace(bytes, from: keyEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw JSONShapeError("expected ':' after a key") }
            let valueStart = skipSpace(bytes, from: index + 1)
            let valueEnd = try endOfValue(bytes, from: valueStart)
            members.append((key, valueStart..<valueEnd))
            index = skipSpace(bytes, from: valueEnd)
            guard index < bytes.count else { throw JSONShapeError("unterminated object") }
            if bytes[index] == UInt8(ascii: ",") {
                index = skipSpace(bytes, from: index + 1)
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { throw JSONShapeError("expected ',' or '}'") }
            guard skipSpace(bytes, from: index + 1) == bytes.count else { throw JSONShapeError("text after the object") }
            return members
        }
    }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return index
            }
        }
        return index
    }

    /// The index after the closing quote of the string that opens at `start`.
    private static func endOfString(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): return index + 1
            case UInt8(ascii: "\\"): index += 2
            default: index += 1
            }
        }
        throw JSONShapeError("unterminated string")
    }

    /// The index after the value that starts at `start`: a string, an array or object with
    /// balanced brackets, or a scalar running to the next delimiter.
    private static func endOfValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws -> Int {
        guard start < bytes.count else { throw JSONShapeError("missing value") }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return try endOfString(bytes, from: start)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            var depth = 0
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    index = try endOfString(bytes, from: index)
                    continue
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default:
                    break
                }
                index += 1
            }
            throw JSONShapeError("unbalanced brackets")
        default:
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D:
                    guard index > start else { throw JSONShapeError("missing value") }
                    return index
                default:
                    index += 1
                }
            }
            return index
        }
    }

    private static func decodeKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws -> String {
        let inner = UnsafeBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<(range.upperBound - 1)])
        guard inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
        guard let key = try? JSONCoding.decode(String.self, from: Data(bytes[range])) else {
            throw JSONShapeError("a key is not a valid JSON string")
        }
        return key
    }
}

/// A JSON text that is not the object ``JSONObjectScanner`` expects.
struct JSONShapeError: Error, CustomStringConvertible {
    /// What was wrong.
    let description: String

    init(_ description: String) {
        self.description = "malformed JSON: \(description)"
    }
}
