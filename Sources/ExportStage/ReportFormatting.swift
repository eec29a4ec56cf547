import DocPipe

/// Small text formats shared by the Markdown and HTML reports.
enum ReportFormatting {
    /// A number with thousands separators and at most three decimals: `2500` → `2,500`, `0.5` → `0.5`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let negative = value < 0
        let scaled = (abs(value) * 1000).rounded()
        let whole = Int64(scaled / 1000)
        var fraction = Int64(scaled) % 1000
        var digits = Array(String(whole))
        var grouped: [Character] = []
        while digits.count > 3 {
            grouped.insert(contentsOf: [","] + digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        grouped.insert(contentsOf: digits, at: 0)
        var text = (negative ? "-" : "") + String(grouped)
        if fraction > 0 {
            var decimals = 3
            while fraction % 10 == 0 { fraction /= 10; decimals -= 1 }
            let padded = String(repeating: "0", count: decimals - String(fraction).count) + String(fraction)
            text += "." + padded
        }
        return text
    }

    /// A figure as shown under its unit's heading: `2,500`, `40%`.
    static func figure(_ value: Double, unit: String) -> String {
        unit == "%" ? number(value) + "%" : number(value)
    }

    /// A quantity's resolved value: qualifier, number or range, unit: `about 2,500–3,000 troop`.
    static func quantity(_ quantity: Quantity) -> String {
        var text = quantity.qualifier.map { $0 + " " } ?? ""
        text += number(quantity.value)
        if let upper = quantity.maxValue { text += "–" + number(upper) }
        text += quantity.unit == "%" ? "%" : " " + quantity.unit
        return text
    }

    /// A quote's speaker as the reports print it: the name as the source writes it, then the
    /// corpus-wide cluster name in parentheses when it differs ("Hanna Kovalenko (Anna Kovalenko)").
    static func speaker(_ name: String, cluster: String?) -> String {
        guard let cluster, cluster != name else { return name }
        return "\(name) (\(cluster))"
    }
}
