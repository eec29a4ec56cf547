@testable import DocPipe
import Foundation
import Testing

@Suite("Typed decoding from the one-pass JSON tree")
struct JSONValueDecoderTests {
    struct Nested: Codable, Equatable {
        var small: UInt8
        var ratio: Float
        var flags: [Bool]
        var table: [String: [Int?]]
        var kind: EntityLabel?
    }

    func bothDecoders<T: Decodable & Equatable>(_ type: T.Type, _ json: String) throws -> T {
        let value = try #require(JSONText.value(from: Array(json.utf8)))
        let ours = try JSONValueDecoder.decode(type, from: value, path: [])
        let foundation = try JSONDecoder().decode(type, from: Data(json.utf8))
        #expect(ours == foundation, "\(json)")
        return ours
    }

    @Test("reads the standard layers as JSONDecoder does: optionals, nested spans, enums, dictionaries")
    func sameAsJSONDecoder() throws {
        let quotes = try bothDecoders([Quote].self, #"[{"end":9,"speaker":"A B","speaker_label":"PERSON","speaker_span":{"end":3,"start":0},"start":4,"text":"hi"},{"end":2,"start":0,"text":"x"}]"#)
        #expect(quotes.count == 2 && quotes[1].speaker == nil)
        _ = try bothDecoders([EntityMention].self, #"[{"canonical":"Ann Lee","end":7,"label":"PERSON","start":0,"text":"Ann Lee"}]"#)
        _ = try bothDecoders(Metadata.self, #"{"author":"X","date":"2024-01-02","title":"T"}"#)
        let nested = try bothDecoders(Nested.self, #"{"flags":[true,false],"kind":"ORG","ratio":0.5,"small":200,"table":{"a":[1,null,3],"b":[]}}"#)
        #expect(nested.table["a"] == [1, nil, 3])
        _ = try bothDecoders([String: Double].self, #"{"x":1,"y":2.5,"z":-1e3}"#)
    }

    @Test("what it cannot read throws, so JSONCoding falls back to JSONDecoder and its error")
    func mismatchesThrow() throws {
        for (json, type) in [(#"{"small":300,"ratio":1,"flags":[],"table":{}}"#, Nested.self as any Decodable.Type), (#"[{"end":"9","start":0}]"#, [Span].self), (#"{"x":"1"}"#, [String: Int].self)] {
            let value = try #require(JSONText.value(from: Array(json.utf8)))
            #expect(throws: DecodingError.self) { _ = try JSONValueDecoder.decode(type, from: value, path: []) }
            #expect(throws: DecodingError.self) { _ = try JSONCoding.decode(type, from: Data(json.utf8)) }
        }
    }
}
