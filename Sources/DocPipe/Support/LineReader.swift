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
    private var seekable: Bool { closesHandle }

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
        try nextLineBytes().map { Data($0) }
    }

    /// The next line without its newline, as bytes, or `nil` at the end. A line that fills most
    /// of the buffer is handed over without a copy, so a line of hundreds of megabytes is held
    /// once.
    func nextLineBytes() throws -> [UInt8]? {
        while true {
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                return take(start..<newline, resumingAt: newline + 1)
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { buffer.removeAll(); start = 0; searched = 0 }
                return take(start..<buffer.count, resumingAt: buffer.count)
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
            if buffer.count - start >= 1 << 22, buffer.count + chunk.count > buffer.capacity, seekable {
                try reserveRestOfLine(after: chunk)
            }
            buffer.append(contentsOf: chunk)
        }
    }

    /// Makes room for the rest of a long line at once, so the buffer is not doubled past it: reads
    /// ahead to the next newline, then returns to where reading stopped.
    private func reserveRestOfLine(after chunk: Data) throws {
        let resume = try handle.offset()
        var rest = 0
        while let ahead = try handle.read(upToCount: 1 << 20), !ahead.isEmpty {
            if let newline = ahead.firstIndex(of: 0x0A) {
                rest += newline - ahead.startIndex + 1
                break
            }
            rest += ahead.count
        }
        try handle.seek(toOffset: resume)
        buffer.reserveCapacity(buffer.count + chunk.count + rest + (1 << 20))
    }

    /// The bytes of `range`, reading on from `next`; when they are most of the buffer, the buffer
    /// itself becomes the line and what follows is moved into a new buffer.
    private func take(_ range: Range<Int>, resumingAt next: Int) -> [UInt8] {
        guard range.count > 1 << 20, range.count * 2 > buffer.count else {
            start = next
            searched = next
            return Array(buffer[range])
        }
        let rest = Array(buffer[next...])
        var line = buffer
        buffer = rest
        line.removeSubrange(range.upperBound...)
        line.removeSubrange(..<range.lowerBound)
        start = 0
        searched = 0
        return line
    }
}
