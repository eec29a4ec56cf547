import DocPipe
import Foundation

/// Copies an unchanged document's `documents.jsonl` line and CSV records from the previous run's
/// outputs instead of filling its template again (issue 17, tenth round).
///
/// A document's bytes are a function of its template (``DocumentTemplate/storedDigest``), its
/// final id, the values of its holes (mentions' and speakers' clusters, duplicate, story) and
/// export's options; their SHA-256 is its *fill key*. The previous run's ``OutputReuseIndex``
/// names, per document, the fill key it was written under and where its bytes lie. When the fill
/// keys agree, the bytes are read back from the previous files and used only if their SHA-256 is
/// the one recorded (a file changed since, or another run's outputs, is a miss: the template is
/// filled as before). The database's rows, the manifest's record and the cluster notes are still
/// made from the template, so every output stays byte-identical to a run that fills everything.
final class OutputReuse: @unchecked Sendable {
    /// The bytes of one document taken from the previous outputs.
    struct Reused {
        /// Its `documents.jsonl` line, when `jsonl` is written.
        var line: [UInt8]?
        /// Its CSV records, one byte string per per-document table, when `csv` is written.
        var csv: [[UInt8]]
        /// Their SHA-256 (``OutputReuseIndex/Entry/outputDigest``).
        var digest: String
    }

    /// Export's version and options, which the bytes also depend on.
    let signature: String
    private let previous: OutputReuseIndex?
    private let lineFile: Int32
    private let csvFiles: [Int32]

    /// Reads the previous run's index in `output` (when written under the same options) and opens
    /// the files it describes for reading (``ExportPass`` removes the index before it writes).
    /// - Parameters:
    ///   - output: the output folder.
    ///   - jsonl: whether `documents.jsonl` is written.
    ///   - csv: whether the CSV tables are written.
    ///   - spanLayout: how `documents.jsonl` writes span lists.
    init(output: URL, jsonl: Bool, csv: Bool, spanLayout: SpanLayout) {
        signature = [
            "export-reuse", ExportStage.version, "template \(DocumentTemplate.storageVersion)", "jsonl \(jsonl)", "csv \(csv)",
            "layout \(spanLayout.rawValue)", ExportTables.documentTables.map(\.name).joined(separator: ","),
        ].joined(separator: "\u{0}")
        var index = OutputReuseIndex.read(in: output, signature: signature)
        let line = jsonl ? open(output.appendingPathComponent(JSONLinesWriter.documentsFile).path, O_RDONLY | O_CLOEXEC) : -1
        let tables = csv
            ? ExportTables.documentTables.map { open(output.appendingPathComponent(CSVTableSink.folderName).appendingPathComponent("\($0.name).csv").path, O_RDONLY | O_CLOEXEC) }
            : []
        if (jsonl && line < 0) || tables.contains(where: { $0 < 0 }) { index = nil }
        previous = index
        lineFile = line
        csvFiles = tables
    }

    deinit {
        if lineFile >= 0 { close(lineFile) }
        for file in csvFiles where file >= 0 { close(file) }
    }

    /// The SHA-256 of everything a document's bytes are filled from.
    func fillKey(templateDigest: String, id: String, mentions: [ClusterPair], speakers: [ClusterPair], duplicate: DuplicateRecord?, story: String?) throws -> String {
        var out = CompactWriter(capacity: 256 + 80 * (mentions.count + speakers.count))
        out.string(signature)
        out.string(templateDigest)
        out.string(id)
        for pairs in [mentions, speakers] {
            out.integer(pairs.count)
            for pair in pairs {
                Self.optional(pair.cluster, to: &out)
                Self.optional(pair.clusterID, to: &out)
            }
        }
        Self.optional(try duplicate.map { String(decoding: try JSONCoding.data($0), as: UTF8.self) }, to: &out)
        Self.optional(story, to: &out)
        return SHA256.hex(out.bytes)
    }

    private static func optional(_ value: String?, to out: inout CompactWriter) {
        out.byte(value == nil ? 0 : 1)
        if let value { out.string(value) }
    }

    /// The previous run's bytes of the document `id` filled under `fillKey`, read and checked
    /// against their recorded SHA-256; `nil` when there are none or they do not check out.
    func reused(id: String, fillKey: String) -> Reused? {
        guard let entry = previous?.entries[id], entry.fillKey == fillKey, entry.csv.count == csvFiles.count else { return nil }
        var digest = SHA256()
        var line: [UInt8]?
        if lineFile >= 0 {
            guard let bytes = Self.read(lineFile, entry.line) else { return nil }
            digest.update(bytes)
            line = bytes
        }
        var csv: [[UInt8]] = []
        for (file, extent) in zip(csvFiles, entry.csv) {
            guard let bytes = Self.read(file, extent) else { return nil }
            digest.update(bytes)
            csv.append(bytes)
        }
        guard digest.hexDigest() == entry.outputDigest else { return nil }
        return Reused(line: line, csv: csv, digest: entry.outputDigest)
    }

    /// The SHA-256 of a filled document's bytes, as ``OutputReuseIndex/Entry/outputDigest`` records it.
    static func outputDigest(line: [UInt8]?, csv: [[UInt8]], tables: Int) -> String {
        var digest = SHA256()
        if let line { digest.update(line) }
        for position in 0..<tables { digest.update(position < csv.count ? csv[position] : []) }
        return digest.hexDigest()
    }

    private static func read(_ file: Int32, _ extent: OutputReuseIndex.Extent) -> [UInt8]? {
        guard extent.offset >= 0, extent.length >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: extent.length)
        var done = 0
        while done < extent.length {
            let count = bytes.withUnsafeMutableBytes { buffer in
                pread(file, buffer.baseAddress! + done, extent.length - done, off_t(extent.offset + done))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            done += count
        }
        return bytes
    }
}
