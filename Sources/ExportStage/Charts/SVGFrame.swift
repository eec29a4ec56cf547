/// The outer markup every chart shares: an `<svg>` with a title and description for screen
/// readers (`role="img"`, `aria-labelledby`), sized by its view box and shrinking with the page.
enum SVGFrame {
    /// The chart's SVG element around `body`.
    /// - Parameters:
    ///   - id: a page-unique id; the title and description get `id-title` and `id-desc`.
    ///   - width: the view box width.
    ///   - height: the view box height.
    ///   - title: what the chart shows, in a few words.
    ///   - description: what it shows, in a sentence, for screen readers.
    ///   - body: the drawing.
    static func svg(id: String, width: Double, height: Double, title: String, description: String, body: String) -> String {
        let w = SVGNumber.format(width)
        let h = SVGNumber.format(height)
        return "<svg class=\"chart\" id=\"\(id)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" "
            + "role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"12\">"
            + "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title><desc id=\"\(id)-desc\">\(HTMLText.escape(description))</desc>\n"
            + body + "</svg>\n"
    }

    /// A text element.
    static func text(_ x: Double, _ y: Double, _ content: String, anchor: String = "start", extra: String = "") -> String {
        "<text x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(y))\" text-anchor=\"\(anchor)\"\(extra.isEmpty ? "" : " " + extra)>\(HTMLText.escape(content))</text>"
    }

    /// A tooltip for the enclosing element.
    static func tooltip(_ content: String) -> String {
        "<title>\(HTMLText.escape(content))</title>"
    }
}
