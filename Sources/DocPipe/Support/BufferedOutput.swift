import Foundation

/// Collects bytes in memory and writes them to a file handle in large blocks; a piece at least a
/// block long goes to the handle directly, so the buffer never grows past two blocks.
public final class BufferedOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let blockSize: Int

    /// Wraps a handle open for writing.
    /// - Parameters:
    ///   - handle: the handle.
    ///   - blockSize: bytes collected before a write.
    public init(_ handle: FileHandle, blockSize: Int = 1 << 16) {
        self.handle = handle
        self.blockSize = blockSize
        buffer.reserveCapacity(blockSize)
    }

    /// Appends bytes, writing a block when the buffer is full.
    /// - Throws: a file error.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Appends a string's UTF-8 bytes, writing a block when the buffer is full.
    /// - Throws: a file error.
    public func write(_ string: String) throws {
        var string = string
        try string.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends raw bytes, writing a block when the buffer is full.
    /// - Throws: a file error.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if bytes.count >= blockSize {
            try flush()
            try handle.write(contentsOf: bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= blockSize { try flush() }
    }

    /// Writes what is buffered.
    /// - Throws: a file error.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
