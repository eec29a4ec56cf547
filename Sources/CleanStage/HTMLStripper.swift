/// A minimal HTML fallback: strips tags to text so that an HTML document is cleaned rather than
/// rejected. Block tags become paragraph breaks, `<br>` a line break, `script`/`style`/`noscript`/
/// `template`/`svg` content and comments are skipped (so is `head`, whose `title` usually repeats the page's `h1`), common entities are decoded. Full HTML
/// extraction (DOM, link density) is a later issue.
enum HTMLStripper {
    private static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "head"]
    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "table", "tr", "td", "th", "blockquote", "pre", "figure", "figcaption", "hr", "title", "body",
        "dl", "dt", "dd", "form", "address",
    ]
    private static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "mdash": "\u{2014}",
        "ndash": "\u{2013}", "hellip": "\u{2026}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "copy": "\u{A9}", "reg": "\u{AE}", "shy": "\u{AD}", "laquo": "\u{AB}", "raquo": "\u{BB}",
    ]

    /// Strips tags from an HTML document.
    /// - Parameter input: the original text.
    /// - Returns: the text content, each code point mapped back to the original.
    static func strip(_ input: [Unicode.Scalar]) -> SourceText {
        var output = SourceText(rewritingCapacity: input.count / 2)
        var index = 0
        let count = input.count
        var skipping: String?
        var seenDoctype = false
        while index < count {
            let scalar = input[index]
            if scalar == "<" {
                if startsWith(input, at: index, "<!--") {
                    index = find(input, "-->", from: index + 4).map { $0 + 3 } ?? count
                    continue
                }
                if !seenDoctype, isDoctype(input, at: index) {
                    seenDoctype = true
                    if let end = doctypeWithSubsetEnd(input, from: index) {
                        index = end
                        continue
                    }
                }
                guard let close = tagEnd(input, from: index) else {
                    if skipping == nil { output.append(scalar, from: index..<index + 1) }
                    index += 1
                    continue
                }
                let (name, closing) = tagName(input, index + 1..<close)
                if let skipped = skipping {
                    if closing && name == skipped { skipping = nil }
                } else if !closing, skippedElements.contains(name) {
                    skipping = name
                } else if name == "br" {
                    output.append("\n", from: index..<close + 1)
                } else if blockElements.contains(name) {
                    output.append("\n", from: index..<close + 1)
                    output.append("\n", from: close + 1..<close + 1)
                }
                index = close + 1
                continue
            }
            if skipping != nil {
                index += 1
                continue
            }
            if scalar == "&", let (decoded, after) = entity(input, at: index) {
                output.append(decoded, from: index..<after)
                index = after
                continue
            }
            output.append(ScalarClass.isLineBreak(scalar) || scalar == "\t" ? " " : scalar, from: index..<index + 1)
            index += 1
        }
        return output
    }

    private static func isDoctype(_ input: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 9 <= input.count, input[index + 1] == "!" else { return false }
        return String(String.UnicodeScalarView(input[(index + 2)..<(index + 9)])).lowercased() == "doctype"
    }

    /// The end of a `<!DOCTYPE … [ … ]>` declaration with an internal subset, whose declarations
    /// (`<!ENTITY x "…">`) hold `>`; `nil` when it has none (it then ends at its first `>`, like any
    /// tag). Quoted strings and comments inside the subset may hold `]` and `>`.
    private static func doctypeWithSubsetEnd(_ input: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 9
        var inSubset = false
        while index < input.count {
            let scalar = input[index]
            if scalar == "\"" || scalar == "'" {
                guard let close = input[(index + 1)...].firstIndex(of: scalar) else { return nil }
                index = close + 1
                continue
            }
            if !inSubset {
                if scalar == ">" { return nil }
                if scalar == "[" { inSubset = true }
            } else if startsWith(input, at: index, "<!--") {
                guard let close = find(input, "-->", from: index + 4) else { return nil }
                index = close + 3
                continue
            } else if scalar == "]" {
                var end = index + 1
                while end < input.count, input[end] == " " || input[end] == "\t" || input[end] == "\n" || input[end] == "\r" { end += 1 }
                return end < input.count && input[end] == ">" ? end + 1 : nil
            }
            index += 1
        }
        return nil
    }

    private static func startsWith(_ input: [Unicode.Scalar], at index: Int, _ prefix: String) -> Bool {
        var position = index
        for scalar in prefix.unicodeScalars {
            guard position < input.count, input[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    private static func find(_ input: [Unicode.Scalar], _ needle: String, from start: Int) -> Int? {
        var index = start
        while index < input.count {
            if startsWith(input, at: index, needle) { return index }
            index += 1
        }
        return nil
    }

    /// The end of the tag opening at `start`; tags longer than 2,000 code points are not tags, so
    /// stray `<` and quotes cannot make the scan quadratic.
    private static func tagEnd(_ input: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < input.count else { return nil }
        let next = input[start + 1]
        guard ScalarClass.isLetter(next) || next == "/" || next == "!" || next == "?" else { return nil }
        var index = start + 1
        var quote: Unicode.Scalar?
        let limit = min(input.count, start + 2_000)
        while index < limit {
            let scalar = input[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func tagName(_ input: [Unicode.Scalar], _ range: Range<Int>) -> (String, Bool) {
        var index = range.lowerBound
        var closing = false
        if index < range.upperBound, input[index] == "/" {
            closing = true
            index += 1
        }
        var name = String.UnicodeScalarView()
        while index < range.upperBound, ScalarClass.isLetter(input[index]) || ScalarClass.isDigit(input[index]) {
            name.append(input[index])
            index += 1
        }
        return (String(name).lowercased(), closing)
    }

    private static func entity(_ input: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        var name = String.UnicodeScalarView()
        while index < input.count, index - start <= 10, input[index] != ";" {
            name.append(input[index])
            index += 1
        }
        guard index < input.count, input[index] == ";", !name.isEmpty else { return nil }
        let text = String(name)
        if text.hasPrefix("#") {
            let digits = text.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, index + 1)
        }
        guard let scalar = entities[text] else { return nil }
        return (scalar, index + 1)
    }
}
