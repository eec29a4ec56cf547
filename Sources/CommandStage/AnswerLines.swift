import DocPipe

/// Splits what a program writes on standard output into lines, one answer per line, however the
/// bytes arrive: one read may hold part of a line or several lines, and the lines (or the
/// error) come out the same either way.
package struct AnswerLines: Sendable {
    /// The longest answer line accepted by default, in bytes (256 MiB): a program that writes
    /// more fails its document instead of filling memory.
    package static let defaultLimit = 256 << 20

    /// The longest line accepted, in bytes, without its newline.
    package let limit: Int
    private var buffer: [UInt8] = []
    private var scanned = 0

    /// Creates an empty reader.
    /// - Parameter limit: the longest line accepted, in bytes, without its newline.
    package init(limit: Int = AnswerLines.defaultLimit) {
        self.limit = limit
    }

    /// Bytes read but not yet returned as a line.
    package var pendingCount: Int { buffer.count }

    /// Adds bytes as they were read.
    package mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete line without its newline, or nil when none has arrived yet.
    /// - Throws: ``StageError`` when the line is, or has already grown, longer than ``limit``.
    package mutating func next() throws(StageError) -> [UInt8]? {
        guard let newline = buffer[scanned...].firstIndex(of: 0x0A) else {
            scanned = buffer.count
            if buffer.count > limit { throw tooLong }
            return nil
        }
        if newline > limit { throw tooLong }
        let line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        scanned = 0
        return line
    }

    private var tooLong: StageError {
        StageError("the program wrote an answer line longer than \(limit) bytes, the most one line may hold")
    }
}
