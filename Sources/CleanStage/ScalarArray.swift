/// Decodes a string's UTF-8 into an array of code points in one tight pass.
enum ScalarArray {
    /// The code points of `text`.
    static func make(_ text: String) -> [Unicode.Scalar] {
        var copy = text
        return copy.withUTF8 { bytes in
            let count = bytes.count
            var total = 0
            for byte in bytes where byte & 0xC0 != 0x80 { total += 1 }
            var scalars = [Unicode.Scalar]()
            scalars.reserveCapacity(total)
            var index = 0
            while index < count {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    scalars.append(Unicode.Scalar(UInt8(lead)))
                    index += 1
                } else if lead < 0xE0 {
                    let value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    scalars.append(Unicode.Scalar(value).unsafelyUnwrapped)
                    index += 2
                } else if lead < 0xF0 {
                    let value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    scalars.append(Unicode.Scalar(value).unsafelyUnwrapped)
                    index += 3
                } else {
                    let value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    scalars.append(Unicode.Scalar(value).unsafelyUnwrapped)
                    index += 4
                }
            }
            return scalars
        }
    }
}
