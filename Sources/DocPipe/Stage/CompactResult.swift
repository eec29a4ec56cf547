/// A corpus-level result with a compact binary form, so the runner can set it aside on disk
/// while a corpus step that does not read it runs (``ParkedResults``), instead of holding it.
///
/// ``compactBytes()`` and ``init(compactBytes:)`` must round-trip: the value read back is
/// equal to the one written (a dictionary may come back in another iteration order).
public protocol CompactResult: Codable, Sendable {
    /// The value's compact form (``CompactWriter``), starting with a version byte.
    func compactBytes() -> [UInt8]

    /// Reads a value back from ``compactBytes()``.
    /// - Throws: ``FileError`` when the bytes are cut short or of another form.
    init(compactBytes: [UInt8]) throws
}
