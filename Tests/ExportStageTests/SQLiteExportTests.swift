import DocPipeTesting
import DocPipe
import Foundation
import Testing
@testable import ExportStage

@Suite("SQLite export")
struct SQLiteExportTests {
    @Test("the database has every table, and the full-text table 'sentences'")
    func tables() throws {
        let folder = try ExportFixture.export(formats: ["sqlite"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ExportedDatabase(path: folder.appendingPathComponent("docpipe.sqlite").path)
        let names = try database.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sentences_%' ORDER BY name").map { $0[0] ?? "" }
        #expect(names == [
            "cluster_documents", "conflicts", "dates", "documents", "entities", "entity_clusters", "keyphrases",
            "quantities", "quotes", "sentence_spans", "sentences", "stories", "timeline", "timeline_entities",
        ])
        let virtual = try database.query("SELECT sql FROM sqlite_master WHERE name = 'sentences'")
        #expect(virtual.first?.first??.contains("fts5") == true)
        #expect(try database.query("SELECT count(*) FROM documents") == [["2"]])
        #expect(try database.query("SELECT count(*) FROM sentence_spans") == [["5"]])
    }

    @Test("the MATCH query on 'sentences' returns the sentence that holds the word")
    func fullTextSearch() throws {
        let folder = try ExportFixture.export(formats: ["sqlite"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ExportedDatabase(path: folder.appendingPathComponent("docpipe.sqlite").path)
        let hits = try database.query("SELECT doc, text FROM sentences WHERE sentences MATCH 'peacekeepers'")
        #expect(hits == [["first-report", "Peacekeepers from the alliance landed in Almaty on 6 January, officials said."]])
        let stemmed = try database.query("SELECT doc, \"index\" FROM sentences WHERE sentences MATCH 'troop'")
        #expect(stemmed == [["second report", "0"]])
        #expect(try database.query("SELECT doc FROM sentences WHERE sentences MATCH 'zürich'") == [["first-report"]])
    }

    @Test("the full-text index keeps FTS5's default settings after its build with a larger hash size")
    func fullTextSettings() throws {
        let folder = try ExportFixture.export(formats: ["sqlite"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ExportedDatabase(path: folder.appendingPathComponent("docpipe.sqlite").path)
        #expect(try database.query("SELECT k FROM sentences_config ORDER BY k") == [["version"]])
    }

    @Test("child tables reference documents(id) and are indexed on their join columns")
    func foreignKeysAndIndexes() throws {
        let folder = try ExportFixture.export(formats: ["sqlite"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ExportedDatabase(path: folder.appendingPathComponent("docpipe.sqlite").path)
        for table in ["sentence_spans", "entities", "quotes", "dates", "quantities", "keyphrases", "timeline", "cluster_documents", "conflicts"] {
            let keys = try database.query("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('\(table)') WHERE \"table\" = 'documents'")
            #expect(keys == [["documents", "doc", "id"]], "foreign key of \(table)")
        }
        let clusterKeys: [(String, String)] = [
            ("entities", "cluster_id"), ("quotes", "speaker_cluster_id"), ("cluster_documents", "cluster_id"),
            ("timeline_entities", "cluster_id"), ("conflicts", "subject_cluster_id"),
        ]
        for (table, column) in clusterKeys {
            let keys = try database.query("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('\(table)') WHERE \"table\" = 'entity_clusters'")
            #expect(keys == [["entity_clusters", column, "id"]], "cluster foreign key of \(table)")
            let indexed = try database.query("SELECT il.name FROM pragma_index_list('\(table)') AS il JOIN pragma_index_info(il.name) AS ii WHERE ii.name = '\(column)'")
            #expect(!indexed.isEmpty, "index on \(table).\(column)")
        }
        #expect(try database.query("SELECT name FROM pragma_table_info('entity_clusters') WHERE pk = 1") == [["id"]])
        for table in ["entities", "quotes", "dates", "quantities", "keyphrases", "timeline", "cluster_documents", "conflicts"] {
            let indexed = try database.query("SELECT il.name FROM pragma_index_list('\(table)') AS il JOIN pragma_index_info(il.name) AS ii WHERE ii.name = 'doc'")
            #expect(!indexed.isEmpty, "index on \(table).doc")
        }
        #expect(try database.query("PRAGMA foreign_key_check").isEmpty)
        let joined = try database.query("""
            SELECT d.title, e.text FROM entities e JOIN documents d ON d.id = e.doc WHERE e.label = 'PERSON' ORDER BY d.id, e.start
            """)
        #expect(joined == [["Troops, \"peace\" and order", "Anna Petrova"], ["Ministry figures", "Ivan Sidorov"]])
    }

    @Test("a corpus result naming an unknown document fails with a message, and leaves no file behind")
    func unknownDocument() throws {
        var corpus = ExportFixture.corpus
        corpus.results[StandardCorpusKeys.Timeline.self] = [TimelineEntry(date: "2022", text: "t", doc: "missing", index: 0)]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try ExportFixture.export(corpus, formats: ["sqlite"], folder: folder)
        } throws: { error in
            "\(error)".contains("timeline") && "\(error)".contains("not in the corpus")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("optional values are NULL and numbers keep their types")
    func types() throws {
        let folder = try ExportFixture.export(formats: ["sqlite"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ExportedDatabase(path: folder.appendingPathComponent("docpipe.sqlite").path)
        #expect(try database.query("SELECT typeof(value), typeof(max_value), typeof(start) FROM quantities") == [["real", "null", "integer"]])
        #expect(try database.query("SELECT author FROM documents WHERE id = 'second report'") == [[nil]])
    }
}

@Suite("SQLite export of a bad row")
struct SQLiteBadRowTests {
    @Test("a document whose rows break a constraint is left out of the database with a warning; the others are written")
    func badDocumentIsLeftOut() throws {
        let fixture = ExportFixture.corpus
        var documents: [Document] = []
        try fixture.documents.forEach { documents.append($0) }
        let duplicate = try #require(documents.first)
        var corpus = Corpus(documents: DocumentStream(documents + [duplicate]), results: fixture.results, summary: fixture.summary)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("export-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = ExportStage.Options()
        options.formats = ["jsonl", "sqlite"]
        let context = StageContext(
            pipelineName: "fixture", outputDirectory: output,
            stageRecords: [try ExportFixture.record(name: "export", options: .object(["formats": .array([.string("jsonl"), .string("sqlite")])]))])
        try ExportStage(options: options, context: context).finish(&corpus)
        let database = try ExportedDatabase(path: output.appendingPathComponent("docpipe.sqlite").path)
        #expect(try database.query("SELECT count(*) FROM documents") == [["2"]])
        #expect(corpus.warnings.count == 1)
        #expect(corpus.warnings.first?.subject == duplicate.id)
        #expect(corpus.warnings.first?.message.contains("left out of docpipe.sqlite") == true)
        #expect(try ExportFixture.read(output, "documents.jsonl").split(separator: "\n").count == 3)
    }
}
