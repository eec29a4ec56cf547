@testable import DocPipe
import Foundation
import Testing

@Suite("A document's line written once")
struct DocumentLineTests {
    static var segmented: Document {
        var document = DocumentJSONTests.awkward
        document[StandardLayers.Tokens.self] = [Span(start: 0, end: 2), Span(start: 3, end: 3), Span(start: 130, end: 135)]
        document[StandardLayers.Paragraphs.self] = []
        return document
    }

    @Test("has the bytes of the document's JSON and a newline, in every span layout")
    func sameBytesAsDocumentJSON() throws {
        for layout in SpanLayout.allCases {
            let line = try DocumentLine(Self.segmented, spanLayout: layout)
            #expect(line.bytes == [UInt8](try Self.segmented.jsonData(spanLayout: layout)) + [0x0A], "\(layout)")
        }
    }

    @Test("span lists kept with their encodings write the same bytes as typed ones")
    func keptEncodings() throws {
        var kept = Self.segmented
        try kept.layers.keepEncodings()
        #expect(try DocumentLine(kept).bytes == DocumentLine(Self.segmented).bytes)
    }

    @Test("another id put in place gives the line rendered under that id")
    func replacedID() throws {
        var line = try DocumentLine(Self.segmented)
        for id in ["short", "a \"much\" longer id with é and \\ and \u{1}", ""] {
            line.replaceID(with: id)
            var renamed = Self.segmented
            renamed.id = id
            #expect(line.bytes == [UInt8](try renamed.jsonData()) + [0x0A])
            #expect(Array(line.bytes[line.idRange]) == JSONCoding.stringLiteral(id))
        }
    }
}
