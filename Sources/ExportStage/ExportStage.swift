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

    /// Writes every requested format, then `manifest.json`.
    /// - Throws: a file or SQLite error naming the path that could not be written.
    public func finish(_ corpus: inout Corpus) throws {
        var written: [String] = []
        let index = try formats.contains { $0 == "markdown" || $0 == "html" } ? ReportIndex(corpus.documents) : nil
        for format in formats {
            switch format {
            case "jsonl":
                try JSONLinesWriter(output: output).write(corpus)
                written += ["documents.jsonl", "corpus.json"]
            case "csv":
                try CSVWriter(folder: output.appendingPathComponent("csv")).write(corpus)
                written += ExportTables.all.map { "csv/\($0.name).csv" }
            case "sqlite":
                try SQLiteWriter(url: output.appendingPathComponent(SQLiteWriter.fileName)).write(corpus)
                written.append(SQLiteWriter.fileName)
            case "markdown":
                try MarkdownReportWriter(url: output.appendingPathComponent(MarkdownReportWriter.fileName), pipelineName: context.pipelineName).write(corpus, index: index ?? ReportIndex(corpus.documents))
                written.append(MarkdownReportWriter.fileName)
            case "html":
                try HTMLReportWriter(url: output.appendingPathComponent(HTMLReportWriter.fileName), pipelineName: context.pipelineName).write(corpus, index: index ?? ReportIndex(corpus.documents))
                written.append(HTMLReportWriter.fileName)
            default:
                throw StageError("unknown format '\(format)'")
            }
        }
        try ManifestWriter(folder: output, context: context, formats: formats).write(corpus, outputs: written)
    }
}
