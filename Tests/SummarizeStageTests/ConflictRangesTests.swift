import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Conflict ranges")
struct ConflictRangesTests {
    static func found(_ key: String, _ values: [Double]) -> ConflictFinder.Found {
        ConflictFinder.Found(group: ConflictGroup(unit: key, subject: nil, values: [], figures: []), key: key, values: values)
    }

    @Test("a value inside a group's run gets the group's number, in the order the groups were found")
    func valuesInRunsGetTheirGroup() {
        let ranges = ConflictRanges([
            Self.found("person|killed", [40, 42, 45]), Self.found("dollar|", [3, 5]), Self.found("person|killed", [400, 450, 700]),
        ])
        #expect(ranges.number(key: "person|killed", value: 40) == 1)
        #expect(ranges.number(key: "person|killed", value: 45) == 1)
        #expect(ranges.number(key: "dollar|", value: 5) == 2)
        #expect(ranges.number(key: "person|killed", value: 400) == 3)
        #expect(ranges.number(key: "person|killed", value: 700) == 3)
    }

    @Test("a value outside every run, or of a kind without groups, has no group")
    func valuesOutsideRunsHaveNone() {
        let ranges = ConflictRanges([Self.found("person|killed", [40, 45]), Self.found("person|killed", [400, 450])])
        #expect(ranges.number(key: "person|killed", value: 39) == nil)
        #expect(ranges.number(key: "person|killed", value: 100) == nil)
        #expect(ranges.number(key: "person|killed", value: 451) == nil)
        #expect(ranges.number(key: "troop|", value: 40) == nil)
        #expect(ConflictRanges().isEmpty)
        #expect(!ranges.isEmpty)
    }

    @Test("the conflicts stream numbers each figure by the group of its kind whose values it falls among")
    func streamNumbersTwoGroupsOfOneKind() throws {
        let values = [40, 45, 40, 45, 400, 450, 400, 450]
        var corpus = Corpus(documents: DocumentStream(BoundedCorpusStateTests.reports(values.count) { values[$0] }))
        try TestDocuments.stage().finish(&corpus)
        #expect(corpus.results[StandardCorpusKeys.Conflicts.self]?.count == 2)
        let stream = try #require(corpus.conflictFigures)
        var rows: [ConflictFigure] = []
        try stream.forEach { rows.append($0) }
        #expect(rows.map(\.figure.value) == values.map(Double.init))
        #expect(rows.map(\.group) == [1, 1, 1, 1, 2, 2, 2, 2])
    }
}
