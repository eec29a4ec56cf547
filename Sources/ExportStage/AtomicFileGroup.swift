import DocPipe
import Foundation

/// Writes several files at once, each through ``AtomicFile``: every file goes to a temporary name
/// and is renamed into place only when the whole group was written.
enum AtomicFileGroup {
    /// Calls `body` with one buffered output per URL, in the same order.
    /// - Throws: what `body` throws (every temporary file is then removed), or a file error.
    static func write(_ urls: [URL], _ body: ([BufferedOutput]) throws -> Void) throws {
        try nest(urls[...], outputs: [], body)
    }

    private static func nest(_ urls: ArraySlice<URL>, outputs: [BufferedOutput], _ body: ([BufferedOutput]) throws -> Void) throws {
        guard let first = urls.first else {
            try body(outputs)
            for output in outputs { try output.flush() }
            return
        }
        try AtomicFile.write(to: first) { handle in
            try nest(urls.dropFirst(), outputs: outputs + [BufferedOutput(handle)], body)
        }
    }
}
