import Foundation

/// Processed documents tagged with their place in the input order (`{"seq":N,"doc":{…}}` per
/// line), so that the results of one run or of many shards merge back into the same order.
enum SequencedLines {
    private static let prefix = Array(#"{"seq":"#.utf8)
    private static let separator = Array(#","doc":"#.utf8)

    static func line(sequence: Int, json: Data) -> Data {
        var line = Data(prefix)
        line.append(contentsOf: Array(String(sequence).utf8))
        line.append(contentsOf: separator)
        line.append(json)
        line.append(contentsOf: [0x7D, 0x0A])
        return line
    }

    /// Appends a document's sequenced line to a spool, writing its JSON piece by piece; when
    /// encoding fails half-way, the spool is cut back to where the line began.
    /// - Throws: an encoding or file error.
    static func write(_ document: Document, sequence: Int, to handle: FileHandle) throws {
        let start = try handle.offset()
        let output = BufferedOutput(handle)
        do {
            try output.write(prefix + Array(String(sequence).utf8) + separator)
            try document.writeJSON { try output.write($0) }
            try output.write([0x7D, 0x0A])
            try output.flush()
        } catch {
            try? handle.truncate(atOffset: start)
            throw error
        }
    }

    /// The sequence number of a sequenced line and the range of its document's JSON.
    static func split(_ bytes: [UInt8]) throws -> (sequence: Int, json: Range<Int>) {
        guard bytes.starts(with: prefix), bytes.last == 0x7D else { throw FileError.cannotRead("malformed spool line") }
        var index = prefix.count
        var sequence = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            sequence = sequence * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        guard bytes[index..<min(bytes.count, index + separator.count)].elementsEqual(separator) else {
            throw FileError.cannotRead("malformed spool line")
        }
        return (sequence, (index + separator.count)..<(bytes.count - 1))
    }

    /// Merges sequenced files (each in increasing order) into one plain JSON Lines file in
    /// sequence order, streaming; returns the number of documents.
    static func merge(_ files: [URL], into output: URL) throws -> Int {
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        let readers = try files.map { try LineReader(url: $0) }
        var heads: [(sequence: Int, line: [UInt8], json: Range<Int>)?] = try readers.map { try next($0) }
        var count = 0
        while let (position, head) = heads.enumerated().compactMap({ index, head in head.map { (index, $0) } }).min(by: { $0.1.sequence < $1.1.sequence }) {
            heads[position] = nil
            try head.line.withUnsafeBytes { try handle.write(contentsOf: UnsafeRawBufferPointer(rebasing: $0[head.json])) }
            try handle.write(contentsOf: [0x0A])
            count += 1
            heads[position] = try next(readers[position])
        }
        return count
    }

    private static func next(_ reader: LineReader) throws -> (sequence: Int, line: [UInt8], json: Range<Int>)? {
        while let line = try reader.nextLineBytes() {
            if line.isEmpty { continue }
            let (sequence, json) = try split(line)
            return (sequence, line, json)
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
            let bytes = [UInt8](line)
            let (sequence, json) = try split(bytes)
            entries.append((sequence, try JSONCoding.decode(QuarantineEntry.self, from: Data(bytes[json]))))
        }
        return entries
    }
}
