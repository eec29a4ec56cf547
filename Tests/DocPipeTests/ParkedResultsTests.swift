@testable import DocPipe
import Foundation
import Testing

@Suite("Results set aside during a corpus step")
struct ParkedResultsTests {
    private let clusters = [
        EntityCluster(canonical: "Ada Lovelace", label: .person, aliases: ["Lovelace"], mentions: ["a-1": 3, "b-2": 1]),
        EntityCluster(canonical: "Zürich", label: .gpe, aliases: [], mentions: [:]),
        EntityCluster(id: "org-0123456789ab-2", canonical: "Analytical Engine Works", label: .org, aliases: ["AEW", "Engine Works"], mentions: ["c-3": 12]),
    ]

    @Test("entity clusters read back from their compact form equal the clusters written")
    func clustersRoundTrip() throws {
        let bytes = clusters.compactBytes()
        #expect(try [EntityCluster](compactBytes: bytes) == clusters)
        #expect(try [EntityCluster](compactBytes: [EntityCluster]().compactBytes()).isEmpty)
    }

    @Test("cut-short or foreign bytes are an error, not clusters")
    func damagedBytes() {
        let bytes = clusters.compactBytes()
        #expect(throws: FileError.self) { try [EntityCluster](compactBytes: Array(bytes.dropLast())) }
        #expect(throws: FileError.self) { try [EntityCluster](compactBytes: [9] + bytes.dropFirst()) }
        #expect(throws: FileError.self) { try [EntityCluster](compactBytes: bytes + [0]) }
    }

    @Test("a step that does not read the clusters runs without them, and they come back afterwards")
    func setAsideAndRestored() throws {
        let output = try temporaryFolder()
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".docpipe"), withIntermediateDirectories: true)
        var results = CorpusResults()
        results[StandardCorpusKeys.Entities.self] = clusters
        results[StandardCorpusKeys.Duplicates.self] = [DuplicateRecord(doc: "b-2", duplicateOf: "a-1", similarity: 0.9)]
        let parked = try ParkedResults(setAsideFrom: &results, keeping: [StandardCorpusKeys.Duplicates.name], outputDirectory: output)
        #expect(parked.names == [StandardCorpusKeys.Entities.name])
        #expect(results[StandardCorpusKeys.Entities.self] == nil)
        #expect(results[StandardCorpusKeys.Duplicates.self]?.count == 1)
        try parked.restore(into: &results)
        #expect(results[StandardCorpusKeys.Entities.self] == clusters)
        #expect(results.names == [StandardCorpusKeys.Duplicates.name, StandardCorpusKeys.Entities.name])
    }

    @Test("results a step reads, and results without a compact form, stay in memory; no file is made for nothing")
    func keptResults() throws {
        let output = try temporaryFolder()
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".docpipe"), withIntermediateDirectories: true)
        var results = CorpusResults()
        results[StandardCorpusKeys.Entities.self] = clusters
        results[StandardCorpusKeys.Duplicates.self] = []
        let parked = try ParkedResults(setAsideFrom: &results, keeping: [StandardCorpusKeys.Entities.name], outputDirectory: output)
        #expect(parked.names.isEmpty)
        #expect(results[StandardCorpusKeys.Entities.self] == clusters)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".docpipe").path).isEmpty)
    }
}
