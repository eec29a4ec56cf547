/// Coordinates written into SVG with one decimal at most, the same bytes on every machine.
enum SVGNumber {
    /// `12.0` → `12`, `3.14159` → `3.1`, `-0.04` → `0`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        if tenths == 0 { return "0" }
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
