/// Builds the compact static word lists of the stage from `|`-separated literals, which compile
/// far faster than large set literals.
enum WordList {
    /// The entries of a `|`-separated list, trimmed, empty ones dropped.
    /// - Parameter list: entries separated by `|` (newlines are ignored).
    /// - Returns: the set of entries.
    static func set(_ list: String) -> Set<String> {
        Set(entries(list))
    }

    /// The entries of a `|`-separated list, lower-cased.
    /// - Parameter list: entries separated by `|`.
    /// - Returns: the set of lower-cased entries.
    static func lowercased(_ list: String) -> Set<String> {
        Set(entries(list).map { $0.lowercased() })
    }

    /// The entries of a `|`-separated list in order.
    static func entries(_ list: String) -> [String] {
        list.split(separator: "|").map { $0.split(whereSeparator: \.isNewline).joined().trimmingSpaces() }.filter { !$0.isEmpty }
    }
}

extension String {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " { scalars.removeFirst() }
        while let last = scalars.last, last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
