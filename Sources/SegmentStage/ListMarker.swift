/// A list item's number or letter at the start of an item: `1.`, `2)`, `3.)`, `a.`, `b)`.
struct ListMarker: Equatable {
    /// What follows the number or letter.
    enum Style: Equatable {
        case period, parenthesis, periodParenthesis

        /// The style's bytes.
        var bytes: [UInt8] {
            switch self {
            case .period: [UInt8(ascii: ".")]
            case .parenthesis: [UInt8(ascii: ")")]
            case .periodParenthesis: [UInt8(ascii: "."), UInt8(ascii: ")")]
            }
        }
    }

    /// The item's number (1 for `a`).
    var value: Int
    /// The letter's ASCII code for lettered lists, `nil` for numbered ones.
    var letterBase: UInt8?
    /// What follows the number or letter.
    var style: Style

    /// Reads a marker that starts at `index` and is followed by a space.
    /// - Returns: the marker, or `nil` when none starts there.
    static func parse(_ text: ByteText, at index: Int, limit: Int) -> ListMarker? {
        var position = index
        var value = 0
        var letterBase: UInt8?
        while position < limit, position - index < 3, text[position] >= 0x30, text[position] <= 0x39 {
            value = value * 10 + Int(text[position] - 0x30)
            position += 1
        }
        if position == index {
            guard position < limit else { return nil }
            let byte = text[position]
            if byte >= 0x61 && byte <= 0x7A {
                letterBase = 0x61
            } else if byte >= 0x41 && byte <= 0x5A {
                letterBase = 0x41
            } else {
                return nil
            }
            value = Int(byte - letterBase!) + 1
            position += 1
        } else if position < limit, text[position] >= 0x30, text[position] <= 0x39 {
            return nil
        }
        let style: Style
        if position + 1 < limit, text[position] == UInt8(ascii: "."), text[position + 1] == UInt8(ascii: ")") {
            style = .periodParenthesis
        } else if position < limit, text[position] == UInt8(ascii: ".") {
            style = .period
        } else if position < limit, text[position] == UInt8(ascii: ")") {
            style = .parenthesis
        } else {
            return nil
        }
        if letterBase == 0x41 && style != .parenthesis { return nil }
        let end = position + style.bytes.count
        guard end < limit, ByteText.isASCIISpace(text[end]) else { return nil }
        return ListMarker(value: value, letterBase: letterBase, style: style)
    }

    /// The marker of the next item, as bytes followed by a space; `nil` after `z`.
    var nextItemBytes: [UInt8]? {
        let label: [UInt8]
        if let letterBase {
            guard value < 26 else { return nil }
            label = [letterBase + UInt8(value)]
        } else {
            label = Array(String(value + 1).utf8)
        }
        return label + style.bytes + [UInt8(ascii: " ")]
    }

    /// The marker of the next item.
    var next: ListMarker { ListMarker(value: value + 1, letterBase: letterBase, style: style) }
}
