/// The colours the charts draw with: eight that stay apart for colour-blind readers (Okabe–Ito),
/// then grey for everything beyond them ("other sources").
enum ChartPalette {
    /// The series colours in order.
    static let series = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"]

    /// The colour of whatever is not one of the named series.
    static let other = "#9e9e9e"

    /// The colour of series `index`, grey past the named ones.
    static func colour(_ index: Int) -> String {
        index >= 0 && index < series.count ? series[index] : other
    }
}
