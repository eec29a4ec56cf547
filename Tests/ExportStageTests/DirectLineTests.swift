import DocPipe
import Foundation
import Testing
@testable import ExportStage

/// When export streams without a cache and writes only `jsonl`, a document's final line is
/// rendered directly on its thread; it must be the line its template, filled, gives.
@Suite("Lines rendered directly when export streams")
struct DirectLineTests {
    func stage(_ formats: [String], layout: String = "objects") throws -> ExportStage {
        var options = ExportStage.Options()
        options.formats = formats
        options.span_layout = layout
        return try ExportStage(options: options, context: StageContext(pipelineName: "t"))
    }

    /// A segmented document with escapes in its text and id, metadata and a custom layer.
    var segmented: Document {
        var document = Document(
            id: "news/a \"b\".txt", source: "in/news/a \"b\".txt", text: "Tab\there. Line\nbreak «é» 😀.\u{1}",
            metadata: Metadata(title: "A title", date: "2025-01-02"))
        document[StandardLayers.Paragraphs.self] = [Span(start: 0, end: 26)]
        document[StandardLayers.Sentences.self] = [Span(start: 0, end: 9), Span(start: 10, end: 26)]
        document[StandardLayers.Tokens.self] = [Span(start: 0, end: 3), Span(start: 4, end: 8), Span(start: 8, end: 9), Span(start: 24, end: 25)]
        document.layers[raw: "notes"] = .array([.object(["start": .integer(0), "end": .integer(3), "kind": .string("x")])])
        return document
    }

    @Test("the direct line, manifest record and custom-layer flag are those of the filled template, in both layouts")
    func sameAsFilledTemplate() throws {
        for layout in ["objects", "arrays"] {
            let export = try stage(["jsonl"], layout: layout)
            let direct = try export.prepare(document: segmented)
            let filled = try export.prepare(export.contribution(of: segmented), id: segmented.id).filled
            #expect(direct.template == nil)
            #expect(direct.filled.line == filled.line, "\(String(decoding: direct.filled.line ?? [], as: UTF8.self))")
            let (got, want) = (direct.filled.manifest.input, filled.manifest.input)
            #expect(got.id == want.id && got.source == want.source && got.inputSHA256 == want.inputSHA256)
            #expect(got.textSHA256 == want.textSHA256 && got.characters == want.characters && got.characters == 28)
            #expect(direct.filled.manifest.counts.map(\.count) == filled.manifest.counts.map(\.count))
            #expect(direct.filled.hasCustomLayers == filled.hasCustomLayers && filled.hasCustomLayers)
        }
    }

    @Test("a document renamed by the run gets the line and manifest id of its template filled under the new id")
    func renamed() throws {
        let export = try stage(["jsonl"])
        let direct = try export.prepare(document: segmented)
        let filler = TemplateFiller(assignments: CorpusAssignments(CorpusResults()), annotator: ClusterAnnotator(CorpusResults()))
        let moved = try direct.filled(id: "news/a \"b\".txt#2", by: filler)
        let expected = try filler.fill(export.contribution(of: segmented), id: "news/a \"b\".txt#2")
        #expect(moved.line == expected.line)
        #expect(moved.manifest.input.id == "news/a \"b\".txt#2")
    }

    @Test("other formats, and documents with a hole besides the id, keep the template")
    func templateKept() throws {
        #expect(try stage(["jsonl", "csv"]).prepare(document: segmented).template != nil)
        var clustered = segmented
        clustered[StandardLayers.StoryID.self] = "story-1"
        #expect(try stage(["jsonl"]).prepare(document: clustered).template != nil)
    }
}
