@testable import DocPipe
import Foundation
import Testing

@Suite("Document JSON written in pieces")
struct DocumentJSONTests {
    private enum Numbers: LayerKey {
        typealias Value = [EntityMention]
        static let name = "layer10"
    }

    private enum Nine: LayerKey {
        typealias Value = [Span]
        static let name = "layer9"
    }

    private func sample() -> Document {
        var document = Document(
            id: "d/1", source: "in put/ü.txt", text: "Tab\there \"quoted\" \\ é 🇰🇿 \u{1}\u{7F}\u{2028} line\nend",
            metadata: Metadata(title: "T", extra: ["k": .integer(1), "a b": .string("x/y")]))
        document[StandardLayers.Tokens.self] = (0..<10_000).map { Span(start: $0, end: $0 + 1) }
        document[StandardLayers.Entities.self] = (0..<9_000).map {
            EntityMention(start: $0, end: $0 + 2, text: "N\($0) \"q\"", label: .org, canonical: "N\($0)")
        }
        document[Numbers.self] = [EntityMention(start: 0, end: 3, text: "Tab", label: .person, canonical: "Tab")]
        document[Nine.self] = []
        document.layers[raw: "source_blocks"] = .array([.object(["z": .number(1.5), "a": .null, "m": .bool(true)])])
        document.layers[raw: "Upper_case"] = .string("é")
        return document
    }

    @Test("the pieces make the bytes JSONCoding writes for the whole document")
    func sameBytesAsTheEncoder() throws {
        let document = sample()
        #expect(try document.jsonData() == JSONCoding.data(document))
    }

    @Test("a document read from its bytes reads and writes the same")
    func roundTrip() throws {
        let document = sample()
        let bytes = [UInt8](try document.jsonData())
        let decoded = try Document(jsonBytes: bytes)
        #expect(decoded.id == document.id && decoded.source == document.source && decoded.text == document.text)
        #expect(decoded.metadata == document.metadata)
        #expect(decoded[StandardLayers.Entities.self] == document[StandardLayers.Entities.self])
        #expect(decoded[StandardLayers.Tokens.self] == document[StandardLayers.Tokens.self])
        #expect(decoded.layers[raw: "source_blocks"] == document.layers[raw: "source_blocks"])
        #expect(try [UInt8](decoded.jsonData()) == bytes)
        #expect(try [UInt8](JSONCoding.data(decoded)) == bytes)
    }

    @Test("what is not a document's JSON object is refused")
    func refusesMalformedJSON() {
        for text in ["", "[]", #"{"id":"d"}"#, #"{"id":"d","text":"t""#, #"{"id":"d","text":"t"} x"#, #"{"id":"d" "text":"t"}"#] {
            #expect(throws: (any Error).self) { try Document(jsonBytes: Array(text.utf8)) }
        }
        #expect(throws: Never.self) { try Document(jsonBytes: Array(#" {"text":"t","id":"d","x":[1,{"y":"]"}]} "#.utf8)) }
    }
}
