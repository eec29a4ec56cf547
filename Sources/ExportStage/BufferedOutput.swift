import Foundation

/// Collects bytes in memory and writes them to a file handle in large blocks.
final class BufferedOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let blockSize: Int

    /// Wraps a handle open for writing.
    init(_ handle: FileHandle, blockSize: Int = 1 << 16) {
        self.handle = handle
        self.blockSize = blockSize
        buffer.reserveCapacity(blockSize)
    }

    /// Appends bytes, writing a block when the buffer is full.
    /// - Throws: a file error.
    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= blockSize { try flush() }
    }

    /// Appends a string's UTF-8 bytes.
    /// - Throws: a file error.
    func write(_ string: String) throws {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= blockSize { try flush() }
    }

    /// Writes what is buffered.
    /// - Throws: a file error.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
