import Foundation

/// A contribution that writes and reads itself as bytes, so the runner stores it (spool, cache,
/// shard folders) without `JSONEncoder`/`JSONDecoder`: a large contribution, such as export's
/// rendered document, then costs a copy and a base64 pass, not a walk through Foundation's coders;
/// one read on every run, such as extract's and summarize's, is decoded by hand from a compact form
/// (``CompactWriter``, ``CompactReader``).
///
/// The bytes should start with a version byte and ``init(encodedBytes:)`` should throw on any
/// other, or on bytes cut short: never crash on bytes another version wrote.
///
/// The runner stores the raw bytes (a binary spool file, a cache entry after its header line).
/// ``storedJSON()`` is the same bytes as one JSON string of their base64; `Codable`
/// conformance must give the same form (``encodeAsBase64(to:)`` and ``decodedFromBase64(_:)``),
/// so a contribution computed in memory and one read back agree.
public protocol ByteCodedContribution: Codable, Sendable {
    /// The contribution as bytes.
    /// - Throws: any error; the document then fails like an error in `process`.
    func encodedBytes() throws -> [UInt8]

    /// Reads a contribution from what ``encodedBytes()`` wrote.
    /// - Throws: an error naming what could not be read.
    init(encodedBytes: [UInt8]) throws

    /// The version of the byte form, part of the cache key of the stored bytes: raise it when
    /// ``encodedBytes()`` changes, so entries written in an older form are misses, never misread.
    static var storageVersion: Int { get }
}

extension ByteCodedContribution {
    /// The first byte form.
    public static var storageVersion: Int { 1 }

    /// The stored form: one JSON string holding the base64 of ``encodedBytes()``.
    /// - Throws: what ``encodedBytes()`` throws.
    public func storedJSON() throws -> Data {
        var data = Data([0x22])
        data.append(Data(try encodedBytes()).base64EncodedData())
        data.append(0x22)
        return data
    }

    /// Reads the stored form, the bytes of a JSON string of base64.
    /// - Throws: ``FileError`` when the bytes are not that, or what ``init(encodedBytes:)`` throws.
    public static func fromStoredJSON(_ json: Data) throws -> Self {
        guard json.count >= 2, json.first == 0x22, json.last == 0x22,
            let bytes = Data(base64Encoded: json.dropFirst().dropLast())
        else { throw FileError.cannotRead("a stored contribution is not a base64 string") }
        return try Self(encodedBytes: [UInt8](bytes))
    }

    /// Encodes the contribution as one string, its base64 bytes (what `encode(to:)` should call).
    /// - Throws: what ``encodedBytes()`` or the encoder throws.
    public func encodeAsBase64(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Data(try encodedBytes()).base64EncodedString())
    }

    /// Reads the contribution from one base64 string (what `init(from:)` should call).
    /// - Throws: `DecodingError` or what ``init(encodedBytes:)`` throws.
    public static func decodedFromBase64(_ decoder: any Decoder) throws -> Self {
        let container = try decoder.singleValueContainer()
        guard let bytes = Data(base64Encoded: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not base64")
        }
        return try Self(encodedBytes: [UInt8](bytes))
    }
}
