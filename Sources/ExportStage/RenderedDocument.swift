import DocPipe

/// One document as export writes it, prepared on a worker thread by ``DocumentRenderer``: its
/// `documents.jsonl` line, its CSV records and database rows, and what the manifest, the reports
/// and the cluster annotator keep of it. Written in document order by one thread.
struct RenderedDocument: Sendable {
    /// The document after the corpus steps' assignments and cluster annotation.
    var document: Document
    /// Its `documents.jsonl` line, newline included, when `jsonl` is written.
    var line: [UInt8]?
    /// Its CSV records, one byte string per table in the order of ``ExportTables/documentTables``
    /// (empty for a table it gives no rows), when `csv` is written.
    var csv: [[UInt8]] = []
    /// Its rows for the database, in insert order, when `sqlite` is written.
    var rows: [(table: TableSchema, cells: [TableCell])] = []
    /// The clusters of the timeline's cited sentences in it, for ``ClusterAnnotator/note(_:)``.
    var notes: [ClusterAnnotator.SentenceNote] = []
    /// What `manifest.json` records of it.
    var manifest: ManifestWriter.Record
}
