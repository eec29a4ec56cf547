import DocPipe
import Foundation

/// Export's pass over the documents: `documents.jsonl`, the per-document CSV tables and the
/// database's rows, written in input order as each filled document comes (``add(id:filled:)``),
/// then the corpus tables and the custom layers' tables; every file stays under a temporary name
/// until ``finish(_:)`` renames it into place.
///
/// The runner drives it while the documents are processed when export streams
/// (``ContributionWriter``: documents filled on their own threads, see
/// ``ExportStage/prepare(_:id:)``); otherwise export's corpus step drives it over the spooled
/// templates. Both paths write the same bytes.
final class ExportPass: ContributionWriter {
    /// What the pass leaves for the rest of the export.
    struct Result {
        /// The corpus results with their clusters.
        var results: CorpusResults
        /// The cluster lookups, with the notes of every document.
        var annotator: ClusterAnnotator
        /// The custom layers' tables written.
        var layerTables: [LayerTables.Table] = []
        /// The reports' index, built from the templates when reports are written.
        var reportIndex: ReportIndex?
        /// What `manifest.json` says of the documents and tables.
        var manifest: ManifestWriter
    }

    /// Fills the templates' holes.
    let filler: TemplateFiller
    /// The final ids of the documents written, in order.
    private(set) var ids: [String] = []
    private let output: URL
    private let context: StageContext
    private let csv: Bool
    private let files: AtomicFileGroup
    private let documentsOutput: BufferedOutput?
    private let tables: CSVTableSink?
    private let database: SQLiteWriter?
    private var annotator: ClusterAnnotator
    private var reportIndex: ReportIndex?
    private var manifest: ManifestWriter
    private var customLayers = false
    private var documentsDigest = SHA256()
    private var documentsBytes = 0
    private var closed = false
    private var databasePending = false
    private var reuseRecorder: OutputReuseRecorder?

    /// Opens the outputs under temporary names.
    /// - Parameters:
    ///   - formats: the formats written.
    ///   - filler: fills the templates' holes.
    ///   - clusters: the entity clusters, for the reports' index.
    ///   - output: the output folder.
    ///   - context: the run's context.
    /// - Throws: a file or SQLite error naming the path that could not be created.
    init(formats: [String], filler: TemplateFiller, clusters: [EntityCluster], output: URL, context: StageContext) throws {
        self.filler = filler
        self.output = output
        self.context = context
        csv = formats.contains("csv")
        OutputReuseIndex.remove(in: output)
        if let reuse = filler.reuse { reuseRecorder = OutputReuseRecorder(signature: reuse.signature, csv: csv) }
        annotator = filler.annotator
        manifest = ManifestWriter(folder: output, context: context, formats: formats)
        if filler.reports { reportIndex = ReportIndex(clusters: clusters) }
        let jsonl = formats.contains("jsonl")
        var urls: [URL] = []
        if jsonl { urls.append(output.appendingPathComponent(JSONLinesWriter.documentsFile)) }
        if csv { urls += CSVTableSink.files(in: output) }
        files = try AtomicFileGroup(urls)
        do {
            documentsOutput = jsonl ? files.outputs.first : nil
            tables = csv ? try CSVTableSink(outputs: Array(files.outputs.dropFirst(jsonl ? 1 : 0))) : nil
            database = formats.contains("sqlite") ? SQLiteWriter(try SQLiteExport(url: output.appendingPathComponent(SQLiteExport.fileName))) : nil
        } catch {
            files.discard()
            throw error
        }
    }

    /// Writes one filled document, in input order.
    /// - Throws: a file error, or the error that stopped the database.
    func add(id: String, filled: FilledDocument) throws {
        try files.writing {
            if let documentsOutput, let line = filled.line {
                try documentsOutput.write(line)
                documentsDigest.update(line)
                documentsBytes += line.count
            }
            if let tables { try tables.write(documentRecords: filled.csv) }
        }
        if let database {
            if let packed = filled.packedRows { try database.addDocument(id: id, packed: packed) } else { try database.addDocument(id: id, rows: []) }
        }
        annotator.note(filled.notes)
        if let report = filled.report { reportIndex?.add(report, id: id) }
        if filled.hasCustomLayers { customLayers = true }
        manifest.add(filled.manifest)
        reuseRecorder?.add(id: id, filled: filled)
        ids.append(id)
    }

    /// Writes a document the runner prepared on its own thread (``ExportStage/Prepared``), filled
    /// again when its final id is not the one it was filled with.
    func write(id: String, prepared: any Sendable, preparedID: String) throws {
        guard let prepared = prepared as? ExportStage.Prepared else { throw StageError("export was handed a contribution it did not prepare") }
        try add(id: id, filled: id == preparedID ? prepared.filled : try prepared.filled(id: id, by: filler))
    }

    /// Writes the corpus tables and the custom layers' tables, renames every file into place and
    /// starts the database's commit on its thread (``finishDatabase()`` waits for it).
    /// - Throws: a file or SQLite error naming the path that could not be written.
    func finish(_ corpus: Corpus) throws -> Result {
        do {
            var result = Result(results: corpus.results, annotator: annotator, reportIndex: reportIndex, manifest: manifest)
            if documentsOutput != nil {
                result.manifest.hashedOutputs[JSONLinesWriter.documentsFile] = (documentsBytes, documentsDigest.hexDigest())
            }
            MemoryProbe.note("export: templates filled and written")
            result.results = annotator.annotate(results: corpus.results)
            try files.writing {
                if let tables, let database {
                    try ExportTables.emit(result.results, conflictFigures: corpus.conflictFigures, into: PairedTableSink(tables, database))
                } else if let tables {
                    try ExportTables.emit(result.results, conflictFigures: corpus.conflictFigures, into: tables)
                } else if let database {
                    try ExportTables.emit(result.results, conflictFigures: corpus.conflictFigures, into: database)
                }
            }
            if customLayers, csv || database != nil {
                var layers = LayerTables(declared: context.layerTables)
                let assignments = filler.assignments
                try corpus.documents.forEach { original in
                    var document = original
                    if !assignments.isEmpty { assignments.apply(to: &document) }
                    layers.scan(document)
                }
                result.layerTables = layers.tables()
            }
            if !result.layerTables.isEmpty {
                let leftOut = Set(try database?.waitUntilIdle().map(\.id) ?? [])
                result.manifest.layerTables = try writeLayerTables(result.layerTables, corpus, leftOut: leftOut)
            }
            try database?.startCommit()
            try files.commit()
            closed = true
            databasePending = database != nil
            reuseRecorder?.write(in: output)
            return result
        } catch {
            discard()
            throw error
        }
    }

    /// Waits for the database's commit that ``finish(_:)`` started (its file is then in place).
    /// - Returns: a warning for each document whose rows could not go into the database.
    /// - Throws: the SQLite or file error that stopped the database (then discarded).
    func finishDatabase() throws -> [RunReport.Warning] {
        guard databasePending, let database else { return [] }
        databasePending = false
        do {
            try database.finish()
        } catch {
            database.discard()
            throw error
        }
        return database.leftOut.map { RunReport.Warning(subject: $0.id, message: "left out of \(SQLiteExport.fileName): \($0.reason)") }
    }

    /// Stops a commit that ``finish(_:)`` started and removes the unfinished database, when the
    /// export fails before ``finishDatabase()``.
    func discardDatabase() {
        guard databasePending else { return }
        databasePending = false
        database?.discard()
    }

    /// Removes every temporary file and the unfinished database; does nothing once the pass is
    /// finished or discarded.
    func discard() {
        guard !closed else { return }
        closed = true
        database?.discard()
        files.discard()
    }

    /// Writes the custom layers' tables in one more pass over the documents: a CSV file each
    /// (when `csv` is written) and a table each in the database, skipping documents left out of it.
    /// - Returns: what `manifest.json` says about each table.
    private func writeLayerTables(_ layerTables: [LayerTables.Table], _ corpus: Corpus, leftOut: Set<String>) throws -> [Manifest.LayerTableRecord] {
        for table in layerTables { try database?.addTable(table.schema) }
        var rows = Array(repeating: 0, count: layerTables.count)
        let urls = csv ? layerTables.map { output.appendingPathComponent($0.csvPath) } : []
        try AtomicFileGroup.write(urls) { outputs in
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
