import DocPipe
import Foundation

/// Writes the run's results as files people and tools open: `documents.jsonl` and `corpus.json`
/// (format `jsonl`), and the other formats listed in `docs/output-format.md`.
///
/// Export works in its corpus-level step, streaming the processed documents; every file is
/// written to a temporary name in the output folder and renamed into place when complete.
public struct ExportStage: Stage {
    /// The export stage's options.
    public struct Options: StageOptions {
        /// Which formats to write.
        @Option(help: "Formats to write: jsonl (documents.jsonl + corpus.json).")
        public var formats: [String] = ["jsonl"]

        /// Creates the defaults.
        public init() {}
    }

    /// The formats this version writes.
    public static let supportedFormats = ["jsonl"]

    /// `export`.
    public static let name = "export"
    /// What the stage does.
    public static let abstract = "Write documents.jsonl, corpus.json and other formats into the output folder."

    let formats: [String]
    let output: URL

    /// Creates the stage.
    /// - Throws: ``StageError`` for an unknown format or an empty list.
    public init(options: Options, context: StageContext) throws {
        guard !options.formats.isEmpty else { throw StageError("'formats' is empty; list at least one of \(Self.supportedFormats.joined(separator: ", "))") }
        for format in options.formats where !Self.supportedFormats.contains(format) {
            throw StageError("unknown format '\(format)'; formats: \(Self.supportedFormats.joined(separator: ", "))")
        }
        formats = options.formats
        output = context.outputDirectory
    }

    /// Export does nothing per document.
    public func process(_ document: inout Document) throws {}

    /// Writes every requested format.
    /// - Throws: a file error naming the path that could not be written.
    public func finish(_ corpus: inout Corpus) throws {
        if formats.contains("jsonl") {
            try JSONLinesWriter(output: output).write(corpus)
        }
    }
}
