import DocPipe
import Foundation

/// Builds the ``OutputReuseIndex`` of the outputs an ``ExportPass`` writes: the offset and length
/// of each document's line and CSV records as they are written, with the fill key and output
/// digest its ``TemplateFiller`` gave it. A document without them (filled without reuse) leaves
/// no index, so none is written.
struct OutputReuseRecorder {
    private var index: OutputReuseIndex?
    private var lineOffset = 0
    private var csvOffsets: [Int]

    /// Starts an index for outputs written under `signature`; the CSV tables (when `csv`) start
    /// with their header rows.
    init(signature: String, csv: Bool) {
        index = OutputReuseIndex(signature: signature)
        csvOffsets = csv
            ? ExportTables.documentTables.map { table in
                var header: [UInt8] = []
                CSVFormat.appendRecord(table.columnNames.map(TableCell.text), to: &header)
                return header.count
            }
            : []
    }

    /// Notes where a document's bytes went, in the order written.
    mutating func add(id: String, filled: FilledDocument) {
        guard index != nil, let fillKey = filled.fillKey, let digest = filled.outputDigest else {
            index = nil
            return
        }
        let lineLength = filled.line?.count ?? 0
        let line = OutputReuseIndex.Extent(offset: lineOffset, length: lineLength)
        lineOffset += lineLength
        var csv: [OutputReuseIndex.Extent] = []
        for position in csvOffsets.indices {
            let length = position < filled.csv.count ? filled.csv[position].count : 0
            csv.append(OutputReuseIndex.Extent(offset: csvOffsets[position], length: length))
            csvOffsets[position] += length
        }
        index?.add(id: id, OutputReuseIndex.Entry(fillKey: fillKey, outputDigest: digest, line: line, csv: csv))
    }

    /// Writes the index beside the outputs, once they are in place; nothing when a document had
    /// no fill key. A failure to write it only costs the next run its reuse.
    func write(in output: URL) {
        try? index?.write(in: output)
    }
}
