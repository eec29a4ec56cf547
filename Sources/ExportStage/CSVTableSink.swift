import DocPipe
import Foundation

/// The `csv` format: one RFC 4180 file per table under `OUTPUT/csv/`, each starting with its header row.
final class CSVTableSink: TableSink {
    private let outputs: [String: BufferedOutput]
    private var record: [UInt8] = []

    /// The folder under the output folder.
    static let folderName = "csv"

    /// The file of each table, in the order of ``ExportTables/all``.
    static func files(in output: URL) -> [URL] {
        ExportTables.all.map { output.appendingPathComponent(folderName).appendingPathComponent("\($0.name).csv") }
    }

    /// The files' paths relative to the output folder.
    static var relativePaths: [String] {
        ExportTables.all.map { "\(folderName)/\($0.name).csv" }
    }

    /// Starts every table in its output (given in the order of ``files(in:)``) with its header row.
    /// - Throws: a file error.
    convenience init(outputs: [BufferedOutput]) throws {
        try self.init(tables: ExportTables.all, outputs: outputs)
    }

    /// Starts each of `tables` in its output (in the same order) with its header row.
    /// - Throws: a file error.
    init(tables: [TableSchema], outputs: [BufferedOutput]) throws {
        self.outputs = Dictionary(uniqueKeysWithValues: zip(tables.map(\.name), outputs))
        for table in tables {
            try add(table.columnNames.map(TableCell.text), to: table)
        }
    }

    /// Appends records already in CSV form, one byte string per table of ``ExportTables/documentTables``.
    /// - Throws: a file error.
    func write(documentRecords records: [[UInt8]]) throws {
        for (table, bytes) in zip(ExportTables.documentTables, records) where !bytes.isEmpty {
            try outputs[table.name]?.write(bytes)
        }
    }

    /// Appends one record to the table's file.
    /// - Throws: a file error.
    func add(_ row: [TableCell], to table: TableSchema) throws {
        record.removeAll(keepingCapacity: true)
        CSVFormat.appendRecord(row, to: &record)
        try outputs[table.name]?.write(record)
    }
}
