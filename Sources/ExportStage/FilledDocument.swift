import DocPipe

/// One document ready to write, from its ``DocumentTemplate`` and the corpus's values
/// (``TemplateFiller``): its `documents.jsonl` line, CSV records and database rows, and what the
/// manifest and the cluster annotator keep of it.
struct FilledDocument: Sendable {
    /// Its `documents.jsonl` line, newline included, when `jsonl` is written.
    var line: [UInt8]?
    /// Its CSV records, one byte string per table in the order of ``ExportTables/documentTables``
    /// (empty for a table it gives no rows), when `csv` is written.
    var csv: [[UInt8]] = []
    /// Its rows for the database, in insert order, packed into bytes (the template's packed rows
    /// with the holes' cells spliced in), when `sqlite` is written.
    var packedRows: PackedRows?
    /// The clusters of the timeline's cited sentences in it, for ``ClusterAnnotator/note(_:)``.
    var notes: [ClusterAnnotator.SentenceNote] = []
    /// What `manifest.json` records of it.
    var manifest: ManifestWriter.Record
    /// Whether it has layers that may need tables of their own.
    var hasCustomLayers: Bool
    /// What the reports' index needs of it, when reports are written.
    var report: ReportIndex.Source?
    /// The SHA-256 of what its bytes were filled from, when the filler records them for reuse
    /// (``OutputReuse``).
    var fillKey: String?
    /// The SHA-256 of its line and CSV records, with ``fillKey``.
    var outputDigest: String?
}
