internal import CArchive
import Foundation

/// A zip container read with libarchive (Debian `libarchive`, BSD-2-Clause) from memory.
///
/// Guards against zip bombs and hostile containers: at most ``maxEntries`` entries are listed,
/// an entry is read only up to ``maxEntryBytes`` uncompressed bytes, and all entries read
/// together up to ``maxTotalBytes``; going over is an error, not a truncation.
struct ZipArchive {
    /// The container's bytes.
    let data: Data
    /// The most entries listed.
    var maxEntries = 20_000
    /// The most uncompressed bytes of one entry.
    var maxEntryBytes = 128 << 20
    /// The most uncompressed bytes of all entries read.
    var maxTotalBytes = 512 << 20

    /// Whether the bytes start like a zip file (`PK\3\4`).
    static func looksLikeZip(_ data: Data) -> Bool {
        data.prefix(4).elementsEqual([0x50, 0x4B, 0x03, 0x04])
    }

    /// Whether the container's first entry is an uncompressed `mimetype` holding `expected`, as
    /// the OpenDocument and EPUB specifications require.
    static func hasLeadingMimetype(_ data: Data, _ expected: String) -> Bool {
        let bytes = [UInt8](data.prefix(30 + 8 + 1024 + expected.utf8.count))
        guard bytes.count > 38, looksLikeZip(data), bytes[8] == 0, bytes[9] == 0,
              Array(bytes[30..<38]) == Array("mimetype".utf8), bytes[26] == 8, bytes[27] == 0 else { return false }
        let start = 38 + (Int(bytes[28]) | Int(bytes[29]) << 8)
        let wanted = Array(expected.utf8)
        return start + wanted.count <= bytes.count && Array(bytes[start..<start + wanted.count]) == wanted
    }

    /// The names of the entries.
    func names() throws -> [String] {
        var names: [String] = []
        try each { name, _ in
            names.append(name)
            return false
        }
        return names
    }

    /// The contents of the named entries that exist.
    func read(_ wanted: Set<String>) throws -> [String: Data] {
        var found: [String: Data] = [:]
        var total = 0
        try each { name, archive in
            guard wanted.contains(name) else { return false }
            let contents = try Self.contents(of: archive, name: name, limit: min(maxEntryBytes, maxTotalBytes - total))
            total += contents.count
            found[name] = contents
            return found.count == wanted.count
        }
        return found
    }

    /// Calls `body` with each entry's name until it returns `true`.
    private func each(_ body: (String, OpaquePointer) throws -> Bool) throws {
        guard let archive = archive_read_new() else { throw ConversionError.unreadable(format: "zip container", detail: "libarchive could not start") }
        defer { archive_read_free(archive) }
        archive_read_support_format_zip_seekable(archive)
        try data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { throw ConversionError.unreadable(format: "zip container", detail: "empty file") }
            guard archive_read_open_memory(archive, base, raw.count) == ARCHIVE_OK else {
                throw ConversionError.unreadable(format: "zip container", detail: Self.message(archive))
            }
            var entry: OpaquePointer?
            var count = 0
            while true {
                let status = archive_read_next_header(archive, &entry)
                if status == ARCHIVE_EOF { break }
                guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                    throw ConversionError.unreadable(format: "zip container", detail: Self.message(archive))
                }
                count += 1
                guard count <= maxEntries else {
                    throw ConversionError.unreadable(format: "zip container", detail: "more than \(maxEntries) entries")
                }
                let name = archive_entry_pathname_utf8(entry).map { String(cString: $0) } ?? archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
                if try body(name, archive) { break }
            }
        }
    }

    /// Reads the current entry's data, failing past `limit` bytes.
    private static func contents(of archive: OpaquePointer, name: String, limit: Int) throws -> Data {
        var result = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = archive_read_data(archive, &buffer, buffer.count)
            if count == 0 { break }
            guard count > 0 else { throw ConversionError.unreadable(format: "zip container", detail: "\(name): \(message(archive))") }
            result.append(contentsOf: buffer[0..<count])
            guard result.count <= limit else {
                throw ConversionError.unreadable(format: "zip container", detail: "\(name) expands past \(limit) bytes (a zip bomb?)")
            }
        }
        return result
    }

    private static func message(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "damaged zip data"
    }
}
