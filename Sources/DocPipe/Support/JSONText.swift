/// JSON strings and a value scanner on UTF-8 bytes, escaping exactly as Foundation's
/// `JSONEncoder` does with `.withoutEscapingSlashes` (so bytes written here and there agree).
enum JSONText {
    /// The bytes as one JSON value, in a single pass; `nil` when they are not a JSON value.
    static func value(from bytes: [UInt8]) -> JSONValue? {
        var scanner = Scanner(bytes)
        guard let value = scanner.value(), scanner.atEnd else { return nil }
        return value
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string literal for `value`: `"` and `\` escaped, control characters as `\b \t \n
    /// \f \r` or `\u00xx`, everything else as UTF-8.
    static func string(_ value: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 2)
        appendString(value, to: &out)
        return out
    }

    /// Appends the JSON string literal for `value` (as ``string(_:)`` writes it) to `out`, copying
    /// the runs between characters that need escaping in one piece.
    static func appendString(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            out.append(0x22)
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                appendEscaped(byte, to: &out)
                runStart = index + 1
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
            out.append(0x22)
        }
    }

    private static func appendEscaped(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(0x5C)
        switch byte {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        default:
            out.append(UInt8(ascii: "u"))
            out.append(0x30)
            out.append(0x30)
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xF)])
        }
    }

    /// Appends `value` in decimal, as `String(value)` spells it, without making a string.
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        var magnitude = value.magnitude
        if value < 0 { out.append(UInt8(ascii: "-")) }
        if magnitude < 10 {
            out.append(0x30 + UInt8(magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = 20
            while magnitude > 0 {
                first -= 1
                digits[first] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[first..<20]))
        }
    }

    /// A finite `Double` as `JSONEncoder` writes it: Swift's shortest round-tripping form, without
    /// the `.0` of a whole number (`3`, `0.1`, `1e-07`, `1e+20`, `-0`).
    static func number(_ value: Double) -> [UInt8] {
        var text = Array(value.description.utf8)
        if text.count > 2, text[text.count - 2] == UInt8(ascii: "."), text[text.count - 1] == UInt8(ascii: "0") { text.removeLast(2) }
        return text
    }

    /// Appends `value` as compact JSON with sorted keys, as `JSONEncoder` writes it with
    /// `.sortedKeys` and `.withoutEscapingSlashes`.
    static func appendCompact(_ value: JSONValue, to out: inout [UInt8]) {
        switch value {
        case .null: out += "null".utf8
        case .bool(let flag): out += (flag ? "true" : "false").utf8
        case .integer(let number): appendInteger(number, to: &out)
        case .number(let number): out += Self.number(number)
        case .string(let text): appendString(text, to: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                appendCompact(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (position, key) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                appendString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                appendCompact(members[key]!, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// `value` as indented JSON with sorted keys, as `JSONEncoder` writes it with `.prettyPrinted`,
    /// `.sortedKeys` and `.withoutEscapingSlashes`: two spaces a level, `"key" : value`, and an
    /// empty array or object as its brackets around an empty line.
    static func pretty(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        appendPretty(value, level: 0, to: &out)
        return out
    }

    /// ``pretty(_:)`` of a value that sits `level` levels deep (its inner lines indented to match).
    static func pretty(_ value: JSONValue, level: Int) -> [UInt8] {
        var out: [UInt8] = []
        appendPretty(value, level: level, to: &out)
        return out
    }

    /// Writes the bytes ``pretty(_:level:)`` gives for the array of `elements`' JSON trees, one
    /// element's tree at a time, so the whole array's tree is never built.
    /// - Throws: an element's encoding error, or the output's write error.
    static func writePrettyArray(_ elements: [any Encodable], level: Int, to output: BufferedOutput) throws {
        try output.write([UInt8(ascii: "[")])
        for (position, element) in elements.enumerated() {
            var out: [UInt8] = position == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
            indent(level + 1, &out)
            appendPretty(try JSONValueEncoder.encode(element), level: level + 1, to: &out)
            try output.write(out)
        }
        var out: [UInt8] = []
        close(UInt8(ascii: "]"), empty: elements.isEmpty, level: level, &out)
        try output.write(out)
    }

    private static func appendPretty(_ value: JSONValue, level: Int, to out: inout [UInt8]) {
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
        case .integer(let number): appendInteger(number, to: &out)
        case .number(let number): out += Self.number(number)
        case .string(let text): out += string(text)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                out += position == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
                indent(level + 1, &out)
                appendPretty(element, level: level + 1, to: &out)
            }
            close(UInt8(ascii: "]"), empty: elements.isEmpty, level: level, &out)
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (position, key) in keys.enumerated() {
                out += position == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
                indent(level + 1, &out)
                out += string(key)
                out += [0x20, UInt8(ascii: ":"), 0x20]
                appendPretty(members[key]!, level: level + 1, to: &out)
            }
            close(UInt8(ascii: "}"), empty: members.isEmpty, level: level, &out)
        }
    }

    private static func indent(_ level: Int, _ out: inout [UInt8]) {
        out += repeatElement(0x20, count: 2 * level)
    }

    private static func close(_ bracket: UInt8, empty: Bool, level: Int, _ out: inout [UInt8]) {
        out += empty ? [0x0A, 0x0A] : [0x0A]
        indent(level, &out)
        out.append(bracket)
    }

    /// Reads JSON on bytes: strings, and the extent of any value without building it.
    struct Scanner {
        let bytes: [UInt8]
        var position: Int
        let end: Int

        init(_ bytes: [UInt8], range: Range<Int>? = nil) {
            self.bytes = bytes
            position = range?.lowerBound ?? 0
            end = range?.upperBound ?? bytes.count
        }

        var atEnd: Bool {
            mutating get {
                skipSpace()
                return position == end
            }
        }

        mutating func skipSpace() {
            while position < end, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09 {
                position += 1
            }
        }

        /// Consumes `byte` (after white space) when it is next.
        mutating func consume(_ byte: UInt8) -> Bool {
            skipSpace()
            guard position < end, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// Reads a string literal, unescaping it; `nil` when the next value is not a valid string
        /// (as JSON requires, a raw control character inside it makes it invalid).
        mutating func string() -> String? {
            skipSpace()
            guard position < end, bytes[position] == 0x22 else { return nil }
            position += 1
            var start = position
            var out: [UInt8] = []
            while position < end {
                let byte = bytes[position]
                if byte == 0x22 {
                    out += bytes[start..<position]
                    position += 1
                    return String(decoding: out, as: UTF8.self)
                }
                guard byte == 0x5C else {
                    guard byte >= 0x20 else { return nil }
                    position += 1
                    continue
                }
                out += bytes[start..<position]
                guard position + 1 < end else { return nil }
                let escape = bytes[position + 1]
                position += 2
                switch escape {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var unit = hexUnit() else { return nil }
                    var scalar: Unicode.Scalar?
                    if (0xD800..<0xDC00).contains(unit), position + 1 < end, bytes[position] == 0x5C, bytes[position + 1] == UInt8(ascii: "u") {
                        position += 2
                        guard let low = hexUnit(), (0xDC00..<0xE000).contains(low) else { return nil }
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    scalar = Unicode.Scalar(unit)
                    guard let scalar else { return nil }
                    out += Array(String(Character(scalar)).utf8)
                default: return nil
                }
                start = position
            }
            return nil
        }

        private mutating func hexUnit() -> UInt32? {
            guard position + 4 <= end else { return nil }
            var value: UInt32 = 0
            for byte in bytes[position..<(position + 4)] {
                value <<= 4
                switch byte {
                case 0x30...0x39: value |= UInt32(byte - 0x30)
                case 0x41...0x46: value |= UInt32(byte - 0x41 + 10)
                case 0x61...0x66: value |= UInt32(byte - 0x61 + 10)
                default: return nil
                }
            }
            position += 4
            return value
        }

        /// Skips one value (object, array, string, number, literal) and returns its byte range;
        /// `nil` when the bytes are not a value.
        mutating func skipValue() -> Range<Int>? {
            skipSpace()
            guard position < end else { return nil }
            let start = position
            var depth = 0
            repeat {
                guard position < end else { return nil }
                switch bytes[position] {
                case 0x22:
                    position += 1
                    while position < end, bytes[position] != 0x22 {
                        guard bytes[position] >= 0x20 else { return nil }
                        position += bytes[position] == 0x5C ? 2 : 1
                    }
                    guard position < end else { return nil }
                    position += 1
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    position += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard depth > 0 else { return nil }
                    depth -= 1
                    position += 1
                case UInt8(ascii: ","), UInt8(ascii: ":"), 0x20, 0x0A, 0x0D, 0x09:
                    guard depth > 0 else { return nil }
                    position += 1
                default:
                    let literal = position
                    while position < end, !Self.delimiters.contains(bytes[position]) { position += 1 }
                    guard position > literal else { return nil }
                }
            } while depth > 0
            return start..<position
        }

        /// Parses one value into a ``JSONValue`` in a single pass; `nil` when the bytes are not
        /// JSON or nest deeper than `depth` (the caller then asks `JSONDecoder`, which says why).
        /// A number is an integer when it is integral and fits `Int`, and of a key given twice the
        /// first value counts (both as `JSONDecoder` reads them).
        mutating func value(depth: Int = 512) -> JSONValue? {
            guard depth > 0 else { return nil }
            skipSpace()
            guard position < end else { return nil }
            switch bytes[position] {
            case 0x22:
                return string().map(JSONValue.string)
            case UInt8(ascii: "{"):
                position += 1
                var object: [String: JSONValue] = [:]
                if consume(UInt8(ascii: "}")) { return .object(object) }
                repeat {
                    guard let key = string(), consume(UInt8(ascii: ":")), let member = value(depth: depth - 1) else { return nil }
                    if object[key] == nil { object[key] = member }
                } while consume(UInt8(ascii: ","))
                return consume(UInt8(ascii: "}")) ? .object(object) : nil
            case UInt8(ascii: "["):
                position += 1
                var array: [JSONValue] = []
                if consume(UInt8(ascii: "]")) { return .array(array) }
                repeat {
                    guard let element = value(depth: depth - 1) else { return nil }
                    array.append(element)
                } while consume(UInt8(ascii: ","))
                return consume(UInt8(ascii: "]")) ? .array(array) : nil
            default:
                let start = position
                while position < end, !Self.delimiters.contains(bytes[position]) { position += 1 }
                let literal = String(decoding: bytes[start..<position], as: UTF8.self)
                switch literal {
                case "null": return .null
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return Self.number(literal)
                }
            }
        }

        private static func number(_ literal: String) -> JSONValue? {
            let bytes = Array(literal.utf8)
            guard isNumber(bytes) else { return nil }
            if let integer = exactInteger(bytes) { return .integer(integer) }
            guard let double = Double(literal), double.isFinite else { return nil }
            return .number(double)
        }

        /// The number as an `Int` when the decimal it writes is exactly an integer that fits
        /// (`1.0`, `1e2`, `100e-2`, but not `1e-2` or a 20-digit number), as `JSONDecoder` decides.
        private static func exactInteger(_ bytes: [UInt8]) -> Int? {
            let negative = bytes.first == UInt8(ascii: "-")
            var digits: [UInt8] = []
            var exponent = 0
            var index = negative ? 1 : 0
            var inFraction = false
            while index < bytes.count, bytes[index] != UInt8(ascii: "e"), bytes[index] != UInt8(ascii: "E") {
                if bytes[index] == UInt8(ascii: ".") {
                    inFraction = true
                } else {
                    digits.append(bytes[index] - 0x30)
                    if inFraction { exponent -= 1 }
                }
                index += 1
            }
            if index < bytes.count {
                guard let written = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)), abs(written) < 1000 else { return nil }
                exponent += written
            }
            while let last = digits.last, last == 0, exponent < 0 {
                digits.removeLast()
                exponent += 1
            }
            while digits.first == 0 { digits.removeFirst() }
            if digits.isEmpty { return 0 }
            guard exponent >= 0, digits.count + exponent <= 19 else { return nil }
            var value = 0
            for digit in digits + Array(repeating: 0, count: exponent) {
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(negative ? -Int(digit) : Int(digit))
                guard !overflow, !overflow2 else { return nil }
                value = sum
            }
            return value
        }

        /// Whether bytes follow JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
        static func isNumber(_ bytes: [UInt8]) -> Bool {
            var index = 0
            func digits() -> Int {
                let start = index
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
                return index - start
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count else { return false }
            if bytes[index] == 0x30 {
                index += 1
            } else if digits() == 0 {
                return false
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { return false }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { return false }
            }
            return index == bytes.count
        }

        private static let delimiters: Set<UInt8> = [0x22, 0x2C, 0x3A, 0x5B, 0x5D, 0x7B, 0x7D, 0x20, 0x0A, 0x0D, 0x09]
    }
}

extension JSONValue {
    /// Reads JSON bytes in one pass (what `JSONCoding.decode(JSONValue.self, …)` uses); `nil`
    /// when the bytes are not one JSON value or nest deeper than 512.
    public init?(onePass bytes: [UInt8]) {
        guard let value = JSONText.value(from: bytes) else { return nil }
        self = value
    }
}
