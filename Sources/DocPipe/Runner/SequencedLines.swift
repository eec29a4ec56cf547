import Foundation

/// Processed documents tagged with their place in the input order (`{"seq":N,"doc":{…}}` per
/// line), so that the results of one run or of many shards merge back into the same order.
///
/// Lines of processed documents also carry the document's id ahead of it
/// (`{"seq":N,"id":"…","doc":{…}}`), so that a merge can make ids unique without decoding
/// documents.
enum SequencedLines {
    private static let prefix = Array(#"{"seq":"#.utf8)
    private static let separator = Array(#","doc":"#.utf8)
    private static let idSeparator = Array(#","id":"#.utf8)

    static func line(sequence: Int, json: Data) -> Data {
        var line = Data(prefix)
        line.append(contentsOf: Array(String(sequence).utf8))
        line.append(contentsOf: separator)
        line.append(json)
        line.append(contentsOf: [0x7D, 0x0A])
        return line
    }

    /// A line for a processed document, with its id ahead of it.
    static func line(sequence: Int, id: String, json: Data) throws -> Data {
        var line = Data(prefix)
        line.append(contentsOf: Array(String(sequence).utf8))
        line.append(contentsOf: idSeparator)
        line.append(try JSONCoding.data(id))
        line.append(contentsOf: separator)
        line.append(json)
        line.append(contentsOf: [0x7D, 0x0A])
        return line
    }

    /// Splits a document line into its sequence number, id (when the line carries one) and JSON.
    static func splitDocument(_ line: Data) throws -> (sequence: Int, id: String?, json: Data) {
        try line.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.starts(with: prefix), bytes.last == 0x7D else { throw FileError.cannotRead("malformed spool line") }
            var index = prefix.count
            var sequence = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                sequence = sequence * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            var id: String?
            if bytes[index..<min(bytes.count, index + idSeparator.count)].elementsEqual(idSeparator) {
                let start = index + idSeparator.count
                var end = start + 1
                while end < bytes.count, bytes[end] != 0x22 {
                    end += bytes[end] == 0x5C ? 2 : 1
                }
                guard end < bytes.count else { throw FileError.cannotRead("malformed spool line") }
                id = try JSONCoding.decode(String.self, from: Data(UnsafeBufferPointer(rebasing: bytes[start...end])))
                index = end + 1
            }
            guard bytes[index..<min(bytes.count, index + separator.count)].elementsEqual(separator) else {
                throw FileError.cannotRead("malformed spool line")
            }
            return (sequence, id, Data(UnsafeBufferPointer(rebasing: bytes[(index + separator.count)..<(bytes.count - 1)])))
        }
    }

    static func split(_ line: Data) throws -> (sequence: Int, json: Data) {
        let (sequence, _, json) = try splitDocument(line)
        return (sequence, json)
    }

    /// Merges sequenced files (each in increasing order) into one plain JSON Lines file in
    /// sequence order, streaming, and makes document ids unique on the way.
    ///
    /// The first document with an id keeps it; a later one gets `~2`, `~3`, … (the policy of
    /// duplicate file names), and an id with control characters has them written as `%XX`; each
    /// change is returned as a warning. Only a document whose id changes is decoded.
    /// - Returns: the number of documents and the warnings about changed ids.
    static func merge(_ files: [URL], into output: URL) throws -> (count: Int, ids: [String], warnings: [RunReport.Warning]) {
        var ids = UniqueIDs()
        var order: [String] = []
        var warnings: [RunReport.Warning] = []
        try mergeInOrder(files, into: output) { head in
            var line = head.json
            var finalID = head.id ?? ""
            if let id = head.id, let (unique, reason) = ids.claim(id) {
                let source: String
                if CachedDocumentReference.isReference(head.json) {
                    var reference = try CachedDocumentReference(jsonData: head.json)
                    reference.id = unique
                    source = reference.source
                    line = try reference.jsonData()
                } else {
                    var document = try Document(jsonData: head.json)
                    document.id = unique
                    source = document.source
                    line = try document.jsonData(spanLayout: .deltas)
                }
                finalID = unique
                warnings.append(RunReport.Warning(subject: unique, message: "\(reason); the document (\(source)) is written as '\(unique)'"))
            }
            order.append(finalID)
            line.append(0x0A)
            return line
        }
        return (order.count, order, warnings)
    }

    /// Streams the lines of sequenced files (each in increasing order) in sequence order into
    /// `output`, writing what `line` makes of each.
    private static func mergeInOrder(
        _ files: [URL], into output: URL, _ line: ((sequence: Int, id: String?, json: Data)) throws -> Data
    ) throws {
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        try forEachInOrder(files) { head in
            let bytes = try line(head)
            do {
                try handle.write(contentsOf: bytes)
            } catch {
                throw FileError.writeFailed(output.path, reason: FileError.reason(of: error))
            }
        }
    }

    /// Calls `body` with the lines of sequenced files (each in increasing order) in sequence
    /// order, reading the files side by side.
    static func forEachInOrder(_ files: [URL], _ body: ((sequence: Int, id: String?, json: Data)) throws -> Void) throws {
        let merger = try Merger(files)
        while let head = try merger.next() { try body(head) }
    }

    /// Reads sequenced files (each in increasing order) side by side, giving their lines in
    /// sequence order, one at a time.
    final class Merger {
        private let readers: [LineReader]
        private var heads: [(sequence: Int, id: String?, json: Data)?]

        /// Opens `files` and reads the first line of each.
        /// - Throws: a file error.
        init(_ files: [URL]) throws {
            readers = try files.map { try LineReader(url: $0) }
            heads = try readers.map { try SequencedLines.next($0) }
        }

        /// The line with the lowest sequence number not given yet, or `nil` when all are given.
        /// - Throws: a file error, or a malformed line.
        func next() throws -> (sequence: Int, id: String?, json: Data)? {
            guard let (position, head) = heads.enumerated().compactMap({ index, head in head.map { (index, $0) } }).min(by: { $0.1.sequence < $1.1.sequence })
            else { return nil }
            heads[position] = try SequencedLines.next(readers[position])
            return head
        }
    }

    private static func next(_ reader: LineReader) throws -> (sequence: Int, id: String?, json: Data)? {
        while let line = try reader.nextLine() {
            if !line.isEmpty { return try splitDocument(line) }
        }
        return nil
    }

    static func writeQuarantine(_ entries: [(sequence: Int, entry: QuarantineEntry)], to url: URL) throws {
        var data = Data()
        for (sequence, entry) in entries { data.append(line(sequence: sequence, json: try JSONCoding.data(entry))) }
        try AtomicFile.write(data, to: url)
    }

    static func readQuarantine(_ url: URL) throws -> [(sequence: Int, entry: QuarantineEntry)] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let reader = try LineReader(url: url)
        var entries: [(sequence: Int, entry: QuarantineEntry)] = []
        while let line = try reader.nextLine() {
            if line.isEmpty { continue }
            let (sequence, json) = try split(line)
            entries.append((sequence, try JSONCoding.decode(QuarantineEntry.self, from: json)))
        }
        return entries
    }
}
