import DocPipe
import Foundation

/// Writes the `csv` format: one RFC 4180 file per table under `OUTPUT/csv/`, with a header row.
struct CSVWriter {
    /// The folder the files go to.
    let folder: URL

    /// Writes every table of the export.
    /// - Throws: a file error, or an error reading the documents.
    func write(_ corpus: Corpus) throws {
        let tables = ExportTables.all
        let urls = tables.map { folder.appendingPathComponent("\($0.name).csv") }
        try AtomicFileGroup.write(urls) { outputs in
            var sink = Sink(outputs: Dictionary(uniqueKeysWithValues: zip(tables.map(\.name), outputs)))
            for table in tables {
                try sink.add(table.columnNames.map(TableCell.text), to: table)
            }
            try corpus.documents.forEach { document in
                try ExportTables.emit(document, into: &sink)
            }
            try ExportTables.emit(corpus.results, into: &sink)
        }
    }

    /// Routes rows to the table's file.
    private struct Sink: TableSink {
        let outputs: [String: BufferedOutput]
        var record: [UInt8] = []

        mutating func add(_ row: [TableCell], to table: TableSchema) throws {
            record.removeAll(keepingCapacity: true)
            CSVFormat.appendRecord(row.map(\.csvText), to: &record)
            try outputs[table.name]?.write(record)
        }
    }
}
