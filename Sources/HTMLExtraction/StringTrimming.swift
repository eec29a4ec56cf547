extension String {
    /// The string without leading and trailing white space (including no-break spaces and newlines).
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// The string with every run of white space collapsed to one space, trimmed.
    var collapsingSpaces: String {
        var result = String.UnicodeScalarView()
        var pending = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pending = !result.isEmpty
            } else {
                if pending { result.append(" ") }
                pending = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
