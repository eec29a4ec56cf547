import DocPipe
@testable import ExtractStage

/// Runs `extract` on a text the tests write, with sentences split after ". ", "? " and "! "
/// (standing in for the `segment` stage).
func extract(_ text: String, reference: String? = "2022-01-11", date: String? = nil, options: ExtractOptions = ExtractOptions()) throws -> Document {
    var document = Document(id: "t", text: text, metadata: Metadata(date: date))
    document[StandardLayers.Sentences.self] = sentenceSpans(text)
    try ExtractStage(options: options, context: StageContext(pipelineName: "test", referenceDate: reference)).process(&document)
    return document
}

/// Sentence spans of a test text: a sentence ends after `.`, `?` or `!` (optionally followed by a
/// closing quote) followed by a space, or at a line break.
func sentenceSpans(_ text: String) -> [Span] {
    let scalars = Array(text.unicodeScalars)
    var spans: [Span] = []
    var start = 0
    var index = 0
    while index < scalars.count {
        let scalar = scalars[index]
        var end: Int?
        if scalar == "\n" {
            end = index
        } else if ".?!".unicodeScalars.contains(scalar) {
            var after = index + 1
            if after < scalars.count, "\"”".unicodeScalars.contains(scalars[after]) { after += 1 }
            if after < scalars.count, scalars[after] == " " { end = after }
        }
        if let end {
            if end > start { spans.append(Span(start: start, end: end)) }
            start = end + 1
        }
        index += 1
    }
    if start < scalars.count { spans.append(Span(start: start, end: scalars.count)) }
    return spans
}

extension Document {
    /// Entity mentions of the document.
    var entities: [EntityMention] { self[StandardLayers.Entities.self] ?? [] }
    /// Date mentions of the document.
    var dates: [DateMention] { self[StandardLayers.Dates.self] ?? [] }
    /// Quantities of the document.
    var quantities: [Quantity] { self[StandardLayers.Quantities.self] ?? [] }
    /// Quotes of the document.
    var quotes: [Quote] { self[StandardLayers.Quotes.self] ?? [] }
    /// Keyphrases of the document.
    var keyphrases: [Keyphrase] { self[StandardLayers.Keyphrases.self] ?? [] }

    /// The first entity mention written exactly `text`.
    func entity(_ text: String) -> EntityMention? { entities.first { $0.text == text } }
}
