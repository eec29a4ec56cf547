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
public struct ExportStage: CorpusContributor {
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

    /// Writes every requested format, then `manifest.json`: `documents.jsonl`, the tables (CSV,
    /// SQLite) and the manifest's inputs from the documents' templates, in order; the reports and
    /// custom layers' tables in passes of their own over the documents (only when written).
    /// Entity mentions, quote speakers, timeline entries and conflicts carry their cross-document
    /// cluster (``ClusterAnnotator``) in every format.
    /// - Throws: a file or SQLite error naming the path that could not be written.
    public func finish(_ corpus: inout Corpus, contributions: ContributionStream<DocumentTemplate>) throws {
        var manifest = ManifestWriter(folder: output, context: context, formats: formats)
        let assignments = CorpusAssignments(corpus.results)
        let reportsWanted = formats.contains("markdown") || formats.contains("html")
        MemoryProbe.note("export: assignments made")
        let pass = try writeDocumentsAndTables(
            corpus, contributions, filler: TemplateFiller(assignments: assignments, annotator: ClusterAnnotator(corpus.results), spanLayout: spanLayout,
                csv: formats.contains("csv"), reports: reportsWanted),
            manifest: &manifest)
        MemoryProbe.note("export: documents and tables written")
        corpus.warnings += pass.warnings
        corpus.results = pass.results
        var written: [String] = []
        if formats.contains("jsonl") {
            try JSONLinesWriter.writeCorpus(corpus.results, in: output)
            written += [JSONLinesWriter.documentsFile, JSONLinesWriter.corpusFile]
            MemoryProbe.note("export: corpus.json written")
        }
        if formats.contains("csv") { written += CSVTableSink.relativePaths + pass.layerTables.map(\.csvPath) }
        if formats.contains("sqlite") { written.append(SQLiteExport.fileName) }
        var reports: [any ReportFormat] = []
        if formats.contains("markdown") { reports.append(MarkdownReport(pipelineName: context.pipelineName, formats: formats)) }
        if formats.contains("html") { reports.append(HTMLReport(pipelineName: context.pipelineName, formats: formats)) }
        if !reports.isEmpty, let index = pass.reportIndex {
            try ReportWriter(output: output, annotator: pass.annotator).write(reports, corpus, index: index)
            written += reports.map { type(of: $0).fileName }
            if index.articlesOnOwnPages { manifest.reportPagesFolder = ReportIndex.folder }
        }
        try manifest.write(corpus, outputs: written)
    }

    /// What the pass over the templates leaves for the rest of the export.
    private struct TablePass {
        var warnings: [RunReport.Warning] = []
        var results: CorpusResults
        var annotator: ClusterAnnotator
        var layerTables: [LayerTables.Table] = []
        /// The reports' index, built from the templates when reports are written.
        var reportIndex: ReportIndex?
    }

    /// Writes `documents.jsonl`, the per-document CSV tables and the database in one pass over
    /// the templates (read and filled on up to `--jobs` threads, written in order; the database's
    /// rows go in on a thread of its own, ``SQLiteWriter``), then the corpus tables and the custom
    /// layers' tables.
    /// - Returns: warnings about documents whose rows could not go into the database, the corpus
    ///   results with their clusters, and the custom layers' tables.
    private func writeDocumentsAndTables(
        _ corpus: Corpus, _ contributions: ContributionStream<DocumentTemplate>, filler: TemplateFiller, manifest: inout ManifestWriter
    ) throws -> TablePass {
        var pass = TablePass(results: corpus.results, annotator: filler.annotator)
        if filler.reports { pass.reportIndex = ReportIndex(clusters: corpus.results[StandardCorpusKeys.Entities.self] ?? []) }
        MemoryProbe.note("export: cluster annotator built")
        var customLayers = false
        let jsonl = formats.contains("jsonl")
        let csv = formats.contains("csv")
        let sqlite = formats.contains("sqlite")
        var files: [URL] = []
        if jsonl { files.append(output.appendingPathComponent(JSONLinesWriter.documentsFile)) }
        if csv { files += CSVTableSink.files(in: output) }
        try AtomicFileGroup.write(files) { outputs in
            let documentsOutput = jsonl ? outputs.first : nil
            let tables = csv ? try CSVTableSink(outputs: Array(outputs.dropFirst(jsonl ? 1 : 0))) : nil
            let database = sqlite ? SQLiteWriter(try SQLiteExport(url: output.appendingPathComponent(SQLiteExport.fileName))) : nil
            do {
                try contributions.forEach(threads: context.jobs, window: Self.documentsInFlight * context.jobs) { id, template in
                    try filler.fill(template, id: id)
                } _: { id, filled in
                    if let documentsOutput, let line = filled.line { try documentsOutput.write(line) }
                    if let tables { try tables.write(documentRecords: filled.csv) }
                    if let database { try database.addDocument(id: id, rows: filled.rows) }
                    pass.annotator.note(filled.notes)
                    if let report = filled.report { pass.reportIndex?.add(report, id: id) }
                    if filled.hasCustomLayers { customLayers = true }
                    manifest.add(filled.manifest)
                }
                MemoryProbe.note("export: templates filled and written")
                pass.results = pass.annotator.annotate(results: corpus.results)
                if let tables, let database {
                    try ExportTables.emit(pass.results, conflictFigures: corpus.conflictFigures, into: PairedTableSink(tables, database))
                } else if let tables {
                    try ExportTables.emit(pass.results, conflictFigures: corpus.conflictFigures, into: tables)
                } else if let database {
                    try ExportTables.emit(pass.results, conflictFigures: corpus.conflictFigures, into: database)
                }
                if customLayers, csv || sqlite {
                    var layers = LayerTables(declared: context.layerTables)
                    let assignments = filler.assignments
                    try corpus.documents.forEach { original in
                        var document = original
                        if !assignments.isEmpty { assignments.apply(to: &document) }
                        layers.scan(document)
                    }
                    pass.layerTables = layers.tables()
                }
                if !pass.layerTables.isEmpty {
                    let leftOut = Set(try database?.waitUntilIdle().map(\.id) ?? [])
                    manifest.layerTables = try writeLayerTables(pass.layerTables, corpus, database: database, csv: csv, leftOut: leftOut)
                }
                try database?.commit()
                for (id, reason) in database?.leftOut ?? [] {
                    pass.warnings.append(RunReport.Warning(subject: id, message: "left out of \(SQLiteExport.fileName): \(reason)"))
                }
            } catch {
                database?.discard()
                throw error
            }
        }
        return pass
    }

    /// Writes the custom layers' tables in one more pass over the documents: a CSV file each
    /// (when `csv` is written) and a table each in `database`, skipping documents left out of it.
    /// - Returns: what `manifest.json` says about each table.
    private func writeLayerTables(
        _ layerTables: [LayerTables.Table], _ corpus: Corpus, database: SQLiteWriter?, csv: Bool, leftOut: Set<String>
    ) throws -> [Manifest.LayerTableRecord] {
        for table in layerTables { try database?.addTable(table.schema) }
        var rows = Array(repeating: 0, count: layerTables.count)
        let files = csv ? layerTables.map { output.appendingPathComponent($0.csvPath) } : []
        try AtomicFileGroup.write(files) { outputs in
            let sink = csv ? try CSVTableSink(tables: layerTables.map(\.schema), outputs: outputs) : nil
            try corpus.documents.forEach { document in
                var counts: [Int] = []
                if let sink { counts = try LayerTables.emit(document, tables: layerTables, into: sink) }
                if let database, !leftOut.contains(document.id) { counts = try LayerTables.emit(document, tables: layerTables, into: database) }
                for (number, count) in counts.enumerated() { rows[number] += count }
            }
        }
        let fixed = [LayerTable.Column("doc", .text), LayerTable.Column("start", .integer), LayerTable.Column("end", .integer), LayerTable.Column("text", .text)]
        return zip(layerTables, rows).map { table, count in
            Manifest.LayerTableRecord(
                layer: table.layer, table: database == nil ? nil : table.schema.sqlName, csv: csv ? table.csvPath : nil,
                layout: table.declared ? "declared" : "inferred", columns: fixed + table.columns, rows: count)
        }
    }
}
