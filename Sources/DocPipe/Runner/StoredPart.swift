import Foundation

/// Where a cached document's raw contribution lies in the stage cache: a byte range of its
/// ``ResumeEntry``'s file, read only when the corpus step gets to it.
///
/// An unsharded run spools such a reference (``SequencedRecords/reference(sequence:part:)``)
/// instead of copying the bytes (export's template, most of a resume entry) into the spool and
/// reading them back. Contract: ``read()`` gives the bytes only when the file still has the size
/// it had when the entry was read and the whole range can be read; anything else (the entry
/// removed, rewritten with another length or truncated while the run ran) is a read error naming
/// the file, never other bytes.
struct StoredPart: Sendable, Equatable {
    /// The resume entry's file.
    var path: String
    /// Where the contribution starts in the file.
    var offset: Int
    /// Its length in bytes.
    var length: Int
    /// The file's size when the entry was read.
    var fileSize: Int

    /// The reference as a spool record's payload: offset, length and file size (8 bytes each,
    /// little-endian), then the path's UTF-8 bytes.
    var encoded: Data {
        var data = Data(capacity: 24 + path.utf8.count)
        for value in [offset, length, fileSize] {
            withUnsafeBytes(of: UInt64(value).littleEndian) { data.append(contentsOf: $0) }
        }
        data.append(contentsOf: Array(path.utf8))
        return data
    }

    /// A part at `offset` of `length` bytes in the file `path` of `fileSize` bytes.
    init(path: String, offset: Int, length: Int, fileSize: Int) {
        self.path = path
        self.offset = offset
        self.length = length
        self.fileSize = fileSize
    }

    /// Reads a reference back from its payload (``encoded``).
    /// - Throws: ``FileError/cannotRead(_:)`` when the payload is malformed.
    init(encoded bytes: [UInt8], in spool: String) throws {
        guard bytes.count > 24 else { throw FileError.cannotRead("\(spool): a spooled cache reference is malformed") }
        func value(_ at: Int) -> UInt64 {
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
        }
        let numbers = [value(0), value(8), value(16)]
        guard numbers.allSatisfy({ $0 <= UInt64(Int.max) }), numbers[0] + numbers[1] <= numbers[2] else {
            throw FileError.cannotRead("\(spool): a spooled cache reference is malformed")
        }
        path = String(decoding: bytes[24...], as: UTF8.self)
        offset = Int(numbers[0])
        length = Int(numbers[1])
        fileSize = Int(numbers[2])
    }

    /// The part's bytes, read from the cache.
    /// - Throws: ``FileError/cannotRead(_:)`` when the file is gone, has another size than when
    ///   the entry was read, or ends inside the range.
    func read() throws -> [UInt8] {
        let gone = FileError.cannotRead("the stage cache's entry \(path) (removed or changed while the run ran?)")
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { throw gone }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0, Int(status.st_size) == fileSize else { throw gone }
        return try [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
            guard readFully(file, into: buffer.baseAddress, count: length, at: offset) else { throw gone }
            initialized = length
        }
    }
}
