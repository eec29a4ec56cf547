@testable import DocPipe
import Foundation
import Testing

@Suite("Document JSON fast path")
struct DocumentJSONTests {
    static var awkward: Document {
        var controls = ""
        for value in 0..<0x80 { controls.unicodeScalars.append(Unicode.Scalar(value)!) }
        var document = Document(
            id: "id \"quoted\" \\ / é", source: "folder/a b.txt",
            text: controls + "é€😀\u{2028}\u{FEFF}\u{85} tail",
            metadata: Metadata(title: "Title / with slash", date: "2024-03-03"))
        document[StandardLayers.Sentences.self] = [Span(start: 0, end: 3), Span(start: 4, end: 9)]
        document.layers[raw: "a_custom"] = .object(["x": .number(0.1), "y": .array([.integer(-3), .null, .bool(true)]), "z": .string("\u{0}\n😀")])
        document.layers[raw: "B-upper"] = .array([])
        document.layers[raw: "aa10"] = .integer(1)
        document.layers[raw: "aa2"] = .integer(2)
        return document
    }

    @Test("writes the bytes JSONCoding writes: same escapes, same key order")
    func sameBytesAsJSONEncoder() throws {
        let document = Self.awkward
        #expect(try document.jsonData() == JSONCoding.data(document))
    }

    @Test("reads back every field and layer, and writes the same bytes again without decoding the layers")
    func roundTrip() throws {
        let bytes = try Self.awkward.jsonData()
        let read = try Document(jsonData: bytes)
        #expect(read.id == Self.awkward.id)
        #expect(read.text == Self.awkward.text)
        #expect(read.source == Self.awkward.source)
        #expect(read.metadata == Self.awkward.metadata)
        #expect(read[StandardLayers.Sentences.self] == [Span(start: 0, end: 3), Span(start: 4, end: 9)])
        #expect(read.layers[raw: "a_custom"] == Self.awkward.layers[raw: "a_custom"])
        if case .encoded? = read.layers.entries["aa10"] {} else { Issue.record("layers should stay JSON bytes until read") }
        #expect(try read.jsonData() == bytes)
    }

    @Test("JSON written by other tools (spaces, escaped slashes, surrogate pairs) still reads, through the slow path if need be")
    func foreignJSON() throws {
        let text = #"{ "text" : "a\/b \ud83d\ude00 \u00e9", "id":"x", "layer": [ {"start": 0, "end": 1} ] }"#
        let read = try Document(jsonData: Data(text.utf8))
        #expect(read.text == "a/b 😀 é")
        #expect(read.id == "x")
        #expect(read.layers[raw: "layer"] == .array([.object(["start": .integer(0), "end": .integer(1)])]))
        #expect(throws: (any Error).self) { try Document(jsonData: Data(#"{"id": "x"}"#.utf8)) }
        #expect(throws: (any Error).self) { try Document(jsonData: Data(#"{"id": "x", "text": "unterminated}"#.utf8)) }
    }
}

@Suite("JSON values in one pass")
struct JSONValueParsingTests {
    @Test("reads what JSONDecoder reads, numbers included (integral values as integers)")
    func sameAsJSONDecoder() throws {
        let samples = [
            #"{"a": [1, 1.0, 1e2, -0, 1.5, -3, 12345678901234567890, 0.1, true, false, null], "b": {"c": "d\u00e9\n"}}"#,
            #"[]"#, #"{}"#, #"{"k": 1, "k": 2}"#, #""text""#, #"  [ {"x" : [ [ ] ] } ]  "#, "-12.5e-3", "9007199254740993", "[9007199254740993.0, -700000000872877014.9103458, 1e17, 100e-2, 1e-2, 0.000, -0, 9223372036854775807, -9223372036854775808, 9223372036854775808]",
        ]
        for sample in samples {
            let fast = try #require(JSONText.value(from: Array(sample.utf8)), "\(sample)")
            let slow = try JSONDecoder().decode(JSONValue.self, from: Data(sample.utf8))
            #expect(fast == slow, "\(sample)")
        }
    }

    @Test("refuses what is not one JSON value, and leaves very deep nesting to JSONDecoder")
    func refusals() {
        for bad in ["", "[1,]", "{\"a\" 1}", "[1] 2", "nul", "01x", "\"open", "\"\u{1}\u{0}{{\"", "[\"tab\there\"]", "0000", "-01", "1.", ".5", "1e", "+1", "--1"] {
            #expect(JSONText.value(from: Array(bad.utf8)) == nil, "\(bad)")
        }
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(JSONText.value(from: Array(deep.utf8)) == nil)
    }

    @Test("a value nested 64 deep reads and prints back the same")
    func deepValueRoundTrips() throws {
        var nested = "1"
        for _ in 0..<64 { nested = "[\(nested),\(nested.count < 200 ? nested : "2")]" }
        let value = try JSONCoding.decode(JSONValue.self, from: Data(nested.utf8))
        #expect(try JSONCoding.string(value) == nested)
    }

    @Test("span lists written as objects, arrays or deltas read back as the same spans, typed and raw")
    func spanLayoutsRoundTrip() throws {
        var document = Document(id: "s", source: "", text: "One two, three.")
        let spans = [Span(start: 0, end: 3), Span(start: 4, end: 7), Span(start: 7, end: 8), Span(start: 5, end: 14)]
        document[StandardLayers.Tokens.self] = spans
        document.layers[raw: "records"] = .array([.object(["end": .integer(3), "label": .string("X"), "start": .integer(0)])])
        let objects = try document.jsonData()
        for layout in SpanLayout.allCases {
            let bytes = try document.jsonData(spanLayout: layout)
            let read = try Document(jsonData: bytes)
            #expect(read[StandardLayers.Tokens.self] == spans, "\(layout)")
            #expect(read.layers[raw: "records"] == document.layers[raw: "records"], "\(layout): other layers untouched")
            if layout == .arrays {
                #expect(try read.jsonData() == bytes, "arrays written by anyone stay as they are")
            } else {
                #expect(read.layers[raw: "tokens"] == document.layers[raw: "tokens"], "\(layout): raw access gives objects")
                #expect(try read.jsonData() == objects, "\(layout): written back as objects by default")
                #expect(try read.jsonData(spanLayout: .arrays) == document.jsonData(spanLayout: .arrays))
            }
        }
        let deltas = String(decoding: try document.jsonData(spanLayout: .deltas), as: UTF8.self)
        #expect(deltas.contains(#""tokens":{"span_deltas":[0,3,1,3,0,1,-3,9]}"#))
        let arrays = String(decoding: try document.jsonData(spanLayout: .arrays), as: UTF8.self)
        #expect(arrays.contains(#""tokens":{"end":[3,7,8,14],"start":[0,4,7,5]}"#))
        #expect(arrays.contains(#""records":[{"end":3,"label":"X","start":0}]"#), "records with more fields are not span lists")
    }

    @Test("bytes that only look like a compact span list are read as ordinary JSON")
    func compactLookalikesStayJSON() throws {
        for text in [#"{"span_deltas":[1,2,3]}"#, #"{"span_deltas":[01,2]}"#, #"{"end":[1],"start":[0,2]}"#, #"{"end":[1],"start":[0],"x":1}"#] {
            #expect(SpanLayout.decodeCompact(Array(text.utf8)) == nil, "\(text)")
            let line = #"{"id":"a","layer":"# + text + #","metadata":{},"source":"","text":""}"#
            let read = try Document(jsonData: Data(line.utf8))
            #expect(try read.jsonData(spanLayout: .objects) == Data(line.utf8), "\(text)")
        }
    }
}
