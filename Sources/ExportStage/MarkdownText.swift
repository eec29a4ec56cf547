/// Escapes text so that Markdown (CommonMark, with GitHub tables) shows it literally.
enum MarkdownText {
    private static let specials: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$"]
    private static let lineStarters: Set<Unicode.Scalar> = ["#", "-", "+", "=", ":"]

    /// Text for inline use (a table cell, a list item, a link label): specials backslash-escaped,
    /// line breaks turned into spaces.
    static func inline(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                result.append(" ")
            } else {
                if specials.contains(scalar) { result.append("\\") }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Text as a paragraph of its own: like ``inline(_:)``, and a leading character that would
    /// start a heading, list or rule is escaped too.
    static func paragraph(_ text: String) -> String {
        let escaped = inline(text.trimmingSpaces)
        guard let first = escaped.unicodeScalars.first else { return escaped }
        if lineStarters.contains(first) { return "\\" + escaped }
        let digits = escaped.unicodeScalars.prefix { $0.properties.numericType == .decimal }
        if !digits.isEmpty {
            let rest = escaped.unicodeScalars.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")" {
                return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
            }
        }
        return escaped
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
