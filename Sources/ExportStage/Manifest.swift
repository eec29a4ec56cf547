import DocPipe

/// `manifest.json`: what produced the outputs beside it — tool, pipeline and its hash, each
/// stage with its options, input documents with content hashes, counts and the output files.
struct Manifest: Codable, Sendable {
    /// The tool that wrote the files.
    struct Tool: Codable, Sendable {
        /// `docpipe`.
        var name: String
        /// The tool version.
        var version: String
    }

    /// The pipeline and the SHA-256 of its definition (name and stage records, as compact sorted JSON).
    struct Pipeline: Codable, Sendable {
        /// The pipeline name.
        var name: String
        /// The hex SHA-256 of the definition.
        var sha256: String
    }

    /// One input document.
    struct Input: Codable, Sendable {
        /// The document id.
        var id: String
        /// Where it was read from.
        var source: String
        /// The SHA-256 of the input file's bytes, when `source` is a readable file.
        var inputSHA256: String?
        /// The SHA-256 of the text as processed (UTF-8).
        var textSHA256: String
        /// The processed text's length in code points.
        var characters: Int

        enum CodingKeys: String, CodingKey {
            case id, source, characters
            case inputSHA256 = "input_sha256"
            case textSHA256 = "text_sha256"
        }
    }

    /// One file written by the export.
    struct Output: Codable, Sendable {
        /// The path relative to the output folder.
        var file: String
        /// Its size.
        var bytes: Int
        /// The SHA-256 of its bytes.
        var sha256: String
    }

    /// The tool.
    var tool: Tool
    /// The pipeline.
    var pipeline: Pipeline
    /// Each stage with its version and options, in pipeline order.
    var stages: [StageRecord]
    /// The formats written.
    var formats: [String]
    /// The input documents in run order.
    var inputs: [Input]
    /// Counts of documents, annotations and corpus results.
    var counts: [String: Int]
    /// The files written, sorted by path.
    var outputs: [Output]
    /// The tables of layers no built-in table covers, by layer name; absent when there are none.
    var layerTables: [LayerTableRecord]?

    /// One layer's table in the `csv` and `sqlite` formats.
    struct LayerTableRecord: Codable, Sendable {
        /// The layer.
        var layer: String
        /// The SQLite table, when `sqlite` was written.
        var table: String?
        /// The CSV file relative to the output folder, when `csv` was written.
        var csv: String?
        /// `declared` (the writing stage gave the columns) or `inferred` (from the records' fields).
        var layout: String
        /// Every column with its type (`text`, `integer`, `real`, `json`).
        var columns: [LayerTable.Column]
        /// The number of rows.
        var rows: Int
    }

    /// The report's own pages (`report/`), when the articles went on pages of their own.
    var reportPages: ReportPages?

    /// The report's article and index pages, described as one folder.
    struct ReportPages: Codable, Sendable {
        /// The folder, relative to the output folder.
        var folder: String
        /// The number of files under it.
        var files: Int
        /// Their bytes in all.
        var bytes: Int
        /// The SHA-256 of one line per file, in path order: its path under the folder, a tab, its SHA-256.
        var sha256: String
    }

    enum CodingKeys: String, CodingKey {
        case tool, pipeline, stages, formats, inputs, counts, outputs
        case layerTables = "layer_tables"
        case reportPages = "report_pages"
    }
}
