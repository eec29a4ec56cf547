import DocPipe
import SegmentStage

/// Runs the `segment` stage on a text and returns its layers as strings.
enum Segmenting {
    /// The sentences of `text`, as strings.
    static func sentences(_ text: String, options: SegmentOptions = SegmentOptions()) throws -> [String] {
        let document = try segment(text, options: options)
        return (document[StandardLayers.Sentences.self] ?? []).map { document.text(of: $0) }
    }

    /// The paragraphs of `text`, as strings.
    static func paragraphs(_ text: String) throws -> [String] {
        let document = try segment(text)
        return (document[StandardLayers.Paragraphs.self] ?? []).map { document.text(of: $0) }
    }

    /// The tokens of `text`, as strings.
    static func tokens(_ text: String) throws -> [String] {
        let document = try segment(text)
        return (document[StandardLayers.Tokens.self] ?? []).map { document.text(of: $0) }
    }

    /// The document after the stage ran.
    static func segment(_ text: String, options: SegmentOptions = SegmentOptions()) throws -> Document {
        var document = Document(id: "t", text: text)
        try SegmentStage(options: options, context: StageContext(pipelineName: "test")).process(&document)
        return document
    }
}
