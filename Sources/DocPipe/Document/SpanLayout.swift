/// How a document's JSON writes its span lists — layers whose records are plain spans, such as
/// `tokens`, `sentences` and `paragraphs`, which hold most of a document's annotations.
///
/// Every form reads back as the same `[Span]`; readers of DocPipe's JSON (typed and raw layer
/// access, `Document(jsonData:)`) accept all three, whichever wrote the file.
public enum SpanLayout: String, Sendable, CaseIterable {
    /// `[{"end":5,"start":0},…]`: one object per span, the default of `documents.jsonl`.
    case objects
    /// `{"end":[5,…],"start":[0,…]}`: parallel arrays of offsets, about a third of the size;
    /// `documents.jsonl` with `span_layout: arrays`.
    case arrays
    /// `{"span_deltas":[0,5,1,4,…]}`: for each span its gap from the previous span's end, then its
    /// length; about a sixth of the size of `objects`. DocPipe's own spool and cache files.
    case deltas

    /// The span list as JSON bytes in this layout.
    func encode(_ spans: [Span]) -> [UInt8] {
        var out: [UInt8] = []
        switch self {
        case .objects:
            return SpanBytes.objects(spans)
        case .arrays:
            out.reserveCapacity(spans.count * 12 + 20)
            out += #"{"end":["#.utf8
            Self.appendList(spans.lazy.map(\.end), to: &out)
            out += #"],"start":["#.utf8
            Self.appendList(spans.lazy.map(\.start), to: &out)
            out += "]}".utf8
        case .deltas:
            return SpanBytes.deltas(spans)
        }
        return out
    }

    /// The layout of a span list's JSON bytes: `arrays` or `deltas` when the bytes have that shape
    /// (no other layer is an object with exactly those keys), `nil` otherwise.
    static func compactLayout(of bytes: [UInt8]) -> SpanLayout? {
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
        if bytes[index...].starts(with: #"{"span_deltas":["#.utf8) { return .deltas }
        if bytes[index...].starts(with: #"{"end":["#.utf8) { return .arrays }
        return nil
    }

    /// The spans of JSON bytes written in the `arrays` or `deltas` layout; `nil` when the bytes are
    /// not exactly one of those shapes (then they are read as ordinary JSON).
    static func decodeCompact(_ bytes: [UInt8]) -> [Span]? {
        if let spans = SpanBytes.plainDeltas(bytes) { return spans }
        var scanner = JSONText.Scanner(bytes)
        guard scanner.consume(UInt8(ascii: "{")), let first = scanner.string(), scanner.consume(UInt8(ascii: ":")) else { return nil }
        switch first {
        case "span_deltas":
            guard let numbers = integers(&scanner), numbers.count % 2 == 0, scanner.consume(UInt8(ascii: "}")), scanner.atEnd else { return nil }
            var spans: [Span] = []
            spans.reserveCapacity(numbers.count / 2)
            var previousEnd = 0
            var index = 0
            while index < numbers.count {
                let start = previousEnd + numbers[index]
                let end = start + numbers[index + 1]
                spans.append(Span(start: start, end: end))
                previousEnd = end
                index += 2
            }
            return spans
        case "end":
            guard let ends = integers(&scanner), scanner.consume(UInt8(ascii: ",")), scanner.string() == "start",
                scanner.consume(UInt8(ascii: ":")), let starts = integers(&scanner), starts.count == ends.count,
                scanner.consume(UInt8(ascii: "}")), scanner.atEnd
            else { return nil }
            return zip(starts, ends).map { Span(start: $0, end: $1) }
        default:
            return nil
        }
    }

    /// The spans of JSON bytes that are exactly what `objects` writes for a non-empty list
    /// (records with `end` and `start` and nothing else); `nil` otherwise, after looking at the
    /// first record only when it has another shape.
    static func decodeObjects(_ bytes: [UInt8]) -> [Span]? {
        guard bytes.starts(with: #"[{"end":"#.utf8) else { return nil }
        var spans: [Span] = []
        var scanner = JSONText.Scanner(bytes)
        guard scanner.consume(UInt8(ascii: "[")) else { return nil }
        repeat {
            guard scanner.consume(UInt8(ascii: "{")), scanner.string() == "end", scanner.consume(UInt8(ascii: ":")),
                let end = integer(&scanner), scanner.consume(UInt8(ascii: ",")), scanner.string() == "start",
                scanner.consume(UInt8(ascii: ":")), let start = integer(&scanner), scanner.consume(UInt8(ascii: "}"))
            else { return nil }
            spans.append(Span(start: start, end: end))
        } while scanner.consume(UInt8(ascii: ","))
        guard scanner.consume(UInt8(ascii: "]")), scanner.atEnd, SpanLayout.objects.encode(spans) == bytes else { return nil }
        return spans
    }

    /// Reads `[n,n,…]` of plain integers (optional minus sign, digits); `nil` on anything else.
    private static func integers(_ scanner: inout JSONText.Scanner) -> [Int]? {
        guard scanner.consume(UInt8(ascii: "[")) else { return nil }
        var numbers: [Int] = []
        if scanner.consume(UInt8(ascii: "]")) { return numbers }
        repeat {
            guard let value = integer(&scanner) else { return nil }
            numbers.append(value)
        } while scanner.consume(UInt8(ascii: ","))
        return scanner.consume(UInt8(ascii: "]")) ? numbers : nil
    }

    /// Reads one plain integer (optional minus sign, digits, no leading zeros); `nil` otherwise.
    private static func integer(_ scanner: inout JSONText.Scanner) -> Int? {
        scanner.skipSpace()
        var negative = false
        if scanner.position < scanner.end, scanner.bytes[scanner.position] == UInt8(ascii: "-") {
            negative = true
            scanner.position += 1
        }
        var value = 0
        var digits = 0
        let first = scanner.position
        while scanner.position < scanner.end, case let byte = scanner.bytes[scanner.position], byte >= 0x30, byte <= 0x39 {
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(Int(byte - 0x30))
            guard !overflowA, !overflowB, digits < 18 else { return nil }
            value = sum
            digits += 1
            scanner.position += 1
        }
        guard digits > 0, digits == 1 || scanner.bytes[first] != UInt8(ascii: "0") else { return nil }
        return negative ? -value : value
    }

    private static func appendList(_ values: some Sequence<Int>, to out: inout [UInt8]) {
        var first = true
        for value in values {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            append(value, to: &out)
        }
    }

    private static func append(_ value: Int, to out: inout [UInt8]) {
        JSONText.appendInteger(value, to: &out)
    }
}

extension SpanLayout {
    /// A span list written in the `deltas` layout, rewritten in this layout (export splices span
    /// lists it stored compactly); `nil` when the bytes are not a `deltas` span list.
    public func rewritingDeltas(_ bytes: [UInt8]) -> [UInt8]? {
        guard SpanLayout.compactLayout(of: bytes) == .deltas, let spans = SpanLayout.decodeCompact(bytes) else { return nil }
        return encode(spans)
    }

    /// Appends what ``rewritingDeltas(_:)`` gives to `out` (the `objects` layout written in place,
    /// without a list of its own); `false`, with `out` unchanged, when `bytes` are not a `deltas` list.
    public func appendRewritingDeltas(_ bytes: [UInt8], to out: inout [UInt8]) -> Bool {
        guard SpanLayout.compactLayout(of: bytes) == .deltas, let spans = SpanLayout.decodeCompact(bytes) else { return false }
        if self == .objects {
            SpanBytes.appendObjects(spans, to: &out)
        } else {
            out += encode(spans)
        }
        return true
    }
}
