import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or standard input one line at a time, in bounded memory.
///
/// Bytes are read straight into one growable buffer and each byte is scanned for the newline
/// once: a line longer than the buffer grows it (by `realloc`, which extends large blocks in
/// place), so a line of hundreds of megabytes is read once and held once, and `nextLine()` hands
/// such a line over as the buffer itself, without a copy.
final class LineReader {
    /// The bytes asked of each read, and the smallest free room kept before reading.
    static let readSize = 1 << 20
    /// Lines at least this long are handed over as the buffer itself rather than copied.
    static let handOverSize = 1 << 20

    private let handle: FileHandle
    private let closesHandle: Bool
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var searched = 0
    private var atEnd = false

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
        closesHandle = true
        capacity = Self.readSize
        base = Self.allocate(capacity)
    }

    init(handle: FileHandle) {
        self.handle = handle
        closesHandle = false
        capacity = Self.readSize
        base = Self.allocate(capacity)
    }

    deinit {
        free(base)
        if closesHandle { try? handle.close() }
    }

    /// The next line without its newline, or `nil` at the end. A line of a megabyte or more is
    /// the reader's buffer itself, handed over without a copy.
    func nextLine() throws -> Data? {
        guard let range = try nextRange() else { return nil }
        guard range.count >= Self.handOverSize else {
            return Data(bytes: base + range.lowerBound, count: range.count)
        }
        let line = base
        let rest = end - start
        capacity = max(Self.readSize, rest + Self.readSize)
        base = Self.allocate(capacity)
        if rest > 0 { memcpy(base, line + start, rest) }
        end = rest
        searched = searched - start
        start = 0
        return Data(bytesNoCopy: line + range.lowerBound, count: range.count, deallocator: .custom { _, _ in free(line) })
    }

    /// The next line without its newline, as bytes, or `nil` at the end.
    func nextLineBytes() throws -> [UInt8]? {
        guard let range = try nextRange() else { return nil }
        return Array(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
    }

    /// The position of the next line in the buffer, valid until the next read; the reader has
    /// already moved past it.
    private func nextRange() throws -> Range<Int>? {
        while true {
            let from = max(start, searched)
            if from < end, let found = memchr(base + from, 0x0A, end - from) {
                let newline = found.assumingMemoryBound(to: UInt8.self) - base
                let line = start..<newline
                start = newline + 1
                searched = start
                return line
            }
            searched = end
            if atEnd {
                guard start < end else { return nil }
                let line = start..<end
                start = end
                return line
            }
            try fill()
        }
    }

    /// Reads more bytes after the buffered ones, first moving the unread part to the front or
    /// growing the buffer when fewer than `readSize` bytes are free.
    private func fill() throws {
        if capacity - end < Self.readSize, start > 0 {
            let live = end - start
            if live > 0 { memmove(base, base + start, live) }
            end = live
            searched -= start
            start = 0
        }
        if capacity - end < Self.readSize {
            let grown = max(capacity * 2, end + Self.readSize)
            guard let moved = realloc(base, grown) else { throw FileError.cannotRead("out of memory for a line of \(end) bytes") }
            base = moved.assumingMemoryBound(to: UInt8.self)
            capacity = grown
        }
        let descriptor = handle.fileDescriptor
        while true {
            let count = read(descriptor, base + end, capacity - end)
            if count > 0 {
                end += count
                return
            }
            if count == 0 {
                atEnd = true
                return
            }
            if errno != EINTR { throw FileError.cannotRead(String(cString: strerror(errno))) }
        }
    }

    private static func allocate(_ size: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = malloc(size) else { fatalError("cannot allocate a line buffer of \(size) bytes") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }
}
