import DocPipe
import Foundation
import Testing
@testable import SummarizeStage

@Suite("Stored contributions read by hand")
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
        var figure = try! #require(ReportedFigureRecord(jsonTree: .object([
            "sentence": .object(["index": .integer(2), "text": .string("About 300 families left."), "terms": .array([.string("famili")]), "counts": .array([.integer(1)])]),
            "value": .integer(300), "unit": .string("family"), "canonicalUnit": .string("family"), "event": .string("left"), "subjects": .array([.string("Marlow")]),
        ])))
        figure.value = 300.5
        contribution.figures = [figure]
        return contribution
    }

    @Test("a contribution read by hand is the one Decodable reads, field for field")
    func sameAsDecodable() throws {
        let stored = try JSONCoding.data(Self.contribution)
        let tree = try #require(JSONValue(onePass: [UInt8](stored)))
        let byHand = try #require(SummaryContribution(jsonTree: tree))
        let decoded = try JSONCoding.decode(SummaryContribution.self, from: tree)
        #expect(try JSONCoding.data(byHand) == JSONCoding.data(decoded))
        #expect(try JSONCoding.data(byHand) == stored)
        #expect(byHand.figures.first?.value == 300.5)
        #expect(byHand.candidates.map(\.sentence.terms.count) == [3, 3, 3])
    }

    @Test("a contribution of another shape is declined, so Decodable says what is wrong")
    func declinesOtherShapes() throws {
        let stored = try JSONCoding.data(Self.contribution)
        guard case .object(var members) = try #require(JSONValue(onePass: [UInt8](stored))) else { Issue.record("not an object"); return }
        members["figures"] = .array([.object(["value": .string("many")])])
        #expect(SummaryContribution(jsonTree: .object(members)) == nil)
        members["figures"] = nil
        #expect(SummaryContribution(jsonTree: .object(members)) == nil)
        #expect(SummaryContribution(jsonTree: .array([])) == nil)
    }
}
