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
}
