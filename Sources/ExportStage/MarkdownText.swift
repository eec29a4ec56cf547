/// Escapes text so that Markdown (CommonMark, with GitHub tables) shows it literally.
enum MarkdownText {
    /// Text for inline use (a table cell, a list item, a link label): `\ ` * _ [ ] < > | ~ & $`
    /// backslash-escaped, line breaks turned into spaces.
    static func inline(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case 0x0A, 0x0D:
                output.append(0x20)
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "$"):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            default:
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Text as a paragraph of its own: like ``inline(_:)``, and a leading `#`, `-`, `+`, `=`, `:`
    /// or ordered-list marker (`1.`, `1)`) is escaped too, so it cannot start a heading, list or rule.
    static func paragraph(_ text: String) -> String {
        let escaped = Array(inline(text.trimmingSpaces).utf8)
        guard let first = escaped.first else { return "" }
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") || first == UInt8(ascii: ":") {
            return "\\" + String(decoding: escaped, as: UTF8.self)
        }
        let digits = escaped.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        if digits > 0, digits < escaped.count, escaped[digits] == UInt8(ascii: ".") || escaped[digits] == UInt8(ascii: ")") {
            return String(decoding: escaped[..<digits], as: UTF8.self) + "\\" + String(decoding: escaped[digits...], as: UTF8.self)
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}
