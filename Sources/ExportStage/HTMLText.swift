/// Escapes text for HTML element content and attribute values.
enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` replaced by character references.
    static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            append(byte, to: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends one UTF-8 byte, escaped when it is one of the five markup characters.
    @inline(__always)
    static func append(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "&"): output.append(contentsOf: ampersand)
        case UInt8(ascii: "<"): output.append(contentsOf: lessThan)
        case UInt8(ascii: ">"): output.append(contentsOf: greaterThan)
        case UInt8(ascii: "\""): output.append(contentsOf: quote)
        case UInt8(ascii: "'"): output.append(contentsOf: apostrophe)
        default: output.append(byte)
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}
