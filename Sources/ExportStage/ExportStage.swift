import DocPipe
import Foundation

/// Writes the run's results as files people and tools open: `documents.jsonl` and `corpus.json`
/// (`jsonl`), one CSV file per table (`csv`), an SQLite database with full-text search
/// (`sqlite`), a report to read (`markdown`, `html`), and always `manifest.json`.
///
/// Export works in its corpus-level step, streaming the processed documents; every file is
/// written to a temporary name in the output folder and renamed into place when complete.
public struct ExportStage: Stage {
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

        /// Creates the defaults.
        public init() {}
    }

    /// The formats this version writes, in the order they are written.
    public static let supportedFormats = ["jsonl", "csv", "sqlite", "markdown", "html"]

    /// The version of the tool recorded in `manifest.json`.
    public static let toolVersion = "0.1.0"

    /// `export`.
    public static let name = "export"
    /// What the stage does.
    public static let abstract = "Write documents.jsonl, corpus.json, CSV, SQLite, Markdown/HTML reports and manifest.json into the output folder."
    /// The stage version.
    public static let version = "2"

    let formats: [String]
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
        output = context.outputDirectory
        self.context = context
    }

    /// Export does nothing per document.
    public func process(_ document: inout Document) throws {}

    /// Writes every requested format, then `manifest.json`, in two passes over the documents:
    /// one for `documents.jsonl`, the tables (CSV, SQLite) and what the manifest and reports need
    /// to know about each document; one for the reports.
    /// - Throws: a file or SQLite error naming the path that could not be written.
    public func finish(_ corpus: inout Corpus) throws {
        var manifest = ManifestWriter(folder: output, context: context, formats: formats)
        var index = ReportIndex(clusters: corpus.results[StandardCorpusKeys.Entities.self] ?? [])
        corpus.warnings += try writeDocumentsAndTables(corpus, manifest: &manifest, index: &index)
        var written: [String] = []
        if formats.contains("jsonl") {
            try JSONLinesWriter.writeCorpus(corpus.results, in: output)
            written += [JSONLinesWriter.documentsFile, JSONLinesWriter.corpusFile]
        }
        if formats.contains("csv") { written += CSVTableSink.relativePaths }
        if formats.contains("sqlite") { written.append(SQLiteExport.fileName) }
        var reports: [any ReportFormat] = []
        if formats.contains("markdown") { reports.append(MarkdownReport(pipelineName: context.pipelineName, formats: formats)) }
        if formats.contains("html") { reports.append(HTMLReport(pipelineName: context.pipelineName, formats: formats)) }
        if !reports.isEmpty {
            try ReportWriter(output: output).write(reports, corpus, index: index)
            written += reports.map { type(of: $0).fileName }
        }
        try manifest.write(corpus, outputs: written)
    }

    /// Writes `documents.jsonl`, the per-document CSV tables and the database in one pass.
    /// - Returns: warnings about documents whose rows could not go into the database.
    private func writeDocumentsAndTables(_ corpus: Corpus, manifest: inout ManifestWriter, index: inout ReportIndex) throws -> [RunReport.Warning] {
        var warnings: [RunReport.Warning] = []
        let clusters = ClusterNames(corpus.results[StandardCorpusKeys.Entities.self] ?? [])
        let jsonl = formats.contains("jsonl")
        let csv = formats.contains("csv")
        let reports = formats.contains("markdown") || formats.contains("html")
        var files: [URL] = []
        if jsonl { files.append(output.appendingPathComponent(JSONLinesWriter.documentsFile)) }
        if csv { files += CSVTableSink.files(in: output) }
        try AtomicFileGroup.write(files) { outputs in
            let documentsOutput = jsonl ? outputs.first : nil
            let tables = csv ? try CSVTableSink(outputs: Array(outputs.dropFirst(jsonl ? 1 : 0))) : nil
            let database = formats.contains("sqlite") ? try SQLiteExport(url: output.appendingPathComponent(SQLiteExport.fileName)) : nil
            do {
                try corpus.documents.forEach { document in
                    if let documentsOutput { try documentsOutput.write(JSONLinesWriter.line(document)) }
                    if let tables { try ExportTables.emit(document, clusters: clusters, into: tables) }
                    if let database, let reason = try database.addDocument({ try ExportTables.emit(document, clusters: clusters, into: database) }) {
                        warnings.append(RunReport.Warning(subject: document.id, message: "left out of \(SQLiteExport.fileName): \(reason)"))
                    }
                    manifest.add(document)
                    if reports { index.add(document) }
                }
                if let tables { try ExportTables.emit(corpus.results, into: tables) }
                if let database {
                    try ExportTables.emit(corpus.results, into: database)
                    try database.commit()
                }
            } catch {
                database?.discard()
                throw error
            }
        }
        return warnings
    }
}
