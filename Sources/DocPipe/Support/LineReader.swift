import Foundation

/// Reads a file or standard input one line at a time, in bounded memory.
///
/// Lines are cut out of a buffer of 1 MiB reads by moving a start offset; the consumed front of
/// the buffer is dropped only when it is larger than what remains, so each byte is copied a
/// bounded number of times.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var searched = 0
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
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                let line = Data(buffer[start..<newline])
                start = newline + 1
                searched = start
                return line
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { buffer.removeAll(); start = 0; searched = 0 }
                return Data(buffer[start...])
            }
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty {
                atEnd = true
                continue
            }
            if start > 0, start >= buffer.count - start {
                buffer.removeSubrange(0..<start)
                searched -= start
                start = 0
            }
            buffer.append(contentsOf: chunk)
        }
    }
}
