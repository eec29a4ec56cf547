import DocPipe
import SummarizeStage

/// Builds test documents whose sentence layer is set by hand.
enum TestDocuments {
    /// A document made of `sentences` joined by spaces, with its `sentences` layer.
    static func make(_ id: String, _ sentences: [String], title: String? = nil) -> Document {
        var text = ""
        var spans: [Span] = []
        for sentence in sentences {
            if !text.isEmpty { text += " " }
            let start = text.unicodeScalars.count
            text += sentence
            spans.append(Span(start: start, end: text.unicodeScalars.count))
        }
        var document = Document(id: id, text: text, metadata: Metadata(title: title))
        document[StandardLayers.Sentences.self] = spans
        return document
    }

    /// The code-point span of the first occurrence of `needle` in the document's text.
    static func span(of needle: String, in document: Document) -> Span {
        let text = Array(document.text.unicodeScalars), target = Array(needle.unicodeScalars)
        for start in 0...(text.count - target.count) where Array(text[start..<(start + target.count)]) == target {
            return Span(start: start, end: start + target.count)
        }
        fatalError("'\(needle)' not in document \(document.id)")
    }

    /// A news article about a flood, with a lead, details and a repeated sentence.
    static let floodArticle = [
        "Heavy rain flooded the river town of Marlow on Tuesday, forcing hundreds of families from their homes.",
        "Emergency crews used boats to rescue residents trapped on the upper floors of flooded houses.",
        "The mayor said the flood was the worst the town had seen in forty years.",
        "Forecasters expect more rain over the river valley later this week.",
        "Local schools will stay closed until the water drains from the streets.",
        "Volunteers handed out blankets and hot meals at the sports hall, which now shelters displaced families.",
        "Insurance companies have opened a hotline for flooded homeowners.",
    ]

    /// The stage with default options except those set in `configure`.
    static func stage(_ configure: (inout SummarizeStage.Options) -> Void = { _ in }) throws -> SummarizeStage {
        var options = SummarizeStage.Options()
        configure(&options)
        return try SummarizeStage(options: options, context: StageContext(pipelineName: "test", referenceDate: "2021-03-10"))
    }
}
