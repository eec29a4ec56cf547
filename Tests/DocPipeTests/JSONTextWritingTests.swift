@testable import DocPipe
import Foundation
import Testing

@Suite("JSON strings and integers written by hand")
struct JSONTextWritingTests {
    @Test("string literals are the bytes JSONEncoder writes, for quotes, backslashes, control characters and non-ASCII text")
    func stringsMatchTheEncoder() throws {
        let samples = [
            "", "plain words", "a \"quoted\" word", "back\\slash", "tab\tand\nnew\r\nlines",
            "form\u{0C}feed and \u{08}backspace", "bell \u{07} and unit \u{1F} separator",
            "Almaty — Алматы, José, 東京, 👍🏽", "\"", "\n\n", "ends with a quote\"",
        ]
        for sample in samples {
            let encoded = try JSONCoding.data([sample])
            let expected = Array(encoded.dropFirst().dropLast())
            #expect(JSONText.string(sample) == expected, "\(sample.debugDescription)")
        }
    }

    @Test("integers are spelled as String(_:) spells them, signs and extremes included")
    func integersMatchTheirDescription() {
        for value in [0, 7, 9, 10, 42, 99, 100, 12_345, -1, -10, -987_654, Int.max, Int.min] {
            var out: [UInt8] = [UInt8(ascii: "x")]
            JSONText.appendInteger(value, to: &out)
            #expect(out == [UInt8(ascii: "x")] + Array(String(value).utf8))
        }
    }

    @Test("span lists keep their bytes in every layout")
    func spanListsInEveryLayout() throws {
        let spans = [Span(start: 0, end: 5), Span(start: 6, end: 1_024), Span(start: 1_030, end: 1_031)]
        let objects = SpanLayout.objects.encode(spans)
        #expect(String(decoding: objects, as: UTF8.self) == #"[{"end":5,"start":0},{"end":1024,"start":6},{"end":1031,"start":1030}]"#)
        #expect(String(decoding: SpanLayout.arrays.encode(spans), as: UTF8.self) == #"{"end":[5,1024,1031],"start":[0,6,1030]}"#)
        #expect(SpanLayout.decodeCompact(SpanLayout.deltas.encode(spans)) == spans)
    }
}
