/// A small recursive-descent JSON reader over UTF-8 bytes, depth-limited so that hostile input
/// cannot exhaust the stack.
struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private static let maximumDepth = 100

    /// Creates a reader for `bytes`.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether all input has been read.
    var atEnd: Bool { index >= bytes.count }

    /// Skips JSON white space.
    mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 || bytes[index] == 10 || bytes[index] == 13 {
            index += 1
        }
    }

    /// Reads one value.
    /// - Parameter depth: the current nesting depth.
    /// - Returns: the value, or nil on a syntax error.
    mutating func value(depth: Int) -> JSONValue? {
        guard depth < Self.maximumDepth else { return nil }
        skipSpace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 123:
            index += 1
            var members: [String: JSONValue] = [:]
            skipSpace()
            if index < bytes.count && bytes[index] == 125 {
                index += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == 34, let key = string() else { return nil }
                skipSpace()
                guard index < bytes.count, bytes[index] == 58 else { return nil }
                index += 1
                guard let member = value(depth: depth + 1) else { return nil }
                if members[key] == nil { members[key] = member }
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == 44 {
                    index += 1
                } else if bytes[index] == 125 {
                    index += 1
                    return .object(members)
                } else {
                    return nil
                }
            }
        case 91:
            index += 1
            var elements: [JSONValue] = []
            skipSpace()
            if index < bytes.count && bytes[index] == 93 {
                index += 1
                return .array(elements)
            }
            while true {
                guard let element = value(depth: depth + 1) else { return nil }
                elements.append(element)
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == 44 {
                    index += 1
                } else if bytes[index] == 93 {
                    index += 1
                    return .array(elements)
                } else {
                    return nil
                }
            }
        case 34:
            return string().map(JSONValue.string)
        case 116:
            return literal("true", .bool(true))
        case 102:
            return literal("false", .bool(false))
        case 110:
            return literal("null", .null)
        default:
            return number()
        }
    }

    private mutating func literal(_ word: String, _ result: JSONValue) -> JSONValue? {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return nil }
            index += 1
        }
        return result
    }

    private mutating func number() -> JSONValue? {
        let start = index
        while index < bytes.count {
            let c = bytes[index]
            guard (c >= 48 && c <= 57) || c == 45 || c == 43 || c == 46 || c == 101 || c == 69 else { break }
            index += 1
        }
        guard index > start, let number = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            return nil
        }
        return .number(number)
    }

    private mutating func string() -> String? {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        var pendingHigh: UInt32?
        func hex(_ at: Int) -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for k in at..<(at + 4) {
                let c = bytes[k]
                let digit: UInt32
                switch c {
                case 48...57: digit = UInt32(c - 48)
                case 97...102: digit = UInt32(c - 87)
                case 65...70: digit = UInt32(c - 55)
                default: return nil
                }
                value = value * 16 + digit
            }
            return value
        }
        while index < bytes.count {
            let c = bytes[index]
            if c == 34 || c == 92 {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars)
            }
            if c == 34 {
                index += 1
                return String(scalars)
            }
            if c == 92 {
                guard index + 1 < bytes.count else { return nil }
                let escaped = bytes[index + 1]
                index += 2
                switch escaped {
                case 110: scalars.append("\n")
                case 116: scalars.append("\t")
                case 114: scalars.append("\r")
                case 98: scalars.append("\u{8}")
                case 102: scalars.append("\u{c}")
                case 117:
                    guard let code = hex(index) else { return nil }
                    index += 4
                    if code >= 0xD800 && code < 0xDC00 {
                        pendingHigh = code
                    } else if code >= 0xDC00 && code < 0xE000, let high = pendingHigh {
                        let combined = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
                        if let scalar = Unicode.Scalar(combined) { scalars.append(scalar) }
                        pendingHigh = nil
                    } else if let scalar = Unicode.Scalar(code) {
                        scalars.append(scalar)
                    }
                default:
                    scalars.append(Unicode.Scalar(escaped))
                }
                runStart = index
                continue
            }
            index += 1
        }
        return nil
    }
}
