import Foundation

/// Writes files so that a reader never sees half of one: into a temporary file in the same
/// folder, then renamed into place.
public enum AtomicFile {
    /// Writes `data` to `url` atomically, creating the folder when needed.
    /// - Parameters:
    ///   - data: the content.
    ///   - url: the final path.
    ///   - durable: flush to disk before the rename (survives a power cut, not just a killed process).
    /// - Throws: a file-system error naming the path.
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        try write(to: url, durable: durable) { handle in try handle.write(contentsOf: data) }
    }

    /// Streams content into `url` atomically: `body` writes into a temporary file that is renamed
    /// into place only when `body` returns; on error the temporary file is removed.
    /// - Throws: what `body` throws, or a file-system error naming the path.
    public static func write(to url: URL, durable: Bool = true, _ body: (FileHandle) throws -> Void) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(LeftoverFiles.temporaryName(for: url.lastPathComponent))
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw FileError.cannotWrite(url.path)
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try body(handle)
                if durable { try handle.synchronize() }
                try handle.close()
            } catch let error as FileError {
                try? handle.close()
                throw error
            } catch {
                try? handle.close()
                throw FileError.writeFailed(url.path, reason: FileError.reason(of: error))
            }
            if rename(temporary.path, url.path) != 0 {
                throw FileError.cannotWrite(url.path)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

/// File-system errors, each naming the path.
public enum FileError: Error, Sendable, CustomStringConvertible {
    /// The file or folder could not be written.
    case cannotWrite(String)
    /// The file or folder could not be read.
    case cannotRead(String)
    /// Writing the file failed part-way, for the reason given (disk full, file too large, …).
    case writeFailed(String, reason: String)

    /// A short reason for a failed write or read: the system's message for its `errno` when
    /// Foundation wrapped one, otherwise the error's own description.
    public static func reason(of error: any Error) -> String {
        if let error = error as? FileError { return error.description }
        let nsError = error as NSError
        let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix = [underlying, nsError].compactMap({ $0 }).first(where: { $0.domain == NSPOSIXErrorDomain }) {
            return String(cString: strerror(Int32(posix.code)))
        }
        return "\(error)"
    }

    /// A message naming the path.
    public var description: String {
        switch self {
        case .cannotWrite(let path): return "\(path): cannot write (check that the folder exists and is writable)"
        case .cannotRead(let path): return "\(path): cannot read"
        case .writeFailed(let path, let reason): return "\(path): cannot write: \(reason)"
        }
    }
}
