import Foundation

/// A corpus step's own scratch file of byte records: written once, in order, then read as often
/// as needed, and removed when the last reference goes. For what a corpus step needs again after
/// its pass over the contributions (summarize's figures), so that it reads its contributions once
/// and keeps little in memory.
///
/// The file lies in the output's `.docpipe/` folder when there is one, else in the temporary
/// folder, under a spool name (``LeftoverFiles``), so a dead run's file is removed by a later
/// run. The records are ``SequencedRecords``' (the spool's raw contribution records). Appending is not thread-safe; once
/// ``finishWriting()`` returned, any thread may read.
public final class ScratchRecords: @unchecked Sendable {
    private let url: URL
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []
    /// How many records were appended.
    public private(set) var count = 0

    /// Creates an empty scratch file for records of `kind` (letters only) beside `outputDirectory`'s spools.
    /// - Throws: ``FileError/cannotWrite(_:)`` when no file can be made.
    public init(kind: String, outputDirectory: URL) throws {
        let spools = outputDirectory.appendingPathComponent(".docpipe", isDirectory: true)
        var isDirectory: ObjCBool = false
        let folder = FileManager.default.fileExists(atPath: spools.path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? spools : FileManager.default.temporaryDirectory
        let name = String(LeftoverFiles.spoolName("contributions-\(kind)").dropLast(".jsonl".count)) + ".bin"
        url = folder.appendingPathComponent(name)
        guard let file = fopen(url.path, "w+b") else { throw FileError.cannotWrite(url.path) }
        self.file = file
    }

    deinit {
        if let file { fclose(file) }
        unlink(url.path)
    }

    /// Appends one record.
    /// - Throws: ``FileError/writeFailed(_:reason:)`` when the file cannot be written.
    public func append(_ bytes: [UInt8]) throws {
        buffer += SequencedRecords.record(sequence: count, bytes: Data(bytes))
        count += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what is buffered; after this, records are only read.
    /// - Throws: ``FileError/writeFailed(_:reason:)`` when the file cannot be written.
    public func finishWriting() throws {
        try flush()
        if let file { fflush(file) }
    }

    private func flush() throws {
        guard !buffer.isEmpty, let file else { return }
        let written = buffer.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else { throw FileError.writeFailed(url.path, reason: String(cString: strerror(errno))) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with every record, in the order they were appended; `body` may stop the walk
    /// by returning `false`.
    /// - Throws: what `body` throws, or ``FileError/cannotRead(_:)`` when the file cannot be read.
    public func forEach(_ body: (_ record: [UInt8]) throws -> Bool) throws {
        guard count > 0 else { return }
        let reader = try SequencedRecords.Reader(url: url)
        while let (_, record) = try reader.next() {
            guard try body(record) else { return }
        }
    }
}
