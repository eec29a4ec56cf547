@testable import DocPipe
import Foundation
import Testing

@Suite("Span lists written and read on raw bytes")
struct SpanBytesTests {
    private static func recordByRecord(_ spans: [Span]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (index, span) in spans.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out += Array(#"{"end":\#(span.end),"start":\#(span.start)}"#.utf8)
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    @Test("objects are the bytes a record-by-record writer gives, for empty lists, wide numbers and negative offsets")
    func objectsMatchRecordByRecordWriting() throws {
        let lists: [[Span]] = [
            [], [Span(start: 0, end: 0)], [Span(start: 0, end: 5), Span(start: 6, end: 10)],
            [Span(start: 9, end: 10), Span(start: 99, end: 100), Span(start: 999_999, end: 1_000_000)],
            [Span(start: -3, end: -1), Span(start: Int.min, end: Int.max)],
        ]
        for spans in lists {
            #expect(SpanLayout.objects.encode(spans) == Self.recordByRecord(spans))
            #expect(try JSONCoding.data(spans) == Data(Self.recordByRecord(spans)))
        }
    }

    @Test("a deltas list rewritten onto the end of a buffer gives the buffer and then the list in the new layout; a malformed one leaves the buffer alone")
    func deltasAppendedInPlace() {
        let lists: [[Span]] = [[], [Span(start: 0, end: 5)], (0..<300).map { Span(start: $0 * 11, end: $0 * 11 + 4 + $0 % 5) }, [Span(start: 12, end: 3)]]
        for spans in lists {
            let deltas = SpanLayout.deltas.encode(spans)
            for layout in [SpanLayout.objects, .arrays] {
                var out = Array("prefix,".utf8)
                #expect(layout.appendRewritingDeltas(deltas, to: &out))
                #expect(out == Array("prefix,".utf8) + layout.encode(spans))
                #expect(layout.rewritingDeltas(deltas) == layout.encode(spans))
            }
        }
        var out = Array("kept".utf8)
        #expect(!SpanLayout.objects.appendRewritingDeltas(Array(#"[{"end":5,"start":0}]"#.utf8), to: &out))
        #expect(!SpanLayout.objects.appendRewritingDeltas(Array(#"{"span_deltas":[0,5,1]}"#.utf8), to: &out))
        #expect(out == Array("kept".utf8))
    }

    @Test("a deltas list read on bytes gives the spans it was written from")
    func deltasRoundTrip() {
        let spans = (0..<500).map { Span(start: $0 * 7 + ($0 % 3), end: $0 * 7 + 5 + ($0 % 3)) }
        let bytes = SpanLayout.deltas.encode(spans)
        #expect(SpanBytes.plainDeltas(bytes) == spans)
        #expect(SpanLayout.decodeCompact(bytes) == spans)
        #expect(SpanBytes.plainDeltas(Array(#"{"span_deltas":[]}"#.utf8)) == [])
        #expect(SpanBytes.plainDeltas(Array(#"{"span_deltas":[-2,3]}"#.utf8)) == [Span(start: -2, end: 1)])
    }

    @Test("deltas in another spelling are left to the general reader, which reads them the same way or not at all")
    func unusualDeltasFallBack() {
        let spaced = Array(#"{"span_deltas":[ 0, 5 ,1,4] }"#.utf8)
        #expect(SpanBytes.plainDeltas(spaced) == nil)
        #expect(SpanLayout.decodeCompact(spaced) == [Span(start: 0, end: 5), Span(start: 6, end: 10)])
        for malformed in [#"{"span_deltas":[0,5,1]}"#, #"{"span_deltas":[01,5]}"#, #"{"span_deltas":[0,,5]}"#, #"{"span_deltas":[0,5,]}"#,
                          #"{"span_deltas":[1234567890123456789,1]}"#, #"{"span_deltas":[0,5]"#] {
            #expect(SpanBytes.plainDeltas(Array(malformed.utf8)) == nil, "\(malformed)")
            #expect(SpanLayout.decodeCompact(Array(malformed.utf8)) == nil, "\(malformed)")
        }
    }
}

extension SpanBytesTests {
    @Test("deltas are the bytes a span-by-span writer gives, overlapping and negative spans included")
    func deltasMatchSpanBySpanWriting() {
        let lists: [[Span]] = [
            [], [Span(start: 0, end: 5)], [Span(start: 3, end: 8), Span(start: 9, end: 120), Span(start: 1_000, end: 1_004)],
            [Span(start: 10, end: 20), Span(start: 5, end: 7)], [Span(start: -4, end: -2)],
        ]
        for spans in lists {
            var expected = Array(#"{"span_deltas":["#.utf8)
            var previousEnd = 0
            for (index, span) in spans.enumerated() {
                expected += Array(((index > 0 ? "," : "") + "\(span.start - previousEnd),\(span.end - span.start)").utf8)
                previousEnd = span.end
            }
            expected += Array("]}".utf8)
            #expect(SpanLayout.deltas.encode(spans) == expected)
            #expect(SpanLayout.decodeCompact(expected) == spans)
        }
    }
}
