import DocPipe

/// Prepares each document for export on any thread: the corpus steps' assignments, the cluster
/// annotation, the `documents.jsonl` line, the CSV records and the database rows
/// (``RenderedDocument``). Holds nothing that changes, so several threads share one.
struct DocumentRenderer: Sendable {
    /// The duplicate and story of each document.
    var assignments: CorpusAssignments
    /// The clusters to carry onto entity mentions and quote speakers.
    var annotator: ClusterAnnotator
    /// How `documents.jsonl` writes span lists; `nil` when it is not written.
    var jsonl: SpanLayout?
    /// Whether CSV records are rendered.
    var csv: Bool
    /// Whether database rows are kept.
    var sqlite: Bool

    /// The position of each per-document table in ``ExportTables/documentTables``.
    private static let tablePositions = Dictionary(uniqueKeysWithValues: ExportTables.documentTables.enumerated().map { ($1.name, $0) })

    /// Decodes the layers export reads once and keeps them beside their bytes.
    private static func decodeLayers(_ document: inout Document) {
        document.layers.keepDecoded(StandardLayers.Sentences.self)
        document.layers.keepDecoded(StandardLayers.Entities.self)
        document.layers.keepDecoded(StandardLayers.Quotes.self)
        document.layers.keepDecoded(StandardLayers.Dates.self)
        document.layers.keepDecoded(StandardLayers.Quantities.self)
        document.layers.keepDecoded(StandardLayers.Keyphrases.self)
        document.layers.keepDecoded(StandardLayers.SummaryLayer.self)
    }

    /// Prepares one document.
    /// - Throws: an encoding error.
    func render(_ original: Document) throws -> RenderedDocument {
        var document = original
        Self.decodeLayers(&document)
        if !assignments.isEmpty { assignments.apply(to: &document) }
        let notes = annotator.annotated(&document)
        var rendered = RenderedDocument(document: document, notes: notes, manifest: ManifestWriter.Record(document))
        if let jsonl { rendered.line = try JSONLinesWriter.line(document, spanLayout: jsonl) }
        guard csv || sqlite else { return rendered }
        let recorded = RecordedRows()
        try ExportTables.emit(document, into: recorded)
        if sqlite { rendered.rows = recorded.rows }
        if csv {
            var records = Array(repeating: [UInt8](), count: ExportTables.documentTables.count)
            for (table, cells) in recorded.rows {
                guard let position = Self.tablePositions[table.name] else { continue }
                CSVFormat.appendRecord(cells.map(\.csvText), to: &records[position])
            }
            rendered.csv = records
        }
        return rendered
    }
}
