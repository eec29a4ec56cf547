import DocPipe
import Foundation
import Testing
@testable import SummarizeStage

@Suite("Stored contributions in their compact form")
struct ContributionReadingTests {
    static func sentence(_ index: Int, _ text: String) -> CorpusSentence {
        CorpusSentence(doc: "", documentOrder: 0, index: index, text: text, terms: [("flood", 2), ("riv\u{e9}r", 1), ("", 3)])
    }

    static var contribution: SummaryContribution {
        var contribution = SummaryContribution()
        contribution.terms = ["flood", "marlow", "\u{0}odd \"term\""]
        contribution.candidates = [
            .init(sentence: sentence(0, "Heavy rain flooded the town."), score: 2.5),
            .init(sentence: sentence(3, "A whole score."), score: 3),
            .init(sentence: sentence(4, "A tiny score."), score: 1e-9),
        ]
        contribution.dated = [.init(date: "2021-03-09", sentence: sentence(1, "On Tuesday the river rose."), inferred: true)]
        contribution.events = [.init(date: "2021-03-09", sentence: sentence(1, "On Tuesday the river rose."), word: "rose", stem: "rose")]
        contribution.figures = [
            ReportedFigureRecord(
                sentence: CorpusSentence(doc: "", documentOrder: 0, index: 2, text: "About 300 families left.", terms: []),
                value: 300.5, unit: "family", canonicalUnit: "family", event: "left", subjects: ["Marlow"])
        ]
        return contribution
    }

    /// Every field of a contribution, as comparable text.
    static func fields(_ contribution: SummaryContribution) -> String {
        func sentence(_ s: CorpusSentence) -> String { "\(s.index)|\(s.text)|\(s.terms.map { "\($0.term)=\($0.count)" })" }
        return [
            "\(contribution.terms)",
            contribution.candidates.map { "\(sentence($0.sentence)) \($0.score.bitPattern)" }.joined(separator: ";"),
            contribution.dated.map { "\($0.date) \(sentence($0.sentence)) \($0.inferred)" }.joined(separator: ";"),
            contribution.events.map { "\($0.date) \(sentence($0.sentence)) \($0.word) \($0.stem)" }.joined(separator: ";"),
            contribution.figures.map { "\(sentence($0.sentence)) \($0.value.bitPattern) \($0.unit) \($0.canonicalUnit) \($0.event) \($0.subjects)" }
                .joined(separator: ";"),
        ].joined(separator: "\n")
    }

    @Test("a contribution read back from its bytes has every field it was written with")
    func roundTrip() throws {
        let bytes = try Self.contribution.encodedBytes()
        let read = try SummaryContribution(encodedBytes: bytes)
        #expect(Self.fields(read) == Self.fields(Self.contribution))
        #expect(read.figures.first?.value == 300.5)
        #expect(read.candidates.map(\.sentence.terms.count) == [3, 3, 3])
        #expect(try read.encodedBytes() == bytes)
    }

    @Test("a contribution goes through Codable as base64 of the same bytes")
    func codableIsTheByteForm() throws {
        let json = try JSONCoding.data(Self.contribution)
        let decoded = try JSONCoding.decode(SummaryContribution.self, from: json)
        #expect(Self.fields(decoded) == Self.fields(Self.contribution))
        #expect(try SummaryContribution.fromStoredJSON(json).encodedBytes() == Self.contribution.encodedBytes())
    }

    @Test("bytes of another form or cut short are an error, not a crash")
    func rejectsOtherBytes() throws {
        var bytes = try Self.contribution.encodedBytes()
        for length in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: FileError.self) { try SummaryContribution(encodedBytes: Array(bytes.prefix(length))) }
        }
        #expect(throws: FileError.self) { try SummaryContribution(encodedBytes: bytes + [0]) }
        bytes[0] = 0
        #expect(throws: FileError.self) { try SummaryContribution(encodedBytes: bytes) }
    }
}
