import DocPipe
import DocPipeCLI
import DocPipeTesting
import Foundation
import Testing

/// A custom stage of the kind a team writes: sums of money with a currency and nested details.
struct MoneyStage: Stage {
    static let name = "money"
    static let abstract = "Sums of money (test stage)."
    static let reads = [StandardLayers.Sentences.name]
    static let writes = [MoneyLayer.name, "money_flags"]

    struct Mention: Codable, Sendable {
        var start: Int
        var end: Int
        var amount: Double
        var currency: String
        var exact: Bool
        var details: [String: Int]?
    }

    enum MoneyLayer: LayerKey {
        typealias Value = [Mention]
        static let name = "money"
    }

    init(options: NoOptions, context: StageContext) throws {}

    func process(_ document: inout Document) throws {
        var found: [Mention] = []
        let scalars = Array(document.text.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where scalar == "$" {
            var end = offset + 1
            while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
            let digits = String(String.UnicodeScalarView(scalars[(offset + 1)..<end]))
            found.append(Mention(start: offset, end: end, amount: Double(digits) ?? 0, currency: "USD", exact: offset % 2 == 0, details: found.isEmpty ? ["digits": digits.count] : nil))
        }
        document[MoneyLayer.self] = found
        document.layers[raw: "money_flags"] = .object(["any": .bool(!found.isEmpty)])
        document.metadata.extra["money_mentions"] = .integer(found.count)
    }
}

/// The same stage with its table layout declared.
struct DeclaredMoneyStage: Stage, LayerTableProvider {
    static let name = "declared-money"
    static let abstract = "Sums of money with a declared table (test stage)."
    static let writes = [MoneyStage.MoneyLayer.name]
    static let layerTables = [LayerTable(layer: MoneyStage.MoneyLayer.name, columns: [.init("currency", .text), .init("amount", .real)])]
    let inner: MoneyStage

    init(options: NoOptions, context: StageContext) throws { inner = try MoneyStage(options: options, context: context) }

    func process(_ document: inout Document) throws { try inner.process(&document) }
}

@Suite("Custom layers in CSV and SQLite", .serialized)
struct LayerExportTests {
    static func run(_ stage: String, extra: [any Stage.Type], jobs: Int = 1) async throws -> URL {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "The bridge cost $250 in 2020. Repairs took $75 more.".write(to: input.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        try "No money here.".write(to: input.appendingPathComponent("two.txt"), atomically: true, encoding: .utf8)
        let pipeline = folder.appendingPathComponent("pipeline.yaml")
        try "input: in\noutput: out\nstages:\n  - segment\n  - \(stage)\n  - export:\n      formats: [jsonl, csv, sqlite]\n"
            .write(to: pipeline, atomically: true, encoding: .utf8)
        var registry = DocPipeCommand.registry
        for type in extra { registry.register(type) }
        let definition = try PipelineLoader(registry: registry).load(contentsOf: pipeline)
        let report = try await Runner(definition: definition, options: RunOptions(jobs: jobs)).run()
        #expect(report.documentsFailed == 0)
        return folder.appendingPathComponent("out")
    }

    /// Whole amounts are written as JSON integers (`250`), so the inferred column is `INTEGER`;
    /// the declared layout below makes it `REAL`.
    @Test("a custom Swift stage's layer gets a CSV file and an SQLite table with inferred columns, nested values as JSON")
    func inferredColumns() async throws {
        let output = try await Self.run("money", extra: [MoneyStage.self])
        let rows = try String(contentsOf: output.appendingPathComponent("csv/layer_money.csv"), encoding: .utf8)
            .split(separator: "\r\n").map(String.init)
        #expect(rows == [
            "doc,start,end,text,amount,currency,details,exact",
            #"one,16,20,$250,250,USD,"{""digits"":3}",1"#,
            "one,43,46,$75,75,USD,,0",
        ])
        let database = try ExportedDatabase(path: output.appendingPathComponent("docpipe.sqlite").path)
        #expect(try database.query("SELECT typeof(amount), typeof(exact), json_extract(details, '$.digits') FROM layer_money ORDER BY start") == [["integer", "integer", "3"], ["integer", "integer", nil]])
        #expect(try database.query("SELECT d.id, sum(m.amount) FROM layer_money m JOIN documents d ON d.id = m.doc GROUP BY d.id") == [["one", "325"]])
        #expect(try database.query("SELECT \"table\" FROM pragma_foreign_key_list('layer_money')") == [["documents"]])
        #expect(try database.query("SELECT name FROM sqlite_master WHERE name LIKE 'layer_money_flags%'").isEmpty)
        #expect(try database.query("SELECT json_extract(extra_metadata, '$.money_mentions') FROM documents ORDER BY id") == [["2"], ["0"]])

        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("manifest.json"))) as? [String: Any])
        let tables = try #require(manifest["layer_tables"] as? [[String: Any]])
        #expect(tables.count == 1)
        #expect(tables[0]["layer"] as? String == "money")
        #expect(tables[0]["table"] as? String == "layer_money")
        #expect(tables[0]["csv"] as? String == "csv/layer_money.csv")
        #expect(tables[0]["layout"] as? String == "inferred")
        #expect(tables[0]["rows"] as? Int == 2)
        #expect((tables[0]["columns"] as? [[String: String]])?.map { $0["name"] ?? "" } == ["doc", "start", "end", "text", "amount", "currency", "details", "exact"])
        let outputs = try #require(manifest["outputs"] as? [[String: Any]])
        #expect(outputs.contains { $0["file"] as? String == "csv/layer_money.csv" })
    }

    @Test("a stage that declares its layout gets exactly those columns")
    func declaredColumns() async throws {
        let output = try await Self.run("declared-money", extra: [DeclaredMoneyStage.self])
        let header = try String(contentsOf: output.appendingPathComponent("csv/layer_money.csv"), encoding: .utf8).split(separator: "\r\n").first
        #expect(header == "doc,start,end,text,currency,amount")
        let database = try ExportedDatabase(path: output.appendingPathComponent("docpipe.sqlite").path)
        #expect(try database.query("SELECT DISTINCT typeof(amount) FROM layer_money") == [["real"]])
        let manifest = try String(contentsOf: output.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains(#""layout" : "declared""#))
    }

    @Test("the columns and rows do not depend on --jobs")
    func jobsDoNotMatter() async throws {
        let one = try await Self.run("money", extra: [MoneyStage.self], jobs: 1)
        let two = try await Self.run("money", extra: [MoneyStage.self], jobs: 2)
        for file in ["csv/layer_money.csv", "csv/documents.csv", "documents.jsonl"] {
            let first = try String(contentsOf: one.appendingPathComponent(file), encoding: .utf8)
            let second = try String(contentsOf: two.appendingPathComponent(file), encoding: .utf8)
            #expect(first.replacingOccurrences(of: one.deletingLastPathComponent().path, with: "") == second.replacingOccurrences(of: two.deletingLastPathComponent().path, with: ""), "\(file) differs")
        }
    }

    @Test("a command stage's layer is exported as a table too")
    func commandStageLayer() throws {
        let folder = try temporaryFolder()
        try "The Prime Minister spoke. Nobody else did.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try """
            import json, sys
            for line in sys.stdin:
                doc = json.loads(line)
                spans = [{"start": s["start"], "end": s["end"], "length": s["end"] - s["start"], "loud": False} for s in doc.get("sentences", [])]
                print(json.dumps({"shouts": spans, "metadata": {"shout_count": len(spans)}}), flush=True)
            """.write(to: folder.appendingPathComponent("shout.py"), atomically: true, encoding: .utf8)
        try """
            input: a.txt
            output: out
            stages:
              - segment
              - command:
                  command: [python3, shout.py]
              - export:
                  formats: [csv, sqlite]
            """.write(to: folder.appendingPathComponent("pipeline.yaml"), atomically: true, encoding: .utf8)
        let result = try docpipe(["run", folder.appendingPathComponent("pipeline.yaml").path, "--quiet", "--no-cache"])
        #expect(result.status == 0, "\(result.stderr)")
        let database = try ExportedDatabase(path: folder.appendingPathComponent("out/docpipe.sqlite").path)
        #expect(try database.query("SELECT doc, text, length, loud FROM layer_shouts ORDER BY start") == [["a", "The Prime Minister spoke.", "25", "0"], ["a", "Nobody else did.", "16", "0"]])
        #expect(try database.query("SELECT extra_metadata FROM documents") == [[#"{"shout_count":2}"#]])
        let csv = try String(contentsOf: folder.appendingPathComponent("out/csv/layer_shouts.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("doc,start,end,text,length,loud\r\n"))
    }
}
