/// Escapes text for HTML element content and attribute values.
enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` replaced by character references.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            append(scalar, to: &result)
        }
        return String(result)
    }

    /// Appends one code point, escaped, to `output`.
    static func append(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        switch scalar {
        case "&": output.append(contentsOf: "&amp;".unicodeScalars)
        case "<": output.append(contentsOf: "&lt;".unicodeScalars)
        case ">": output.append(contentsOf: "&gt;".unicodeScalars)
        case "\"": output.append(contentsOf: "&quot;".unicodeScalars)
        case "'": output.append(contentsOf: "&#39;".unicodeScalars)
        default: output.append(scalar)
        }
    }
}
