import CCrypto
import Foundation

/// A streaming SHA-256 digest (FIPS 180-4), for cache keys and the content hashes in manifests,
/// computed by OpenSSL's libcrypto (which uses the processor's SHA instructions where it has them).
///
/// A digest is a value that owns its state: copying one and updating both copies is not
/// supported; make a new digest instead.
public struct SHA256: Sendable {
    private final class Context: @unchecked Sendable {
        let pointer: OpaquePointer

        init() {
            guard let pointer = EVP_MD_CTX_new(), EVP_DigestInit_ex(pointer, EVP_sha256(), nil) == 1 else {
                fatalError("libcrypto cannot start a SHA-256 digest")
            }
            self.pointer = pointer
        }

        deinit { EVP_MD_CTX_free(pointer) }
    }

    private let context = Context()

    /// Starts a digest.
    public init() {}

    /// The hex digest of `bytes`.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let array = Array(bytes)
        return array.withUnsafeBytes { oneShot($0) }
    }

    /// The hex digest of `data`, read in place (an input's bytes, not copied into an array).
    public static func hex(_ data: Data) -> String {
        data.withUnsafeBytes { oneShot($0) }
    }

    /// The hex digest of a string's UTF-8 bytes.
    public static func hex(_ string: String) -> String {
        var string = string
        return string.withUTF8 { oneShot(UnsafeRawBufferPointer($0)) }
    }

    /// Adds bytes to the digest.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds bytes to the digest.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        guard EVP_DigestUpdate(context.pointer, base, bytes.count) == 1 else { fatalError("libcrypto SHA-256 update failed") }
    }

    /// Finishes the digest.
    /// - Returns: the 64 lower-case hex digits.
    public mutating func hexDigest() -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context.pointer, &digest, &length) == 1, length == 32 else { fatalError("libcrypto SHA-256 final failed") }
        return Self.hexDigits(digest.prefix(32))
    }

    private static func oneShot(_ bytes: UnsafeRawBufferPointer) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let empty: [UInt8] = [0]
        let ok = empty.withUnsafeBytes { fallback in
            EVP_Digest(bytes.baseAddress ?? fallback.baseAddress, bytes.count, &digest, &length, EVP_sha256(), nil)
        }
        guard ok == 1, length == 32 else { fatalError("libcrypto SHA-256 failed") }
        return hexDigits(digest.prefix(32))
    }

    private static func hexDigits(_ digest: ArraySlice<UInt8>) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

extension SHA256 {
    /// The size and hex SHA-256 of a file, read in blocks of 1 MiB.
    /// - Throws: ``FileError/cannotRead(_:)`` when the file cannot be opened or read.
    public static func file(_ url: URL) throws -> (bytes: Int, sha256: String) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError.cannotRead(url.path) }
        defer { close(descriptor) }
        var digest = SHA256()
        var total = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw FileError.cannotRead(url.path) }
            if count == 0 { break }
            digest.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            total += count
        }
        return (total, digest.hexDigest())
    }
}
