import Foundation

/// Byte contributions tagged with their place in the input order, in a binary spool file: each
/// record is the sequence number and the byte count (each 8 bytes, little-endian), then the bytes.
///
/// A ``ByteCodedContribution`` (export's rendered document) is spooled this way rather than as a
/// JSON line of base64: a third smaller, and read back with one copy instead of a newline scan
/// and a base64 pass. A record whose byte count has its top bit set is a reference instead
/// (``reference(sequence:part:)``): its bytes name a ``StoredPart`` of the stage cache, and
/// reading the record gives that part's bytes.
enum SequencedRecords {
    /// The byte count's bit that marks a reference record.
    static let referenceFlag: UInt64 = 1 << 63

    /// The bytes of one record that refers to a cached contribution instead of holding it.
    static func reference(sequence: Int, part: StoredPart) -> Data {
        let payload = part.encoded
        var record = Data(capacity: 16 + payload.count)
        withUnsafeBytes(of: UInt64(sequence).littleEndian) { record.append(contentsOf: $0) }
        withUnsafeBytes(of: (UInt64(payload.count) | referenceFlag).littleEndian) { record.append(contentsOf: $0) }
        record.append(payload)
        return record
    }

    /// The bytes of one record.
    static func record(sequence: Int, bytes: Data) -> Data {
        var record = Data(capacity: 16 + bytes.count)
        withUnsafeBytes(of: UInt64(sequence).littleEndian) { record.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { record.append(contentsOf: $0) }
        record.append(bytes)
        return record
    }

    /// Reads the records of one file in order.
    final class Reader {
        private let file: UnsafeMutablePointer<FILE>
        private let path: String
        private var pendingReference = false

        /// Opens `url` for reading.
        /// - Throws: ``FileError/cannotRead(_:)`` when the file cannot be opened.
        init(url: URL) throws {
            guard let file = fopen(url.path, "rb") else { throw FileError.cannotRead(url.path) }
            self.file = file
            path = url.path
        }

        deinit {
            fclose(file)
        }

        /// The next record, or `nil` at the end of the file.
        /// - Throws: ``FileError/cannotRead(_:)`` when the file ends inside a record.
        func next() throws -> (sequence: Int, bytes: [UInt8])? {
            guard let (sequence, count) = try nextHeader() else { return nil }
            return (sequence, try bytes(count))
        }

        /// The next record's sequence number and byte count, or `nil` at the end of the file;
        /// its bytes are read by ``bytes(_:)`` before the next header.
        /// - Throws: ``FileError/cannotRead(_:)`` when the file ends inside a header or it is malformed.
        func nextHeader() throws -> (sequence: Int, count: Int)? {
            var header = [UInt64](repeating: 0, count: 2)
            let read = header.withUnsafeMutableBytes { fread($0.baseAddress, 1, 16, file) }
            if read == 0, feof(file) != 0 { return nil }
            guard read == 16 else { throw FileError.cannotRead("\(path): a spooled contribution is truncated") }
            let sequence = UInt64(littleEndian: header[0])
            var count = UInt64(littleEndian: header[1])
            pendingReference = count & referenceFlag != 0
            count &= ~referenceFlag
            guard sequence <= UInt64(Int.max), count <= UInt64(Int32.max) else {
                throw FileError.cannotRead("\(path): a spooled contribution has a malformed header")
            }
            return (Int(sequence), Int(count))
        }

        /// The `count` bytes of the record whose header was read last (of a reference, the bytes
        /// of the cached part it names).
        /// - Throws: ``FileError/cannotRead(_:)`` when the file ends inside the record or a
        ///   referenced part cannot be read.
        func bytes(_ count: Int) throws -> [UInt8] {
            let stored = try recordBytes(count)
            guard pendingReference else { return stored }
            pendingReference = false
            return try StoredPart(encoded: stored, in: path).read()
        }

        private func recordBytes(_ count: Int) throws -> [UInt8] {
            try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                let got = count == 0 ? 0 : fread(buffer.baseAddress, 1, count, file)
                initialized = got
                guard got == count else { throw FileError.cannotRead("\(path): a spooled contribution is truncated") }
            }
        }
    }

    /// Reads several record files (each in increasing sequence order) side by side, giving their
    /// records in sequence order.
    ///
    /// Only each file's next header is held; a record's bytes are read when it is given, so a
    /// large record waiting in one file for its turn costs no memory meanwhile.
    final class Merger {
        private let readers: [Reader]
        private var heads: [(sequence: Int, count: Int)?]

        /// Opens `files` and reads the first header of each.
        /// - Throws: ``FileError/cannotRead(_:)``.
        init(_ files: [URL]) throws {
            readers = try files.map { try Reader(url: $0) }
            heads = try readers.map { try $0.nextHeader() }
        }

        /// The record with the lowest sequence number not given yet, or `nil` when all are given.
        /// - Throws: ``FileError/cannotRead(_:)``.
        func next() throws -> (sequence: Int, bytes: [UInt8])? {
            var lowest: Int?
            for (position, head) in heads.enumerated() {
                if let head, lowest.map({ head.sequence < heads[$0]!.sequence }) ?? true { lowest = position }
            }
            guard let lowest, let head = heads[lowest] else { return nil }
            let bytes = try readers[lowest].bytes(head.count)
            heads[lowest] = try readers[lowest].nextHeader()
            return (head.sequence, bytes)
        }
    }
}
