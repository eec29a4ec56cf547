import DocPipe
import Foundation
import Testing
@testable import ExportStage

/// Export renders each document once, with holes for what the corpus decides, and fills them in
/// the corpus step; the filled bytes must be the bytes of rendering the annotated document.
@Suite("Templates filled in the corpus step")
struct TemplateSpliceTests {
    /// What rendering the document after the corpus's assignments and clusters gives directly.
    static func direct(_ original: Document, _ results: CorpusResults, layout: SpanLayout) throws -> FilledDocument {
        var document = original
        DocumentRenderer.decodeLayers(&document)
        let assignments = CorpusAssignments(results)
        if !assignments.isEmpty { assignments.apply(to: &document) }
        let notes = ClusterAnnotator(results).annotated(&document)
        var filled = FilledDocument(manifest: ManifestWriter.Record(document), hasCustomLayers: false)
        filled.line = try JSONLinesWriter.line(document, spanLayout: layout)
        filled.notes = notes
        let recorded = RecordedRows()
        try ExportTables.emit(document, into: recorded)
        filled.packedRows = PackedRows(recorded.rows)
        filled.csv = Array(repeating: [], count: ExportTables.documentTables.count)
        for (table, cells) in recorded.rows {
            CSVFormat.appendRecord(cells.map(\.csvText), to: &filled.csv[DocumentRenderer.tablePositions[table.name]!])
        }
        return filled
    }

    /// The cells of packed rows, row by row.
    static func cells(_ rows: PackedRows) -> [[TableCell]] {
        var result: [[TableCell]] = []
        rows.forEachRow { buffer, _, count, start in
            var offset = start
            var cells: [TableCell] = []
            for _ in 0..<count {
                let end = PackedRows.cellEnd(in: buffer, at: offset)
                let bits = end - offset == 9 ? PackedRows.integer(in: buffer, at: offset + 1, width: 8) : 0
                switch PackedRows.Kind(rawValue: buffer[offset]) {
                case .integer: cells.append(.integer(Int(Int64(bitPattern: bits))))
                case .real: cells.append(.real(Double(bitPattern: bits)))
                case .text: cells.append(.text(String(decoding: UnsafeRawBufferPointer(rebasing: buffer[(offset + 5)..<end]), as: UTF8.self)))
                default: cells.append(.null)
                }
                offset = end
            }
            result.append(cells)
            return offset
        }
        return result
    }

    /// The document rendered with holes, stored and read back as the runner does, then filled under `id`.
    static func spliced(_ document: Document, id: String, _ results: CorpusResults, layout: SpanLayout, sqlite: Bool = true) throws -> FilledDocument {
        let template = try DocumentRenderer(jsonl: layout, csv: true, sqlite: sqlite).template(document)
        let stored = try DocumentTemplate.fromStoredJSON(try template.storedJSON())
        return try TemplateFiller(assignments: CorpusAssignments(results), annotator: ClusterAnnotator(results), spanLayout: layout, csv: true)
            .fill(stored, id: id)
    }

    /// Checks that the spliced and the direct rendering agree in every output.
    static func expectSame(_ document: Document, renamedTo id: String? = nil, _ results: CorpusResults, layout: SpanLayout = .objects) throws {
        var renamed = document
        renamed.id = id ?? document.id
        let expected = try direct(renamed, results, layout: layout)
        let got = try spliced(document, id: renamed.id, results, layout: layout)
        let csvOnly = try spliced(document, id: renamed.id, results, layout: layout, sqlite: false)
        #expect(csvOnly.csv == expected.csv && csvOnly.packedRows == nil && csvOnly.line == expected.line)
        #expect(got.line == expected.line, "\(String(decoding: got.line ?? [], as: UTF8.self))\n\(String(decoding: expected.line ?? [], as: UTF8.self))")
        #expect(got.csv == expected.csv)
        #expect(got.packedRows != nil && got.packedRows == expected.packedRows)
        #expect(got.notes.map(\.key) == expected.notes.map(\.key))
        #expect(got.notes.map { $0.clusters.map(\.clusterID) } == expected.notes.map { $0.clusters.map(\.clusterID) })
        #expect(got.manifest.input.id == renamed.id && got.manifest.input.textSHA256 == expected.manifest.input.textSHA256)
    }

    @Test("clusters fill mentions and speakers; a mention of no cluster gets no cluster fields")
    func clustersAndAbsentCluster() throws {
        try Self.expectSame(ExportFixture.first, ExportFixture.results)
        try Self.expectSame(ExportFixture.second, ExportFixture.results, layout: .arrays)
        let got = try Self.spliced(ExportFixture.first, id: "first-report", ExportFixture.results, layout: .objects)
        let line = String(decoding: got.line ?? [], as: UTF8.self)
        #expect(line.contains(#""canonical":"Zürich","end""#))
        #expect(line.contains(#""canonical":"Almaty","cluster":"Almaty","cluster_id":""#))
        #expect(!line.contains("\u{1}") && !line.contains("\\u0001"))
    }

    @Test("a duplicate gets its duplicate layer and cells, a story member its story")
    func duplicateAndStory() throws {
        var results = ExportFixture.results
        results[StandardCorpusKeys.Duplicates.self] = [DuplicateRecord(doc: "copy", duplicateOf: "first-report", similarity: 0.93)]
        results[StandardCorpusKeys.Stories.self] = [
            Story(id: "story-1", label: "Troops", documents: ["first-report", "copy"], entities: [], terms: [], firstDate: nil, lastDate: nil),
        ]
        var copy = ExportFixture.first
        copy.id = "copy"
        try Self.expectSame(copy, results)
        try Self.expectSame(ExportFixture.first, results)
        let got = try Self.spliced(copy, id: "copy", results, layout: .objects)
        let line = String(decoding: got.line ?? [], as: UTF8.self)
        #expect(line.contains(#""duplicate":{"doc":"copy","duplicate_of":"first-report","similarity":0.93},"entities""#))
        #expect(line.contains(#""story":"story-1","summary""#))
        #expect(Self.cells(try #require(got.packedRows)).first?.suffix(3) == [.text("first-report"), .real(0.93), .text("story-1")])
    }

    @Test("a document whose id the corpus phase renamed is written, looked up and noted under its new id")
    func renamedID() throws {
        var results = ExportFixture.results
        results[StandardCorpusKeys.Entities.self] = [
            EntityCluster(canonical: "Anna Petrova", label: .person, aliases: ["Anna Petrova"], mentions: ["first-report~2": 1]),
        ]
        results[StandardCorpusKeys.Timeline.self] = [TimelineEntry(date: "2022-01-06", text: "x", doc: "first-report~2", index: 1)]
        try Self.expectSame(ExportFixture.first, renamedTo: "first-report~2", results)
        let got = try Self.spliced(ExportFixture.first, id: "first-report~2", results, layout: .objects)
        #expect(String(decoding: got.line ?? [], as: UTF8.self).hasPrefix(#"{"dates""#))
        #expect(got.notes.map(\.key) == [ClusterAnnotator.key("first-report~2", 1)])
        #expect(got.notes.first?.clusters.map(\.cluster) == ["Anna Petrova"])
        #expect(got.csv[0].starts(with: Array("first-report~2,".utf8)))
    }

    @Test("without corpus clusters, mentions and quotes keep the cluster fields they came with")
    func noClustersKeepsFields() throws {
        var document = ExportFixture.second
        var mentions = document[StandardLayers.Entities.self] ?? []
        mentions[0].cluster = "Ivan Sidorov"
        mentions[0].clusterID = "e-1"
        document[StandardLayers.Entities.self] = mentions
        try Self.expectSame(document, CorpusResults())
        let got = try Self.spliced(document, id: document.id, CorpusResults(), layout: .objects)
        #expect(String(decoding: got.line ?? [], as: UTF8.self).contains(#""cluster":"Ivan Sidorov","cluster_id":"e-1","end""#))
    }

    @Test("an id that CSV must quote is quoted in every record")
    func quotedID() throws {
        try Self.expectSame(ExportFixture.second, renamedTo: "a, \"quoted\" id", ExportFixture.results)
    }

    @Test("the stored form is bytes, not JSON objects, and reads back to the same template")
    func storedForm() throws {
        let template = try DocumentRenderer(jsonl: .objects, csv: true, sqlite: true).template(ExportFixture.first)
        let stored = try template.storedJSON()
        #expect(stored.first == UInt8(ascii: "\"") && !stored.dropFirst().dropLast().contains(UInt8(ascii: "\"")))
        let back = try DocumentTemplate.fromStoredJSON(stored)
        #expect(back.line == template.line && back.holes == template.holes && back.csv == template.csv)
        #expect(back.rows.count > 0 && back.rows == template.rows && back.mentions == template.mentions && back.speakers == template.speakers)
        #expect(throws: (any Error).self) { _ = try DocumentTemplate(encodedBytes: Array(try template.encodedBytes().dropLast())) }
    }

    @Test("stored rows that name no per-document table, or whose cells run past their bytes, are not a template")
    func malformedStoredRows() throws {
        var rows = PackedRows()
        rows.append(table: 0, cells: [.text("doc"), .integer(3), .null])
        #expect(try PackedRows(validating: rows.bytes, count: 1) == rows)
        #expect(throws: (any Error).self) { _ = try PackedRows(validating: rows.bytes, count: 2) }
        var unknownTable = rows.bytes
        unknownTable[0] = UInt8(ExportTables.documentTables.count)
        #expect(throws: (any Error).self) { _ = try PackedRows(validating: unknownTable, count: 1) }
        #expect(throws: (any Error).self) { _ = try PackedRows(validating: Array(rows.bytes.dropLast(2)), count: 1) }
        var longText = rows.bytes
        longText[7] = 0xFF
        #expect(throws: (any Error).self) { _ = try PackedRows(validating: longText, count: 1) }
    }
}

extension TemplateSpliceTests {
    @Test("span lists read back from the spool (deltas) are written in the export's layout, as a direct render writes them")
    func spanListsFromTheSpool() throws {
        var document = ExportFixture.first
        document[StandardLayers.Tokens.self] = [Span(start: 0, end: 12), Span(start: 13, end: 17), Span(start: 18, end: 18)]
        document.layers[raw: "custom_spans"] = .array([.object(["end": .integer(4), "start": .integer(0)])])
        let spooled = try Document(jsonData: document.jsonData(spanLayout: .deltas))
        for layout in [SpanLayout.objects, .arrays] {
            try Self.expectSame(spooled, ExportFixture.results, layout: layout)
            try Self.expectSame(document, ExportFixture.results, layout: layout)
        }
        let template = try DocumentRenderer(jsonl: .objects, csv: false, sqlite: false).template(spooled)
        #expect(template.spans.count == 4 && template.holes.filter { $0.kind == .spans }.count == 4)
    }
}
