import Foundation

/// The stage cache's size, kept up to date without listing the cache: a small file `CACHE/.size`
/// whose first line is a count (`ENTRIES BYTES`) and whose later lines are what runs changed
/// since (`ENTRIES BYTES`, signed, appended), so the size is their sum.
///
/// A store records its own change (a new entry, or the difference when it replaces one); a run
/// appends its changes once, at the end of its documents phase. A missing or unreadable file is
/// rebuilt by listing the cache once; `docpipe cache size` and `prune` always list the cache and
/// write the file again, which also corrects it after entries were removed by hand or two runs
/// shared a cache at the same moment.
final class CacheLedger: @unchecked Sendable {
    /// The ledger file of a cache folder (hidden, so a listing of entries never counts it).
    static func file(in folder: URL) -> URL {
        folder.appendingPathComponent(".size")
    }

    private let lock = NSLock()
    private var entries = 0
    private var bytes = 0

    /// Records one store: a new entry when `previousBytes` is `nil`, else a replaced one.
    func recordStore(previousBytes: Int?, newBytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        if previousBytes == nil { entries += 1 }
        bytes += newBytes - (previousBytes ?? 0)
    }

    /// The changes recorded since the last call, which are then forgotten.
    func takeChanges() -> (entries: Int, bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        defer { (entries, bytes) = (0, 0) }
        return (entries, bytes)
    }

    /// The size the ledger file in `folder` records, after appending `changes` to it; `nil` when
    /// the file is missing or unreadable (the caller then lists the cache).
    static func total(in folder: URL, appending changes: (entries: Int, bytes: Int)) -> (entries: Int, bytes: Int)? {
        let path = file(in: folder).path
        if changes != (0, 0) {
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            guard (try? handle.write(contentsOf: Data("\(changes.entries) \(changes.bytes)\n".utf8))) != nil else { return nil }
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return nil }
        var total = (entries: 0, bytes: 0)
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 2, let entries = Int(fields[0]), let bytes = Int(fields[1]) else { return nil }
            total.entries += entries
            total.bytes += bytes
        }
        guard total.entries >= 0, total.bytes >= 0 else { return nil }
        return total
    }

    /// Replaces the ledger file in `folder` with a count; a cache folder that does not exist is
    /// left alone.
    static func replace(with size: (entries: Int, bytes: Int), in folder: URL) {
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        try? AtomicFile.write(Data("\(size.entries) \(size.bytes)\n".utf8), to: file(in: folder), durable: false)
    }
}
