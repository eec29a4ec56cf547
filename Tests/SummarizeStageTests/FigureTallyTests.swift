import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Figure tally")
struct FigureTallyTests {
    /// A figure of `value` "ships" (event "sank") in sentence `index`, naming `subjects`.
    static func figure(_ value: Double, index: Int, unit: String = "ships", subjects: [String] = []) throws -> ReportedFigureRecord {
        ReportedFigureRecord(
            sentence: CorpusSentence(doc: "", documentOrder: 0, index: index, text: "", terms: []),
            value: value, unit: unit, canonicalUnit: "ship", event: "sank", subjects: subjects)
    }

    @Test("a value counts its figures and documents and cites the first few by document and sentence")
    func countsAndCites() throws {
        var tally = FigureTally()
        tally.add([try Self.figure(12, index: 5), try Self.figure(12, index: 2, unit: "vessels"), try Self.figure(12, index: 2)], doc: "harbour-a", documentOrder: 0)
        tally.add([try Self.figure(12, index: 0)], doc: "harbour-b", documentOrder: 1)
        tally.add([try Self.figure(12, index: 1)], doc: "harbour-c", documentOrder: 2)
        tally.add([try Self.figure(30, index: 4)], doc: "harbour-d", documentOrder: 3)
        let kind = try #require(tally.kinds["ship|sank"])
        #expect(Set(kind.values.keys) == [12, 30])
        let twelve = try #require(kind.values[12])
        #expect((twelve.figures, twelve.documents) == (4, 3), "the same value twice in one sentence is one figure")
        #expect(twelve.firstDocuments == [0, 1])
        #expect(twelve.cited.map(\.doc) == ["harbour-a", "harbour-a", "harbour-b"])
        #expect(twelve.cited.map(\.index) == [2, 5, 0])
        #expect(twelve.cited.map(\.unit) == ["vessels", "ships", "ships"])
        #expect(try #require(kind.values[30]).cited.map(\.doc) == ["harbour-d"])
    }

    @Test("a value counts the subjects named with its figures")
    func countsSubjects() throws {
        var tally = FigureTally()
        tally.add([try Self.figure(7, index: 0, subjects: ["Port Ellis", "Navy"]), try Self.figure(7, index: 3, subjects: ["Navy"])], doc: "a", documentOrder: 0)
        tally.add([try Self.figure(7, index: 1, subjects: ["Coast Guard", "Navy"])], doc: "b", documentOrder: 1)
        let value = try #require(tally.kinds["ship|sank"]?.values[7])
        let counts = Dictionary(uniqueKeysWithValues: value.subjects.map { ($0.key, $0.value) })
        #expect(counts == ["Navy": 3, "Port Ellis": 1, "Coast Guard": 1])
    }

    @Test("a copy of a tally keeps what it held while the original goes on counting")
    func copyIsAValue() throws {
        var tally = FigureTally()
        tally.add([try Self.figure(3, index: 0, subjects: ["Navy"])], doc: "a", documentOrder: 0)
        let copy = tally
        tally.add([try Self.figure(3, index: 0, unit: "boats", subjects: ["Coast Guard"])], doc: "b", documentOrder: 1)
        let kept = try #require(copy.kinds["ship|sank"]?.values[3])
        #expect(kept.figures == 1)
        #expect(kept.subjects.map(\.key) == ["Navy"])
        #expect(kept.cited.map(\.doc) == ["a"])
        let grown = try #require(tally.kinds["ship|sank"]?.values[3])
        #expect(grown.cited.map(\.unit) == ["ships", "boats"])
    }

    @Test("a value keeps every cited figure a conflict group lists inline, the earliest by document and sentence")
    func citedFiguresFitInline() throws {
        #expect(ConflictGroup.citedPerValue <= FigureTally.Record.inlineCited)
        var tally = FigureTally()
        tally.add([try Self.figure(9, index: 8), try Self.figure(9, index: 6)], doc: "a", documentOrder: 0)
        tally.add([try Self.figure(9, index: 4), try Self.figure(9, index: 1)], doc: "b", documentOrder: 1)
        let value = try #require(tally.kinds["ship|sank"]?.values[9])
        #expect(value.figures == 4)
        #expect(value.cited.map(\.doc) == ["a", "a", "b"])
        #expect(value.cited.map(\.index) == [6, 8, 1])
    }
}
