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
    static func matches(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let lower = String(String.UnicodeScalarView(scalars)).lowercased()
        return phrases.contains { lower.contains($0) }
    }
}
