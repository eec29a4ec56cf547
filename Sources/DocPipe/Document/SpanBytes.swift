/// The hot paths of ``SpanLayout`` on raw bytes: span lists written as `objects` into one buffer
/// of the exact size, and `deltas` lists in their plain form (no spaces, no signs but `-`, no
/// leading zeros) read without building a JSON scanner's intermediate arrays.
enum SpanBytes {
    private static let objectOpen = Array(#"{"end":"#.utf8)
    private static let objectMiddle = Array(#","start":"#.utf8)
    private static let deltasOpen = Array(#"{"span_deltas":["#.utf8)

    /// `[{"end":5,"start":0},…]`, byte for byte what a record-by-record writer gives.
    static func objects(_ spans: [Span]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: objectsSize(spans)) { buffer, count in
            var position = 0
            writeObjects(spans, into: buffer, at: &position)
            count = position
        }
    }

    /// Appends what ``objects(_:)`` gives to `out`, written in place.
    static func appendObjects(_ spans: [Span], to out: inout [UInt8]) {
        var position = out.count
        out.append(contentsOf: repeatElement(0, count: objectsSize(spans)))
        out.withUnsafeMutableBufferPointer { buffer in writeObjects(spans, into: buffer, at: &position) }
    }

    /// The byte length of ``objects(_:)``.
    static func objectsSize(_ spans: [Span]) -> Int {
        var size = 2 + max(0, spans.count - 1) + spans.count * (objectOpen.count + objectMiddle.count + 1)
        for span in spans { size += length(span.end) + length(span.start) }
        return size
    }

    /// Writes ``objects(_:)`` into `buffer` from `position`, leaving `position` after the list.
    static func writeObjects(_ spans: [Span], into buffer: UnsafeMutableBufferPointer<UInt8>, at position: inout Int) {
        buffer[position] = UInt8(ascii: "[")
        position += 1
        for index in spans.indices {
            if index > 0 {
                buffer[position] = UInt8(ascii: ",")
                position += 1
            }
            for byte in objectOpen {
                buffer[position] = byte
                position += 1
            }
            write(spans[index].end, into: buffer, at: &position)
            for byte in objectMiddle {
                buffer[position] = byte
                position += 1
            }
            write(spans[index].start, into: buffer, at: &position)
            buffer[position] = UInt8(ascii: "}")
            position += 1
        }
        buffer[position] = UInt8(ascii: "]")
        position += 1
    }

    /// `{"span_deltas":[g,l,…]}`, byte for byte what a span-by-span writer gives.
    static func deltas(_ spans: [Span]) -> [UInt8] {
        var size = deltasOpen.count + 2 + max(0, 2 * spans.count - 1)
        var previousEnd = 0
        for span in spans {
            size += length(span.start - previousEnd) + length(span.end - span.start)
            previousEnd = span.end
        }
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var position = 0
            for byte in deltasOpen {
                buffer[position] = byte
                position += 1
            }
            var previousEnd = 0
            for index in spans.indices {
                if index > 0 {
                    buffer[position] = UInt8(ascii: ",")
                    position += 1
                }
                write(spans[index].start - previousEnd, into: buffer, at: &position)
                buffer[position] = UInt8(ascii: ",")
                position += 1
                write(spans[index].end - spans[index].start, into: buffer, at: &position)
                previousEnd = spans[index].end
            }
            buffer[position] = UInt8(ascii: "]")
            buffer[position + 1] = UInt8(ascii: "}")
            count = position + 2
        }
    }

    /// The spans of `{"span_deltas":[g,l,…]}` written exactly so (what ``SpanLayout/deltas``
    /// writes); `nil` for any other spelling, which the general reader then takes.
    static func plainDeltas(_ bytes: [UInt8]) -> [Span]? {
        bytes.withUnsafeBufferPointer { buffer -> [Span]? in
            let end = buffer.count
            guard end >= deltasOpen.count + 2, buffer[end - 2] == UInt8(ascii: "]"), buffer[end - 1] == UInt8(ascii: "}") else { return nil }
            for index in deltasOpen.indices where buffer[index] != deltasOpen[index] { return nil }
            var position = deltasOpen.count
            let last = end - 2
            var spans: [Span] = []
            guard position < last else { return spans }
            spans.reserveCapacity((last - position) / 4)
            var previousEnd = 0
            while true {
                guard let gap = integer(buffer, &position, last), position < last, buffer[position] == UInt8(ascii: ",") else { return nil }
                position += 1
                guard let length = integer(buffer, &position, last) else { return nil }
                let start = previousEnd + gap
                previousEnd = start + length
                spans.append(Span(start: start, end: previousEnd))
                if position == last { return spans }
                guard buffer[position] == UInt8(ascii: ",") else { return nil }
                position += 1
            }
        }
    }

    /// One integer as ``SpanLayout``'s reader takes it: an optional `-`, then 1 to 18 digits
    /// without a leading zero.
    private static func integer(_ buffer: UnsafeBufferPointer<UInt8>, _ position: inout Int, _ limit: Int) -> Int? {
        var negative = false
        if position < limit, buffer[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        let first = position
        var value = 0
        while position < limit, case let byte = buffer[position], byte >= 0x30, byte <= 0x39 {
            value = value &* 10 &+ Int(byte &- 0x30)
            position += 1
        }
        let digits = position - first
        guard digits > 0, digits <= 18, digits == 1 || buffer[first] != 0x30 else { return nil }
        return negative ? -value : value
    }

    /// The number of bytes of `value` in decimal, its sign included.
    static func length(_ value: Int) -> Int {
        (value < 0 ? 1 : 0) + digitCount(value.magnitude)
    }

    private static func digitCount(_ magnitude: UInt) -> Int {
        var rest = magnitude
        var digits = 1
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }

    /// Writes `value` in decimal at `position` (as `String(value)` spells it) and moves past it.
    static func write(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at position: inout Int) {
        if value < 0 {
            buffer[position] = UInt8(ascii: "-")
            position += 1
        }
        var magnitude = value.magnitude
        let end = position + digitCount(magnitude)
        var index = end
        repeat {
            index -= 1
            buffer[index] = 0x30 + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        position = end
    }
}
