extension String {
    /// The string without leading and trailing white space (ASCII white space and no-break spaces).
    var trimmingSpaces: String {
        collapsing(inner: false)
    }

    /// The string with every run of white space collapsed to one space, trimmed.
    var collapsingSpaces: String {
        collapsing(inner: true)
    }

    private func collapsing(inner: Bool) -> String {
        let source = Array(utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var pendingStart = -1
        var k = 0
        while k < source.count {
            let byte = source[k]
            let width = byte == 0xC2 && k + 1 < source.count && source[k + 1] == 0xA0 ? 2 : 1
            if width == 2 || byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 {
                if pendingStart < 0 { pendingStart = k }
                k += width
                continue
            }
            if pendingStart >= 0 && !bytes.isEmpty {
                if inner { bytes.append(32) } else { bytes.append(contentsOf: source[pendingStart..<k]) }
            }
            pendingStart = -1
            bytes.append(byte)
            k += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
