@testable import HTMLExtraction

/// Small pages written for the tests.
enum TestPages {
    /// Three paragraphs of an invented news story.
    static let story = """
        <p>The river authority opened the northern floodgates on Tuesday morning, after three days of heavy rain had raised the water level by almost two metres.</p>
        <p>Engineers said the dam was never at risk, but farmers downstream were told to move their livestock to higher ground, and two schools closed early.</p>
        <p>A spokesperson for the authority, speaking at a briefing in the regional capital, said the gates would stay open until the level fell below the summer mark.</p>
        """

    /// A whole page: `head` inside `<head>`, and `body` inside `<body>`.
    static func page(head: String = "", body: String) -> [UInt8] {
        Array("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n\(head)\n</head>\n<body>\n\(body)\n</body>\n</html>\n".utf8)
    }

    /// A page whose article is `story` placed next to `boilerplate`.
    static func article(with boilerplate: String, head: String = "") -> [UInt8] {
        page(head: head, body: """
            <div class="page">
            <div class="article-body">\(story)</div>
            \(boilerplate)
            </div>
            """)
    }

    /// Extracts a page with default options.
    static func extract(_ html: [UInt8], options: ExtractionOptions = ExtractionOptions()) -> ExtractedPage {
        HTMLExtractor(options: options).extract(html)
    }
}
