import DocPipe

extension String {
    /// The string without trailing punctuation and spaces.
    func trimmingTrailingPunctuation() -> String {
        var scalars = Array(unicodeScalars)
        while let last = scalars.last, !ScalarClass.isLetter(last) && !ScalarClass.isDigit(last) && last != ")" { scalars.removeLast() }
        return ScalarString.make(scalars)
    }
}
