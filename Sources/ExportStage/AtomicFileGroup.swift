import DocPipe
import Foundation

/// Several files written at once, each to a temporary name in its folder (as ``AtomicFile``
/// does), renamed into place only when the whole group is committed; a discarded group leaves
/// nothing behind.
final class AtomicFileGroup {
    /// The final paths, in the order of ``outputs``.
    let urls: [URL]
    /// One buffered output per URL.
    let outputs: [BufferedOutput]
    private let temporaries: [URL]
    private let handles: [FileHandle]
    private var open = true

    /// Creates the temporary files (and their folders).
    /// - Throws: a file error naming the path that could not be created.
    init(_ urls: [URL]) throws {
        var temporaries: [URL] = []
        var handles: [FileHandle] = []
        do {
            for url in urls {
                let folder = url.deletingLastPathComponent()
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let temporary = folder.appendingPathComponent(LeftoverFiles.temporaryName(for: url.lastPathComponent))
                guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else { throw FileError.cannotWrite(url.path) }
                temporaries.append(temporary)
                handles.append(try FileHandle(forWritingTo: temporary))
            }
        } catch {
            for handle in handles { try? handle.close() }
            for temporary in temporaries { try? FileManager.default.removeItem(at: temporary) }
            throw error
        }
        self.urls = urls
        self.temporaries = temporaries
        self.handles = handles
        outputs = handles.map { BufferedOutput($0) }
    }

    /// Calls `body` with one buffered output per URL, in the same order, then commits the group.
    /// - Throws: what `body` throws (every temporary file is then removed), or a file error.
    static func write(_ urls: [URL], _ body: ([BufferedOutput]) throws -> Void) throws {
        let group = try AtomicFileGroup(urls)
        do {
            try group.writing { try body(group.outputs) }
            try group.commit()
        } catch {
            group.discard()
            throw error
        }
    }

    /// Runs `body`, which writes to the outputs; an error that is not a ``FileError`` becomes a
    /// failed write of the group's last file.
    /// - Throws: what `body` throws, as a ``FileError``.
    func writing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FileError {
            throw error
        } catch {
            throw FileError.writeFailed(urls.last?.path ?? "", reason: FileError.reason(of: error))
        }
    }

    /// Flushes every output, makes the files durable and renames them into place, the last first.
    /// - Throws: a file error naming the path; the files not yet renamed are then removed.
    func commit() throws {
        guard open else { return }
        do {
            try writing { for output in outputs { try output.flush() } }
            for index in urls.indices.reversed() {
                do {
                    try handles[index].synchronize()
                    try handles[index].close()
                } catch {
                    throw FileError.writeFailed(urls[index].path, reason: FileError.reason(of: error))
                }
                if rename(temporaries[index].path, urls[index].path) != 0 { throw FileError.cannotWrite(urls[index].path) }
            }
            open = false
        } catch {
            discard()
            throw error
        }
    }

    /// Closes and removes the temporary files not yet renamed into place.
    func discard() {
        guard open else { return }
        open = false
        for (handle, temporary) in zip(handles, temporaries) {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
