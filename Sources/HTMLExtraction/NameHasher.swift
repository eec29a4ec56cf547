/// FNV-1a hash of an element or attribute name, lower-cased byte by byte, so that names can be
/// compared without building strings.
struct NameHasher {
    /// The hash of the bytes added so far.
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds one byte of the name (ASCII upper case is folded to lower case).
    mutating func add(_ byte: UInt8) {
        let folded = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
        value = (value ^ UInt64(folded)) &* 0x0000_0100_0000_01b3
    }

    /// The hash of a NUL-terminated C string.
    static func hash(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        var hasher = NameHasher()
        var cursor = pointer
        while cursor.pointee != 0 {
            hasher.add(cursor.pointee)
            cursor += 1
        }
        return hasher.value
    }
}

extension NameHasher {
    /// The hash of a Swift string, for comparing with names read from bytes.
    static func hash(_ name: String) -> UInt64 {
        var hasher = NameHasher()
        for byte in name.utf8 { hasher.add(byte) }
        return hasher.value
    }
}
