import DocPipe

/// Phrases that mark a photo caption or credit line in news text; such lines are never chosen.
enum CaptionMarkers {
    /// Lower-case markers.
    static let phrases = [
        "in this image", "in this photo", "in this picture", "in this handout", "in this file photo",
        "file photo", "photo by", "photo credit", "photograph:", "photo:", "image:", "credit:",
        "getty images", "ap photo", "/ reuters", "/reuters", "afp via getty", "handout photo", "pictured above",
    ]

    /// Whether a sentence reads like a caption or credit.
    /// - Parameter scalars: the sentence's code points.
    /// - Returns: true when it contains a marker.
    ///
    /// Foundation's search (which reads canonically equivalent forms as equal) decides, but only
    /// for sentences whose lower-cased UTF-8 holds a marker's bytes: every form equal to these
    /// ASCII markers is those bytes, and most sentences hold none, so they are never searched.
    static func matches(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let lower = ScalarString.make(scalars).lowercased()
        let bytes = Array(lower.utf8)
        guard phraseBytes.contains(where: { contains(bytes, $0) }) else { return false }
        return phrases.contains { lower.contains($0) }
    }

    private static let phraseBytes = phrases.map { Array($0.utf8) }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
