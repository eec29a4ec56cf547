import DocPipe
import Foundation

/// Where each document's bytes lie in the `documents.jsonl` and per-document CSV files a run wrote,
/// with what they were filled from, kept beside the outputs (`OUTPUT/.docpipe/export-reuse.bin`)
/// so the next run can copy an unchanged document's bytes instead of filling its template again
/// (``OutputReuse``; issue 17, tenth round).
///
/// Stored compactly (``CompactWriter``): a version byte, the ``signature`` of the export options,
/// the count, then per document its final id, ``Entry/fillKey``, ``Entry/outputDigest`` and the
/// offset and length of its bytes in `documents.jsonl` and in each table of
/// ``ExportTables/documentTables`` (length 0 where it wrote nothing).
struct OutputReuseIndex: Sendable {
    /// One document's place in the outputs.
    struct Entry: Sendable, Equatable {
        /// The SHA-256 of everything its bytes were filled from (``OutputReuse/fillKey``).
        var fillKey: String
        /// The SHA-256 of its bytes, its line then its CSV records table by table.
        var outputDigest: String
        /// Offset and length of its line in `documents.jsonl`.
        var line: Extent
        /// Offset and length of its records in each per-document CSV table.
        var csv: [Extent]
    }

    /// A byte range of a file.
    struct Extent: Sendable, Equatable {
        /// The first byte's offset.
        var offset: Int
        /// The number of bytes.
        var length: Int
    }

    /// The file's name under `OUTPUT/.docpipe/`.
    static let fileName = "export-reuse.bin"
    private static let version: UInt8 = 1

    /// What the entries were written under (export's version and options); an index with another
    /// signature is not used.
    var signature: String
    /// Each document's entry, by final id.
    var entries: [String: Entry] = [:]
    /// The final ids in the order written.
    private(set) var order: [String] = []

    /// An empty index for `signature`.
    init(signature: String) {
        self.signature = signature
    }

    /// The index file of an output folder.
    static func url(in output: URL) -> URL {
        output.appendingPathComponent(".docpipe").appendingPathComponent(fileName)
    }

    /// Adds a document's entry (a later entry for the same id replaces it).
    mutating func add(id: String, _ entry: Entry) {
        if entries.updateValue(entry, forKey: id) == nil { order.append(id) }
    }

    /// The index as stored.
    func encoded() -> [UInt8] {
        var out = CompactWriter(capacity: 64 + order.count * 200)
        out.byte(Self.version)
        out.string(signature)
        out.integer(order.count)
        for id in order {
            guard let entry = entries[id] else { continue }
            out.string(id)
            out.string(entry.fillKey)
            out.string(entry.outputDigest)
            out.integer(entry.line.offset)
            out.integer(entry.line.length)
            out.integer(entry.csv.count)
            for extent in entry.csv {
                out.integer(extent.offset)
                out.integer(extent.length)
            }
        }
        return out.bytes
    }

    /// Reads a stored index; `nil` when the bytes are not one of this version.
    init?(encoded bytes: [UInt8]) {
        var input = CompactReader(bytes, what: Self.fileName)
        do {
            guard try input.byte() == Self.version else { return nil }
            signature = try input.string()
            for _ in 0..<(try input.count()) {
                let id = try input.string()
                let fillKey = try input.string(), outputDigest = try input.string()
                let line = Extent(offset: try input.integer(), length: try input.integer())
                var csv: [Extent] = []
                for _ in 0..<(try input.count()) { csv.append(Extent(offset: try input.integer(), length: try input.integer())) }
                add(id: id, Entry(fillKey: fillKey, outputDigest: outputDigest, line: line, csv: csv))
            }
            guard input.atEnd else { return nil }
        } catch {
            return nil
        }
    }

    /// The index stored in an output folder, if it is readable and written under `signature`.
    static func read(in output: URL, signature: String) -> OutputReuseIndex? {
        guard let data = FileManager.default.contents(atPath: url(in: output).path), let index = OutputReuseIndex(encoded: [UInt8](data)),
            index.signature == signature
        else { return nil }
        return index
    }

    /// Removes an output folder's index (before its outputs change).
    static func remove(in output: URL) {
        unlink(url(in: output).path)
    }

    /// Writes the index into an output folder, atomically.
    /// - Throws: a file error.
    func write(in output: URL) throws {
        try AtomicFile.write(Data(encoded()), to: Self.url(in: output))
    }
}
