/// The format `clean` reads a document in.
enum InputFormat: String, Sendable {
    case text
    case markdown
    case html

    /// Decides the format of a document from its source's extension, else from its text.
    /// - Parameters:
    ///   - source: where the document came from (a path, or `stdin:N`).
    ///   - scalars: the text.
    /// - Returns: the format.
    static func detect(source: String, scalars: [Unicode.Scalar]) -> InputFormat {
        let lowered = source.lowercased()
        if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") { return .markdown }
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") { return .html }
        // The cleaned text has no invisible code points, so the sniffer reads the text without
        // them: a signal they hide (`#\u{10} `, `<p\u{200B}>`) would appear in the output and
        // cleaning it again would read another format.
        let visible = VisibleText(scalars).scalars
        if looksLikeHTML(visible) { return .html }
        return looksLikeMarkdown(visible) ? .markdown : .text
    }

    /// Whether the text starts like an HTML page or is dense with block tags.
    static func looksLikeHTML(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count, ScalarClass.isBlank(scalars[index]) || ScalarClass.isLineBreak(scalars[index]) { index += 1 }
        let sample = Array(scalars[index..<min(scalars.count, index + 20_000)])
        if startNeedles.starts(sample) { return true }
        guard sample.contains("<") else { return false }
        return blockTagNeedles.filter { $0.occurs(in: sample) }.count >= 3
    }

    private static let startNeedles = NeedleSet(["<!doctype html", "<html"])
    private static let blockTagNeedles = ["<p>", "<p ", "</p>", "<div", "</div>", "<br", "<a href", "</a>", "<li>", "<span", "</h1>", "</h2>", "<body", "<article"].map { NeedleSet([$0]) }

    /// Whether the text carries Markdown structure: ATX headings, backtick code fences (as
    /// ``CodeFence`` reads them, so the sniffer and the readers agree on what a fence is), links
    /// or images. A `~~~` fence is not a signal: the plain-text path reads it as code too.
    /// Signals are counted as they will look in the cleaned text, so that cleaning it again sniffs
    /// the same: a heading after any line break and after blanks, `#` followed by any space.
    /// ``detect(source:scalars:)`` passes the text without its invisible code points, so none can
    /// hide a signal (between `#` and its space, inside `##`, between `]` and `(`).
    static func looksLikeMarkdown(_ scalars: [Unicode.Scalar]) -> Bool {
        var atLineStart = true
        var lineStart = 0
        var signals = 0
        var index = 0
        let limit = min(scalars.count, 50_000)
        while index < limit {
            let scalar = scalars[index]
            if index == lineStart, opensBacktickFence(scalars, from: index, limit: limit) { signals += 2 }
            if atLineStart, scalar == "#" {
                var end = index
                while end < limit, scalars[end] == "#" { end += 1 }
                if end - index <= 6, end < limit, ScalarClass.isSpace(scalars[end]) { signals += 1 }
            }
            if scalar == "]", index + 1 < limit, scalars[index + 1] == "(" { signals += 1 }
            if signals >= 2 { return true }
            atLineStart = ScalarClass.isLineBreak(scalar) || atLineStart && ScalarClass.isBlank(scalar)
            if ScalarClass.isLineBreak(scalar) { lineStart = index + 1 }
            index += 1
        }
        return false
    }

    /// Whether the line starting at `start` opens a backtick fence.
    private static func opensBacktickFence(_ scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Bool {
        var end = start
        while end < limit, !ScalarClass.isLineBreak(scalars[end]) { end += 1 }
        return CodeFence(opening: start..<end, in: scalars)?.marker == "`"
    }
}
