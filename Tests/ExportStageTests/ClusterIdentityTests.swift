import DocPipe
import DocPipeTesting
import Foundation
import Testing
@testable import ExportStage

@Suite("One identity per entity in every export")
struct ClusterIdentityTests {
    static let kovalenko = EntityCluster(canonical: "Anna Kovalenko", label: .person, aliases: ["Anna Kovalenko", "Hanna Kovalenko", "Kovalenko"], mentions: ["a": 2, "b": 2])
    static let lviv = EntityCluster(canonical: "Lviv", label: .gpe, aliases: ["Lviv", "Lvov"], mentions: ["a": 1, "b": 1])

    /// A document where `name` says something in `city`, with its sentences, entities and quote.
    static func document(_ id: String, name: String, city: String, metadata: Metadata = Metadata()) -> Document {
        let first = "\"We will rebuild the bridge,\" said \(name) in \(city)."
        let text = first + " Kovalenko spoke on 5 May."
        var document = Document(id: id, text: text, metadata: metadata)
        let firstLength = first.unicodeScalars.count
        document[StandardLayers.Sentences.self] = [Span(start: 0, end: firstLength), Span(start: firstLength + 1, end: text.unicodeScalars.count)]
        let nameStart = ExportFixture.span(text, name).start
        let cityStart = ExportFixture.span(text, city).start
        document[StandardLayers.Entities.self] = [
            EntityMention(start: nameStart, end: nameStart + name.unicodeScalars.count, text: name, label: .person, canonical: name),
            EntityMention(start: cityStart, end: cityStart + city.unicodeScalars.count, text: city, label: .gpe, canonical: city),
            EntityMention(start: firstLength + 1, end: firstLength + 10, text: "Kovalenko", label: .person, canonical: name),
        ]
        document[StandardLayers.Quotes.self] = [Quote(start: 1, end: 27, text: "We will rebuild the bridge", speaker: name, speakerLabel: .person)]
        return document
    }

    static var corpus: Corpus {
        var results = CorpusResults()
        results[StandardCorpusKeys.Entities.self] = [kovalenko, lviv]
        results[StandardCorpusKeys.Timeline.self] = [TimelineEntry(date: "2023-05-05", text: "Kovalenko spoke on 5 May.", doc: "b", index: 1)]
        results[StandardCorpusKeys.Conflicts.self] = [
            ConflictGroup(unit: "bridge", subject: "Lvov", figures: [
                ReportedFigure(value: 2, unit: "bridge", doc: "a", text: "two bridges", index: 0),
                ReportedFigure(value: 3, unit: "bridge", doc: "b", text: "three bridges", index: 0),
            ]),
        ]
        return Corpus(documents: DocumentStream([
            document("a", name: "Anna Kovalenko", city: "Lviv", metadata: Metadata(title: "A", extra: ["views": .integer(1200), "tags": .array([.string("x")])])),
            document("b", name: "Hanna Kovalenko", city: "Lvov"),
        ]), results: results)
    }

    @Test("a cluster's id is its label and a hash of label and canonical name, whatever else it holds")
    func identifierIsStable() {
        #expect(Self.kovalenko.id == EntityCluster.identifier(canonical: "Anna Kovalenko", label: .person))
        #expect(Self.kovalenko.id.wholeMatch(of: /person-[0-9a-f]{12}/) != nil)
        let fewer = EntityCluster(canonical: "Anna Kovalenko", label: .person, aliases: ["Anna Kovalenko"], mentions: ["z": 1])
        #expect(fewer.id == Self.kovalenko.id)
        #expect(EntityCluster.identifier(canonical: "Anna Kovalenko", label: .org) != Self.kovalenko.id)
        #expect(EntityCluster.identifier(canonical: "Anna Kovalenko", label: .person) == "person-" + String(SHA256.hex("PERSON\u{1F}Anna Kovalenko").prefix(12)))
    }

    @Test("a cluster written without an id reads back with the computed one")
    func decodingWithoutID() throws {
        let json = #"{"canonical":"Lviv","label":"GPE","aliases":["Lviv"],"mentions":{"a":1}}"#
        let cluster = try JSONDecoder().decode(EntityCluster.self, from: Data(json.utf8))
        #expect(cluster.id == EntityCluster.identifier(canonical: "Lviv", label: .gpe))
    }

    @Test("in SQLite, GROUP BY speaker_cluster_id gives one row per person across spellings, joined to entity_clusters")
    func sqliteGroupsOnePerson() throws {
        let folder = try ExportFixture.export(Self.corpus, formats: ["sqlite"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ExportedDatabase(path: folder.appendingPathComponent("docpipe.sqlite").path)
        let id = Self.kovalenko.id
        #expect(try database.query("SELECT speaker, speaker_cluster_id FROM quotes ORDER BY doc") == [["Anna Kovalenko", id], ["Hanna Kovalenko", id]])
        #expect(try database.query("""
            SELECT c.canonical, count(*) FROM quotes q JOIN entity_clusters c ON c.id = q.speaker_cluster_id GROUP BY q.speaker_cluster_id
            """) == [["Anna Kovalenko", "2"]])
        #expect(try database.query("SELECT DISTINCT cluster_id FROM entities WHERE label = 'GPE'") == [[Self.lviv.id]])
        #expect(try database.query("SELECT count(DISTINCT cluster_id) FROM entities WHERE label = 'PERSON'") == [["1"]])
        #expect(try database.query("SELECT DISTINCT cluster_id FROM cluster_documents WHERE canonical = 'Lviv'") == [[Self.lviv.id]])
        #expect(try database.query("SELECT entry, cluster_ids FROM timeline") == [["1", id]])
        #expect(try database.query("SELECT cluster FROM timeline_entities JOIN timeline USING (entry)") == [["Anna Kovalenko"]])
        #expect(try database.query("SELECT DISTINCT subject_cluster_id, subject_cluster FROM conflicts") == [[Self.lviv.id, "Lviv"]])
        #expect(try database.query("PRAGMA foreign_key_check").isEmpty)
    }

    @Test("documents.jsonl and corpus.json carry cluster ids and names on mentions, speakers, timeline entries and conflicts")
    func jsonCarriesClusters() throws {
        let folder = try ExportFixture.export(Self.corpus, formats: ["jsonl"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try ExportFixture.read(folder, "documents.jsonl").split(separator: "\n")
        let second = try Document(jsonData: Data(lines[1].utf8))
        let mentions = try #require(second[StandardLayers.Entities.self])
        #expect(mentions.map(\.clusterID) == [Self.kovalenko.id, Self.lviv.id, Self.kovalenko.id])
        #expect(mentions.map(\.cluster) == ["Anna Kovalenko", "Lviv", "Anna Kovalenko"])
        let quote = try #require(second[StandardLayers.Quotes.self]?.first)
        #expect(quote.speakerClusterID == Self.kovalenko.id && quote.speakerCluster == "Anna Kovalenko")
        #expect(lines[1].contains(#""speaker_cluster_id":"\#(Self.kovalenko.id)""#))

        let corpus = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("corpus.json"))) as? [String: Any])
        let clusters = try #require(corpus["entities"] as? [[String: Any]])
        #expect(clusters.map { $0["id"] as? String } == [Self.kovalenko.id, Self.lviv.id])
        let timeline = try #require(corpus["timeline"] as? [[String: Any]])
        #expect((timeline[0]["entities"] as? [[String: String]]) == [["cluster_id": Self.kovalenko.id, "cluster": "Anna Kovalenko"]])
        let conflicts = try #require(corpus["conflicts"] as? [[String: Any]])
        #expect(conflicts[0]["subject_cluster_id"] as? String == Self.lviv.id)
    }

    @Test("metadata keys beyond the standard ones are kept as one JSON column in documents.csv and SQLite")
    func extraMetadata() throws {
        let folder = try ExportFixture.export(Self.corpus, formats: ["csv", "sqlite"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = try RFC4180Parser.parse(ExportFixture.read(folder, "csv/documents.csv"))
        let column = try #require(rows[0].firstIndex(of: "extra_metadata"))
        #expect(rows[1][column] == #"{"tags":["x"],"views":1200}"#)
        #expect(rows[2][column] == "")
        let database = try ExportedDatabase(path: folder.appendingPathComponent("docpipe.sqlite").path)
        #expect(try database.query("SELECT id, json_extract(extra_metadata, '$.views') FROM documents ORDER BY id") == [["a", "1200"], ["b", nil]])
    }

    @Test("with no clusters, records carry no cluster fields")
    func noClusters() throws {
        var corpus = Self.corpus
        corpus.results = CorpusResults()
        let folder = try ExportFixture.export(corpus, formats: ["jsonl"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(!(try ExportFixture.read(folder, "documents.jsonl")).contains("cluster_id"))
    }
}

@Suite("Cluster names in the reports")
struct ClusterReportTests {
    @Test("a quote's speaker shows the cluster name when the source spells it otherwise, and each cluster row has an anchor")
    func reportsNameTheCluster() throws {
        let folder = try ExportFixture.export(ClusterIdentityTests.corpus, formats: ["markdown", "html"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = try ExportFixture.read(folder, "report.md")
        #expect(markdown.contains("— Hanna Kovalenko (Anna Kovalenko)"))
        #expect(!markdown.contains("— Anna Kovalenko (Anna Kovalenko)"))
        let html = try ExportFixture.read(folder, "report.html")
        #expect(html.contains("— Hanna Kovalenko (Anna Kovalenko)"))
        #expect(html.contains("<tr id=\"cluster-\(ClusterIdentityTests.kovalenko.id)\">"))
        #expect(ReportFormatting.speaker("Anna Kovalenko", cluster: nil) == "Anna Kovalenko")
    }

    @Test("a copy left out of the clusters' mentions still carries its original's clusters on its mentions and quotes")
    func copyTakesItsOriginalsClusters() throws {
        var results = ClusterIdentityTests.corpus.results
        results[StandardCorpusKeys.Duplicates.self] = [DuplicateRecord(doc: "b-copy", duplicateOf: "b", similarity: 1)]
        let corpus = Corpus(documents: DocumentStream([
            ClusterIdentityTests.document("a", name: "Anna Kovalenko", city: "Lviv"), ClusterIdentityTests.document("b", name: "Hanna Kovalenko", city: "Lvov"),
            ClusterIdentityTests.document("b-copy", name: "Hanna Kovalenko", city: "Lvov"),
        ]), results: results)
        let folder = try ExportFixture.export(corpus, formats: ["sqlite"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ExportedDatabase(path: folder.appendingPathComponent("docpipe.sqlite").path)
        #expect(try database.query("SELECT label, cluster_id FROM entities WHERE doc = 'b-copy' GROUP BY label, cluster_id ORDER BY label") == [["GPE", ClusterIdentityTests.lviv.id], ["PERSON", ClusterIdentityTests.kovalenko.id]])
        #expect(try database.query("SELECT speaker_cluster_id FROM quotes WHERE doc = 'b-copy'") == [[ClusterIdentityTests.kovalenko.id]])
        #expect(try database.query("PRAGMA foreign_key_check").isEmpty)
    }
}
