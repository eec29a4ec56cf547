extension String {
    /// Whether the string has more than `limit` code points, counted from its UTF-8 bytes only as
    /// far as needed (`unicodeScalars.count > limit` without walking a long word to its end).
    /// - Parameter limit: the number of code points to exceed.
    /// - Returns: whether there are more.
    func hasMoreScalars(than limit: Int) -> Bool {
        var seen = 0
        for byte in utf8 where byte & 0xC0 != 0x80 {
            seen += 1
            if seen > limit { return true }
        }
        return false
    }
}
