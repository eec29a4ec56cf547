@testable import DocPipe
import Foundation
import Testing

@Suite("corpus.json without JSONEncoder")
struct PrettyJSONTests {
    /// A result type with the shapes corpus results have: nested records, optional fields, lists,
    /// dictionaries, renamed keys, whole and fractional numbers.
    struct Record: Codable, Sendable {
        var name: String
        var score: Double
        var count: Int
        var note: String?
        var tags: [String]
        var nested: [Record]
        var byKey: [String: Int]
        var byNumber: [Int: String]
        var flag: Bool
        enum CodingKeys: String, CodingKey {
            case name, score, count, note, tags, nested, flag
            case byKey = "by_key"
            case byNumber = "by_number"
        }
    }

    enum Records: CorpusKey {
        typealias Value = [Record]
        static let name = "records"
    }

    enum Plain: CorpusKey {
        typealias Value = String
        static let name = "Plain"
    }

    static var awkwardText: String {
        var text = ""
        for value in 0..<0x80 { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        return text + "é€😀\u{2028}\u{FEFF}\u{85}/ tail"
    }

    static let doubles: [Double] = [
        0, -0.0, 1, -1, 3.0, 0.1, 0.5, 1.0 / 3, 2.0 / 3, 1e-7, 1e-300, Double.leastNonzeroMagnitude, 1e15, 1e16, 9.007199254740993e15,
        1e20, 1.2345678901234568e20, 9.2e18, 9.3e18, -9.3e18, 123456.789, 100.25, 1.7976931348623157e308, 0.000123,
    ]

    static var records: [Record] {
        let child = Record(name: "child \"quoted\"", score: 2.0, count: -4, note: nil, tags: [], nested: [], byKey: [:], byNumber: [:], flag: false)
        return Self.doubles.enumerated().map { position, value in
            Record(
                name: position.isMultiple(of: 2) ? awkwardText : "Ünïcode \(position)", score: value, count: position * 1_000_000_007,
                note: position.isMultiple(of: 3) ? nil : "line\nbreak\t\(position)", tags: ["b", "a", "B", "é", "10", "9"],
                nested: position.isMultiple(of: 4) ? [child] : [],
                byKey: ["zeta": 1, "Alpha": 2, "alpha": 3, "a b": 4, "ab": 5, "a": 6, "ä": 7, "10": 8, "9": 9, "": 10],
                byNumber: [10: "ten", 9: "nine", -1: "minus one"], flag: position.isMultiple(of: 5))
        }
    }

    @Test("a typed result encodes to the tree JSONEncoder and the one-pass reader give")
    func encoderMatchesRoundTrip() throws {
        let direct = try JSONValueEncoder.encode(Self.records)
        let roundTrip = try JSONCoding.decode(JSONValue.self, from: JSONCoding.data(Self.records))
        #expect(direct == roundTrip)
    }

    @Test("whole doubles become integers as the round trip reads them; others stay doubles")
    func numbers() throws {
        #expect(try JSONValueEncoder.encode(3.0) == .integer(3))
        #expect(try JSONValueEncoder.encode(-0.0) == .integer(0))
        #expect(try JSONValueEncoder.encode(1e16) == .integer(10_000_000_000_000_000))
        #expect(try JSONValueEncoder.encode(1e20) == .number(1e20))
        #expect(try JSONValueEncoder.encode(0.1) == .number(0.1))
        #expect(throws: JSONValueEncoder.Unsupported.self) { try JSONValueEncoder.encode(Double.nan) }
        #expect(throws: JSONValueEncoder.Unsupported.self) { try JSONValueEncoder.encode(Date(timeIntervalSince1970: 0)) }
    }

    @Test("numbers are written as JSONEncoder writes them")
    func numberText() throws {
        for value in Self.doubles + Self.doubles.map({ -$0 / 7 }) {
            #expect(JSONText.number(value) == Array(try JSONCoding.data(value)), "\(value)")
        }
    }

    @Test("pretty JSON is byte for byte what JSONEncoder writes: indentation, empty lists and objects, escapes, key order")
    func prettyMatchesEncoder() throws {
        let tree = try JSONCoding.decode(JSONValue.self, from: JSONCoding.data(Self.records))
        #expect(JSONText.pretty(tree) + [0x0A] == Array(try JSONCoding.prettyData(tree)))
        let shapes: JSONValue = .object([
            "empty_array": .array([]), "empty_object": .object([:]), "nested_empty": .array([.array([]), .object([:])]),
            "null": .null, "number": .number(2.5), "whole": .number(7), "text": .string(Self.awkwardText), "Upper": .bool(true),
        ])
        #expect(JSONText.pretty(shapes) + [0x0A] == Array(try JSONCoding.prettyData(shapes)))
        #expect(JSONText.pretty(.array([])) + [0x0A] == Array(try JSONCoding.prettyData(JSONValue.array([]))))
    }

    @Test("corpus results are written as JSONCoding.prettyData(json) writes them, typed and raw results alike")
    func corpusResults() throws {
        var results = CorpusResults()
        results[Records.self] = Self.records
        results[Plain.self] = Self.awkwardText
        results[raw: "raw_result"] = .object(["b": .array([.number(1.5), .integer(2), .number(4)]), "a": .null])
        #expect(results.prettyJSON == Array(try JSONCoding.prettyData(results.json)))
        #expect(CorpusResults().prettyJSON == Array(try JSONCoding.prettyData(CorpusResults().json)))
    }

    /// The bytes `writePrettyJSON(to:)` writes into a file.
    static func streamed(_ results: CorpusResults) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let output = BufferedOutput(handle, blockSize: 64)
        try results.writePrettyJSON(to: output)
        try output.flush()
        try handle.close()
        return Array(try Data(contentsOf: url))
    }

    @Test("corpus results streamed result by result, arrays element by element, are the bytes of prettyJSON")
    func streamedCorpusResults() throws {
        var results = CorpusResults()
        results[Records.self] = Self.records
        results[Plain.self] = Self.awkwardText
        results[raw: "raw_result"] = .object(["b": .array([.number(1.5), .integer(2), .number(4)]), "a": .null])
        results[StandardCorpusKeys.Entities.self] = [
            EntityCluster(canonical: "Mara Osei", label: .person, aliases: ["Mara Osei", "Osei"], mentions: ["b": 2, "a": 1, "a10": 3]),
            EntityCluster(canonical: "Vell", label: .gpe, aliases: [], mentions: [:]),
        ]
        #expect(try Self.streamed(results) == results.prettyJSON)
        var empties = CorpusResults()
        empties[Records.self] = []
        #expect(try Self.streamed(empties) == empties.prettyJSON)
        #expect(try Self.streamed(CorpusResults()) == CorpusResults().prettyJSON)
    }
}

@Suite("Values read from JSON trees by hand")
struct JSONTreeReadableTests {
    @Test("entity mentions read by hand are the ones Decodable reads; other shapes are declined")
    func entityMentions() throws {
        let mentions = [
            EntityMention(start: 0, end: 5, text: "Marlow", label: .gpe, canonical: "Marlow"),
            EntityMention(start: 7, end: 19, text: "Anna \"A\" Kovalenko", label: .person, canonical: "Anna Kovalenko", clusterID: "person-1", cluster: "Anna Kovalenko"),
        ]
        let tree = try JSONCoding.decode(JSONValue.self, from: JSONCoding.data(mentions))
        #expect([EntityMention](jsonTree: tree) == mentions)
        #expect([EntityMention](jsonTree: tree) == (try JSONValueDecoder.decode([EntityMention].self, from: tree, path: [])))
        var unknownLabel = tree
        if case .array(var elements) = tree, case .object(var first) = elements[0] {
            first["label"] = .string("PLANET")
            elements[0] = .object(first)
            unknownLabel = .array(elements)
        }
        #expect([EntityMention](jsonTree: unknownLabel) == nil)
        #expect([EntityMention](jsonTree: .object([:])) == nil)
        #expect(EntityMention(jsonTree: .object(["start": .integer(0), "end": .integer(1), "text": .string("x"), "label": .string("ORG"), "canonical": .string("x"), "cluster": .integer(3)])) == nil)
    }

    @Test("stored contributions of a readable type come back in order from several spools, dropped documents left out")
    func contributionStream() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contributions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [folder.appendingPathComponent("even.jsonl"), folder.appendingPathComponent("odd.jsonl")]
        var spools = [Data(), Data()]
        for number in 0..<5 {
            let mentions = [EntityMention(start: number, end: number + 4, text: "Name \(number)", label: .org, canonical: "Name")]
            spools[number % 2].append(SequencedLines.line(sequence: number, json: try JSONCoding.data(mentions)))
        }
        for (file, data) in zip(files, spools) { try data.write(to: file) }
        var seen: [String] = []
        let ids = (0..<5).map { "doc-\($0)" }
        try ContributionStream<[EntityMention]>(sequencedFiles: files, ids: ids, excluding: ["doc-2"]).forEach { id, mentions in
            seen.append("\(id):\(mentions[0].start)")
        }
        #expect(seen == ["doc-0:0", "doc-1:1", "doc-3:3", "doc-4:4"])
    }
}

@Suite("Contribution stream counts")
struct ContributionStreamCountTests {
    @Test("spools holding another number of contributions than there are documents are an error")
    func countMismatch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contributions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("spool.jsonl")
        try (SequencedLines.line(sequence: 0, json: Data("7".utf8)) + SequencedLines.line(sequence: 1, json: Data("8".utf8))).write(to: file)
        #expect(throws: FileError.self) { try ContributionStream<Int>(sequencedFiles: [file], ids: ["a"]).forEach { _, _ in } }
        #expect(throws: FileError.self) { try ContributionStream<Int>(sequencedFiles: [file], ids: ["a", "b", "c"]).forEach { _, _ in } }
        var values: [Int] = []
        try ContributionStream<Int>(sequencedFiles: [file], ids: ["a", "b"]).forEach { _, value in values.append(value) }
        #expect(values == [7, 8])
    }
}
