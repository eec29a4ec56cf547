/// Builds the compact static word lists of the stage from `|`-separated literals, which compile
/// far faster than large set literals.
enum WordList {
    /// The entries of a `|`-separated list, trimmed, empty ones dropped.
    /// - Parameter list: entries separated by `|` (newlines are ignored).
    /// - Returns: the set of entries.
    static func set(_ list: String) -> Set<String> {
        let entries = entries(list)
        var result = Set<String>(minimumCapacity: entries.count)
        for entry in entries { result.insert(entry) }
        return result
    }

    /// The entries of a `|`-separated list, lower-cased.
    /// - Parameter list: entries separated by `|`.
    /// - Returns: the set of lower-cased entries.
    static func lowercased(_ list: String) -> Set<String> {
        Set(entries(list).map { $0.lowercased() })
    }

    /// The entries of a `|`-separated list in order.
    static func entries(_ list: String) -> [String] {
        var list = list
        return list.withUTF8 { bytes in
            var result: [String] = []
            var entry: [UInt8] = []
            entry.reserveCapacity(64)
            func flush() {
                var start = 0
                var end = entry.count
                while start < end && entry[start] == 0x20 { start += 1 }
                while end > start && entry[end - 1] == 0x20 { end -= 1 }
                if start < end { result.append(String(decoding: entry[start..<end], as: UTF8.self)) }
                entry.removeAll(keepingCapacity: true)
            }
            for byte in bytes {
                switch byte {
                case 0x7C: flush()
                case 0x0A, 0x0D: continue
                default: entry.append(byte)
                }
            }
            flush()
            return result
        }
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
