import Foundation

/// Reads a file or standard input one line at a time, in bounded memory.
final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    private var atEnd = false
    private let closesHandle: Bool

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
        closesHandle = true
    }

    init(handle: FileHandle) {
        self.handle = handle
        closesHandle = false
    }

    deinit {
        if closesHandle { try? handle.close() }
    }

    /// The next line without its newline, or `nil` at the end.
    func nextLine() throws -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return Data(line)
            }
            if atEnd {
                if buffer.isEmpty { return nil }
                defer { buffer = Data() }
                return buffer
            }
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }
}
