/// Short labels for chart axes and legends.
enum ChartText {
    /// `text` cut to `limit` characters, with `…` when cut.
    static func truncated(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(limit - 1, 1))) + "…"
    }
}
