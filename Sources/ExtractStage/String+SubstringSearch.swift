import Foundation

extension String {
    /// Whether `other` occurs in the string, as Foundation's `StringProtocol.contains(_:)` answers
    /// (an empty `other` never occurs), without bridging to `NSString` when it need not.
    ///
    /// The recognisers ask this of short names and words many times per document. This overload is
    /// more specific than Foundation's generic one, so it answers every `String.contains(String)` of
    /// the module: when both strings are ASCII without a carriage return, every character is a code
    /// unit of its own and Foundation's canonical comparison is a byte comparison, so the bytes are
    /// searched directly; anything else goes to Foundation as before.
    /// - Parameter other: the text to look for.
    /// - Returns: whether it occurs.
    func contains(_ other: String) -> Bool {
        let answer: Bool?? = utf8.withContiguousStorageIfAvailable { haystack in
            other.utf8.withContiguousStorageIfAvailable { needle in ASCIISearch.contains(needle, in: haystack) } ?? nil
        }
        if let answer = answer ?? nil { return answer }
        return range(of: other) != nil
    }
}

/// Byte search over ASCII text, for ``Swift/String/contains(_:)``.
enum ASCIISearch {
    /// Whether `needle` occurs in `haystack`, or `nil` when either holds a byte that is not ASCII
    /// or a carriage return (where a byte search and a canonical one may differ).
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard isPlainASCII(needle), isPlainASCII(haystack) else { return nil }
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }
}
