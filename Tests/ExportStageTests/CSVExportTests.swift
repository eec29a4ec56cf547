import DocPipe
import Foundation
import Testing
@testable import ExportStage

@Suite("CSV export")
struct CSVExportTests {
    @Test("fields with commas, quotes, line breaks and non-ASCII letters read back exactly")
    func escapingRoundTrip() throws {
        let fields = ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r\nlf", "Zürich — Алматы 日本", "", " spaced ", "\"", ",", "tail\r"]
        let text = CSVFormat.record(fields) + CSVFormat.record(["second", "row"])
        let parsed = try RFC4180Parser.parse(text)
        #expect(parsed == [fields, ["second", "row"]])
    }

    @Test("a record of cells is written as the cells' text would be: numbers, reals, nulls and quoted text")
    func cellsAsText() {
        let cells: [TableCell] = [
            .integer(0), .integer(7), .integer(-42), .integer(Int.max), .integer(Int.min), .real(2500), .real(-0.25), .real(1e20),
            .null, .text(""), .text("a,b"), .text("say \"hi\""), .text("Zürich"),
        ]
        var bytes: [UInt8] = []
        CSVFormat.appendRecord(cells, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == CSVFormat.record(cells.map(\.csvText)))
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("0,7,-42,9223372036854775807,-9223372036854775808,2500,-0.25,"))
    }

    @Test("a field is quoted only when it must be, and embedded quotes are doubled")
    func quotingRules() {
        #expect(CSVFormat.record(["a", "b c"]) == "a,b c\r\n")
        #expect(CSVFormat.record(["x\"y"]) == "\"x\"\"y\"\r\n")
        #expect(CSVFormat.record(["1,2"]) == "\"1,2\"\r\n")
    }

    @Test("every table has its header row, in column order")
    func headers() throws {
        let folder = try ExportFixture.export(formats: ["csv"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected: [String: [String]] = [
            "documents": [
                "id", "title", "author", "publisher", "date", "words", "summary", "section", "source", "extra_metadata",
                "duplicate_of", "duplicate_similarity", "story",
            ],
            "sentences": ["doc", "index", "start", "end", "text"],
            "entities": ["doc", "start", "end", "text", "label", "canonical", "cluster", "cluster_id"],
            "entity_clusters": ["canonical", "label", "aliases", "documents", "mentions", "id"],
            "cluster_documents": ["canonical", "label", "doc", "mentions", "cluster_id"],
            "quotes": ["doc", "start", "end", "text", "speaker", "speaker_label", "speaker_cluster", "speaker_cluster_id"],
            "dates": ["doc", "start", "end", "text", "value", "end_value"],
            "quantities": ["doc", "start", "end", "text", "value", "max_value", "unit", "qualifier"],
            "keyphrases": ["doc", "start", "end", "text", "score"],
            "timeline": ["date", "doc", "index", "text", "sources", "entry", "cluster_ids", "clusters"],
            "timeline_entities": ["entry", "cluster_id", "cluster"],
            "conflicts": ["group", "unit", "subject", "doc", "index", "value", "text", "subject_cluster_id", "subject_cluster"],
            "stories": ["id", "label", "documents", "first_date", "last_date", "entities", "terms", "doc_ids", "timeline_entries", "conflicts"],
        ]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("csv").path).sorted()
        #expect(files == expected.keys.map { "\($0).csv" }.sorted())
        for (table, header) in expected {
            let rows = try RFC4180Parser.parse(ExportFixture.read(folder, "csv/\(table).csv"))
            #expect(rows.first == header, "header of \(table)")
        }
    }

    @Test("rows carry the layers' values, and sentence text slices the document text")
    func rows() throws {
        let folder = try ExportFixture.export(formats: ["csv"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = try RFC4180Parser.parse(ExportFixture.read(folder, "csv/documents.csv"))
        #expect(documents.count == 3)
        #expect(documents[1] == [
            "first-report", "Troops, \"peace\" and order", "Ola Nordmann", "Daily Example", "2022-01-07", "32",
            "Peacekeepers from the alliance landed in Almaty on 6 January, officials said.", "", "/nonexistent/first.txt", "",
            "", "", "",
        ])
        let sentences = try RFC4180Parser.parse(ExportFixture.read(folder, "csv/sentences.csv"))
        #expect(sentences.count == 6)
        #expect(sentences[3] == ["first-report", "2", "164", "227", "Café owners in Zürich wrote <script>alert('x')</script> & left."])
        let clusters = try RFC4180Parser.parse(ExportFixture.read(folder, "csv/entity_clusters.csv"))
        let petrova = EntityCluster.identifier(canonical: "Anna Petrova", label: .person)
        let almaty = EntityCluster.identifier(canonical: "Almaty", label: .gpe)
        #expect(clusters[1] == ["Anna Petrova", "PERSON", "Anna Petrova | Petrova", "first-report", "1", petrova])
        #expect(clusters[2] == ["Almaty", "GPE", "Almaty", "first-report | second report", "3", almaty])
        let quantities = try RFC4180Parser.parse(ExportFixture.read(folder, "csv/quantities.csv"))
        #expect(quantities[1].dropFirst(3) == ["2,500 soldiers", "2500", "", "soldier", "about"])
        let timeline = try RFC4180Parser.parse(ExportFixture.read(folder, "csv/timeline.csv"))
        #expect(timeline[1][0] == "2022-01-06")
        #expect(timeline[1][4] == "first-report#0 | second report#0")
        #expect(timeline[1][5...] == ["1", almaty, "Almaty"])
        let entities = try RFC4180Parser.parse(ExportFixture.read(folder, "csv/timeline_entities.csv"))
        #expect(entities.dropFirst().map { $0 } == [["1", almaty, "Almaty"]])
    }

    @Test("word count counts runs holding a letter or digit, not punctuation alone")
    func wordCount() {
        #expect(ExportTables.wordCount("Hello, world — it's 2022!") == 4)
        #expect(ExportTables.wordCount("  \n ") == 0)
        #expect(ExportTables.wordCount("Zürich\tАлматы") == 2)
    }

    @Test("Python's csv module reads every table back exactly as written (skipped without python3)")
    func pythonReadsBack() throws {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("skipped: no python3 to cross-check the CSV files")
            return
        }
        let folder = try ExportFixture.export(formats: ["csv"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            import csv, glob, json, os, sys
            out = {}
            for path in sorted(glob.glob(os.path.join(sys.argv[1], "csv", "*.csv"))):
                with open(path, newline="", encoding="utf-8") as f:
                    out[os.path.basename(path)] = list(csv.reader(f, strict=True))
            print(json.dumps(out))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let fromPython = try JSONDecoder().decode([String: [[String]]].self, from: output)
        #expect(fromPython.count == ExportTables.all.count)
        for (file, rows) in fromPython {
            let ours = try RFC4180Parser.parse(ExportFixture.read(folder, "csv/\(file)"))
            #expect(rows == ours, "\(file)")
        }
        #expect(fromPython["sentences.csv"]?[3][4] == "Café owners in Zürich wrote <script>alert('x')</script> & left.")
        #expect(fromPython["documents.csv"]?[1][1] == "Troops, \"peace\" and order")
        #expect(fromPython["documents.csv"]?[2][7] == "World,\nAsia \"Pacific\"\r\n")
    }
}
