@testable import DocPipe
import Foundation
import Testing

@Suite("Compact JSON written without JSONEncoder")
struct CompactJSONTests {
    private struct Inner: Codable {
        var ratio: Double
        var label: String?
        var flags: [Bool]
    }

    private struct Outer: Codable {
        var name: String
        var count: Int
        var items: [Inner]
        var table: [String: Int]
        var nested: [String: [Double]]
        var missing: Int?
        var tree: JSONValue
    }

    private struct Dated: Codable {
        var when: Date
        var word: String
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// An object that writes `count` members, then writes some keys again (one spelled in
    /// another canonically equivalent form).
    private struct Rewritten: Encodable {
        var count: Int
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            for index in 0..<count { try container.encode(index, forKey: AnyKey("k\(index)")) }
            try container.encode(1, forKey: AnyKey("\u{E9}"))
            try container.encode("again", forKey: AnyKey("k1"))
            try container.encode(2, forKey: AnyKey("e\u{301}"))
            try container.encode("last", forKey: AnyKey("k\(count - 1)"))
        }
    }

    private static func foundationBytes(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    private static let doubles: [Double] = [0, -0.0, 1, 3.0, -2.5, 0.1, 1e20, 1e-7, 1e16, 123_456.789, 0.30000000000000004, 5e-324, .greatestFiniteMagnitude]

    @Test("structures of strings, integers, doubles, booleans, optionals and dictionaries are the bytes JSONEncoder writes")
    func structuresMatchTheEncoder() throws {
        let value = Outer(
            name: "Tab\there, a \"quote\", a slash / and Алматы 👍🏽", count: -42,
            items: Self.doubles.enumerated().map { Inner(ratio: $1, label: $0 % 2 == 0 ? "even \($0)" : nil, flags: [$0 % 3 == 0, true]) },
            table: ["b": 2, "a_b": 3, "aB": 4, "Z": 5, "é": 6, "e\u{301}x": 7, "k10": 8, "k9": 9, "": 10],
            nested: ["empty": [], "some": Self.doubles], missing: nil,
            tree: ["list": [1, 2.5, "three", nil, true], "object": ["inner": [:]], "minus": -7])
        #expect(try JSONCoding.data(value) == Self.foundationBytes(value))
        #expect(try JSONCoding.data([value, value]) == Self.foundationBytes([value, value]))
    }

    @Test("objects of few and of many members, some written twice, are the bytes JSONEncoder writes")
    func rewrittenMembersMatchTheEncoder() throws {
        for count in [3, 12, 13, 40] {
            #expect(try JSONCoding.data(Rewritten(count: count)) == Self.foundationBytes(Rewritten(count: count)), "\(count)")
            #expect(try JSONCoding.data([Rewritten(count: count)]) == Self.foundationBytes([Rewritten(count: count)]), "\(count)")
        }
    }

    @Test("single values, empty containers and integer extremes are the bytes JSONEncoder writes")
    func fragmentsMatchTheEncoder() throws {
        #expect(try JSONCoding.data("plain") == Self.foundationBytes("plain"))
        #expect(try JSONCoding.data(Int.min) == Self.foundationBytes(Int.min))
        #expect(try JSONCoding.data([Int.max, 0, -1]) == Self.foundationBytes([Int.max, 0, -1]))
        #expect(try JSONCoding.data([String]()) == Self.foundationBytes([String]()))
        #expect(try JSONCoding.data([String: String]()) == Self.foundationBytes([String: String]()))
        #expect(try JSONCoding.data(Optional<Int>.none) == Self.foundationBytes(Optional<Int>.none))
        for number in Self.doubles { #expect(try JSONCoding.data(number) == Self.foundationBytes(number), "\(number)") }
        #expect(String(decoding: try JSONCoding.data(-0.0), as: UTF8.self) == "-0")
    }

    @Test("dates, floats, wide unsigned integers and non-finite numbers take JSONEncoder's path with its answer")
    func otherValuesFallBack() throws {
        let dated = Dated(when: Date(timeIntervalSince1970: 1_000_000), word: "then")
        #expect(try JSONCoding.data(dated) == Self.foundationBytes(dated))
        #expect(try JSONCoding.data([Float(0.1)]) == Self.foundationBytes([Float(0.1)]))
        #expect(try JSONCoding.data([UInt64.max]) == Self.foundationBytes([UInt64.max]))
        #expect(throws: EncodingError.self) { try JSONCoding.data([Double.nan]) }
    }

    @Test("a layer of entity mentions and a document's metadata are the bytes JSONEncoder writes")
    func contractTypesMatchTheEncoder() throws {
        let mentions = [
            EntityMention(start: 0, end: 6, text: "Almaty", label: .gpe, canonical: "Almaty"),
            EntityMention(start: 10, end: 19, text: "Anna Berg", label: .person, canonical: "Anna Berg", clusterID: "c1", cluster: "Anna Berg"),
        ]
        #expect(try JSONCoding.data(mentions) == Self.foundationBytes(mentions))
        let metadata = Metadata(title: "A title", date: "2024-03-01", extra: ["words": 120, "tags": ["a", "b"], "score": 0.75])
        #expect(try JSONCoding.data(metadata) == Self.foundationBytes(metadata))
    }
}
