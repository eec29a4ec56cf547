/// A rectangle on a page in PDF points, with y growing downwards (as pdftotext reports it).
struct PageBox: Sendable, Hashable {
    /// Left edge.
    var x0: Double
    /// Top edge.
    var y0: Double
    /// Right edge.
    var x1: Double
    /// Bottom edge.
    var y1: Double

    /// Width.
    var width: Double { x1 - x0 }
    /// Height.
    var height: Double { y1 - y0 }

    /// The smallest box holding both.
    func union(_ other: PageBox) -> PageBox {
        PageBox(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Whether the two boxes' horizontal extents overlap by more than `margin` points.
    func overlapsHorizontally(_ other: PageBox, margin: Double = 1) -> Bool {
        min(x1, other.x1) - max(x0, other.x0) > margin
    }

    /// `[x0, y0, x1, y1]` rounded to hundredths, as written in `source_blocks`.
    var rounded: [Double] {
        [x0, y0, x1, y1].map { ($0 * 100).rounded() / 100 }
    }
}
