import DocPipe
import DocPipeTesting
import Foundation
@testable import ExportStage

/// A small corpus with every layer filled by hand, and helpers to export it into a fresh folder.
enum ExportFixture {
    /// Text with commas, double quotes, a line break inside a paragraph's neighbourhood, non-ASCII letters and markup.
    static let firstText = """
        Peacekeepers from the alliance landed in Almaty on 6 January, officials said.
        "We will restore order," Anna Petrova said, adding that 2,500 soldiers were deployed.
        Café owners in Zürich wrote <script>alert('x')</script> & left.
        """

    static let secondText = """
        The ministry reported 3,000 troops on 7 January 2022.
        Its spokesman, Ivan Sidorov, said: "The mission ends soon."
        """

    /// The first document, every layer set.
    static var first: Document {
        var document = Document(
            id: "first-report", source: "/nonexistent/first.txt", text: firstText,
            metadata: Metadata(title: "Troops, \"peace\" and order", author: "Ola Nordmann", publisher: "Daily Example", date: "2022-01-07"))
        document[StandardLayers.Paragraphs.self] = lineSpans(firstText)
        document[StandardLayers.Sentences.self] = lineSpans(firstText)
        document[StandardLayers.Entities.self] = [
            mention(firstText, "Almaty", .gpe, "Almaty"),
            mention(firstText, "Anna Petrova", .person, "Anna Petrova"),
            mention(firstText, "Zürich", .gpe, "Zürich"),
        ]
        let quoted = span(firstText, "We will restore order,")
        document[StandardLayers.Quotes.self] = [Quote(start: quoted.start, end: quoted.end, text: "We will restore order,", speaker: "Anna Petrova")]
        let date = span(firstText, "6 January")
        document[StandardLayers.Dates.self] = [DateMention(start: date.start, end: date.end, text: "6 January", value: "2022-01-06")]
        let figure = span(firstText, "2,500 soldiers")
        document[StandardLayers.Quantities.self] = [Quantity(start: figure.start, end: figure.end, text: "2,500 soldiers", value: 2500, unit: "soldier", qualifier: "about")]
        let phrase = span(firstText, "Peacekeepers")
        document[StandardLayers.Keyphrases.self] = [Keyphrase(start: phrase.start, end: phrase.end, text: "Peacekeepers", score: 0.75)]
        document[StandardLayers.SummaryLayer.self] = Summary(sentences: [0], text: "Peacekeepers from the alliance landed in Almaty on 6 January, officials said.")
        return document
    }

    /// The second document: sentences, entities and a quote only.
    static var second: Document {
        var document = Document(id: "second report", source: "", text: secondText, metadata: Metadata(title: "Ministry figures", section: "World,\nAsia \"Pacific\"\r\n"))
        document[StandardLayers.Sentences.self] = lineSpans(secondText)
        document[StandardLayers.Entities.self] = [mention(secondText, "Ivan Sidorov", .person, "Ivan Sidorov")]
        let quoted = span(secondText, "The mission ends soon.")
        document[StandardLayers.Quotes.self] = [Quote(start: quoted.start, end: quoted.end, text: "The mission ends soon.", speaker: "Ivan Sidorov")]
        return document
    }

    /// Corpus-level results referring to both documents.
    static var results: CorpusResults {
        var results = CorpusResults()
        results[StandardCorpusKeys.Entities.self] = [
            EntityCluster(canonical: "Anna Petrova", label: .person, aliases: ["Anna Petrova", "Petrova"], mentions: ["first-report": 1]),
            EntityCluster(canonical: "Almaty", label: .gpe, aliases: ["Almaty"], mentions: ["first-report": 1, "second report": 2]),
        ]
        results[StandardCorpusKeys.Summary.self] = CorpusSummary(sentences: [
            CitedSentence(doc: "second report", index: 0, text: "The ministry reported 3,000 troops on 7 January 2022."),
        ])
        results[StandardCorpusKeys.Timeline.self] = [
            TimelineEntry(
                date: "2022-01-06", text: "Peacekeepers from the alliance landed in Almaty on 6 January, officials said.", doc: "first-report", index: 0,
                sources: [CitedSentence(doc: "first-report", index: 0, text: "x"), CitedSentence(doc: "second report", index: 0, text: "y")]),
        ]
        results[StandardCorpusKeys.Conflicts.self] = [
            ConflictGroup(unit: "troop", subject: "deployment", figures: [
                ReportedFigure(value: 2500, unit: "troop", doc: "first-report", text: "… 2,500 soldiers were deployed.", index: 1),
                ReportedFigure(value: 3000, unit: "troop", doc: "second report", text: "The ministry reported 3,000 troops on 7 January 2022.", index: 0),
            ]),
        ]
        return results
    }

    /// The fixture corpus.
    static var corpus: Corpus {
        var summary = RunSummary()
        summary.documentsRead = 2
        summary.documentsProcessed = 2
        return Corpus(documents: DocumentStream([first, second]), results: results, summary: summary)
    }

    /// Exports `corpus` in `formats` into a new temporary folder.
    /// - Returns: the folder.
    static func export(_ corpus: Corpus = ExportFixture.corpus, formats: [String] = ExportStage.supportedFormats, folder: URL? = nil, jobs: Int = 2) throws -> URL {
        let output = folder ?? ScratchSpace.newPath("export")
        var options = ExportStage.Options()
        options.formats = formats
        let context = StageContext(
            pipelineName: "fixture", outputDirectory: output,
            stageRecords: [try record(name: "export", options: .object(["formats": .array(formats.map(JSONValue.string))]))], jobs: jobs)
        var corpus = corpus
        try ExportStage(options: options, context: context).finish(&corpus)
        return output
    }

    /// A stage record (the core gives `StageRecord` no public initialiser, so it is decoded).
    static func record(name: String, version: String = "1", options: JSONValue) throws -> StageRecord {
        try JSONCoding.decode(StageRecord.self, from: JSONValue.object(["name": .string(name), "version": .string(version), "options": options]))
    }

    /// Reads a file of the export as text.
    static func read(_ folder: URL, _ file: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }

    /// The code-point span of the first occurrence of `needle` in `text`.
    static func span(_ text: String, _ needle: String) -> Span {
        let scalars = Array(text.unicodeScalars), wanted = Array(needle.unicodeScalars)
        for start in 0...(scalars.count - wanted.count) where Array(scalars[start..<(start + wanted.count)]) == wanted {
            return Span(start: start, end: start + wanted.count)
        }
        fatalError("'\(needle)' is not in the text")
    }

    static func mention(_ text: String, _ words: String, _ label: EntityLabel, _ canonical: String) -> EntityMention {
        let found = span(text, words)
        return EntityMention(start: found.start, end: found.end, text: words, label: label, canonical: canonical)
    }

    /// One span per line.
    static func lineSpans(_ text: String) -> [Span] {
        var spans: [Span] = []
        var start = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" {
            spans.append(Span(start: start, end: offset))
            start = offset + 1
        }
        spans.append(Span(start: start, end: text.unicodeScalars.count))
        return spans
    }
}
