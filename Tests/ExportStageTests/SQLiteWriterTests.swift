import DocPipe
import DocPipeTesting
import Foundation
import Testing
@testable import ExportStage

@Suite("SQLite writer thread")
struct SQLiteWriterTests {
    /// A `documents` row for `id`, the other columns empty.
    func row(_ id: String, words: Int) -> [(table: TableSchema, cells: [TableCell])] {
        var cells = Array(repeating: TableCell.null, count: ExportTables.documents.columns.count)
        cells[0] = .text(id)
        cells[5] = .integer(words)
        cells[8] = .text("\(id).txt")
        return [(ExportTables.documents, cells)]
    }

    @Test("documents handed over go in in order, past the limit of waiting work; a document breaking a constraint is left out and named")
    func documentsInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("docpipe.sqlite")
        let writer = SQLiteWriter(try SQLiteExport(url: url))
        let count = SQLiteWriter.pendingLimit * 3
        for number in 0..<count {
            try writer.addDocument(id: "d\(number)", rows: row("d\(number)", words: number))
            if number == 7 || number == 100 { try writer.addDocument(id: "again-d\(number)", rows: row("d\(number)", words: -1)) }
        }
        #expect(try writer.waitUntilIdle().map(\.id) == ["again-d7", "again-d100"])
        try writer.commit()
        #expect(writer.leftOut.map(\.id) == ["again-d7", "again-d100"])
        let database = try ExportedDatabase(path: url.path)
        #expect(try database.query("SELECT count(*), min(words), max(words) FROM documents") == [["\(count)", "0", "\(count - 1)"]])
        #expect(try database.query("SELECT id FROM documents ORDER BY rowid LIMIT 3") == [["d0"], ["d1"], ["d2"]])
    }

    @Test("an error on the writer's thread is thrown by the commit, and the temporary database is removed")
    func errorIsThrown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = SQLiteWriter(try SQLiteExport(url: folder.appendingPathComponent("docpipe.sqlite")))
        try writer.addDocument(id: "d0", rows: row("d0", words: 1))
        try writer.add([.text("nowhere"), .integer(0), .integer(0), .integer(1), .text("t")], to: ExportTables.sentences)
        #expect(throws: (any Error).self) { try writer.commit() }
        writer.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a commit started in the background puts the database in place once finished, text cells whole: non-ASCII and a NUL inside")
    func commitStartedThenFinished() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("docpipe.sqlite")
        let writer = SQLiteWriter(try SQLiteExport(url: url))
        var cells = row("Zürich-1", words: 3)[0].cells
        cells[1] = .text("Before\u{0}after — Ålesund")
        try writer.addDocument(id: "Zürich-1", rows: [(ExportTables.documents, cells)])
        try writer.startCommit()
        try writer.finish()
        #expect(FileManager.default.fileExists(atPath: url.path))
        let database = try ExportedDatabase(path: url.path)
        #expect(try database.query("SELECT id, length(CAST(title AS BLOB)), words FROM documents") == [["Zürich-1", "\("Before\u{0}after — Ålesund".utf8.count)", "3"]])
    }

    @Test("packed rows go into the database with the values their cells hold: null, integer, real, text with a NUL and non-ASCII")
    func packedRowsMatchCells() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var cells = row("packed", words: -42)[0].cells
        cells[1] = .text("Tab\there\u{0}and — Ørsted")
        cells[11] = .real(0.9375)
        let sentence: [TableCell] = [.text("packed"), .integer(0), .integer(0), .integer(11), .text("Café opens.")]
        let rows: [(table: TableSchema, cells: [TableCell])] = [(ExportTables.documents, cells), (ExportTables.sentences, sentence)]
        let packed = try #require(PackedRows(rows))
        #expect(packed.count == 2)
        #expect(PackedRows([(ExportTables.entityClusters, [.text("x")])]) == nil)
        let url = folder.appendingPathComponent("docpipe.sqlite")
        let writer = SQLiteWriter(try SQLiteExport(url: url))
        try writer.addDocument(id: "packed", packed: packed)
        try writer.addDocument(id: "packed-again", packed: packed)
        try writer.commit()
        #expect(writer.leftOut.map(\.id) == ["packed-again"])
        let database = try ExportedDatabase(path: url.path)
        #expect(try database.query("SELECT id, hex(title), words, author, duplicate_similarity FROM documents") == [["packed", Data("Tab\there\u{0}and — Ørsted".utf8).map { String(format: "%02X", $0) }.joined(), "-42", nil, "0.9375"]])
        #expect(try database.query("SELECT doc, \"index\", start, \"end\", text FROM sentence_spans") == [["packed", "0", "0", "11", "Café opens."]])
    }
}
