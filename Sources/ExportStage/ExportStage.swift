import DocPipe
import Foundation

/// Writes the run's results as files people and tools open: `documents.jsonl` and `corpus.json`
/// (`jsonl`), one CSV file per table (`csv`), an SQLite database with full-text search
/// (`sqlite`), a report to read (`markdown`, `html`), and always `manifest.json`.
///
/// Export renders each document in the parallel per-document phase, as its contribution to the
/// corpus step (``DocumentTemplate``: the line, CSV records and SQLite rows with holes for what
/// the corpus decides), cached with the document and written by each shard. Its corpus step reads
/// the templates in order, fills the holes (``TemplateFiller``) and writes the bytes; only the
/// reports and custom layers' tables read the documents again. Every file is written to a
/// temporary name in the output folder and renamed into place when complete.
public struct ExportStage: StreamingContributor {
    /// The export stage's options.
    public struct Options: StageOptions {
        /// Which formats to write.
        @Option(
            help: """
                Formats to write: jsonl (documents.jsonl + corpus.json), csv (csv/TABLE.csv), \
                sqlite (docpipe.sqlite with FTS5 over sentences), markdown (report.md), html (report.html). \
                manifest.json is always written.
                """)
        public var formats: [String] = ["jsonl"]

        /// How `documents.jsonl` writes span lists (tokens, sentences, paragraphs).
        @Option(
            help: """
                How documents.jsonl writes span lists (tokens, sentences, paragraphs): objects                 ([{"end":5,"start":0},…]) or arrays ({"end":[5,…],"start":[0,…]}, about a third of the size).
                """)
        public var span_layout = "objects"

        /// Creates the defaults.
        public init() {}
    }

    /// The formats this version writes, in the order they are written.
    public static let supportedFormats = ["jsonl", "csv", "sqlite", "markdown", "html"]

    /// Templates per thread that the pass over the templates reads and fills ahead of the one it
    /// writes (on up to `--jobs` threads): what bounds the memory of that pass.
    static let documentsInFlight = 2

    /// The version of the tool recorded in `manifest.json`.
    public static let toolVersion = "0.1.0"

    /// `export`.
    public static let name = "export"
    /// What the stage does.
    public static let abstract = "Write documents.jsonl, corpus.json, CSV, SQLite, Markdown/HTML reports and manifest.json into the output folder."
    /// The stage version.
    public static let version = "3"

    let formats: [String]
    let spanLayout: SpanLayout
    let output: URL
    let context: StageContext

    /// Creates the stage.
    /// - Parameters:
    ///   - options: the formats to write.
    ///   - context: the run's output folder, pipeline name and stage records.
    /// - Throws: ``StageError`` for an unknown format or an empty list.
    public init(options: Options, context: StageContext) throws {
        guard !options.formats.isEmpty else { throw StageError("'formats' is empty; list at least one of \(Self.supportedFormats.joined(separator: ", "))") }
        for format in options.formats where !Self.supportedFormats.contains(format) {
            throw StageError("unknown format '\(format)'; formats: \(Self.supportedFormats.joined(separator: ", "))")
        }
        formats = Self.supportedFormats.filter(options.formats.contains)
        guard let layout = SpanLayout(rawValue: options.span_layout), layout != .deltas else {
            throw StageError("unknown span_layout '\(options.span_layout)'; span_layout: objects, arrays")
        }
        spanLayout = layout
        output = context.outputDirectory
        self.context = context
    }

    /// The corpus step reads documents only for the reports (every document) and for the custom
    /// layers' tables in CSV and SQLite (documents with a layer outside the built-in tables,
    /// `duplicate` and `story` included); `documents.jsonl` and the other tables come from the
    /// templates.
    public func finishReads(_ document: Document) -> Bool {
        if formats.contains("markdown") || formats.contains("html") { return true }
        guard formats.contains("csv") || formats.contains("sqlite") else { return false }
        return document.layers.names.contains { !LayerTables.builtInLayers.contains($0) && !Document.reservedKeys.contains($0) }
    }

    /// Export does nothing to the document.
    public func process(_ document: inout Document) throws {}

    /// The template carries the document's source (the manifest's input and the `source` field).
    public static var contributionReadsSource: Bool { true }

    /// Renders the document with holes for the corpus's values (``DocumentRenderer``).
    /// - Throws: an encoding error.
    public func contribution(of document: Document) throws -> DocumentTemplate {
        try renderer.template(document)
    }

    private var renderer: DocumentRenderer {
        let csv = formats.contains("csv"), sqlite = formats.contains("sqlite")
        return DocumentRenderer(jsonl: formats.contains("jsonl") ? spanLayout : nil, csv: csv, sqlite: sqlite)
    }

    /// Fills the document's template under `id`, on its own thread, with nothing from the corpus
    /// (export streams only when no earlier corpus step decides a hole).
    /// - Throws: an encoding error.
    public func prepare(_ contribution: DocumentTemplate, id: String) throws -> Prepared {
        Prepared(template: contribution, filled: try filler(CorpusResults()).fill(contribution, id: id))
    }

    /// Renders the document's final line directly when it streams without a cache and only
    /// `jsonl` is written (``Prepared/direct(_:spanLayout:)``): no template, no holes to fill;
    /// otherwise fills its template as ``prepare(_:id:)`` does.
    /// - Throws: an encoding error.
    public func prepare(document: Document) throws -> Prepared {
        if formats == ["jsonl"], let prepared = try Prepared.direct(document, spanLayout: spanLayout) { return prepared }
        return try prepare(try contribution(of: document), id: document.id)
    }

    /// Opens the outputs for a run that streams its documents into them.
    /// - Throws: a file or SQLite error naming the path that could not be created.
    public func makeWriter() throws -> any ContributionWriter {
        try ExportPass(formats: formats, filler: filler(CorpusResults()), clusters: [], output: output, context: context)
    }

    /// The filler of the corpus step, which copies unchanged documents' bytes from the previous
    /// outputs when `documents.jsonl` or CSV is written (``OutputReuse``).
    private func reusingFiller(_ results: CorpusResults) -> TemplateFiller {
        var filler = filler(results)
        if formats.contains("jsonl") || formats.contains("csv") {
            filler.reuse = OutputReuse(output: output, jsonl: formats.contains("jsonl"), csv: formats.contains("csv"), spanLayout: spanLayout)
        }
        return filler
    }

    private func filler(_ results: CorpusResults) -> TemplateFiller {
        TemplateFiller(
            assignments: CorpusAssignments(results), annotator: ClusterAnnotator(results), spanLayout: spanLayout,
            csv: formats.contains("csv"), reports: formats.contains("markdown") || formats.contains("html"))
    }

    /// Writes every requested format, then `manifest.json`: `documents.jsonl`, the tables (CSV,
    /// SQLite) and the manifest's inputs from the documents' templates, in order (or, when the
    /// run streamed them, from what its ``ExportPass`` already wrote); the reports and custom
    /// layers' tables in passes of their own over the documents (only when written).
    /// Entity mentions, quote speakers, timeline entries and conflicts carry their cross-document
    /// cluster (``ClusterAnnotator``) in every format.
    /// - Throws: a file or SQLite error naming the path that could not be written.
    public func finish(_ corpus: inout Corpus, contributions: ContributionStream<DocumentTemplate>) throws {
        let pass: ExportPass
        if let (writer, ids) = try contributions.writtenAhead() {
            guard let streamed = writer as? ExportPass, streamed.ids == ids else {
                throw StageError("the documents written as they finished are not the run's documents")
            }
            pass = streamed
        } else {
            let filler = reusingFiller(corpus.results)
            MemoryProbe.note("export: assignments made")
            pass = try ExportPass(
                formats: formats, filler: filler, clusters: corpus.results[StandardCorpusKeys.Entities.self] ?? [], output: output, context: context)
            MemoryProbe.note("export: cluster annotator built")
            do {
                let parked = try ParkedResults(setAsideFrom: &corpus.results, keeping: [], outputDirectory: output)
                try contributions.forEach(threads: context.jobs, window: Self.documentsInFlight * context.jobs) { id, template in
                    try filler.fill(template, id: id)
                } _: { id, filled in
                    try pass.add(id: id, filled: filled)
                }
                try parked.restore(into: &corpus.results)
            } catch {
                pass.discard()
                throw error
            }
        }
        let written = try pass.finish(corpus)
        do {
            try finishOutputs(&corpus, written: written, pass: pass)
        } catch {
            pass.discardDatabase()
            throw error
        }
    }

    /// What follows export's pass: `corpus.json`, the reports and `manifest.json`, written while
    /// the database builds its indexes and commits on its own thread (``ExportPass/finishDatabase()``
    /// is waited for only before the manifest hashes it).
    /// - Throws: a file or SQLite error naming the path that could not be written.
    private func finishOutputs(_ corpus: inout Corpus, written: ExportPass.Result, pass: ExportPass) throws {
        MemoryProbe.note("export: documents and tables written")
        var manifest = written.manifest
        corpus.results = written.results
        var outputs: [String] = []
        if formats.contains("jsonl") {
            try JSONLinesWriter.writeCorpus(corpus.results, in: output)
            outputs += [JSONLinesWriter.documentsFile, JSONLinesWriter.corpusFile]
            MemoryProbe.note("export: corpus.json written")
        }
        if formats.contains("csv") { outputs += CSVTableSink.relativePaths + written.layerTables.map(\.csvPath) }
        if formats.contains("sqlite") { outputs.append(SQLiteExport.fileName) }
        var reports: [any ReportFormat] = []
        if formats.contains("markdown") { reports.append(MarkdownReport(pipelineName: context.pipelineName, formats: formats)) }
        if formats.contains("html") { reports.append(HTMLReport(pipelineName: context.pipelineName, formats: formats)) }
        if !reports.isEmpty, let index = written.reportIndex {
            try ReportWriter(output: output, annotator: written.annotator).write(reports, corpus, index: index)
            outputs += reports.map { type(of: $0).fileName }
            if index.articlesOnOwnPages { manifest.reportPagesFolder = ReportIndex.folder }
        }
        let hashed = try manifest.hashOutputs(outputs.filter { $0 != SQLiteExport.fileName }, threads: context.jobs)
        corpus.warnings += try pass.finishDatabase()
        MemoryProbe.note("export: database committed")
        try manifest.write(corpus, outputs: outputs, hashed: hashed)
    }
}
