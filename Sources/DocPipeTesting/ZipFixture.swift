internal import CArchive
import Foundation

/// Writes zip containers for tests of converters (DOCX, ODT, EPUB) with libarchive: the first
/// entry stored uncompressed (as OpenDocument and EPUB want their `mimetype`), the others deflated.
public enum ZipFixture {
    /// The zip file holding the entries, in order.
    /// - Parameter entries: names and contents.
    public static func zip(_ entries: [(name: String, contents: Data)]) -> Data {
        let capacity = entries.reduce(65_536) { $0 + $1.contents.count * 2 + 512 }
        var buffer = [UInt8](repeating: 0, count: capacity)
        var used = 0
        guard let archive = archive_write_new() else { return Data() }
        defer { archive_write_free(archive) }
        archive_write_set_format_zip(archive)
        archive_write_set_bytes_in_last_block(archive, 1)
        _ = buffer.withUnsafeMutableBytes { raw in archive_write_open_memory(archive, raw.baseAddress, capacity, &used) }
        for (index, entry) in entries.enumerated() {
            if index == 0 { archive_write_zip_set_compression_store(archive) } else { archive_write_zip_set_compression_deflate(archive) }
            let header = archive_entry_new()
            archive_entry_set_pathname(header, entry.name)
            archive_entry_set_size(header, la_int64_t(entry.contents.count))
            archive_entry_set_filetype(header, 0o100000)
            archive_entry_set_perm(header, 0o644)
            archive_write_header(archive, header)
            _ = entry.contents.withUnsafeBytes { raw in archive_write_data(archive, raw.baseAddress, raw.count) }
            archive_entry_free(header)
        }
        archive_write_close(archive)
        return Data(buffer[0..<used])
    }

    /// The zip file holding text entries.
    public static func zip(_ entries: [(String, String)]) -> Data {
        zip(entries.map { (name: $0.0, contents: Data($0.1.utf8)) })
    }
}
